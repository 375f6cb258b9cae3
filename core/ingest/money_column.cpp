#include "ingest/money_column.h"

#include <cmath>
#include <limits>

namespace icp::ingest {

using values::DecimalMark;

void MoneyColumn::push(std::string_view text, uint64_t line, RowAccounting& accounting) {
  const values::MoneyReading r = values::read_money(text, assumed_);
  if (r.kind != values::MoneyKind::ok) {
    if (r.kind == values::MoneyKind::invalid) accounting.warn(label_ + " is not a number", line);
    push_missing();
    return;
  }
  if (currency_sampled_ < kCurrencySample) {
    ++currency_sampled_;
    std::string code = values::currency_of(text);
    if (!code.empty()) {
      bool found = false;
      for (auto& [c, n] : currencies_) {
        if (c == code) {
          ++n;
          found = true;
        }
      }
      if (!found) currencies_.emplace_back(std::move(code), 1);
    }
  }
  if (r.shows_point) ++shows_point_;
  if (r.shows_comma) ++shows_comma_;
  if (r.mark_ambiguous) ambiguous_.push_back({static_cast<uint32_t>(values_.size()), r.separator});
  values_.push_back(r.value);
}

void MoneyColumn::push_missing() { values_.push_back(std::numeric_limits<double>::quiet_NaN()); }

std::string MoneyColumn::currency(std::vector<std::string>* notes) const {
  if (currencies_.empty()) return {};
  size_t best = 0;
  for (size_t i = 1; i < currencies_.size(); ++i) {
    if (currencies_[i].second > currencies_[best].second) best = i;
  }
  if (notes && currencies_.size() > 1) {
    std::string list;
    for (const auto& [c, n] : currencies_) list += (list.empty() ? "" : ", ") + c + " (" + std::to_string(n) + ")";
    notes->push_back(label_ + ": several currencies among the first values: " + list +
                     "; amounts are summed as they are, without conversion");
  }
  return currencies_[best].first;
}

std::vector<double> MoneyColumn::resolve(std::vector<std::string>& notes) {
  DecimalMark decided = assumed_;
  if (!given_ && shows_comma_ > shows_point_) decided = DecimalMark::comma;
  if (!given_ && shows_point_ > shows_comma_) decided = DecimalMark::point;
  if (decided != assumed_) {
    // "1,234" was read with the assumed mark; the column says otherwise. A value whose separator was
    // taken as the decimal mark becomes a thousands group (×1000) and the other way round.
    const char assumed_char = assumed_ == DecimalMark::comma ? ',' : '.';
    for (const Ambiguous& a : ambiguous_) {
      double& v = values_[a.row];
      v = a.separator == assumed_char ? std::round(v * 1000) : v / 1000;
    }
  }
  if (!ambiguous_.empty() || shows_comma_ > 0) {
    notes.push_back(label_ + ": decimal mark is " + (decided == DecimalMark::comma ? "a comma" : "a point") +
                    (given_ ? std::string(" (set in the mapping)")
                            : " (" + std::to_string(shows_point_) + " values show a point, " +
                                  std::to_string(shows_comma_) + " a comma)"));
  }
  return std::move(values_);
}

}  // namespace icp::ingest
