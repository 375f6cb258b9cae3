// The report's revenue section (SPEC §2 "Revenue", §7 `revenue`): the MRR movements month by month,
// NRR / GRR trailing 12 months, logo churn, LTV, overall and per segment level and acquisition
// cohort, and the cohort retention tables, all as of T = the matrix's as-of month.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/logo_churn.h"
#include "metrics/mrr_matrix.h"
#include "metrics/mrr_movements.h"
#include "metrics/revenue_cohorts.h"
#include "metrics/revenue_ltv.h"
#include "metrics/revenue_retention.h"
#include "metrics/revenue_rows.h"

namespace icp::metrics {

// The figures of one group of customers: everyone, a segment level, a cohort.
struct RevenueGroupFigures {
  uint64_t customers = 0;  // with MRR > 0 in some month of the data
  uint64_t paying = 0;     // at T
  double mrr = 0;          // at T
  NetRetention retention;
  LogoChurn logo_churn;
  CustomerLtv ltv;
};

struct RevenueSegment {
  std::string segment;  // the level's label
  RevenueGroupFigures figures;
};

struct RevenueDimension {
  std::string name;
  std::vector<RevenueSegment> segments;  // the dimension's levels, in its order
  uint64_t customers_without_level = 0;  // paying customers the dimension has no level for
};

struct RevenueCohortFigures {
  RevenueCohort cohort;
  RevenueGroupFigures figures;
};

struct RevenueMetrics {
  Figure<int32_t> as_of_month;  // null with a reason when there is no revenue data
  bool intervals = false;       // basis: subscription intervals, else monthly snapshots
  int32_t months = 0;           // months of data up to T
  RevenueRowCounts rows;        // revenue rows used, and left out by reason
  RevenueGroupFigures overall;  // overall.customers: customers who ever paid
  double gross_margin = 0;
  std::vector<MrrMovement> movements;
  std::vector<RevenueDimension> by_dimension;
  std::vector<RevenueCohortFigures> by_cohort;
};

RevenueMetrics compute_revenue(const MrrMatrix& matrix, const AnalysisInput& input);

}  // namespace icp::metrics
