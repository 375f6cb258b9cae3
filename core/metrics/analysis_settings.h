// The analysis settings a user may change (CLI flags, the page's settings, a settings file): how
// periods are cut, the gross margin used by CAC payback and LTV, and the month revenue figures are
// taken as of. Defaults are METHODS.md's.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "metrics/periods.h"

namespace icp::metrics {

struct AnalysisSettings {
  PeriodScheme periods;        // by_period tables: quarter by default, fiscal year from January
  double gross_margin = 0.8;   // CAC payback, LTV (SPEC §2: default 80%)
  // The month NRR/GRR and the other "as of" revenue figures are taken at (a month index, see
  // periods.h); absent: the last complete month of the revenue data.
  std::optional<int32_t> as_of_month;
  // Drift windows (SPEC §3): the recent quarters against the baseline quarters just before them.
  int recent_quarters = 4;
  int baseline_quarters = 4;
  // The user's answers to the scorecard items the data cannot decide (drift/scorecard.h), by item
  // id: true = "yes, we see this symptom". They count toward the verdict and travel with the settings.
  std::vector<std::pair<std::string, bool>> scorecard_answers;
};

}  // namespace icp::metrics
