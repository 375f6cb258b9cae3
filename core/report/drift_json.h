// The report's `drift` and `icp` sections (SPEC §3, §4, §7) from a drift analysis
// (drift/drift_analysis.h). docs/REPORT.md describes the keys.
#pragma once

#include "drift/drift_analysis.h"
#include "report/json_writer.h"

namespace icp::report {

void write_drift(JsonWriter& w, const drift::DriftAnalysis& a);
void write_icp(JsonWriter& w, const drift::DriftAnalysis& a);

}  // namespace icp::report
