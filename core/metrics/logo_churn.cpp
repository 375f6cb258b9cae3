#include "metrics/logo_churn.h"

#include <algorithm>

namespace icp::metrics {

double annualize_monthly_churn(double monthly) {
  const double kept = 1 - monthly;
  const double k2 = kept * kept;
  const double k4 = k2 * k2;
  const double k8 = k4 * k4;
  return 1 - k8 * k4;
}

std::vector<LogoChurn> logo_churn_by_group(const MrrMatrix& matrix, const CustomerGroups& groups,
                                           uint64_t min_customers) {
  std::vector<LogoChurn> out(groups.groups);
  // Columns of the window: the month in column i starts with the MRR of column i − 1.
  const int32_t last = matrix.months - 1;
  const int32_t from = std::max(1, matrix.months - kLogoChurnWindowMonths);
  const int32_t months = last >= 1 ? last - from + 1 : 0;
  for (size_t c = 0; c < matrix.customers && months > 0; ++c) {
    const uint32_t g = groups.group(c);
    if (g >= out.size()) continue;
    const double* row = matrix.mrr.data() + c * matrix.months;
    LogoChurn& l = out[g];
    bool counted = false;
    for (int32_t i = from; i <= last; ++i) {
      if (!(row[i - 1] > 0)) continue;
      ++l.customer_months;
      if (!(row[i] > 0)) ++l.churned;
      if (!counted) ++l.customers;
      counted = true;
    }
  }
  for (LogoChurn& l : out) {
    l.months = months;
    std::string reason;
    if (matrix.months < 2) {
      reason = "needs 2 months of revenue data, have " + std::to_string(matrix.months);
    } else if (l.customer_months == 0) {
      reason = "no customers paying at the start of any month of the trailing " +
               std::to_string(kLogoChurnWindowMonths) + " months";
    } else if (l.customers < min_customers) {
      reason = insufficient(l.customers);
    } else {
      // The interval is given even when it is too wide for the rate to be shown (as sales' win rate).
      const stats::Interval ci = stats::wilson_interval(l.churned, l.customer_months);
      l.monthly_ci = ci;
      l.annualized_ci = stats::Interval{annualize_monthly_churn(ci.low), annualize_monthly_churn(ci.high)};
      if ((ci.high - ci.low) / 2 > stats::kMaxConfidentHalfWidth) reason = insufficient(l.customer_months);
    }
    if (!reason.empty()) {
      l.monthly = Figure<double>::none(reason);
      l.annualized = Figure<double>::none(reason);
      continue;
    }
    const double m = static_cast<double>(l.churned) / static_cast<double>(l.customer_months);
    l.monthly = Figure<double>::of(m);
    l.annualized = Figure<double>::of(annualize_monthly_churn(m));
  }
  return out;
}

}  // namespace icp::metrics
