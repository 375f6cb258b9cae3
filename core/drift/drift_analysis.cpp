#include "drift/drift_analysis.h"

#include <cstdio>
#include <optional>
#include <utility>

#include "metrics/customer_groups.h"
#include "stats/benjamini_hochberg.h"
#include "metrics/revenue_retention.h"

namespace icp::drift {
namespace {

// evaluated: icp's evaluate_icp, when it is at hand already.
IcpFit fit_of(const metrics::AnalysisInput& in, const DriftWindows& w, const metrics::Attributes& attributes,
              const ideal::IcpDefinition& icp, const char* source,
              std::optional<ideal::IcpEvaluation> evaluated = std::nullopt) {
  IcpFit f;
  f.source = source;
  f.definition = icp;
  f.evaluation = evaluated ? std::move(*evaluated) : ideal::evaluate_icp(icp, attributes);
  f.deals = fit_share_of_new_deals(in, w, f.evaluation.deals.fit);
  f.customers = fit_share_of_new_customers(in, w, f.evaluation.customers.fit);
  return f;
}

// "industry in Software, Financial Services; employees 51–500"
std::string summarize(const ideal::IcpDefinition& icp) {
  std::string out;
  for (const auto& r : icp.rules) {
    std::string part = r.field + " ";
    if (r.op == ideal::RuleOp::between) {
      char buf[64];
      if (r.min && r.max) std::snprintf(buf, sizeof buf, "%.0f–%.0f", *r.min, *r.max);
      else if (r.min) std::snprintf(buf, sizeof buf, "≥ %.0f", *r.min);
      else std::snprintf(buf, sizeof buf, "≤ %.0f", r.max.value_or(0));
      part += buf;
    } else {
      part += r.op == ideal::RuleOp::not_in ? "not in " : "in ";
      for (size_t i = 0; i < r.values.size(); ++i) part += (i ? ", " : "") + r.values[i];
    }
    out += (out.empty() ? "" : "; ") + part;
  }
  return out;
}

metrics::Figure<double> rate(uint64_t k, uint64_t n, std::optional<stats::Interval>* ci = nullptr) {
  if (n == 0) return metrics::Figure<double>::none("no closed deals");
  const stats::Interval i = stats::wilson_interval(k, n);
  if (ci) *ci = i;
  if ((i.high - i.low) / 2 > stats::kMaxConfidentHalfWidth) return metrics::Figure<double>::none(metrics::insufficient(n));
  return metrics::Figure<double>::of(static_cast<double>(k) / static_cast<double>(n));
}

WhatIf what_if(const metrics::AnalysisInput& in, const DriftInputs& more, const IcpFit& fit) {
  WhatIf wi;
  const table::DealTable& deals = in.tables.deals;
  uint64_t won_all = 0, won_fit = 0, deals_all = 0, deals_fit = 0;
  for (size_t d = 0; d < deals.size(); ++d) {
    const bool is_fit = d < fit.evaluation.deals.fit.size() && fit.evaluation.deals.fit[d] == ideal::Fit::fit;
    ++deals_all;
    deals_fit += is_fit;
    if (deals.outcome[d] == mapping::Outcome::open) continue;
    const bool won = deals.outcome[d] == mapping::Outcome::won;
    ++wi.closed_all;
    won_all += won;
    if (is_fit) {
      ++wi.closed_fit;
      won_fit += won;
    }
  }
  wi.win_rate_all = rate(won_all, wi.closed_all);
  wi.win_rate_fit = rate(won_fit, wi.closed_fit, &wi.win_rate_fit_ci);
  if (more.mrr && !more.mrr->empty()) {
    const auto nrr_of = [&](bool only_fit) {
      metrics::CustomerGroups g = metrics::CustomerGroups::everyone(in.customers.count());
      if (only_fit) {
        for (size_t k = 0; k < g.of_customer.size(); ++k) {
          const bool is_fit = k < fit.evaluation.customers.fit.size() && fit.evaluation.customers.fit[k] == ideal::Fit::fit;
          if (!is_fit) g.of_customer[k] = metrics::kNoLevel;
        }
      }
      return metrics::net_retention_by_group(*more.mrr, g, 1).front();
    };
    const metrics::NetRetention all = nrr_of(false), only = nrr_of(true);
    wi.nrr_all = all.nrr;
    wi.nrr_fit = only.nrr;
    wi.nrr_fit_n = only.n;
  } else {
    wi.nrr_all = wi.nrr_fit = metrics::Figure<double>::none("no revenue file was given");
  }
  const metrics::Efficiency* e = more.more.efficiency;
  uint64_t logos_fit = 0;
  for (size_t k = 0; k < in.customers.count() && k < fit.evaluation.customers.fit.size(); ++k) {
    if (in.customers.first_won_deal[k] >= 0 && fit.evaluation.customers.fit[k] == ideal::Fit::fit) ++logos_fit;
  }
  if (!e || !e->cac_overall.value) {
    wi.cac_all = wi.cac_fit = metrics::Figure<double>::none(e ? e->cac_overall.reason : "no spend file was given");
  } else {
    wi.cac_all = e->cac_overall;
    wi.cac_assumption = "spend scaled to the share of deals that fit the ICP (spend follows the deals worked)";
    if (logos_fit == 0 || deals_all == 0) {
      wi.cac_fit = metrics::Figure<double>::none("no ICP-fit new logo");
    } else {
      const double spend = e->spend_total * static_cast<double>(deals_fit) / static_cast<double>(deals_all);
      wi.cac_fit = metrics::Figure<double>::of(spend / static_cast<double>(logos_fit));
    }
  }
  return wi;
}

}  // namespace

DriftAnalysis analyze_drift(const metrics::AnalysisInput& in, const DriftInputs& more) {
  DriftAnalysis a;
  a.windows = drift_windows(in);
  const metrics::Attributes& attributes = *more.attributes;
  const metrics::MrrMatrix empty;
  const metrics::MrrMatrix& mrr = more.mrr ? *more.mrr : empty;
  a.labels = ideal::label_good_customers(in.tables.deals, in.customers, mrr);
  a.derived = ideal::derive_icp(in, attributes, a.labels);
  if (!a.windows.ok()) {
    a.reason = a.windows.reason;
  }
  const bool declared = more.declared && more.declared->has_value();
  if (declared) a.declared_fit = fit_of(in, a.windows, attributes, **more.declared, "declared");
  if (a.derived.rules) {
    a.derived_fit = fit_of(in, a.windows, attributes, *a.derived.rules, "derived", std::exchange(a.derived.evaluation, std::nullopt));
  }
  if (declared) {
    a.fit_basis = "declared";
  } else if (a.derived_fit) {
    a.fit_basis = "derived";
  } else {
    a.fit_basis_reason = "no ICP was declared and none could be derived (" + a.derived.rules_reason + ")";
  }
  const IcpFit* fit = a.primary();
  static const std::vector<ideal::Fit> no_fit;
  const std::vector<ideal::Fit>& deal_fit = fit ? fit->evaluation.deals.fit : no_fit;
  if (fit) {
    a.onset = detect_onset(fit->deals);
  } else {
    a.onset.reason = a.fit_basis_reason;
    a.onset.trend.reason = a.fit_basis_reason;  // no series: no trend figure, never a made-up z = 0
  }
  a.mix = compute_mix_shift(in, a.windows, attributes);
  a.types = classify_drift(in, a.windows, a.mix, deal_fit);
  a.indicators = compute_indicators(in, a.windows, more.more);
  const metrics::RevenueMetrics* revenue = more.more.revenue;
  a.scorecard = build_scorecard(a.indicators, a.types, revenue, in.settings, declared);

  VerdictInputs v;
  v.fit_deals = fit ? &fit->deals : nullptr;
  v.windows = &a.windows;
  v.onset = &a.onset;
  v.mix = &a.mix;
  v.types = &a.types;
  v.indicators = &a.indicators;
  v.scorecard = &a.scorecard;
  if (a.derived.rules) v.icp_summary = summarize(*a.derived.rules);
  else if (declared) v.icp_summary = summarize(**more.declared);
  if (more.sales_by_segment) {
    // The account segments whose win rate is significantly below the rest: who not to pursue.
    for (const auto& dim : more.sales_by_segment->by_dimension) {
      const metrics::Dimension* d = in.segments.find(dim.dimension);
      if (!d || !d->account_attribute) continue;
      for (const auto& seg : dim.segments) {
        if (!seg.q_value || *seg.q_value >= stats::kFalseDiscoveryRate || !seg.figures.win_rate_ci) continue;
        const double rate_seg = static_cast<double>(seg.figures.won) / static_cast<double>(seg.figures.closed());
        uint64_t won = 0, closed = 0;
        for (const auto& s : dim.segments) {
          won += s.figures.won;
          closed += s.figures.closed();
        }
        if (closed > 0 && rate_seg < static_cast<double>(won) / static_cast<double>(closed) && seg.segment != "Other") {
          char buf[160];
          std::snprintf(buf, sizeof buf, "%s = %s (win rate %.0f%%)", dim.dimension.c_str(), seg.segment.c_str(), rate_seg * 100);
          v.stop_pursuing.push_back(buf);
        }
      }
    }
  }
  a.verdict = decide_verdict(v);

  // Fit scores from the good-customer labels (account attributes only).
  std::vector<int8_t> labels(a.labels.of_customer.begin(), a.labels.of_customer.end());
  if (a.labels.customers.good > 0 && a.labels.customers.bad > 0) {
    const ideal::IcpDefinition* declared = more.declared && *more.declared ? &**more.declared : nullptr;
    a.scoring = ideal::build_scoring_model(attributes, labels, ideal::scoring_options_for(declared));
    for (const auto kind : {ideal::RecordKind::customers, ideal::RecordKind::deals}) {
      ideal::ScoreSummary& summary = kind == ideal::RecordKind::deals ? a.scored_deals : a.scored_customers;
      summary = ideal::summarize_scores(*a.scoring, ideal::score_records(*a.scoring, attributes, kind, false));
    }
  }
  if (fit) a.what_if = what_if(in, more, *fit);
  return a;
}

}  // namespace icp::drift
