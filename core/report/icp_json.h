// The report's ICP parts: a definition (the same shape as an ICP file, icp_definition.h), how the
// customers and deals fit it (icp_evaluation.h), the fit-score points table (fit_score.h), and
// the scored records as CSV with the CRM's own ids, to import back.
#pragma once

#include <cstddef>
#include <string>

#include "icp/fit_score.h"
#include "icp/icp_definition.h"
#include "icp/icp_evaluation.h"
#include "metrics/customers.h"
#include "report/json_writer.h"
#include "table/tables.h"

namespace icp::report {

// {"name", "defined_on" (when set), "match", "rules": [{"field", "op", "values" (in, not_in) |
//  "value" (eq) | "min"/"max" (between, those set), "weight" (match "score", or when not 1)}],
//  "tiers" (when set), "pass_score" (when set)}; values of numeric fields are written as numbers.
void write_icp_definition_value(JsonWriter& w, const ideal::IcpDefinition& icp);

// {"match", "pass_score" and "tiers" (match "score"; else null),
//  "customers": {"n", "fit", "not_fit", "unknown", "tiers": [{"name", "n"}] (match "score")},
//  "deals": {...}, "rules": [{"rule" (from 1), "field", "attribute" (null when the data has none),
//  "op", "customers": {"satisfied", "not_satisfied", "unknown"}, "deals": {...}}], "notes": [...]}
void write_icp_evaluation_summary(JsonWriter& w, const ideal::IcpDefinition& icp, const ideal::IcpEvaluation& e);

// {"labelled", "good", "base_rate", "prior_strength", "calibration", "score_map",
//  "tiers": [{"name", "min_score"}], "pass_score",
//  "attributes": [{"field", "banded", "missing", "levels": [{"level", "n", "good", "good_rate",
//  "log_odds", "points"}]}], "notes": [...]}
void write_scoring_model(JsonWriter& w, const ideal::ScoringModel& model);

// {"n", "mean_score", "pass", "tiers": [{"name", "n"}]} of one kind of scored record.
void write_score_summary(JsonWriter& w, const ideal::ScoringModel& model, const ideal::ScoreSummary& scored);

struct ScoredCsvOptions {
  bool open_deals_only = false;  // deals: only the open ones (those a qualification acts on)
  size_t reasons_per_side = 3;
};

// CSV (csv_writer.h: CRLF, quoted where needed, formula-looking cells neutralised) with the header
// record_id,name,score,tier,pass,reasons and one row per record: customers by key, with their
// account id (Customers::record_id) and name; deals by row, with the deal's own record id
// (DealTable::deal_id, kept for open deals) and its customer's name, else (no deal id) its
// customer's account id, else the deal's own account id and name. score with one decimal, pass
// true/false, reasons joined by "; ".
std::string write_scored_csv(const ideal::ScoringModel& model, const ideal::ScoredRecords& scored,
                             const table::Tables& tables, const metrics::Customers& customers,
                             const ScoredCsvOptions& options = {});

}  // namespace icp::report
