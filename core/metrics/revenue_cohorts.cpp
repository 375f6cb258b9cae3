#include "metrics/revenue_cohorts.h"

#include <algorithm>
#include <map>

namespace icp::metrics {

RevenueCohorts compute_revenue_cohorts(const MrrMatrix& matrix, int fiscal_year_start_month) {
  RevenueCohorts out;
  const PeriodScheme scheme{Granularity::quarter, fiscal_year_start_month};
  // First paid month per customer (as a column), and the quarters that have members, in order.
  std::vector<int32_t> first_column(matrix.customers, -1);
  std::map<int32_t, uint32_t> cohort_of_quarter;
  for (size_t c = 0; c < matrix.customers; ++c) {
    const std::optional<int32_t> first = matrix.first_paid_month(static_cast<int32_t>(c));
    if (!first) continue;
    first_column[c] = *first - matrix.first_month;
    cohort_of_quarter.emplace(period_of_month(*first, scheme), 0);
  }
  const int32_t opening_quarter = period_of_month(matrix.first_month, scheme);
  for (auto& [quarter, index] : cohort_of_quarter) {
    index = static_cast<uint32_t>(out.cohorts.size());
    RevenueCohort cohort;
    cohort.quarter = quarter;
    cohort.label = period_label(quarter, scheme);
    cohort.opening = quarter == opening_quarter;
    out.cohorts.push_back(std::move(cohort));
  }
  out.groups.groups = out.cohorts.size();
  out.groups.of_customer.assign(matrix.customers, kNoLevel);

  // Members, starting MRR, and the latest first paid month (it bounds k).
  std::vector<int32_t> latest_first(out.cohorts.size(), 0);
  for (size_t c = 0; c < matrix.customers; ++c) {
    if (first_column[c] < 0) continue;
    const uint32_t g = cohort_of_quarter[period_of_month(matrix.first_month + first_column[c], scheme)];
    out.groups.of_customer[c] = g;
    RevenueCohort& cohort = out.cohorts[g];
    ++cohort.customers;
    cohort.start_mrr += matrix.mrr[c * matrix.months + first_column[c]];
    latest_first[g] = std::max(latest_first[g], first_column[c]);
  }
  std::vector<std::vector<double>> mrr_at(out.cohorts.size());
  std::vector<std::vector<uint64_t>> paying_at(out.cohorts.size());
  for (size_t g = 0; g < out.cohorts.size(); ++g) {
    const size_t ks = static_cast<size_t>(matrix.months - latest_first[g]);
    mrr_at[g].assign(ks, 0.0);
    paying_at[g].assign(ks, 0);
  }
  for (size_t c = 0; c < matrix.customers; ++c) {
    if (first_column[c] < 0) continue;
    const uint32_t g = out.groups.of_customer[c];
    const double* row = matrix.mrr.data() + c * matrix.months + first_column[c];
    for (size_t k = 0; k < mrr_at[g].size(); ++k) {
      if (!(row[k] > 0)) continue;
      mrr_at[g][k] += row[k];
      ++paying_at[g][k];
    }
  }
  for (size_t g = 0; g < out.cohorts.size(); ++g) {
    RevenueCohort& cohort = out.cohorts[g];
    for (size_t k = 0; k < mrr_at[g].size(); ++k) {
      cohort.revenue_retention.push_back(mrr_at[g][k] / cohort.start_mrr);
      cohort.logo_retention.push_back(static_cast<double>(paying_at[g][k]) / static_cast<double>(cohort.customers));
    }
  }
  return out;
}

}  // namespace icp::metrics
