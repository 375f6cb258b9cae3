// Logo churn (SPEC §2, METHODS.md "Revenue"): the monthly rate m = customers churned in a month ÷
// customers paying at its start, pooled over the 12 months ending T (Σ churned ÷ Σ paying at the
// start), annualised as 1 − (1 − m)^12 — never 12·m. The 95% Wilson interval of the pooled monthly
// rate (n = customer-months) is carried to the annual scale by the same map, which is increasing.
// The monthly figure of each single month is in metrics/mrr_movements.h.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/customer_groups.h"
#include "metrics/figure.h"
#include "metrics/mrr_matrix.h"
#include "stats/wilson_interval.h"

namespace icp::metrics {

inline constexpr int32_t kLogoChurnWindowMonths = 12;

// 1 − (1 − m)^12 by multiplications only (no pow), so native and wasm agree to the bit.
double annualize_monthly_churn(double monthly);

struct LogoChurn {
  int32_t months = 0;            // months of the window inside the data (at most 12)
  uint64_t churned = 0;          // Σ customers churned in the months of the window
  uint64_t customer_months = 0;  // Σ customers paying at the start of each month: the n
  uint64_t customers = 0;        // distinct customers paying at the start of some month
  Figure<double> monthly;
  std::optional<stats::Interval> monthly_ci;
  Figure<double> annualized;
  std::optional<stats::Interval> annualized_ci;
};

// One entry per group. Null with a reason when the data has fewer than 2 months (no month has a
// start), nobody paid at the start of any month of the window, fewer than min_customers distinct
// customers did, or the Wilson half-width exceeds stats::kMaxConfidentHalfWidth (METHODS.md).
std::vector<LogoChurn> logo_churn_by_group(const MrrMatrix& matrix, const CustomerGroups& groups,
                                           uint64_t min_customers);

}  // namespace icp::metrics
