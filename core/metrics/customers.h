// Who the customers are. Deals, revenue rows and tickets are tied to one customer key each: the
// accounts-file row they join to (by id, else by normalised name: join/account_join.h), and for rows
// that join to no account (or when there is no accounts file) their own account id, else their
// normalised company name, so a deal and an MRR row of the same company meet without an accounts
// file too. Keys are dense (0..count-1) and given in a fixed order (accounts-file rows first, then
// first appearance in deals, revenue, tickets), so everything iterating them is deterministic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "join/account_join.h"
#include "table/tables.h"

namespace icp::metrics {

inline constexpr int32_t kNoCustomer = -1;

struct Customers {
  std::vector<int32_t> of_deal;      // per deal row: customer key or kNoCustomer (no id, no name)
  std::vector<int32_t> of_revenue;   // per revenue row
  std::vector<int32_t> of_ticket;    // per ticket row
  // Per customer key:
  std::vector<int32_t> account_row;  // row in the accounts table, or -1
  std::vector<std::string> name;     // company name as first seen ("" when only an id is known)
  std::vector<std::string> record_id;  // account id as first seen ("" when only a name is known)
  std::vector<int32_t> first_won_deal;  // deal row of the customer's first won deal (earliest close
                                        // date, ties by row), or -1: that deal makes it a new logo
  std::vector<int32_t> first_won_close;  // its close date (day number), or table::kNoDate

  size_t count() const { return account_row.size(); }
  // Name, else id, for display.
  const std::string& label(int32_t key) const { return name[key].empty() ? record_id[key] : name[key]; }
};

// Builds the keys; when the tables have accounts, also the join statistics of deals, revenue and
// tickets to them (only for the roles that have rows or a file: a role in `present`).
struct RolesPresent {
  bool deals = false, accounts = false, revenue = false, tickets = false, spend = false;
};
Customers build_customers(const table::Tables& tables, const RolesPresent& present,
                          std::vector<join::JoinStats>* joins);

}  // namespace icp::metrics
