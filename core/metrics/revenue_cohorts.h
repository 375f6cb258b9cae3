// Acquisition cohorts (SPEC §2, METHODS.md "Revenue"): a customer's cohort is the quarter of its
// first paid month (fiscal quarters when the fiscal year starts in another month). For each cohort
// and each month k = 0, 1, 2, … since every member's own first paid month:
//   revenue retention(k) = Σ MRR at (first paid month + k) ÷ Σ MRR in the first paid month
//   logo retention(k)    = members paying at (first paid month + k) ÷ members
// k runs while month first + k is ≤ T for every member (the table is ragged: later cohorts have
// shorter rows). Revenue before the first month of the data is unknown, so the cohort holding that
// month also holds every customer already paying then: it is marked `opening`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/customer_groups.h"
#include "metrics/mrr_matrix.h"
#include "metrics/periods.h"

namespace icp::metrics {

struct RevenueCohort {
  int32_t quarter = 0;   // period index (periods.h, quarter granularity)
  std::string label;     // "2024-Q1"
  bool opening = false;  // holds the first month of the data
  uint64_t customers = 0;
  double start_mrr = 0;  // Σ MRR of the members in their first paid month
  std::vector<double> revenue_retention;  // k = 0 .. ; [0] is 1
  std::vector<double> logo_retention;
};

struct RevenueCohorts {
  std::vector<RevenueCohort> cohorts;  // quarters with at least one member, in quarter order
  CustomerGroups groups;               // cohort index per customer (kNoLevel: never paid)
};

// `fiscal_year_start_month` as in AnalysisSettings::periods.
RevenueCohorts compute_revenue_cohorts(const MrrMatrix& matrix, int fiscal_year_start_month = 1);

}  // namespace icp::metrics
