// Customer lifetime value (SPEC §2, METHODS.md "Revenue"):
//   LTV = ARPA × gross margin ÷ average monthly revenue churn,
// ARPA = MRR_T ÷ customers paying at T, and the monthly revenue churn of a month = (MRR lost to churn
// + MRR lost to contraction) ÷ MRR at the month's start, averaged (plain mean of the monthly rates)
// over the months of the trailing 6 complete months ending T that have MRR at their start. With no
// revenue churn in those months there is no finite LTV: null with a reason, never a made-up number.
#pragma once

#include <cstdint>
#include <vector>

#include "metrics/customer_groups.h"
#include "metrics/figure.h"
#include "metrics/mrr_matrix.h"

namespace icp::metrics {

inline constexpr int32_t kRevenueChurnWindowMonths = 6;

struct CustomerLtv {
  uint64_t paying = 0;         // customers paying at T
  double mrr = 0;              // their MRR at T
  int32_t churn_months = 0;    // months of the window with MRR at their start
  double gross_margin = 0;
  Figure<double> arpa;
  Figure<double> revenue_churn;  // average monthly revenue churn
  Figure<double> ltv;
};

// One entry per group; ARPA and LTV are null below min_customers paying at T.
std::vector<CustomerLtv> ltv_by_group(const MrrMatrix& matrix, const CustomerGroups& groups, double gross_margin,
                                      uint64_t min_customers);

}  // namespace icp::metrics
