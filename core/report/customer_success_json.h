// The report's "customer_success" object (docs/REPORT.md): tickets per account-month,
// time-to-value (Kaplan–Meier) and health score by segment. Writes only the value; the caller
// writes the key.
#pragma once

#include "metrics/customer_success.h"
#include "report/json_writer.h"

namespace icp::report {

void write_customer_success(JsonWriter& w, const metrics::CustomerSuccess& cs);

}  // namespace icp::report
