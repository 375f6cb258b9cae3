// The report's `revenue` object (SPEC §7) from metrics::RevenueMetrics. A figure that cannot be
// given is null with a sibling "<key>_reason"; intervals are [low, high]. Writes one JSON object
// value (the caller writes the "revenue" key).
#pragma once

#include "metrics/revenue_metrics.h"
#include "report/json_writer.h"

namespace icp::report {

void write_revenue(JsonWriter& w, const metrics::RevenueMetrics& m);

}  // namespace icp::report
