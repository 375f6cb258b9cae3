// Drift detection and the ICP rebuild, end to end (SPEC §3, §4): the good-customer outcome, the
// derived ICP, the fit of every deal and customer to the declared ICP (when given) and to the derived
// one, the fit share per quarter with its onset, the mix shift, the drift types, the leading and
// lagging indicators, the scorecard and the verdict; then fit scores for every account and open deal
// and the what-if of pursuing only ICP-fit deals. When no ICP is declared, fit is measured against
// the derived ICP, so an export alone still gets a verdict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "drift/drift_types.h"
#include "drift/drift_windows.h"
#include "drift/fit_share.h"
#include "drift/indicators.h"
#include "drift/mix_shift.h"
#include "drift/onset.h"
#include "drift/scorecard.h"
#include "drift/verdict.h"
#include "icp/derived_icp.h"
#include "icp/fit_score.h"
#include "icp/good_customer.h"
#include "icp/icp_definition.h"
#include "icp/icp_evaluation.h"
#include "metrics/sales_segments.h"

namespace icp::drift {

// What the company would have had pursuing only ICP-fit deals (SPEC §4 "What-if").
struct WhatIf {
  metrics::Figure<double> win_rate_all, win_rate_fit;
  std::optional<stats::Interval> win_rate_fit_ci;
  uint64_t closed_all = 0, closed_fit = 0;
  metrics::Figure<double> nrr_all, nrr_fit;
  uint64_t nrr_fit_n = 0;
  metrics::Figure<double> cac_all, cac_fit;  // CAC if spend followed the deals worked
  std::string cac_assumption;
};

struct IcpFit {
  std::string source;  // "declared" | "derived"
  ideal::IcpDefinition definition;
  ideal::IcpEvaluation evaluation;
  FitShareSeries deals, customers;
};

struct DriftAnalysis {
  std::string reason;  // non-empty: no drift analysis (no deals), and why
  DriftWindows windows;
  ideal::GoodCustomers labels;
  ideal::DerivedIcp derived;
  std::optional<IcpFit> declared_fit;
  std::optional<IcpFit> derived_fit;
  std::string fit_basis;  // "declared" | "derived" | "" (no ICP to measure against)
  std::string fit_basis_reason;
  Onset onset;
  MixShift mix;
  std::vector<DriftType> types;
  std::vector<Indicator> indicators;
  Scorecard scorecard;
  Verdict verdict;
  std::optional<ideal::ScoringModel> scoring;
  ideal::ScoreSummary scored_customers, scored_deals;  // the fit scores, summed up (fit_score.h)
  WhatIf what_if;

  const IcpFit* primary() const { return fit_basis == "declared" ? &*declared_fit : fit_basis == "derived" ? &*derived_fit : nullptr; }
};

struct DriftInputs {
  const metrics::Attributes* attributes = nullptr;
  const metrics::MrrMatrix* mrr = nullptr;
  const std::optional<ideal::IcpDefinition>* declared = nullptr;
  IndicatorInputs more;
  const metrics::SalesBySegment* sales_by_segment = nullptr;
};

DriftAnalysis analyze_drift(const metrics::AnalysisInput& input, const DriftInputs& more);

}  // namespace icp::drift
