#include "profile/column_profile.h"

#include <algorithm>

#include "mapping/stage_outcome.h"
#include "values/date_value.h"
#include "values/employee_count.h"
#include "values/missing_marker.h"
#include "values/money_value.h"

namespace icp::profile {

std::string_view value_type_name(ValueType type) {
  switch (type) {
    case ValueType::empty: return "empty";
    case ValueType::date: return "date";
    case ValueType::money: return "money";
    case ValueType::number: return "number";
    case ValueType::percent: return "percent";
    case ValueType::boolean: return "boolean";
    case ValueType::employee_range: return "employee_range";
    case ValueType::outcome: return "outcome";
    case ValueType::text: return "text";
  }
  return "text";
}

ValueType ColumnProfile::dominant() const {
  if (values == 0) return ValueType::empty;
  const auto most = [&](uint64_t n) { return n * 5 >= values * 4; };
  if (most(booleans)) return ValueType::boolean;
  if (most(dates)) return ValueType::date;
  if (most(percents)) return ValueType::percent;
  if (most(employee_ranges) && employee_ranges > numbers) return ValueType::employee_range;
  if (most(money) && money > 0) return ValueType::money;
  if (most(numbers + money)) return money > 0 ? ValueType::money : ValueType::number;
  if (outcome_words > 0 && distinct <= 30) return ValueType::outcome;
  return ValueType::text;
}

ColumnProfiler::ColumnProfiler(const std::vector<std::string>& headers)
    : columns_(headers.size()), seen_(headers.size()), date_sum_(headers.size(), 0) {
  for (size_t i = 0; i < headers.size(); ++i) columns_[i].header = headers[i];
}

namespace {

bool has_currency_or_grouping(std::string_view t) {
  for (unsigned char c : t) {
    if (c == '$' || c == ',' || c >= 0x80 || (c >= 'A' && c <= 'Z') || c == '(') return true;
  }
  return false;
}

bool is_plain_number(std::string_view t) {
  size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
  bool digit = false, point = false;
  for (; i < t.size(); ++i) {
    if (t[i] >= '0' && t[i] <= '9') digit = true;
    else if (t[i] == '.' && !point) point = true;
    else return false;
  }
  return digit;
}

// The value as a sample: whole, or its first kMaxSampleBytes without a cut character, then "…".
std::string sample_of(std::string_view v) {
  if (v.size() <= ColumnProfile::kMaxSampleBytes) return std::string(v);
  size_t n = ColumnProfile::kMaxSampleBytes;
  size_t back = 0;  // continuation bytes at the cut, at most 3
  while (back < 3 && back < n && (static_cast<unsigned char>(v[n - back]) & 0xC0) == 0x80) ++back;
  if (back > 0 && back < n && static_cast<unsigned char>(v[n - back]) >= 0xC0) n -= back;  // cut before the lead
  return std::string(v.substr(0, n)) + "\xE2\x80\xA6";
}

}  // namespace

void ColumnProfiler::add_row(const std::vector<std::string>& fields) {
  const size_t n = std::min(fields.size(), columns_.size());
  for (size_t c = 0; c < n; ++c) {
    ColumnProfile& p = columns_[c];
    const std::string_view v = values::trim(fields[c]);
    if (values::is_missing_marker(v)) {
      ++p.missing;
      continue;
    }
    ++p.values;
    auto& seen = seen_[c];
    if (!p.distinct_capped) {
      if (std::find(seen.begin(), seen.end(), v) == seen.end()) {
        if (seen.size() >= ColumnProfile::kDistinctCap) {
          p.distinct_capped = true;
        } else {
          seen.emplace_back(v);
          if (p.samples.size() < ColumnProfile::kSamples) p.samples.push_back(sample_of(v));
        }
      }
    }
    if (mapping::read_flag(v).has_value()) ++p.booleans;
    const values::DateReading date = values::read_date(v);
    if (date.kind == values::DateKind::exact || date.kind == values::DateKind::numeric) {
      // A bare 5-digit number reads as an Excel serial; count it as a date only when it is not a
      // plain number, or when the column has other dates too (decided by dominant()).
      if (!is_plain_number(v)) {
        ++p.dates;
        auto days = values::resolve_date(date, values::DateOrder::month_first);
        if (!days) days = values::resolve_date(date, values::DateOrder::day_first);
        if (days) date_sum_[c] += *days;
      }
    }
    if (!v.empty() && v.back() == '%') {
      ++p.percents;
    } else if (is_plain_number(v)) {
      ++p.numbers;
    } else if (values::read_employee_count(v).kind == values::EmployeeKind::range) {
      ++p.employee_ranges;
    } else if (values::read_money(v).kind == values::MoneyKind::ok && has_currency_or_grouping(v)) {
      ++p.money;
    }
    const auto outcome = mapping::outcome_from_stage(v);
    if (outcome && *outcome != mapping::Outcome::open) ++p.outcome_words;
    if (outcome && *outcome == mapping::Outcome::won) ++p.won_words;
  }
}

std::vector<ColumnProfile> ColumnProfiler::take() {
  for (size_t c = 0; c < columns_.size(); ++c) {
    ColumnProfile& p = columns_[c];
    p.distinct = seen_[c].size();
    p.mean_date = p.dates ? date_sum_[c] / static_cast<double>(p.dates) : 0;
  }
  return std::move(columns_);
}

}  // namespace icp::profile
