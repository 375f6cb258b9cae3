// Revenue rows as read: MRR snapshots (account × month) or subscription intervals (start, end).
// MRR is monthly: ARR is divided by 12, and an amount billed yearly too.
#pragma once

#include <vector>

#include "table/string_dictionary.h"

namespace icp::table {

struct RevenueTable {
  CategoricalColumn account_id;
  CategoricalColumn account_name;
  std::vector<int32_t> start;  // the snapshot's month, or the subscription's start (day numbers)
  std::vector<int32_t> end;    // kNoDate for snapshots and open subscriptions
  std::vector<double> mrr;
  bool intervals = false;      // true: subscription intervals; false: monthly snapshots
  size_t size() const { return mrr.size(); }
};

struct TicketTable {
  CategoricalColumn account_id;
  CategoricalColumn account_name;
  std::vector<int32_t> created;
  CategoricalColumn priority;
  size_t size() const { return created.size(); }
};

struct SpendTable {
  std::vector<int32_t> period_start;
  CategoricalColumn channel;
  std::vector<double> amount;
  size_t size() const { return amount.size(); }
};

}  // namespace icp::table
