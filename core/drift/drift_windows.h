// The quarters drift is measured in: quarters of the settings' fiscal year, from the first quarter
// any deal was created in to the one holding the data's as-of day; the recent window is the last
// `recent_quarters` of them, the baseline the `baseline_quarters` just before (SPEC §3: by default
// the last 4 quarters against the 4 before).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/periods.h"

namespace icp::drift {

struct DriftWindows {
  metrics::PeriodScheme quarters;  // quarter granularity, the settings' fiscal year
  int32_t first = 0;               // first quarter (periods.h index)
  int32_t last = -1;               // quarter of the as-of day
  int32_t recent_first = 0;        // first quarter of the recent window
  int32_t baseline_first = 0;      // first quarter of the baseline window
  std::string reason;              // non-empty: no dated deal, nothing to measure

  bool ok() const { return reason.empty(); }
  size_t count() const { return last >= first ? static_cast<size_t>(last - first + 1) : 0; }
  std::string label(int32_t q) const { return metrics::period_label(q, quarters); }
  bool in_recent(int32_t q) const { return q >= recent_first && q <= last; }
  bool in_baseline(int32_t q) const { return q >= baseline_first && q < recent_first; }
};

// At most this many quarters are followed (the most recent), so a stray 1900 date cannot make a
// thousand-period series.
inline constexpr int32_t kMaxDriftQuarters = 80;

DriftWindows drift_windows(const metrics::AnalysisInput& input);

}  // namespace icp::drift
