// What every metric reads: the tables, who the customers are, the segment dimensions, the settings,
// and the data's "today" (the latest date any input holds: nothing reads the clock, so the same
// files give the same report on any day).
#pragma once

#include <cstdint>

#include "metrics/analysis_settings.h"
#include "metrics/customers.h"
#include "metrics/segments.h"
#include "table/tables.h"

namespace icp::metrics {

struct AnalysisInput {
  const table::Tables& tables;
  const Customers& customers;
  const Segmentation& segments;
  const AnalysisSettings& settings;
  int32_t as_of_day;  // day number; table::kNoDate when no file holds a date
  RolesPresent present{};  // which roles had a file (a file may have no usable row)
};

// The latest date in any table (deal created/close dates, revenue months and interval ends, ticket
// dates, spend periods, account go-live dates), capped at no date past the latest deal close or
// revenue month by more than a year of stray values: see the .cpp.
int32_t data_as_of_day(const table::Tables& tables);

}  // namespace icp::metrics
