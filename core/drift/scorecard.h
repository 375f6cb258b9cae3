// The symptom scorecard by function (SPEC §3, the checklist of the domain texts): each item is
// evaluated from the data where the data allows — "detected", "not_detected" or "no_data", with its
// evidence — and the others are questions the user answers (settings.scorecard_answers); answers
// count toward the verdict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "drift/drift_types.h"
#include "drift/indicators.h"
#include "metrics/analysis_settings.h"
#include "metrics/revenue_metrics.h"

namespace icp::drift {

struct ScorecardItem {
  std::string id;        // stable: the key of an answer in the settings
  std::string function;  // "Sales", "Marketing", "Product", "Customer Success", "Executive"
  std::string symptom;   // plain words
  bool from_data = false;
  std::string status;    // from data: detected | not_detected | no_data; question: yes | no | unanswered
  std::string evidence;  // from data: the figures behind it
};

struct Scorecard {
  std::vector<ScorecardItem> items;
  size_t detected = 0, evaluated = 0;   // data items
  size_t answered_yes = 0, answered = 0, questions = 0;
};

Scorecard build_scorecard(const std::vector<Indicator>& indicators, const std::vector<DriftType>& types,
                          const metrics::RevenueMetrics* revenue, const metrics::AnalysisSettings& settings,
                          bool icp_declared);

}  // namespace icp::drift
