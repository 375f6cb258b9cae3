// Which revenue rows feed the MRR matrix, and why the others do not: a row needs a customer
// (metrics/customers.h), a start (the snapshot's month or the subscription's start) and an MRR that
// is a number >= 0. Negative MRR (credit notes, refunds, reversals) is not a subscription: it is
// left out and counted, like rows tied to no customer, so the report can say how many.
#pragma once

#include <cstdint>

#include "metrics/customers.h"
#include "table/revenue_table.h"

namespace icp::metrics {

enum class RevenueRowUse : uint8_t { used, no_customer, no_start, negative_mrr, no_mrr };

// The customer key of a revenue row, or kNoCustomer.
int32_t revenue_row_customer(const Customers& customers, size_t row);
RevenueRowUse revenue_row_use(const table::RevenueTable& revenue, const Customers& customers, size_t row);

struct RevenueRowCounts {
  uint64_t used = 0;
  uint64_t without_customer = 0;
  uint64_t without_start = 0;
  uint64_t negative_mrr = 0;
  uint64_t without_mrr = 0;  // MRR not a number (NaN or infinite)
};
RevenueRowCounts count_revenue_rows(const table::RevenueTable& revenue, const Customers& customers);

}  // namespace icp::metrics
