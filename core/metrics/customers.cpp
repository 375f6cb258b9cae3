#include "metrics/customers.h"

#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "join/company_name.h"

namespace icp::metrics {
namespace {

using table::CategoricalColumn;
using table::StringDictionary;

// Keys by account id (Salesforce ids by their first 15 characters) and by normalised name.
class KeyRegistry {
 public:
  explicit KeyRegistry(Customers& c) : c_(c) {}

  int32_t add(int32_t account_row, std::string_view id, std::string_view name) {
    const int32_t key = static_cast<int32_t>(c_.account_row.size());
    c_.account_row.push_back(account_row);
    c_.name.emplace_back(name);
    c_.record_id.emplace_back(id);
    c_.first_won_deal.push_back(-1);
    c_.first_won_close.push_back(table::kNoDate);
    remember(key, id, name);
    return key;
  }

  void remember(int32_t key, std::string_view id, std::string_view name) {
    if (!id.empty()) by_id_.emplace(id_key(id), key);
    const std::string n = join::company_name_key(name);
    if (!n.empty()) by_name_.emplace(n, key);
    if (c_.name[key].empty() && !name.empty()) c_.name[key] = std::string(name);
    if (c_.record_id[key].empty() && !id.empty()) c_.record_id[key] = std::string(id);
  }

  // The key of a row with no account-file match: by id, else by name, else a new key.
  int32_t find_or_add(std::string_view id, std::string_view name) {
    const std::string n = join::company_name_key(name);
    if (id.empty() && n.empty()) return kNoCustomer;
    int32_t key = kNoCustomer;
    if (!id.empty()) {
      const auto it = by_id_.find(id_key(id));
      if (it != by_id_.end()) key = it->second;
    }
    if (key == kNoCustomer) {
      const auto it = n.empty() ? by_name_.end() : by_name_.find(n);
      if (it != by_name_.end()) key = it->second;
    }
    if (key == kNoCustomer) return add(-1, id, name);
    remember(key, id, name);
    return key;
  }

 private:
  static std::string id_key(std::string_view id) {
    return std::string(id.size() == 18 ? id.substr(0, 15) : id);
  }
  Customers& c_;
  std::map<std::string, int32_t, std::less<>> by_id_;
  std::map<std::string, int32_t, std::less<>> by_name_;
};

std::string_view text_of(const CategoricalColumn& col, size_t row) {
  if (row >= col.codes.size() || col.codes[row] == StringDictionary::kMissing) return {};
  return col.dictionary.value(col.codes[row]);
}

// Keys of one role's rows: the joined account row's key, else the registry's.
std::vector<int32_t> keys_of(const CategoricalColumn& ids, const CategoricalColumn& names, size_t rows,
                             const std::vector<int32_t>* joined, const std::vector<int32_t>& key_of_account,
                             KeyRegistry& registry) {
  std::vector<int32_t> out(rows, kNoCustomer);
  // A row's key depends only on its (id, name) pair once the pair has been seen (the first sight
  // registers the id and the name under the key it returns), so each distinct pair is looked up
  // once: a million deals of 50,000 accounts normalise 50,000 names, not a million.
  // A row without an id (an export without the column: every row) looks its name's code up in a
  // table by code instead of hashing the pair.
  std::unordered_map<uint64_t, int32_t> key_of_pair;
  constexpr int32_t kUnseen = kNoCustomer - 1;
  std::vector<int32_t> key_of_name_alone(names.dictionary.size() + 1, kUnseen);  // the last: no name either
  const auto code_at = [](const CategoricalColumn& col, size_t row) -> uint32_t {
    return row < col.codes.size() ? col.codes[row] : StringDictionary::kMissing;
  };
  for (size_t r = 0; r < rows; ++r) {
    if (joined && (*joined)[r] != join::kNoAccount) {
      out[r] = key_of_account[(*joined)[r]];
      continue;
    }
    const uint32_t id = code_at(ids, r), name = code_at(names, r);
    if (id == StringDictionary::kMissing) {
      int32_t& key = key_of_name_alone[name == StringDictionary::kMissing ? names.dictionary.size() : name];
      if (key == kUnseen) key = registry.find_or_add(text_of(ids, r), text_of(names, r));
      out[r] = key;
      continue;
    }
    const uint64_t pair = uint64_t{id} << 32 | name;
    const auto [it, first] = key_of_pair.try_emplace(pair, kNoCustomer);
    if (first) it->second = registry.find_or_add(text_of(ids, r), text_of(names, r));
    out[r] = it->second;
  }
  return out;
}

}  // namespace

Customers build_customers(const table::Tables& t, const RolesPresent& present, std::vector<join::JoinStats>* joins) {
  Customers c;
  KeyRegistry registry(c);
  std::vector<int32_t> key_of_account(t.accounts.size(), kNoCustomer);
  for (size_t row = 0; row < t.accounts.size(); ++row) {
    const std::string_view id = text_of(t.accounts.id, row);
    const std::string_view name = text_of(t.accounts.name, row);
    key_of_account[row] = registry.add(static_cast<int32_t>(row), id, name);
  }

  const bool accounts = present.accounts && t.accounts.size() > 0;
  std::optional<join::AccountIndex> index;
  if (present.accounts) index.emplace(t.accounts);
  const auto join_role = [&](const char* from, bool there, const CategoricalColumn& ids,
                             const CategoricalColumn& names, size_t rows) {
    std::vector<int32_t> matched;
    if (!index || !there) return matched;
    join::JoinStats stats;
    stats.from = from;
    matched = index->match(ids, names, rows, stats);
    if (joins) joins->push_back(std::move(stats));
    return matched;
  };
  const std::vector<int32_t> deal_accounts =
      join_role("deals", present.deals, t.deals.account_id, t.deals.account_name, t.deals.size());
  const std::vector<int32_t> revenue_accounts =
      join_role("revenue", present.revenue, t.revenue.account_id, t.revenue.account_name, t.revenue.size());
  const std::vector<int32_t> ticket_accounts =
      join_role("tickets", present.tickets, t.tickets.account_id, t.tickets.account_name, t.tickets.size());
  const auto joined = [&](const std::vector<int32_t>& v) { return accounts && !v.empty() ? &v : nullptr; };

  c.of_deal = keys_of(t.deals.account_id, t.deals.account_name, t.deals.size(), joined(deal_accounts),
                      key_of_account, registry);
  c.of_revenue = keys_of(t.revenue.account_id, t.revenue.account_name, t.revenue.size(), joined(revenue_accounts),
                         key_of_account, registry);
  c.of_ticket = keys_of(t.tickets.account_id, t.tickets.account_name, t.tickets.size(), joined(ticket_accounts),
                        key_of_account, registry);

  // New logos: each customer's first won deal by close date (a won deal without a close date
  // counts only when the customer has no dated one), ties by row.
  for (size_t d = 0; d < t.deals.size(); ++d) {
    const int32_t k = c.of_deal[d];
    if (k == kNoCustomer || t.deals.outcome[d] != mapping::Outcome::won) continue;
    const int32_t close = t.deals.closed[d];
    int32_t& best = c.first_won_deal[k];
    const int32_t best_close = c.first_won_close[k];
    const bool better = best < 0 || (table::has_date(close) && (!table::has_date(best_close) || close < best_close));
    if (better) {
      best = static_cast<int32_t>(d);
      c.first_won_close[k] = close;
    }
  }
  return c;
}

}  // namespace icp::metrics
