// When did the drift begin? On the fit-share series of new deals (fit_share.h), METHODS.md "ICP-fit
// share over time and onset": the Cochran–Armitage trend test; the onset as the start of the slide
// (binomial hinge model, seeded parametric bootstrap p); the step-change split beside it (and PELT
// for several changes); and the Beta-Binomial online change-point probability of a recent change.
// Quarters with no decided record are left out of the tests (their index is mapped back).
#pragma once

#include <string>
#include <vector>

#include "drift/fit_share.h"
#include "stats/binomial_change_point.h"
#include "stats/binomial_hinge.h"
#include "stats/bocpd.h"
#include "stats/cochran_armitage.h"

namespace icp::drift {

struct Onset {
  stats::CochranArmitageResult trend;
  stats::HingeOnsetResult hinge;
  stats::StepChangeResult step;
  stats::SegmentationResult segmentation;
  stats::BocpdResult recent_change;
  std::string onset_period;        // the first quarter of the slide (hinge), "" when none
  std::string step_period;         // the first quarter after the step, "" when none
  std::vector<std::string> change_periods;  // PELT: the first quarter of each new segment
  std::string shape;               // "slide" (hinge fits better), "step", "none"
  bool detected = false;           // the share falls (trend z < 0) and the hinge is significant
  std::string reason;              // non-empty: not analysed, and why
};

Onset detect_onset(const FitShareSeries& series);

}  // namespace icp::drift
