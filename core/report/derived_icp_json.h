// The report's derived ICP (icp/derived_icp.h):
//   {"outcome": "won_and_retained" | "won", "unit": "deals",
//    "good", "bad", "undecided" (deals), "customers": {"good", "bad", "undecided"},
//    "n" (decided deals up to the horizon), "after_horizon", "undated", "horizon_end",
//    "attributes": [searched],
//    "rules": <ICP definition, as an ICP file> | null with "rules_reason",
//    "base_rate", "flagged", "flagged_good", "coverage", "coverage_ci", "precision", "precision_ci",
//    "recall", "recall_ci", "lift", "lift_ci"  (in sample: the refit on everything),
//    "validation": {"method": "out_of_time", "train_until", "test_periods", "train_n", "train_good",
//                   "rules" (fitted on the training periods) | null with "rules_reason",
//                   "n", "good", "base_rate", "flagged", ... the same figures on the test periods,
//                   "meets_qualification_bar": bool | null, "reason" (when it could not be run)},
//    "search": {"beam_width", "max_conditions", "min_n", "min_good_share", "candidates", "gate_z"},
//    "notes": [...]}
// A null figure has a sibling "<key>_reason"; a null figure's interval is null.
#pragma once

#include "icp/derived_icp.h"
#include "report/json_writer.h"

namespace icp::report {

void write_derived_icp(JsonWriter& w, const ideal::DerivedIcp& derived);

}  // namespace icp::report
