#include "metrics/segments.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>

namespace icp::metrics {
namespace {

using table::CategoricalColumn;
using table::StringDictionary;

constexpr size_t kMaxLevels = 12;         // named levels before "Other"
constexpr double kFoldShare = 0.01;       // levels under 1% of rows fold into "Other" (METHODS.md)

std::string_view text_of(const CategoricalColumn& col, size_t row) {
  if (row >= col.codes.size() || col.codes[row] == StringDictionary::kMissing) return {};
  return col.dictionary.value(col.codes[row]);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

double number_at(const std::vector<double>& v, size_t row) {
  return row < v.size() ? v[row] : std::numeric_limits<double>::quiet_NaN();
}

// A categorical dimension from each deal's and each customer's text (empty = missing). Values that
// differ only in case or surrounding spaces are one level, shown as first seen.
Dimension categorical(std::string name, bool account_attribute, const std::vector<std::string_view>& deal_values,
                      const std::vector<std::string_view>& customer_values) {
  Dimension d;
  d.name = std::move(name);
  d.account_attribute = account_attribute;
  struct Raw {
    std::string shown;
    uint64_t deals = 0;
    uint64_t customers = 0;
    size_t first = 0;
  };
  std::map<std::string, Raw> raw;
  size_t order = 0;
  const auto see = [&](std::string_view v, bool deal) {
    v = trim(v);
    if (v.empty()) return;
    auto [it, added] = raw.try_emplace(fold_case(v));
    if (added) {
      it->second.shown = std::string(v);
      it->second.first = order++;
    }
    (deal ? it->second.deals : it->second.customers)++;
  };
  for (auto v : deal_values) see(v, true);
  for (auto v : customer_values) see(v, false);
  uint64_t total_deals = 0, total_customers = 0;
  for (const auto& [k, r] : raw) {
    total_deals += r.deals;
    total_customers += r.customers;
  }
  // Ranked by deals (customers when there are no deals), then by text.
  const bool by_deals = total_deals > 0;
  std::vector<const std::pair<const std::string, Raw>*> ranked;
  for (const auto& e : raw) ranked.push_back(&e);
  std::sort(ranked.begin(), ranked.end(), [&](auto* a, auto* b) {
    const uint64_t ca = by_deals ? a->second.deals : a->second.customers;
    const uint64_t cb = by_deals ? b->second.deals : b->second.customers;
    if (ca != cb) return ca > cb;
    return a->second.shown < b->second.shown;
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
  const auto code = [&](std::string_view v) {
    v = trim(v);
    if (v.empty()) return kNoLevel;
    const auto it = level_of.find(fold_case(v));
    return it == level_of.end() ? other : it->second;
  };
  d.of_deal.reserve(deal_values.size());
  for (auto v : deal_values) {
    d.of_deal.push_back(code(v));
    if (d.of_deal.back() == kNoLevel) ++d.deals_missing;
  }
  d.of_customer.reserve(customer_values.size());
  for (auto v : customer_values) d.of_customer.push_back(code(v));
  return d;
}

// A banded dimension from each deal's and customer's number (NaN = missing); only bands that occur.
template <size_t N>
Dimension banded(std::string name, bool account_attribute, const Band (&bands)[N], const std::vector<double>& deal_values,
                 const std::vector<double>& customer_values) {
  Dimension d;
  d.name = std::move(name);
  d.account_attribute = account_attribute;
  d.banded = true;
  bool used[N] = {};
  for (double v : deal_values) if (uint32_t b = band_of(bands, v); b != kNoLevel) used[b] = true;
  for (double v : customer_values) if (uint32_t b = band_of(bands, v); b != kNoLevel) used[b] = true;
  uint32_t remap[N];
  for (size_t b = 0; b < N; ++b) {
    remap[b] = used[b] ? static_cast<uint32_t>(d.levels.size()) : kNoLevel;
    if (used[b]) d.levels.emplace_back(bands[b].label);
  }
  const auto code = [&](double v) {
    const uint32_t b = band_of(bands, v);
    return b == kNoLevel ? kNoLevel : remap[b];
  };
  for (double v : deal_values) {
    d.of_deal.push_back(code(v));
    if (d.of_deal.back() == kNoLevel) ++d.deals_missing;
  }
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

Segmentation build_segments(const table::Tables& t, const Customers& c) {
  const table::DealTable& deals = t.deals;
  const table::AccountTable& accounts = t.accounts;
  const size_t n_deals = deals.size();
  const size_t n_customers = c.count();

  // The deal that speaks for a customer's deal attributes: its first won deal, else its first deal.
  std::vector<int32_t> speaking(n_customers, -1);
  for (size_t k = 0; k < n_customers; ++k) speaking[k] = c.first_won_deal[k];
  for (size_t d = 0; d < n_deals; ++d) {
    const int32_t k = d < c.of_deal.size() ? c.of_deal[d] : kNoCustomer;
    if (k != kNoCustomer && speaking[k] < 0) speaking[k] = static_cast<int32_t>(d);
  }

  Segmentation s;
  const auto add = [&](Dimension d) {
    size_t present = 0;
    for (const auto& l : d.levels) present += !l.empty();
    if (present >= 2) s.dimensions.push_back(std::move(d));
  };

  // Account attributes: the accounts file first, else the first deal of the customer that has it.
  const auto account_text = [&](const CategoricalColumn* account_col, const CategoricalColumn* deal_col, const char* name) {
    std::vector<std::string_view> of_customer(n_customers);
    for (size_t k = 0; k < n_customers; ++k) {
      if (account_col && c.account_row[k] >= 0) of_customer[k] = trim(text_of(*account_col, c.account_row[k]));
    }
    if (deal_col) {
      for (size_t d = 0; d < n_deals; ++d) {
        const int32_t k = c.of_deal[d];
        if (k != kNoCustomer && of_customer[k].empty()) of_customer[k] = trim(text_of(*deal_col, d));
      }
    }
    std::vector<std::string_view> of_deal(n_deals);
    for (size_t d = 0; d < n_deals; ++d) {
      const int32_t k = c.of_deal[d];
      of_deal[d] = k != kNoCustomer ? of_customer[k] : deal_col ? trim(text_of(*deal_col, d)) : std::string_view();
    }
    add(categorical(name, true, of_deal, of_customer));
  };
  const auto account_number = [&](const std::vector<double>* account_col, const std::vector<double>* deal_col,
                                  const char* name, const auto& bands) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> of_customer(n_customers, nan);
    for (size_t k = 0; k < n_customers; ++k) {
      if (account_col && c.account_row[k] >= 0) of_customer[k] = number_at(*account_col, c.account_row[k]);
    }
    if (deal_col) {
      for (size_t d = 0; d < n_deals; ++d) {
        const int32_t k = c.of_deal[d];
        if (k != kNoCustomer && std::isnan(of_customer[k])) of_customer[k] = number_at(*deal_col, d);
      }
    }
    std::vector<double> of_deal(n_deals, nan);
    for (size_t d = 0; d < n_deals; ++d) {
      const int32_t k = c.of_deal[d];
      of_deal[d] = k != kNoCustomer ? of_customer[k] : deal_col ? number_at(*deal_col, d) : nan;
    }
    add(banded(name, true, bands, of_deal, of_customer));
  };
  account_text(&accounts.industry, &deals.industry, "industry");
  account_number(&accounts.employees, &deals.employees, "employees_band", kEmployeeBands);
  account_number(&accounts.annual_revenue, nullptr, "annual_revenue_band", kAnnualRevenueBands);
  account_text(&accounts.country, &deals.country, "country");
  account_text(&accounts.region, nullptr, "region");
  for (const auto& custom : accounts.custom) account_text(&custom.values, nullptr, custom.name.c_str());

  // Deal attributes: each deal's own; a customer takes its speaking deal's.
  const auto deal_text = [&](const CategoricalColumn& col, const char* name) {
    std::vector<std::string_view> of_deal(n_deals);
    for (size_t d = 0; d < n_deals; ++d) of_deal[d] = text_of(col, d);
    std::vector<std::string_view> of_customer(n_customers);
    for (size_t k = 0; k < n_customers; ++k) {
      if (speaking[k] >= 0) of_customer[k] = of_deal[speaking[k]];
    }
    add(categorical(name, false, of_deal, of_customer));
  };
  deal_text(deals.product, "product");
  deal_text(deals.deal_type, "deal_type");
  deal_text(deals.lead_source, "lead_source");
  deal_text(deals.owner, "owner");
  for (const auto& custom : deals.custom) deal_text(custom.values, custom.name.c_str());
  {
    std::vector<double> of_customer(n_customers, std::numeric_limits<double>::quiet_NaN());
    for (size_t k = 0; k < n_customers; ++k) {
      if (speaking[k] >= 0) of_customer[k] = deals.amount[speaking[k]];
    }
    add(banded("acv_band", false, kAcvBands, deals.amount, of_customer));
  }
  return s;
}

}  // namespace icp::metrics
