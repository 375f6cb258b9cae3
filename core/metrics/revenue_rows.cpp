#include "metrics/revenue_rows.h"

#include <cmath>

#include "table/deal_table.h"

namespace icp::metrics {

int32_t revenue_row_customer(const Customers& customers, size_t row) {
  if (row >= customers.of_revenue.size()) return kNoCustomer;
  const int32_t key = customers.of_revenue[row];
  if (key < 0 || static_cast<size_t>(key) >= customers.count()) return kNoCustomer;
  return key;
}

RevenueRowUse revenue_row_use(const table::RevenueTable& revenue, const Customers& customers, size_t row) {
  if (revenue_row_customer(customers, row) == kNoCustomer) return RevenueRowUse::no_customer;
  if (row >= revenue.start.size() || revenue.start[row] == table::kNoDate) return RevenueRowUse::no_start;
  const double mrr = revenue.mrr[row];
  if (!std::isfinite(mrr)) return RevenueRowUse::no_mrr;
  if (mrr < 0) return RevenueRowUse::negative_mrr;
  return RevenueRowUse::used;
}

RevenueRowCounts count_revenue_rows(const table::RevenueTable& revenue, const Customers& customers) {
  RevenueRowCounts c;
  for (size_t row = 0; row < revenue.size(); ++row) {
    switch (revenue_row_use(revenue, customers, row)) {
      case RevenueRowUse::used: ++c.used; break;
      case RevenueRowUse::no_customer: ++c.without_customer; break;
      case RevenueRowUse::no_start: ++c.without_start; break;
      case RevenueRowUse::negative_mrr: ++c.negative_mrr; break;
      case RevenueRowUse::no_mrr: ++c.without_mrr; break;
    }
  }
  return c;
}

}  // namespace icp::metrics
