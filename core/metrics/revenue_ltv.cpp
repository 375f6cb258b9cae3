#include "metrics/revenue_ltv.h"

#include <algorithm>

#include "metrics/periods.h"

namespace icp::metrics {

std::vector<CustomerLtv> ltv_by_group(const MrrMatrix& matrix, const CustomerGroups& groups, double gross_margin,
                                      uint64_t min_customers) {
  std::vector<CustomerLtv> out(groups.groups);
  // Per group and window month: MRR at the start, and lost to churn or contraction.
  const int32_t last = matrix.months - 1;
  const int32_t from = std::max(1, matrix.months - kRevenueChurnWindowMonths);
  const size_t window = last >= 1 ? static_cast<size_t>(last - from + 1) : 0;
  std::vector<double> start(groups.groups * window, 0.0), lost(groups.groups * window, 0.0);
  for (size_t c = 0; c < matrix.customers; ++c) {
    const uint32_t g = groups.group(c);
    if (g >= out.size()) continue;
    const double* row = matrix.mrr.data() + c * matrix.months;
    if (matrix.months > 0 && row[last] > 0) {
      ++out[g].paying;
      out[g].mrr += row[last];
    }
    for (size_t w = 0; w < window; ++w) {
      const int32_t i = from + static_cast<int32_t>(w);
      const double before = row[i - 1], now = row[i];
      if (!(before > 0)) continue;
      start[g * window + w] += before;
      if (now < before) lost[g * window + w] += before - std::max(now, 0.0);
    }
  }
  const bool margin_ok = gross_margin > 0 && gross_margin <= 1;
  for (size_t g = 0; g < out.size(); ++g) {
    CustomerLtv& l = out[g];
    l.gross_margin = gross_margin;
    if (matrix.empty()) {
      l.arpa = Figure<double>::none("no revenue data");
    } else if (l.paying == 0) {
      l.arpa = Figure<double>::none("no customers paying in " + month_label(matrix.as_of_month));
    } else if (l.paying < min_customers) {
      l.arpa = Figure<double>::none(insufficient(l.paying));
    } else {
      l.arpa = Figure<double>::of(l.mrr / static_cast<double>(l.paying));
    }
    double sum = 0;
    for (size_t w = 0; w < window; ++w) {
      if (!(start[g * window + w] > 0)) continue;
      ++l.churn_months;
      sum += lost[g * window + w] / start[g * window + w];
    }
    if (matrix.months < 2) {
      l.revenue_churn = Figure<double>::none("needs 2 months of revenue data, have " + std::to_string(matrix.months));
    } else if (l.churn_months == 0) {
      l.revenue_churn = Figure<double>::none("no MRR at the start of any of the trailing " +
                                             std::to_string(kRevenueChurnWindowMonths) + " months");
    } else {
      l.revenue_churn = Figure<double>::of(sum / l.churn_months);
    }
    if (!l.arpa.value) {
      l.ltv = Figure<double>::none(l.arpa.reason);
    } else if (!l.revenue_churn.value) {
      l.ltv = Figure<double>::none(l.revenue_churn.reason);
    } else if (*l.revenue_churn.value == 0) {
      l.ltv = Figure<double>::none("no revenue churn in the trailing " + std::to_string(kRevenueChurnWindowMonths) +
                                   " months");
    } else if (!margin_ok) {
      l.ltv = Figure<double>::none("gross margin must be above 0 and at most 1");
    } else {
      l.ltv = Figure<double>::of(*l.arpa.value * gross_margin / *l.revenue_churn.value);
    }
  }
  return out;
}

}  // namespace icp::metrics
