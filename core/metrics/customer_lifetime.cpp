#include "metrics/customer_lifetime.h"

#include <algorithm>

namespace icp::metrics {

PeriodScheme cohort_scheme(const AnalysisSettings& settings) {
  return PeriodScheme{Granularity::quarter, settings.periods.fiscal_year_start_month};
}

int32_t go_live_of(const AnalysisInput& in, size_t k) {
  if (k >= in.customers.account_row.size()) return table::kNoDate;
  const int32_t row = in.customers.account_row[k];
  if (row < 0 || static_cast<size_t>(row) >= in.tables.accounts.go_live.size()) return table::kNoDate;
  return in.tables.accounts.go_live[row];
}

std::vector<CustomerLifetime> customer_lifetimes(const AnalysisInput& in, const MrrMatrix& mrr) {
  const size_t n = in.customers.count();
  const PeriodScheme cohorts = cohort_scheme(in.settings);
  std::vector<CustomerLifetime> out(n);
  for (size_t k = 0; k < n; ++k) {
    CustomerLifetime& c = out[k];
    // First and last paid month.
    int32_t first_paid = 0, last_paid = 0;
    bool paid = false;
    if (k < mrr.customers) {
      for (int32_t i = 0; i < mrr.months; ++i) {
        if (mrr.mrr[k * static_cast<size_t>(mrr.months) + i] > 0) {
          if (!paid) first_paid = mrr.first_month + i;
          last_paid = mrr.first_month + i;
          paid = true;
        }
      }
    }
    const int32_t go_live = go_live_of(in, k);
    const int32_t close = in.customers.first_won_close[k];
    if (table::has_date(go_live)) {
      c.start = go_live;
      c.start_basis = StartBasis::go_live;
    } else if (table::has_date(close)) {
      c.start = close;
      c.start_basis = StartBasis::first_won_close;
    } else if (paid) {
      c.start = first_day_of_month(first_paid);
      c.start_basis = StartBasis::first_paid_month;
    }
    c.end = in.as_of_day;
    if (paid && last_paid < mrr.as_of_month) {
      c.churned = true;
      const int32_t churn_day = first_day_of_month(last_paid + 1);
      c.end = table::has_date(in.as_of_day) ? std::min(in.as_of_day, churn_day) : churn_day;
    }
    if (table::has_date(close)) c.cohort = period_of_day(close, cohorts);
    else if (paid) c.cohort = period_of_month(first_paid, cohorts);
    else if (c.started()) c.cohort = period_of_day(c.start, cohorts);
  }
  return out;
}

}  // namespace icp::metrics
