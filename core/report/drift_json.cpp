#include "report/drift_json.h"

#include "report/derived_icp_json.h"
#include "report/icp_json.h"
#include "stats/rounding.h"

namespace icp::report {
namespace {

double r6(double x) { return stats::round_significant(x, 6); }

void interval(JsonWriter& w, const std::optional<stats::Interval>& ci) {
  if (ci) w.begin_array().value(r6(ci->low)).value(r6(ci->high)).end_array();
  else w.null();
}

void figure(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f) {
  w.key(key);
  if (f.value) {
    w.value(r6(*f.value));
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(f.reason);
  }
}

void optional_number(JsonWriter& w, std::string_view key, const std::optional<double>& v, std::string_view reason) {
  w.key(key);
  if (v) {
    w.value(r6(*v));
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(reason);
  }
}

void series(JsonWriter& w, const drift::FitShareSeries& s) {
  w.begin_array();
  for (const auto& p : s.periods) {
    w.begin_object();
    w.key("period").value(p.label);
    w.key("fit").value(p.fit);
    w.key("total").value(p.total);
    w.key("unknown").value(p.unknown);
    figure(w, "share", p.share);
    w.key("ci");
    interval(w, p.ci);
    w.end_object();
  }
  w.end_array();
}

void onset(JsonWriter& w, const drift::Onset& o) {
  w.begin_object();
  w.key("detected").value(o.detected);
  w.key("shape").value(o.shape.empty() ? "none" : o.shape);
  if (!o.reason.empty()) w.key("reason").value(o.reason);
  w.key("trend").begin_object();
  w.key("test").value("Cochran-Armitage");
  if (o.trend.ok()) {
    w.key("chi_square").value(r6(o.trend.chi_square));
    w.key("z").value(r6(o.trend.z));
    w.key("p_value").value(r6(o.trend.p_value));
  } else {
    w.key("p_value").null().key("p_value_reason").value(o.trend.reason);
  }
  w.end_object();
  w.key("hinge");
  if (o.hinge.ok() && o.reason.empty()) {
    w.begin_object();
    w.key("onset_period").value(o.onset_period);
    w.key("stable_share").value(r6(o.hinge.level));
    w.key("slope_per_quarter").value(r6(o.hinge.slope));
    w.key("lr").value(r6(o.hinge.lr));
    w.key("p_value").value(r6(o.hinge.p_value));
    w.key("replicates").value(static_cast<uint64_t>(o.hinge.replicates));
    w.key("seed").value(o.hinge.seed);
    w.key("better_fit").value(o.hinge.better_fit == stats::ChangeShape::hinge  ? "slide"
                              : o.hinge.better_fit == stats::ChangeShape::step ? "step"
                                                                               : "equal");
    w.end_object();
  } else {
    w.null().key("hinge_reason").value(o.reason.empty() ? o.hinge.reason : o.reason);
  }
  w.key("step");
  if (o.step.ok() && o.reason.empty()) {
    w.begin_object();
    w.key("change_period").value(o.step_period);
    w.key("rate_before").value(r6(o.step.rate_before));
    w.key("rate_after").value(r6(o.step.rate_after));
    w.key("lr").value(r6(o.step.lr));
    w.key("p_value").value(r6(o.step.p_value));
    w.key("replicates").value(static_cast<uint64_t>(o.step.replicates));
    w.end_object();
  } else {
    w.null().key("step_reason").value(o.reason.empty() ? o.step.reason : o.reason);
  }
  w.key("change_periods").begin_array();
  for (const auto& p : o.change_periods) w.value(p);
  w.end_array();
  w.key("recent_change_probability");
  if (o.recent_change.ok() && o.reason.empty()) w.value(r6(o.recent_change.p_recent_change));
  else w.null().key("recent_change_probability_reason").value(o.reason.empty() ? o.recent_change.reason : o.reason);
  w.end_object();
}

void mix(JsonWriter& w, const drift::MixShift& m) {
  w.begin_array();
  for (const auto& c : m.categorical) {
    w.begin_object();
    w.key("dimension").value(c.dimension);
    w.key("kind").value("categorical");
    w.key("account_attribute").value(c.account_attribute);
    uint64_t nb = 0, nr = 0;
    for (size_t l = 0; l < c.levels.size(); ++l) nb += c.baseline[l], nr += c.recent[l];
    w.key("baseline_n").value(nb);
    w.key("recent_n").value(nr);
    w.key("levels").begin_array();
    for (size_t l = 0; l < c.levels.size(); ++l) {
      w.begin_object();
      w.key("level").value(c.levels[l]);
      w.key("baseline").value(c.baseline[l]);
      w.key("recent").value(c.recent[l]);
      w.key("baseline_share").value(nb ? r6(static_cast<double>(c.baseline[l]) / nb) : 0.0);
      w.key("recent_share").value(nr ? r6(static_cast<double>(c.recent[l]) / nr) : 0.0);
      w.end_object();
    }
    w.end_array();
    if (!c.reason.empty()) {
      w.key("p_value").null().key("p_value_reason").value(c.reason);
      w.key("shifted").value(false);
      w.end_object();
      continue;
    }
    w.key("test").value(c.test.monte_carlo ? "chi-square homogeneity, Monte Carlo p" : "chi-square homogeneity");
    w.key("statistic").value(r6(c.test.statistic));
    w.key("df").value(static_cast<uint64_t>(c.test.df));
    w.key("p_value").value(r6(c.test.p_value));
    optional_number(w, "q_value", c.q_value, "not tested");
    w.key("psi").value(r6(c.distance.psi));
    w.key("psi_threshold").value(r6(c.distance.psi_threshold));
    w.key("psi_flagged").value(c.distance.psi_flagged);
    w.key("js_distance").value(r6(c.distance.js_distance));
    w.key("linf").value(r6(c.distance.linf));
    w.key("largest_gain").value(c.largest_gain);
    w.key("largest_gain_share").value(r6(c.largest_gain_share));
    w.key("shifted").value(c.shifted);
    w.end_object();
  }
  for (const auto& n : m.numeric) {
    w.begin_object();
    w.key("dimension").value(n.field);
    w.key("kind").value("numeric");
    w.key("baseline_n").value(n.baseline_n);
    w.key("recent_n").value(n.recent_n);
    if (!n.reason.empty()) {
      w.key("p_value").null().key("p_value_reason").value(n.reason);
      w.key("shifted").value(false);
      w.end_object();
      continue;
    }
    w.key("test").value(n.ks.exact ? "two-sample KS, exact p" : "two-sample KS");
    w.key("ks_d").value(r6(n.ks.d));
    w.key("p_value").value(r6(n.ks.p_value));
    optional_number(w, "q_value", n.q_value, "not tested");
    optional_number(w, "wasserstein_normalized", n.wasserstein.normalized, "the baseline has no spread");
    w.key("baseline_median").value(r6(n.median.baseline_median));
    w.key("recent_median").value(r6(n.median.recent_median));
    w.key("median_shift").value(r6(n.median.shift));
    w.key("median_shift_ci");
    interval(w, n.median.ci);
    w.key("median_shift_ci_method");
    if (n.median.ci) w.value(stats::median_shift_method_name(n.median.method)); else w.null();
    w.key("shifted").value(n.shifted);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_drift(JsonWriter& w, const drift::DriftAnalysis& a) {
  const drift::Verdict& v = a.verdict;
  w.begin_object();
  w.key("score").value(v.score);
  w.key("severity").value(v.severity);
  w.key("onset_period");
  if (v.onset_period.empty()) w.null().key("onset_period_reason").value(a.onset.reason.empty() ? "no onset found: the ICP-fit share does not fall significantly" : a.onset.reason);
  else w.value(v.onset_period);
  optional_number(w, "onset_p_value", v.onset_p_value, "no onset found");
  w.key("dominant_types").begin_array();
  for (const auto& t : v.dominant_types) w.value(t);
  w.end_array();
  w.key("recommendation").value(v.recommendation);
  w.key("components").begin_array();
  for (const auto& c : v.components) {
    w.begin_object();
    w.key("name").value(c.name);
    w.key("points").value(c.points);
    w.key("max").value(c.max);
    w.key("why").value(c.why);
    w.end_object();
  }
  w.end_array();
  w.key("fit_basis");
  if (a.fit_basis.empty()) w.null().key("fit_basis_reason").value(a.fit_basis_reason);
  else w.value(a.fit_basis);
  w.key("windows").begin_object();
  w.key("baseline").value(a.mix.baseline_window);
  w.key("recent").value(a.mix.recent_window);
  w.key("unit").value("quarters of deal created dates");
  w.end_object();
  const drift::IcpFit* fit = a.primary();
  w.key("fit_share_by_period");
  if (fit) series(w, fit->deals);
  else w.null().key("fit_share_by_period_reason").value(a.fit_basis_reason);
  w.key("fit_share_of_new_customers");
  if (fit) series(w, fit->customers);
  else w.null().key("fit_share_of_new_customers_reason").value(a.fit_basis_reason);
  w.key("fit_share_by_period_derived");
  if (a.declared_fit && a.derived_fit) series(w, a.derived_fit->deals);
  else w.null().key("fit_share_by_period_derived_reason").value(a.declared_fit ? "no ICP could be derived" : "the derived ICP is the basis");
  w.key("onset");
  onset(w, a.onset);
  w.key("mix_shift");
  mix(w, a.mix);
  w.key("types").begin_array();
  for (const auto& t : a.types) {
    w.begin_object();
    w.key("type").value(t.type);
    w.key("detected").value(t.detected);
    w.key("evaluated").value(t.evaluated);
    if (t.evaluated) {
      w.key("evidence").value(t.evidence);
      w.key("size").value(r6(t.size));
      optional_number(w, "q_value", t.q_value, "not tested");
    } else {
      w.key("reason").value(t.reason);
    }
    w.key("where").begin_array();
    for (const auto& x : t.where) w.value(x);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("indicators").begin_array();
  for (const auto& ind : a.indicators) {
    w.begin_object();
    w.key("id").value(ind.id);
    w.key("kind").value(ind.kind);
    w.key("what").value(ind.what);
    w.key("test").value(ind.test);
    w.key("evaluated").value(ind.evaluated);
    w.key("detected").value(ind.detected);
    optional_number(w, "p_value", ind.p_value, ind.reason);
    if (ind.slope) w.key("slope").value(r6(*ind.slope));
    w.key("series").begin_array();
    for (const auto& [label, value] : ind.series) {
      w.begin_object().key("label").value(label).key("value").value(r6(value)).end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  const drift::Scorecard& sc = a.scorecard;
  w.key("scorecard").begin_object();
  w.key("detected").value(static_cast<uint64_t>(sc.detected));
  w.key("evaluated").value(static_cast<uint64_t>(sc.evaluated));
  w.key("questions").value(static_cast<uint64_t>(sc.questions));
  w.key("answered").value(static_cast<uint64_t>(sc.answered));
  w.key("answered_yes").value(static_cast<uint64_t>(sc.answered_yes));
  w.key("items").begin_array();
  for (const auto& item : sc.items) {
    w.begin_object();
    w.key("id").value(item.id);
    w.key("function").value(item.function);
    w.key("symptom").value(item.symptom);
    w.key("from_data").value(item.from_data);
    w.key("status").value(item.status);
    w.key("evidence").value(item.evidence);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
}

void write_icp(JsonWriter& w, const drift::DriftAnalysis& a) {
  w.begin_object();
  w.key("declared");
  if (a.declared_fit) {
    w.begin_object();
    w.key("rules");
    write_icp_definition_value(w, a.declared_fit->definition);
    w.key("evaluation");
    write_icp_evaluation_summary(w, a.declared_fit->definition, a.declared_fit->evaluation);
    w.end_object();
  } else {
    w.null().key("declared_reason").value("no ICP file was given (icp-drift analyze --icp FILE, or the page's ICP editor)");
  }
  w.key("derived");
  write_derived_icp(w, a.derived);
  w.key("derived_evaluation");
  if (a.derived_fit) write_icp_evaluation_summary(w, a.derived_fit->definition, a.derived_fit->evaluation);
  else w.null().key("derived_evaluation_reason").value(a.derived.rules_reason);
  w.key("overlap");
  if (a.declared_fit && a.derived_fit) {
    uint64_t both = 0, declared_only = 0, derived_only = 0, neither = 0;
    const auto& d1 = a.declared_fit->evaluation.customers.fit;
    const auto& d2 = a.derived_fit->evaluation.customers.fit;
    for (size_t k = 0; k < d1.size() && k < d2.size(); ++k) {
      if (d1[k] == ideal::Fit::unknown || d2[k] == ideal::Fit::unknown) continue;
      const bool x = d1[k] == ideal::Fit::fit, y = d2[k] == ideal::Fit::fit;
      both += x && y;
      declared_only += x && !y;
      derived_only += !x && y;
      neither += !x && !y;
    }
    const uint64_t n = both + declared_only + derived_only + neither;
    w.begin_object();
    w.key("customers").value(n);
    w.key("both").value(both);
    w.key("declared_only").value(declared_only);
    w.key("derived_only").value(derived_only);
    w.key("neither").value(neither);
    w.key("agreement").value(n ? r6(static_cast<double>(both + neither) / n) : 0.0);
    w.end_object();
  } else {
    w.null().key("overlap_reason").value(a.declared_fit ? "no ICP could be derived" : "no ICP was declared");
  }
  w.key("scoring");
  if (a.scoring) {
    w.begin_object();
    w.key("model");
    write_scoring_model(w, *a.scoring);
    w.key("customers");
    write_score_summary(w, *a.scoring, a.scored_customers);
    w.key("deals");
    write_score_summary(w, *a.scoring, a.scored_deals);
    w.end_object();
  } else {
    w.null().key("scoring_reason").value("no good and bad customers to learn the fit score from");
  }
  const drift::WhatIf& wi = a.what_if;
  w.key("what_if");
  if (a.primary()) {
    w.begin_object();
    w.key("basis").value(a.fit_basis);
    w.key("closed_all").value(wi.closed_all);
    w.key("closed_fit").value(wi.closed_fit);
    figure(w, "win_rate_all", wi.win_rate_all);
    figure(w, "win_rate_fit", wi.win_rate_fit);
    w.key("win_rate_fit_ci");
    interval(w, wi.win_rate_fit_ci);
    figure(w, "nrr_all", wi.nrr_all);
    figure(w, "nrr_fit", wi.nrr_fit);
    w.key("nrr_fit_n").value(wi.nrr_fit_n);
    figure(w, "cac_all", wi.cac_all);
    figure(w, "cac_fit", wi.cac_fit);
    if (!wi.cac_assumption.empty()) w.key("cac_assumption").value(wi.cac_assumption);
    w.end_object();
  } else {
    w.null().key("what_if_reason").value(a.fit_basis_reason);
  }
  w.end_object();
}

}  // namespace icp::report
