// The report's "efficiency" object (docs/REPORT.md): CAC, payback and magic number. Writes only the
// value; the caller writes the key (and null with "efficiency_reason" without a spend file).
#pragma once

#include "metrics/efficiency.h"
#include "report/json_writer.h"

namespace icp::report {

void write_efficiency(JsonWriter& w, const metrics::Efficiency& e);

}  // namespace icp::report
