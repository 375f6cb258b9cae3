#include "metrics/attributes.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <span>
#include <unordered_map>
#include <utility>

namespace icp::metrics {
namespace {

using table::CategoricalColumn;
using table::StringDictionary;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The codes of one text attribute as it is built: each source column's dictionary entry is trimmed
// and looked up once, the first time a record takes it; texts that trim alike get one code.
class TextCodes {
 public:
  explicit TextCodes(std::vector<std::string_view>& values) : values_(values) {}

  // The code of a row's cell in col (kMissing without a column, a row, a cell or a text).
  uint32_t of(const CategoricalColumn* col, size_t row) {
    if (!col || row >= col->codes.size()) return kMissing;
    const uint32_t cell = col->codes[row];
    if (cell == StringDictionary::kMissing) return kMissing;
    return of_entry(col, cell);
  }
  // The code of col's dictionary entry `cell` (not kMissing).
  uint32_t of_entry(const CategoricalColumn* col, uint32_t cell) {
    uint32_t& code = remap_of(col)[cell];
    if (code == kUnseen) code = intern(trim(col->dictionary.value(cell)));
    return code;
  }

 private:
  static constexpr uint32_t kMissing = TextAttribute::kMissing;
  static constexpr uint32_t kUnseen = kMissing - 1;

  std::vector<uint32_t>& remap_of(const CategoricalColumn* col) {
    for (auto& [c, remap] : remaps_) {
      if (c == col) return remap;
    }
    remaps_.emplace_back(col, std::vector<uint32_t>(col->dictionary.size(), kUnseen));
    return remaps_.back().second;
  }

  uint32_t intern(std::string_view text) {
    if (text.empty()) return kMissing;
    const auto [it, added] = code_of_text_.try_emplace(text, static_cast<uint32_t>(values_.size()));
    if (added) values_.push_back(text);
    return it->second;
  }

  struct TextHash {
    size_t operator()(std::string_view s) const { return static_cast<size_t>(StringDictionary::hash(s)); }
  };

  std::vector<std::string_view>& values_;
  std::unordered_map<std::string_view, uint32_t, TextHash> code_of_text_;  // once per distinct cell text
  std::vector<std::pair<const CategoricalColumn*, std::vector<uint32_t>>> remaps_;  // per source column
};

double number_at(const std::vector<double>* v, size_t row) { return v && row < v->size() ? (*v)[row] : kNaN; }

// An attribute without a single value gives back its per-record vectors (attributes.h).
void release_if_empty(TextAttribute& a) {
  if (!a.values.empty()) return;
  a.of_deal = RecordValues<uint32_t>();
  a.of_customer = std::vector<uint32_t>();  // (= {} would clear and keep the capacity)
}
void release_if_empty(NumberAttribute& a) {
  const auto has_value = [](const auto& v) {
    return std::any_of(v.begin(), v.end(), [](double x) { return !std::isnan(x); });
  };
  if (has_value(a.of_deal) || has_value(a.of_customer)) return;
  a.of_deal = RecordValues<double>();
  a.of_customer = std::vector<double>();
}

template <typename T>
std::span<const T> span_of(const std::vector<T>* column) {
  return column ? std::span<const T>(*column) : std::span<const T>();
}
table::CodeSpan codes_of(const CategoricalColumn* column) { return column ? column->codes.span() : table::CodeSpan(); }

// Whether the cells first take the entries 0, 1, ... entries-1 in that order, each of them (as a
// column's own dictionary gives its codes, in order of first appearance).
bool first_taken_in_entry_order(table::CodeSpan cells, size_t entries) {
  uint32_t next = 0;
  bool in_order = true;
  cells.for_each([&](uint32_t c) {
    if (c == next) ++next;
    else if (c > next && c != table::kMissingCode) in_order = false;
  });
  return in_order && next == entries;
}

}  // namespace

const TextAttribute* Attributes::text_field(std::string_view field) const {
  for (const auto& a : text) {
    if (a.field == field) return &a;
  }
  return nullptr;
}

size_t Attributes::deal_count() const {
  size_t n = deals;
  for (const auto& a : text) n = std::max(n, a.of_deal.size());
  for (const auto& a : numbers) n = std::max(n, a.of_deal.size());
  return n;
}

const NumberAttribute* Attributes::number_field(std::string_view field) const {
  for (const auto& a : numbers) {
    if (a.field == field) return &a;
  }
  return nullptr;
}

Attributes build_attributes(const table::Tables& t, const Customers& c) {
  const table::DealTable& deals = t.deals;
  const table::AccountTable& accounts = t.accounts;
  const size_t n_deals = deals.size();
  const size_t n_customers = c.count();
  const auto key_of = [&](size_t d) { return d < c.of_deal.size() ? c.of_deal[d] : kNoCustomer; };

  Attributes out;
  out.deals = n_deals;
  out.speaking_deal.assign(c.first_won_deal.begin(), c.first_won_deal.end());
  for (size_t d = 0; d < n_deals; ++d) {
    const int32_t k = key_of(d);
    if (k != kNoCustomer && out.speaking_deal[k] < 0) out.speaking_deal[k] = static_cast<int32_t>(d);
  }

  constexpr uint32_t kMissing = TextAttribute::kMissing;
  const auto account_text = [&](std::string field, const CategoricalColumn* account_col, const CategoricalColumn* deal_col) {
    TextAttribute a;
    a.field = std::move(field);
    a.account_attribute = true;
    TextCodes codes(a.values);
    a.of_customer.assign(n_customers, kMissing);
    for (size_t k = 0; k < n_customers; ++k) {
      if (c.account_row[k] >= 0) a.of_customer[k] = codes.of(account_col, c.account_row[k]);
    }
    for (size_t d = 0; d < n_deals && deal_col; ++d) {
      const int32_t k = key_of(d);
      if (k != kNoCustomer && a.of_customer[k] == kMissing) a.of_customer[k] = codes.of(deal_col, d);
    }
    RecordValuesBuilder<uint32_t> of_deal(codes_of(deal_col), n_deals, ByKey<uint32_t>{c.of_deal, a.of_customer});
    for (size_t d = 0; d < n_deals; ++d) {
      const int32_t k = key_of(d);
      of_deal.push(k != kNoCustomer ? a.of_customer[k] : codes.of(deal_col, d));
    }
    a.of_deal = std::move(of_deal).finish();
    release_if_empty(a);
    out.text.push_back(std::move(a));
  };
  const auto account_number = [&](std::string field, const std::vector<double>* account_col,
                                  const std::vector<double>* deal_col) {
    NumberAttribute a;
    a.field = std::move(field);
    a.account_attribute = true;
    a.of_customer.assign(n_customers, kNaN);
    for (size_t k = 0; k < n_customers; ++k) {
      if (c.account_row[k] >= 0) a.of_customer[k] = number_at(account_col, c.account_row[k]);
    }
    for (size_t d = 0; d < n_deals && deal_col; ++d) {
      const int32_t k = key_of(d);
      if (k != kNoCustomer && std::isnan(a.of_customer[k])) a.of_customer[k] = number_at(deal_col, d);
    }
    RecordValuesBuilder<double> of_deal(span_of(deal_col), n_deals, ByKey<double>{c.of_deal, a.of_customer});
    for (size_t d = 0; d < n_deals; ++d) {
      const int32_t k = key_of(d);
      of_deal.push(k != kNoCustomer ? a.of_customer[k] : number_at(deal_col, d));
    }
    a.of_deal = std::move(of_deal).finish();
    release_if_empty(a);
    out.numbers.push_back(std::move(a));
  };
  const auto deal_text = [&](std::string field, const CategoricalColumn& col) {
    TextAttribute a;
    a.field = std::move(field);
    if (col.codes.empty()) {  // a column no file has: no values, no per-record vectors
      out.text.push_back(std::move(a));
      return;
    }
    // Where each of the column's entries trims to a text of its own and the deals first take them in
    // code order, the attribute's codes are the column's (in the same order of first appearance): a
    // view of it, found by one scan of the codes instead of a lookup per deal.
    const table::CodeSpan cells = col.codes.span();
    bool own_codes = cells.size() == n_deals && first_taken_in_entry_order(cells, col.dictionary.size());
    {
      TextCodes codes(a.values);
      for (uint32_t e = 0; own_codes && e < col.dictionary.size(); ++e) own_codes = codes.of_entry(&col, e) == e;
    }
    if (own_codes) {
      a.of_deal = RecordValues<uint32_t>::view_of(cells);
    } else {
      a.values.clear();
      TextCodes codes(a.values);
      RecordValuesBuilder<uint32_t> of_deal(cells, n_deals);
      for (size_t d = 0; d < n_deals; ++d) of_deal.push(codes.of(&col, d));
      a.of_deal = std::move(of_deal).finish();
    }
    a.of_customer.assign(n_customers, kMissing);
    for (size_t k = 0; k < n_customers; ++k) {
      if (out.speaking_deal[k] >= 0) a.of_customer[k] = a.of_deal[out.speaking_deal[k]];
    }
    release_if_empty(a);
    out.text.push_back(std::move(a));
  };

  account_text("industry", &accounts.industry, &deals.industry);
  account_text("country", &accounts.country, &deals.country);
  account_text("region", &accounts.region, nullptr);
  for (const auto& custom : accounts.custom) {
    if (!out.text_field(custom.name)) account_text(custom.name, &custom.values, nullptr);
  }
  account_number("employees", &accounts.employees, &deals.employees);
  account_number("annual_revenue", &accounts.annual_revenue, nullptr);

  deal_text("product", deals.product);
  deal_text("deal_type", deals.deal_type);
  deal_text("lead_source", deals.lead_source);
  deal_text("owner", deals.owner);
  for (const auto& custom : deals.custom) {
    if (!out.text_field(custom.name)) deal_text(custom.name, custom.values);
  }
  {
    NumberAttribute a;
    a.field = "amount";
    a.of_deal = RecordValues<double>::view_of(deals.amount);
    a.of_customer.assign(n_customers, kNaN);
    for (size_t k = 0; k < n_customers; ++k) {
      if (out.speaking_deal[k] >= 0) a.of_customer[k] = deals.amount[out.speaking_deal[k]];
    }
    release_if_empty(a);
    out.numbers.push_back(std::move(a));
  }
  return out;
}

}  // namespace icp::metrics
