// MRR per customer per month (METHODS.md "Revenue"), the base of every revenue figure: from monthly
// snapshots (several rows of one customer in one month add up), or from subscription intervals (the
// sum of the MRR of subscriptions active on the month's first day; an interval's end is exclusive).
// Revenue rows are tied to customers by metrics/customers.h.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/analysis_settings.h"
#include "metrics/customers.h"
#include "table/revenue_table.h"

namespace icp::metrics {

struct MrrMatrix {
  int32_t first_month = 0;  // month index (periods.h) of column 0
  int32_t months = 0;       // columns; 0 when there is no revenue data
  size_t customers = 0;     // rows: Customers::count()
  std::vector<double> mrr;  // customers × months, row-major: mrr[customer * months + (month - first_month)]
  // The month figures are "as of": the settings' as_of_month, else the last complete month of the
  // data (for snapshots, the last month any snapshot names; for intervals, the month before the one
  // holding the latest start or end date, unless that date is a month's last day).
  int32_t as_of_month = 0;

  bool empty() const { return months == 0; }
  // MRR of a customer in a month (0 outside the matrix).
  double at(int32_t customer, int32_t month) const {
    if (customer < 0 || month < first_month || month >= first_month + months) return 0;
    return mrr[static_cast<size_t>(customer) * months + (month - first_month)];
  }
  // The first month with MRR > 0, if any.
  std::optional<int32_t> first_paid_month(int32_t customer) const;
};

MrrMatrix build_mrr_matrix(const table::RevenueTable& revenue, const Customers& customers,
                           const AnalysisSettings& settings);

}  // namespace icp::metrics
