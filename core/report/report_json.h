// The report JSON (SPEC §7). Versioned by schema_version; keys are never renamed without a version
// bump. A figure that cannot be given is null with a sibling "<key>_reason".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_summary.h"
#include "join/account_join.h"
#include "drift/drift_analysis.h"
#include "metrics/analysis_settings.h"
#include "metrics/customer_success.h"
#include "metrics/efficiency.h"
#include "metrics/revenue_metrics.h"
#include "metrics/sales_figures.h"
#include "metrics/sales_periods.h"
#include "metrics/sales_segments.h"
#include "metrics/segments.h"

namespace icp::report {

inline constexpr std::string_view kSchemaVersion = "1.0.0";

struct Analysis {
  std::vector<ingest::InputSummary> inputs;
  metrics::AnalysisSettings settings;
  int32_t as_of_day = 0;  // table::kNoDate when no file holds a date
  std::optional<metrics::SalesFigures> sales;  // absent without a deals file
  std::vector<metrics::Dimension> dimensions;  // the segment dimensions: names and levels (of_deal, of_customer left empty)
  metrics::SalesBySegment sales_by_segment;
  metrics::SalesByPeriod sales_by_period;
  // Each absent with the reason (no revenue / spend file; nothing for customer success).
  std::optional<metrics::RevenueMetrics> revenue;
  std::string revenue_reason;
  std::optional<metrics::Efficiency> efficiency;
  std::string efficiency_reason;
  std::optional<metrics::CustomerSuccess> customer_success;
  std::string customer_success_reason;
  std::optional<drift::DriftAnalysis> drift;  // absent without a deals file
  std::string currency;         // of the deals' amounts, when every deals file names the same one
  std::string currency_reason;  // why there is none
  std::optional<std::vector<join::JoinStats>> joins;  // absent without an accounts file
};

std::string write_report_json(const Analysis& analysis);

// One inputs[] entry on its own (what `icp-drift inspect --json` prints).
std::string write_input_json(const ingest::InputSummary& input);

// The effective mapping of these inputs as a mapping file (mapping/mapping_file.h).
std::string write_mapping_json(const std::vector<ingest::InputSummary>& inputs);

}  // namespace icp::report
