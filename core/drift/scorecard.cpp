#include "drift/scorecard.h"

#include <cstdio>

namespace icp::drift {
namespace {

std::string describe(const Indicator& ind) {
  if (!ind.evaluated) return ind.reason;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s over %zu points, p = %.3g", ind.test.c_str(), ind.series.size(),
                ind.p_value.value_or(1));
  return buf;
}

}  // namespace

Scorecard build_scorecard(const std::vector<Indicator>& indicators, const std::vector<DriftType>& types,
                          const metrics::RevenueMetrics* revenue, const metrics::AnalysisSettings& settings,
                          bool icp_declared) {
  Scorecard card;
  const auto from_indicator = [&](const char* id, const char* function, const char* symptom, const char* indicator) {
    ScorecardItem item{id, function, symptom, true, "no_data", ""};
    for (const auto& ind : indicators) {
      if (ind.id != indicator) continue;
      item.status = !ind.evaluated ? "no_data" : ind.detected ? "detected" : "not_detected";
      item.evidence = describe(ind);
    }
    card.items.push_back(std::move(item));
  };
  const auto question = [&](const char* id, const char* function, const char* symptom) {
    ScorecardItem item{id, function, symptom, false, "unanswered", ""};
    for (const auto& [key, yes] : settings.scorecard_answers) {
      if (key == id) item.status = yes ? "yes" : "no";
    }
    card.items.push_back(std::move(item));
  };

  from_indicator("sales_fewer_new_logos", "Sales", "New customer acquisition declines quarter after quarter",
                 "new_logos_falling");
  from_indicator("sales_longer_cycles", "Sales", "Sales cycles lengthen: deals push into the next quarter",
                 "cycles_lengthening");
  from_indicator("sales_lower_close_rate", "Sales", "Close rates deteriorate while pipeline grows", "win_rate_falling");
  from_indicator("sales_rising_cac", "Sales", "It costs more to acquire each customer", "cac_rising");
  question("sales_quarter_end_stress", "Sales", "Every quarter ends in a push, and the next starts the same way");
  question("marketing_lead_pressure", "Marketing", "Pressure to produce leads faster than the strategy allows");
  question("marketing_repositioning", "Marketing", "Product marketing keeps repositioning the product for new buyers");
  question("marketing_launches_flat", "Marketing", "Launches do not move pipeline");
  question("product_roadmap_requests", "Product", "The roadmap shifts for single customers' or late-stage deals' requests");
  question("product_release_slips", "Product", "Release dates slip, sprint after sprint");
  question("product_pm_spread", "Product", "Product managers are pulled into sales, success and implementations");
  {
    ScorecardItem item{"product_promise_gap", "Product",
                       "What Sales promises drifts away from what the product is built for (use-case drift)", true,
                       "no_data", ""};
    for (const auto& t : types) {
      if (t.type != "use_case") continue;
      item.status = !t.evaluated ? "no_data" : t.detected ? "detected" : "not_detected";
      item.evidence = t.evaluated ? t.evidence : t.reason;
    }
    card.items.push_back(std::move(item));
  }
  from_indicator("cs_implementation_harder", "Customer Success", "Implementations get longer and harder for newer customers",
                 "cohort_time_to_value_rising");
  from_indicator("cs_churn_rising", "Customer Success", "Gross churn rises in newer cohorts", "cohort_churn_rising");
  from_indicator("cs_support_load", "Customer Success", "Newer customers need more support", "cohort_tickets_rising");
  {
    ScorecardItem item{"cs_nrr_below_100", "Customer Success", "Net revenue retention is below 100%", true, "no_data", ""};
    if (revenue && revenue->overall.retention.nrr.value) {
      const double nrr = *revenue->overall.retention.nrr.value;
      item.status = nrr < 1 ? "detected" : "not_detected";
      char buf[96];
      std::snprintf(buf, sizeof buf, "NRR trailing 12 months %.1f%% (n=%llu customers)", nrr * 100,
                    static_cast<unsigned long long>(revenue->overall.retention.n));
      item.evidence = buf;
    } else {
      item.evidence = revenue ? revenue->overall.retention.nrr.reason : "no revenue file was given";
    }
    card.items.push_back(std::move(item));
  }
  question("exec_anecdotes", "Executive", "Strategy is decided from anecdotes rather than segment-level data");
  question("exec_blame", "Executive", "Cross-functional reviews turn into blame allocation");
  {
    ScorecardItem item{"exec_icp_unvalidated", "Executive",
                       "The ICP was defined once and never validated against revenue data", false, "unanswered", ""};
    for (const auto& [key, yes] : settings.scorecard_answers) {
      if (key == item.id) item.status = yes ? "yes" : "no";
    }
    if (!icp_declared && item.status == "unanswered") item.evidence = "no declared ICP was given to compare with";
    card.items.push_back(std::move(item));
  }
  for (const auto& item : card.items) {
    if (item.from_data) {
      card.evaluated += item.status != "no_data";
      card.detected += item.status == "detected";
    } else {
      ++card.questions;
      card.answered += item.status != "unanswered";
      card.answered_yes += item.status == "yes";
    }
  }
  return card;
}

}  // namespace icp::drift
