// The derived ICP (SPEC §4, METHODS.md "Derived ICP"): readable rules found from the data — a
// conjunction of conditions on account attributes — with their coverage, precision, recall and lift,
// validated out of time.
//
// Unit of analysis: decided deals (good_customer.h: won and retained / won = good, lost = bad),
// each carrying its customer's account attributes. Deals, not customers, because lost deals are
// most of the evidence of who is a bad fit (a prospect that never bought has no customer label
// worth the name in most CRMs), and because the qualification bar ("flags 15–35% of deals, captures
// ≥ 60% of good outcomes") is stated on deals. The rule is written in the ICP format
// (icp_definition.h) and applies to customers alike (icp_evaluation.h).
//
// Attributes: the text account attributes (industry, country, region, custom account columns),
// product and custom deal columns naming a use case (METHODS.md counts product / use case as ICP
// material), and employees and annual_revenue cut at the band edges of segments.h. Never owner,
// lead_source, deal_type, channel or amount (nor a custom column naming one): they describe the
// sale, not the customer. Texts compare as ICP rules do (icp_evaluation.h text_key; countries by
// ISO code, shown by their English name). A text attribute with more than max_levels
// distinct values among the decided deals (an id, a free text) is left out, with a note.
//
// Search: beam search (beam_width rules kept at each depth, up to max_conditions conditions, one
// per attribute) over conjunctions. A text condition is a set of values, grown greedily from each
// of the set_starts best single values: the value that raises the objective most is added, while
// the set is below the constraints, then while it raises the objective. A number condition is a
// range of whole bands [edge, edge) (widened to the open end when the bands beyond hold no decided
// deal). A rule must hold ≥ min_good_share of the good outcomes and ≥ min_n decided deals.
// The objective is Youden's J = recall − the share of the bad outcomes the rule flags (equivalently
// the weighted relative accuracy of subgroup discovery, coverage × (precision − base rate), up to a
// constant): pure lift, or the lower bound of the good rate, prefer the luckiest small corner of a
// good segment (Software ∧ 51–200 rather than {Software, Financial Services} ∧ 51–500), and the
// qualification bar asks for recall too. Lift is what is reported. A condition is added only when
// it raises J and the Wilson 95% lower bound of the good rate inside exceeds the good rate of the
// rule without it (for the first condition, the base rate): a condition that does not clearly raise
// the rate inside stops the rule. The best rule found is kept only when the lower bound of its good
// rate at a Bonferroni z over every candidate rule the search evaluated (Φ⁻¹(1 − 0.025 ÷ m)) still
// exceeds the base rate: a world with no signal gives no rule rather than a confident fake ICP.
//
// Out of time: deals are placed in quarters (the settings' fiscal year) by created date, else close
// date. With won_and_retained, recent won deals are not decided yet (their customers are under 12
// months old) while recent lost deals are, which would bias the latest quarters towards bad; so the
// horizon is the latest quarter whose won deals are at least half decided, and decided deals after
// it are left out (counted). The search is fitted on the quarters before the last test_quarters of
// the horizon and measured on those test_quarters (the validation figures), then refitted on every
// decided deal up to the horizon for the rules shown (the in-sample figures). Decided deals without
// a date are left out of the validation and kept in the refit.
//
// Figures of a rule on a set of decided deals: coverage = flagged ÷ n, precision = good flagged ÷
// flagged, recall = good flagged ÷ good, each with its Wilson 95% interval and null ("insufficient
// data (n=…)") when the half-width exceeds stats::kMaxConfidentHalfWidth; lift = precision ÷ base
// rate, its interval from the good rates inside and outside the rule, each at Wilson 97.5% (so both
// hold together with ≥ 95%), combined at the corners (lift rises with the rate inside and falls
// with the rate outside): [L_in ÷ (c·L_in + (1−c)·U_out), U_in ÷ (c·U_in + (1−c)·L_out)], c =
// coverage. Figures are those of the written rules as evaluate_icp() applies them (between
// inclusive; a deal whose value is missing is not flagged), rounded to 6 significant digits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "icp/good_customer.h"
#include "icp/icp_definition.h"
#include "icp/icp_evaluation.h"
#include "metrics/analysis_input.h"
#include "metrics/attributes.h"
#include "metrics/figure.h"
#include "stats/wilson_interval.h"

namespace icp::ideal {

struct DerivedIcpOptions {
  size_t beam_width = 5;
  size_t max_conditions = 3;
  uint64_t min_n = 30;             // decided deals inside a rule, and in the data / each window
  double min_good_share = 0.15;    // share of the good outcomes a rule must hold
  int32_t test_quarters = 4;
  size_t max_levels = 200;
  size_t set_starts = 8;
};

// The qualification bar of METHODS.md: flags 15–35% of deals and captures ≥ 60% of good outcomes.
inline constexpr double kBarCoverageMin = 0.15, kBarCoverageMax = 0.35, kBarRecallMin = 0.60;

struct RuleFigures {
  uint64_t n = 0;             // decided deals
  uint64_t good = 0;
  uint64_t flagged = 0;       // of n, flagged by the rule
  uint64_t flagged_good = 0;
  metrics::Figure<double> base_rate, coverage, precision, recall, lift;
  std::optional<stats::Interval> coverage_ci, precision_ci, recall_ci, lift_ci;
};

struct IcpValidation {
  bool done = false;
  std::string reason;                 // why not done: "insufficient data (n=12)", "no quarters before ..."
  std::optional<int32_t> train_until; // last day of the training periods
  std::vector<std::string> test_periods;  // "2025-Q4", ...
  uint64_t train_n = 0, train_good = 0;
  std::optional<IcpDefinition> rules;  // fitted on the training periods (null: reason)
  std::string rules_reason;
  RuleFigures test;                   // those rules on the test periods
  std::optional<bool> meets_qualification_bar;  // on the test periods
};

struct DerivedIcp {
  GoodDefinition outcome = GoodDefinition::won_and_retained;  // the definition used
  OutcomeCounts deals, customers;
  uint64_t decided = 0;          // decided deals up to the horizon: the refit's n
  uint64_t after_horizon = 0;    // decided deals after it, left out
  uint64_t undated = 0;          // decided deals with neither a created nor a close date
  std::optional<int32_t> horizon_end;  // last day of the horizon quarter

  std::optional<IcpDefinition> rules;  // the refit on everything (null: rules_reason)
  std::string rules_reason;
  RuleFigures in_sample;
  // rules evaluated on every deal and customer, as evaluate_icp gives it: drift takes it over
  // (drift_analysis.cpp) rather than evaluating the same rules again.
  std::optional<IcpEvaluation> evaluation;
  IcpValidation validation;

  DerivedIcpOptions options;
  uint64_t candidates = 0;       // candidate rules the refit evaluated
  double gate_z = 0;             // the Bonferroni z of its gate
  std::vector<std::string> attributes;  // searched
  std::vector<std::string> notes;
};

DerivedIcp derive_icp(const metrics::AnalysisInput& input, const metrics::Attributes& attributes,
                      const GoodCustomers& labels, const DerivedIcpOptions& options = {});

}  // namespace icp::ideal
