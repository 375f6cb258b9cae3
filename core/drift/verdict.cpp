#include "drift/verdict.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace icp::drift {

std::optional<double> window_share(const FitShareSeries& s, int32_t first, int32_t last) {
  uint64_t k = 0, n = 0;
  for (const auto& p : s.periods) {
    if (p.quarter < first || p.quarter > last) continue;
    k += p.fit;
    n += p.total;
  }
  if (n == 0) return std::nullopt;
  return static_cast<double>(k) / static_cast<double>(n);
}

Verdict decide_verdict(const VerdictInputs& in) {
  Verdict v;
  char buf[256];
  // Fit share.
  {
    VerdictComponent c{"fit_share", 0, 35, ""};
    const Onset* o = in.onset;
    std::optional<double> before, after;
    if (in.fit_deals && in.windows && in.windows->ok()) {
      before = window_share(*in.fit_deals, in.windows->baseline_first, in.windows->recent_first - 1);
      after = window_share(*in.fit_deals, in.windows->recent_first, in.windows->last);
    }
    const bool measured = before && after;
    const double drop = measured ? (*before - *after) * 100 : 0;
    // On a large export a fraction of a point is significant; it counts only when it matters.
    const bool material = !measured || drop >= kMaterialFitDropPoints;
    const bool falls = o && o->trend.ok() && o->trend.p_value < 0.05 && o->trend.z < 0;
    if (o && o->detected && material) {
      c.points = 20 + std::clamp(drop / 2, 0.0, 15.0);
      std::snprintf(buf, sizeof buf, "the ICP-fit share of new deals slides from %s (p = %.3g); %.1f pts lower in the recent window",
                    o->onset_period.empty() ? o->step_period.c_str() : o->onset_period.c_str(),
                    o->shape == "step" ? o->step.p_value : o->hinge.p_value, drop);
      c.why = buf;
    } else if (falls && material) {
      c.points = 10;
      std::snprintf(buf, sizeof buf, "the ICP-fit share falls (Cochran-Armitage p = %.3g) without a dated onset", o->trend.p_value);
      c.why = buf;
    } else if ((o && o->detected) || falls) {
      std::snprintf(buf, sizeof buf, "the ICP-fit share moves (p = %.3g), but the recent window is %.1f pts %s the baseline (under the %.0f pts that count)",
                    o->detected ? (o->shape == "step" ? o->step.p_value : o->hinge.p_value) : o->trend.p_value,
                    std::abs(drop), drop >= 0 ? "below" : "above", kMaterialFitDropPoints);
      c.why = buf;
    } else {
      c.why = o && !o->reason.empty() ? o->reason : "no significant fall of the ICP-fit share";
    }
    v.components.push_back(std::move(c));
  }
  // Mix shift.
  {
    VerdictComponent c{"mix_shift", 0, 25, ""};
    std::string dims;
    if (in.mix) {
      for (const auto& s : in.mix->categorical) {
        if (!s.shifted && !s.trending) continue;
        const bool icp_material = s.account_attribute || s.dimension == "product" || s.dimension == "deal_type";
        c.points += icp_material ? 8 : 4;
        dims += (dims.empty() ? "" : ", ") + s.dimension;
      }
      for (const auto& s : in.mix->numeric) {
        if (!s.shifted && !s.trending) continue;
        c.points += 8;
        dims += (dims.empty() ? "" : ", ") + s.field;
      }
    }
    c.points = std::min(c.points, c.max);
    c.why = dims.empty() ? "no dimension's mix shifted (Benjamini-Hochberg, 5%)" : "shifted: " + dims;
    v.components.push_back(std::move(c));
  }
  // Types.
  {
    VerdictComponent c{"drift_types", 0, 15, ""};
    std::vector<const DriftType*> found;
    if (in.types) {
      for (const auto& t : *in.types) {
        if (t.detected) found.push_back(&t);
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const DriftType* a, const DriftType* b) { return a->size > b->size; });
    for (const DriftType* t : found) v.dominant_types.push_back(t->type);
    c.points = std::min(15.0, 5.0 * static_cast<double>(found.size()));
    std::string names;
    for (const auto& t : v.dominant_types) names += (names.empty() ? "" : ", ") + t;
    c.why = names.empty() ? "no drift type detected" : "detected: " + names;
    v.components.push_back(std::move(c));
  }
  // Indicators.
  for (const char* kind : {"lagging", "leading"}) {
    const bool lagging = std::string_view(kind) == "lagging";
    VerdictComponent c{std::string(kind) + "_indicators", 0, 10, ""};
    std::string names;
    int evaluated = 0;
    std::vector<std::string> not_evaluated;  // why, once each
    if (in.indicators) {
      for (const auto& ind : *in.indicators) {
        if (ind.kind != kind) continue;
        if (!ind.evaluated) {
          if (!ind.reason.empty() && std::find(not_evaluated.begin(), not_evaluated.end(), ind.reason) == not_evaluated.end()) {
            not_evaluated.push_back(ind.reason);
          }
          continue;
        }
        ++evaluated;
        if (!ind.detected) continue;
        c.points += lagging ? 5 : 4;
        names += (names.empty() ? "" : ", ") + ind.what;
      }
    }
    c.points = std::min(c.points, c.max);
    if (!names.empty()) {
      c.why = names;
    } else if (evaluated > 0) {
      c.why = "none of the " + std::to_string(evaluated) + " " + kind + " indicators evaluated is detected";
    } else {
      // Nothing could be measured: say why, so 0 points do not read as "healthy".
      std::string why;
      for (size_t i = 0; i < not_evaluated.size() && i < 3; ++i) why += (i ? "; " : "") + not_evaluated[i];
      c.why = std::string("not evaluated") + (why.empty() ? "" : ": " + why);
    }
    v.components.push_back(std::move(c));
  }
  // Scorecard answers.
  {
    VerdictComponent c{"scorecard_answers", 0, 5, ""};
    if (in.scorecard && in.scorecard->answered > 0) {
      c.points = 5.0 * static_cast<double>(in.scorecard->answered_yes) / static_cast<double>(in.scorecard->answered);
      std::snprintf(buf, sizeof buf, "%zu of %zu answered symptoms are present", in.scorecard->answered_yes,
                    in.scorecard->answered);
      c.why = buf;
    } else {
      c.why = "no scorecard question answered";
    }
    v.components.push_back(std::move(c));
  }
  for (auto& c : v.components) {
    c.points = std::round(c.points * 10) / 10;
    v.score += c.points;
  }
  v.score = std::round(std::min(100.0, v.score) * 10) / 10;
  v.severity = v.score >= 65 ? "high" : v.score >= 40 ? "moderate" : v.score >= 20 ? "low" : "none";
  if (in.onset && in.onset->detected) {
    v.onset_period = in.onset->shape == "step" ? in.onset->step_period : in.onset->onset_period;
    v.onset_p_value = in.onset->shape == "step" ? in.onset->step.p_value : in.onset->hinge.p_value;
  }
  if (v.severity == "moderate" || v.severity == "high") {
    std::string r = "Drift";
    if (!v.onset_period.empty()) r += " since " + v.onset_period;
    if (!v.dominant_types.empty()) {
      std::string names;
      for (const auto& t : v.dominant_types) names += (names.empty() ? "" : ", ") + t;
      r += " (" + names + ")";
    }
    r += ". Tighten the ICP back to the segment that wins and stays";
    if (!in.icp_summary.empty()) r += ": " + in.icp_summary;
    r += ", and make it the pass/fail qualification rule at the front of the funnel.";
    if (!in.stop_pursuing.empty()) {
      r += " Stop pursuing: ";
      for (size_t i = 0; i < in.stop_pursuing.size(); ++i) r += (i ? "; " : "") + in.stop_pursuing[i];
      r += ".";
    }
    v.recommendation = r;
  } else if (v.severity == "low") {
    v.recommendation =
        "Some signs of drift, not enough to act on alone: keep qualifying against the ICP and check again next quarter.";
  } else {
    v.recommendation = "No drift found: the customers being won still match the ICP. Check again next quarter.";
  }
  return v;
}

}  // namespace icp::drift
