#include "metrics/segments.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <span>
#include <vector>

namespace icp::metrics {
namespace {

constexpr size_t kMaxLevels = 12;         // named levels before "Other"
constexpr double kFoldShare = 0.01;       // levels under 1% of rows fold into "Other" (METHODS.md)

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// A categorical dimension from each deal's and each customer's text code (attributes.h). Values that
// differ only in case are one level (surrounding spaces are trimmed already: one code), shown as
// first seen, deals first; each code is counted per record, then folded and looked up once.
Dimension categorical(const TextAttribute& a) {
  constexpr uint32_t kMissing = TextAttribute::kMissing;
  Dimension d;
  d.name = a.field;
  d.account_attribute = a.account_attribute;
  const size_t n_codes = a.values.size();
  std::vector<uint64_t> deals_of(n_codes, 0), customers_of(n_codes, 0);
  std::vector<uint32_t> seen;  // codes in order of first sight
  a.of_deal.for_each([&](uint32_t c) {
    if (c != kMissing && deals_of[c]++ == 0) seen.push_back(c);
  });
  for (uint32_t c : a.of_customer) {
    if (c != kMissing && customers_of[c]++ == 0 && deals_of[c] == 0) seen.push_back(c);
  }
  struct Raw {
    std::string shown;
    uint64_t deals = 0;
    uint64_t customers = 0;
  };
  std::map<std::string, Raw> raw;
  for (uint32_t c : seen) {
    auto [it, added] = raw.try_emplace(fold_case(a.values[c]));
    if (added) it->second.shown = std::string(a.values[c]);
    it->second.deals += deals_of[c];
    it->second.customers += customers_of[c];
  }
  uint64_t total_deals = 0, total_customers = 0;
  for (const auto& [k, r] : raw) {
    total_deals += r.deals;
    total_customers += r.customers;
  }
  // Ranked by deals (customers when there are no deals), then by text.
  const bool by_deals = total_deals > 0;
  std::vector<const std::pair<const std::string, Raw>*> ranked;
  for (const auto& e : raw) ranked.push_back(&e);
  std::sort(ranked.begin(), ranked.end(), [&](auto* x, auto* y) {
    const uint64_t cx = by_deals ? x->second.deals : x->second.customers;
    const uint64_t cy = by_deals ? y->second.deals : y->second.customers;
    if (cx != cy) return cx > cy;
    return x->second.shown < y->second.shown;
  });
  const double total = static_cast<double>(by_deals ? total_deals : total_customers);
  std::map<std::string, uint32_t> level_of;
  std::vector<std::string> kept, folded;
  for (auto* e : ranked) {
    const uint64_t count = by_deals ? e->second.deals : e->second.customers;
    const bool rare = static_cast<double>(count) < kFoldShare * total;
    if (!rare && kept.size() < kMaxLevels) {
      level_of[e->first] = static_cast<uint32_t>(kept.size());
      kept.push_back(e->second.shown);
    } else {
      folded.push_back(e->second.shown);
    }
  }
  // Folding a single value into "Other" hides its name for nothing: keep it.
  if (folded.size() == 1) {
    level_of[fold_case(folded[0])] = static_cast<uint32_t>(kept.size());
    kept.push_back(folded[0]);
    folded.clear();
  }
  const uint32_t other = static_cast<uint32_t>(kept.size());
  if (!folded.empty()) kept.push_back("Other");
  d.levels = std::move(kept);
  std::sort(folded.begin(), folded.end());
  d.folded = std::move(folded);
  // The level of each code a record holds (every such code is a named level or folded).
  std::vector<uint32_t> level_of_code(n_codes, kNoLevel);
  for (uint32_t c : seen) {
    const auto it = level_of.find(fold_case(a.values[c]));
    level_of_code[c] = it == level_of.end() ? other : it->second;
  }
  // As level bytes, a table lookup per record (a dimension has at most 13 levels: LevelColumn).
  std::vector<uint8_t> byte_of_code(n_codes, LevelColumn::kNone);
  for (size_t c = 0; c < n_codes; ++c) {
    if (level_of_code[c] < LevelColumn::kMaxLevels) byte_of_code[c] = static_cast<uint8_t>(level_of_code[c]);
  }
  const auto byte_of = [&](uint32_t code) { return code == kMissing ? LevelColumn::kNone : byte_of_code[code]; };
  std::vector<uint8_t> deal_bytes(a.of_deal.size());
  size_t d_at = 0, missing = 0;
  a.of_deal.for_each([&](uint32_t code) {
    const uint8_t b = byte_of(code);
    deal_bytes[d_at++] = b;
    missing += b == LevelColumn::kNone;
  });
  d.deals_missing = missing;
  std::vector<uint8_t> customer_bytes(a.of_customer.size());
  for (size_t i = 0; i < customer_bytes.size(); ++i) customer_bytes[i] = byte_of(a.of_customer[i]);
  d.of_deal.assign_bytes(std::move(deal_bytes));
  d.of_customer.assign_bytes(std::move(customer_bytes));
  return d;
}

// A banded dimension from each deal's and customer's number (NaN = missing); only bands that occur.
template <size_t N>
Dimension banded(std::string name, bool account_attribute, const Band (&bands)[N], const RecordValues<double>& deal_values,
                 std::span<const double> customer_values) {
  Dimension d;
  d.name = std::move(name);
  d.account_attribute = account_attribute;
  d.banded = true;
  static_assert(N < LevelColumn::kMaxLevels);
  // Each deal's band found once, as a byte, then renumbered in place to the bands that occur.
  bool used[N] = {};
  std::vector<uint8_t> deal_bytes(deal_values.size());
  size_t at = 0;
  deal_values.for_each([&](double v) {
    const uint32_t b = band_of(bands, v);
    if (b != kNoLevel) used[b] = true;
    deal_bytes[at++] = b == kNoLevel ? LevelColumn::kNone : static_cast<uint8_t>(b);
  });
  for (double v : customer_values) if (uint32_t b = band_of(bands, v); b != kNoLevel) used[b] = true;
  uint32_t remap[N];
  uint8_t byte_of_band[256];
  std::fill(std::begin(byte_of_band), std::end(byte_of_band), LevelColumn::kNone);
  for (size_t b = 0; b < N; ++b) {
    remap[b] = used[b] ? static_cast<uint32_t>(d.levels.size()) : kNoLevel;
    if (used[b]) byte_of_band[b] = static_cast<uint8_t>(d.levels.size());
    if (used[b]) d.levels.emplace_back(bands[b].label);
  }
  const auto code = [&](double v) {
    const uint32_t b = band_of(bands, v);
    return b == kNoLevel ? kNoLevel : remap[b];
  };
  size_t missing = 0;
  for (uint8_t& b : deal_bytes) {
    b = byte_of_band[b];
    missing += b == LevelColumn::kNone;
  }
  d.deals_missing = missing;
  d.of_deal.assign_bytes(std::move(deal_bytes));
  for (double v : customer_values) d.of_customer.push_back(code(v));
  return d;
}

}  // namespace

const Dimension* Segmentation::find(std::string_view name) const {
  for (const auto& d : dimensions) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

Segmentation build_segments(const Attributes& attributes) {
  Segmentation s;
  const auto add = [&](Dimension d) {
    if (d.levels.size() >= 2) s.dimensions.push_back(std::move(d));
  };
  const auto text = [&](const TextAttribute& a) { add(categorical(a)); };
  const auto number = [&](const char* field, const char* name, const auto& bands) {
    if (const NumberAttribute* a = attributes.number_field(field)) {
      add(banded(name, a->account_attribute, bands, a->of_deal, a->of_customer));
    }
  };
  // Account attributes first (what an ICP is made of), then the deal's.
  if (const TextAttribute* a = attributes.text_field("industry")) text(*a);
  number("employees", "employees_band", kEmployeeBands);
  number("annual_revenue", "annual_revenue_band", kAnnualRevenueBands);
  for (const auto& a : attributes.text) {
    if (a.account_attribute && a.field != "industry") text(a);
  }
  for (const auto& a : attributes.text) {
    if (!a.account_attribute) text(a);
  }
  number("amount", "acv_band", kAcvBands);
  return s;
}

Segmentation build_segments(const table::Tables& tables, const Customers& customers) {
  return build_segments(build_attributes(tables, customers));
}

}  // namespace icp::metrics
