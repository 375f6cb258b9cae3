// The drift types of SPEC §3, each with its evidence and size, decided from the mix shift
// (mix_shift.h, BH-controlled) and, for concentration, from where the recent off-ICP deals are:
// - upmarket / downmarket: the employees (else amount) distribution shifted, its median up / down
//   (the median shift's interval excludes 0); size: Wasserstein ÷ baseline sd.
// - industry: the industry mix shifted; geography: country or region; use_case: product or
//   deal_type; channel: lead_source. Size: Jensen–Shannon distance; evidence: the level that grew most.
// - owner_concentration: in the recent window, owners or lead sources whose share of off-ICP deals
//   is above the rest's (two-proportion test, BH across levels); size: the largest excess share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "drift/mix_shift.h"
#include "icp/icp_evaluation.h"

namespace icp::drift {

struct DriftType {
  std::string type;          // upmarket, downmarket, industry, geography, use_case, channel, owner_concentration
  bool detected = false;
  bool evaluated = false;    // false: the data has nothing to decide it with (reason says why)
  std::string evidence;      // one sentence with the figures
  double size = 0;
  std::optional<double> q_value;
  std::vector<std::string> where;  // the levels behind it (owners, channels, industries grown)
  std::string reason;
};

std::vector<DriftType> classify_drift(const metrics::AnalysisInput& input, const DriftWindows& windows,
                                      const MixShift& shift, const std::vector<ideal::Fit>& deal_fit);

}  // namespace icp::drift
