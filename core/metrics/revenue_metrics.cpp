#include "metrics/revenue_metrics.h"

namespace icp::metrics {
namespace {

std::vector<RevenueGroupFigures> figures_by_group(const MrrMatrix& matrix, const CustomerGroups& groups,
                                                  double gross_margin, uint64_t min_customers) {
  std::vector<NetRetention> retention = net_retention_by_group(matrix, groups, min_customers);
  std::vector<LogoChurn> churn = logo_churn_by_group(matrix, groups, min_customers);
  std::vector<CustomerLtv> ltv = ltv_by_group(matrix, groups, gross_margin, min_customers);
  std::vector<RevenueGroupFigures> out(groups.groups);
  for (size_t c = 0; c < matrix.customers; ++c) {
    const uint32_t g = groups.group(c);
    if (g >= out.size()) continue;
    if (matrix.first_paid_month(static_cast<int32_t>(c))) ++out[g].customers;
  }
  for (size_t g = 0; g < out.size(); ++g) {
    out[g].paying = ltv[g].paying;
    out[g].mrr = ltv[g].mrr;
    out[g].retention = std::move(retention[g]);
    out[g].logo_churn = std::move(churn[g]);
    out[g].ltv = std::move(ltv[g]);
  }
  return out;
}

}  // namespace

RevenueMetrics compute_revenue(const MrrMatrix& matrix, const AnalysisInput& input) {
  RevenueMetrics r;
  r.intervals = input.tables.revenue.intervals;
  r.rows = count_revenue_rows(input.tables.revenue, input.customers);
  r.gross_margin = input.settings.gross_margin;
  r.months = matrix.months;
  r.as_of_month = matrix.empty() ? Figure<int32_t>::none(r.rows.used == 0 ? "no revenue data"
                                                                         : "no revenue data up to the as-of month")
                                 : Figure<int32_t>::of(matrix.as_of_month);

  r.overall = std::move(figures_by_group(matrix, CustomerGroups::everyone(matrix.customers), r.gross_margin, 1)[0]);
  r.movements = compute_mrr_movements(matrix);
  if (matrix.empty()) return r;

  for (const Dimension& d : input.segments.dimensions) {
    RevenueDimension dim;
    dim.name = d.name;
    CustomerGroups groups{d.of_customer.widened(), d.levels.size()};
    groups.of_customer.resize(matrix.customers, kNoLevel);
    std::vector<RevenueGroupFigures> figures = figures_by_group(matrix, groups, r.gross_margin, kMinSegmentCustomers);
    for (size_t l = 0; l < d.levels.size(); ++l) dim.segments.push_back({d.levels[l], std::move(figures[l])});
    for (size_t c = 0; c < matrix.customers; ++c) {
      if (groups.group(c) >= d.levels.size() && matrix.first_paid_month(static_cast<int32_t>(c))) {
        ++dim.customers_without_level;
      }
    }
    r.by_dimension.push_back(std::move(dim));
  }

  RevenueCohorts cohorts = compute_revenue_cohorts(matrix, input.settings.periods.fiscal_year_start_month);
  std::vector<RevenueGroupFigures> figures =
      figures_by_group(matrix, cohorts.groups, r.gross_margin, kMinSegmentCustomers);
  for (size_t g = 0; g < cohorts.cohorts.size(); ++g) {
    r.by_cohort.push_back({std::move(cohorts.cohorts[g]), std::move(figures[g])});
  }
  return r;
}

}  // namespace icp::metrics
