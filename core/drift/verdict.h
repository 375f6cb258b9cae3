// The verdict (SPEC §3): a drift score 0–100 made of named components, each counted only on
// statistical evidence (so a stable export does not cry wolf: one chance finding stays under
// "moderate"), the severity, the onset, the dominant types and the recommended correction.
//
// Components (points / maximum):
// - fit share (35): the ICP-fit share of new deals slides (onset detected: 20, plus half the drop
//   from the baseline window to the recent window in percentage points, up to 15); a falling trend
//   alone (Cochran–Armitage p < 0.05) gives 10. Either counts only when the recent window's share is
//   at least kMaterialFitDropPoints below the baseline window's (when both windows are measured): on
//   a large export a fraction of a point is significant and means nothing.
// - mix shift (25): 8 per dimension that is ICP material (account attributes, product, deal type)
//   whose mix shifted or trends (BH q < 0.05, mix_shift.h), 4 per other dimension, up to 25.
// - drift types (15): 5 per type detected.
// - lagging indicators (10) and leading indicators (10): 5 per lagging, 4 per leading one detected.
// - scorecard answers (5): the share of answered questions answered "yes".
// Severity: none < 20 ≤ low < 40 ≤ moderate < 65 ≤ high.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "drift/drift_types.h"
#include "drift/fit_share.h"
#include "drift/indicators.h"
#include "drift/mix_shift.h"
#include "drift/onset.h"
#include "drift/scorecard.h"

namespace icp::drift {

inline constexpr double kMaterialFitDropPoints = 3.0;

struct VerdictComponent {
  std::string name;
  double points = 0;
  double max = 0;
  std::string why;
};

struct Verdict {
  double score = 0;
  std::string severity;  // none | low | moderate | high
  std::vector<VerdictComponent> components;
  std::string onset_period;               // "" when no onset was found
  std::optional<double> onset_p_value;
  std::vector<std::string> dominant_types;  // detected, largest first
  std::string recommendation;
};

struct VerdictInputs {
  const FitShareSeries* fit_deals = nullptr;
  const DriftWindows* windows = nullptr;
  const Onset* onset = nullptr;
  const MixShift* mix = nullptr;
  const std::vector<DriftType>* types = nullptr;
  const std::vector<Indicator>* indicators = nullptr;
  const Scorecard* scorecard = nullptr;
  std::string icp_summary;                 // the ICP to tighten to, in words ("industry in …")
  std::vector<std::string> stop_pursuing;  // segments that do worst, in words
};

Verdict decide_verdict(const VerdictInputs& in);

// The fit share of a window (pooled k / n of its quarters), or nothing when n = 0.
std::optional<double> window_share(const FitShareSeries& series, int32_t first, int32_t last);

}  // namespace icp::drift
