// Sales figures by period (SPEC §2): deals created and pipeline created are bucketed by the created
// date; won, lost, win rate, bookings, ACV, cycle and new logos by the close date (closed deals
// only). Periods run without gaps from the first to the one holding the data's as-of day.
#pragma once

#include <string>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/sales_figures.h"

namespace icp::metrics {

struct PeriodSales {
  int32_t period = 0;         // periods.h index
  std::string label;          // "2024-Q1"
  uint64_t created = 0;       // deals created in the period
  double pipeline_created = 0;
  SalesFigures closed;        // deals closed in the period
};

struct SalesByPeriod {
  Granularity granularity = Granularity::quarter;
  std::vector<PeriodSales> periods;
  uint64_t closed_without_close_date = 0;  // closed deals in no period
  uint64_t without_created_date = 0;       // deals not in any "created" bucket
  uint64_t outside_range = 0;              // dated before the first kept period or after the as-of day
};

// At most this many periods are kept (the most recent), so a stray 1900 date cannot make a
// thousand-row table.
inline constexpr int32_t kMaxPeriods = 240;

SalesByPeriod compute_sales_by_period(const AnalysisInput& input);

}  // namespace icp::metrics
