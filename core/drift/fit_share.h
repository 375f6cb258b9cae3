// ICP-fit share per quarter (SPEC §3, METHODS.md "ICP-fit share over time and onset"): of the deals
// created in each quarter (new deals), and of the customers won in each quarter (new customers: the
// quarter of the first won deal's close), how many fit the ICP — with the Wilson interval. Records
// whose fit is unknown (an attribute the rules need is missing) are counted apart and left out of
// n, never silently off-ICP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drift/drift_windows.h"
#include "icp/icp_evaluation.h"
#include "metrics/figure.h"
#include "stats/wilson_interval.h"

namespace icp::drift {

struct FitSharePeriod {
  int32_t quarter = 0;
  std::string label;
  uint64_t fit = 0;
  uint64_t total = 0;    // fit + not fit
  uint64_t unknown = 0;  // fit unknown: not in total
  metrics::Figure<double> share;  // null with "insufficient data (n=…)" when the interval is too wide
  std::optional<stats::Interval> ci;
};

struct FitShareSeries {
  std::string of;  // "new_deals" | "new_customers"
  std::vector<FitSharePeriod> periods;  // every quarter of the windows, in order
  std::vector<uint64_t> k() const;
  std::vector<uint64_t> n() const;
};

FitShareSeries fit_share_of_new_deals(const metrics::AnalysisInput& input, const DriftWindows& windows,
                                      const std::vector<ideal::Fit>& deal_fit);
FitShareSeries fit_share_of_new_customers(const metrics::AnalysisInput& input, const DriftWindows& windows,
                                          const std::vector<ideal::Fit>& customer_fit);

}  // namespace icp::drift
