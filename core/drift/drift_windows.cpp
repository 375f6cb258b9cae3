#include "drift/drift_windows.h"

#include <algorithm>
#include <climits>

namespace icp::drift {

DriftWindows drift_windows(const metrics::AnalysisInput& in) {
  DriftWindows w;
  w.quarters = {metrics::Granularity::quarter, in.settings.periods.fiscal_year_start_month};
  if (!table::has_date(in.as_of_day)) {
    w.reason = "no file holds a date";
    return w;
  }
  w.last = metrics::period_of_day(in.as_of_day, w.quarters);
  int32_t first = INT32_MAX;
  for (int32_t d : in.tables.deals.created) {
    if (table::has_date(d)) first = std::min(first, metrics::period_of_day(d, w.quarters));
  }
  if (first == INT32_MAX) {
    w.reason = "no deal has a created date";
    w.last = -1;
    return w;
  }
  w.first = std::max(std::min(first, w.last), w.last - kMaxDriftQuarters + 1);
  w.recent_first = w.last - in.settings.recent_quarters + 1;
  w.baseline_first = w.recent_first - in.settings.baseline_quarters;
  return w;
}

}  // namespace icp::drift
