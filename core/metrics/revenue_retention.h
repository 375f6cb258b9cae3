// Net and gross revenue retention, trailing 12 months as of T = the matrix's as-of month
// (SPEC §2, METHODS.md "Revenue"):
//   NRR = Σ MRR_T of the customers with MRR_{T−12} > 0 ÷ Σ MRR_{T−12}
//   GRR = Σ min(MRR_T, MRR_{T−12}) over the same customers ÷ Σ MRR_{T−12}
// n is the number of those customers. Both need 13 months of data (T−12 .. T inside the matrix).
#pragma once

#include <cstdint>
#include <vector>

#include "metrics/customer_groups.h"
#include "metrics/figure.h"
#include "metrics/mrr_matrix.h"

namespace icp::metrics {

// The fewest customers a segment level or an acquisition cohort needs for a revenue figure (NRR and
// GRR: paying at T−12; logo churn: paying at the start of some month of its window; LTV: paying at
// T). A ratio over fewer accounts is driven by one or two of them: it is "insufficient data (n=…)".
// The overall figures only need one customer, and give their n.
inline constexpr uint64_t kMinSegmentCustomers = 30;

inline constexpr int32_t kRetentionLagMonths = 12;

struct NetRetention {
  uint64_t n = 0;         // customers paying at T−12
  double mrr_then = 0;    // Σ MRR_{T−12} of them
  double mrr_now = 0;     // Σ MRR_T of them
  double mrr_kept = 0;    // Σ min(MRR_T, MRR_{T−12})
  Figure<double> nrr;
  Figure<double> grr;
};

// One entry per group (groups.groups); a figure is null with a reason when there is no revenue
// data, fewer than 13 months of it, no customer paying at T−12, or n < min_customers.
std::vector<NetRetention> net_retention_by_group(const MrrMatrix& matrix, const CustomerGroups& groups,
                                                 uint64_t min_customers);

}  // namespace icp::metrics
