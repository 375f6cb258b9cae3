#include "drift/drift_types.h"

#include <cmath>
#include <algorithm>
#include <cstdio>

#include "stats/benjamini_hochberg.h"
#include "stats/two_proportion_test.h"

namespace icp::drift {
namespace {

std::string pct(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f pts", share * 100);
  return buf;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

std::string qtext(double q) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "q = %.3g", q);
  return buf;
}

const CategoricalShift* find_dim(const MixShift& m, std::string_view name) {
  for (const auto& c : m.categorical) {
    if (c.dimension == name) return &c;
  }
  return nullptr;
}

DriftType categorical_type(const MixShift& m, const char* type, std::initializer_list<const char*> dims) {
  DriftType t;
  t.type = type;
  const CategoricalShift* best = nullptr;
  std::string why;
  for (const char* d : dims) {
    const CategoricalShift* c = find_dim(m, d);
    if (!c) continue;
    if (!c->reason.empty()) {
      why = std::string(d) + ": " + c->reason;
      continue;
    }
    t.evaluated = true;
    const auto strength = [](const CategoricalShift* x) {
      return std::min(x->q_value.value_or(1), x->trend_q.value_or(1));
    };
    if (!best || strength(c) < strength(best)) best = c;
  }
  if (!t.evaluated) {
    t.reason = why.empty() ? "the data has no " + std::string(*dims.begin()) + " values" : why;
    return t;
  }
  const bool trend = best->trending;
  t.detected = best->shifted || trend;
  t.q_value = best->shifted || !best->trend_q ? best->q_value : best->trend_q;
  t.size = best->distance.js_distance;
  t.where = {trend && !best->shifted && !best->rising_level.empty() ? best->rising_level : best->largest_gain};
  t.evidence = std::string(best->dimension) + " mix of the recent window " +
               (best->shifted ? "shifted" : "did not shift significantly") + " (" + qtext(best->q_value.value_or(1)) +
               ", JS distance " + num(best->distance.js_distance * 1000) + "/1000; largest gain: " + best->largest_gain +
               " " + pct(best->largest_gain_share) + " of new deals)";
  if (best->trend_q) {
    t.evidence += "; over every quarter, the share of " + best->trend_level + " " +
                  (best->trend_z > 0 ? "rises" : "falls") + " (Cochran-Armitage, " + qtext(*best->trend_q) + ")";
    if (!best->rising_level.empty() && best->rising_level != best->trend_level) {
      t.evidence += ", " + best->rising_level + " grows most";
    }
  }
  return t;
}

}  // namespace

std::vector<DriftType> classify_drift(const metrics::AnalysisInput& in, const DriftWindows& w, const MixShift& m,
                                      const std::vector<ideal::Fit>& deal_fit) {
  std::vector<DriftType> out;
  // Size: employees first (who the customer is), else the deal amount.
  const NumericShift* size = nullptr;
  for (const char* field : {"employees", "amount"}) {
    for (const auto& n : m.numeric) {
      if (!size && n.field == field && n.reason.empty()) size = &n;
    }
  }
  for (const char* type : {"upmarket", "downmarket"}) {
    DriftType t;
    t.type = type;
    if (!size) {
      t.reason = m.numeric.empty() ? "the data has no employees or amount values" : m.numeric.front().reason;
      out.push_back(std::move(t));
      continue;
    }
    t.evaluated = true;
    const bool up = std::string_view(type) == "upmarket";
    const auto& ci = size->median.ci;
    const bool direction = ci && (up ? ci->low > 0 : ci->high < 0);
    const bool trend = size->trending && (up ? size->trend_s > 0 : size->trend_s < 0);
    t.detected = (size->shifted && direction) || trend;
    t.q_value = size->shifted && direction ? size->q_value : size->trend_q ? size->trend_q : size->q_value;
    t.size = size->wasserstein.normalized.value_or(0);
    t.where = {size->field};
    t.evidence = "median " + size->field + " of new deals " + num(size->median.baseline_median) + " → " +
                 num(size->median.recent_median) + " from the baseline to the recent window (KS " +
                 qtext(size->q_value.value_or(1)) + ", Wasserstein " + num(t.size * 100) + "% of the baseline's spread)";
    if (size->trend_q) {
      t.evidence += std::string("; quarterly medians ") + (size->trend_s > 0 ? "rise" : size->trend_s < 0 ? "fall" : "hold") +
                    " (Mann-Kendall, " + qtext(*size->trend_q) + ")";
    }
    out.push_back(std::move(t));
  }
  out.push_back(categorical_type(m, "industry", {"industry"}));
  out.push_back(categorical_type(m, "geography", {"country", "region"}));
  out.push_back(categorical_type(m, "use_case", {"product", "deal_type"}));
  out.push_back(categorical_type(m, "channel", {"lead_source"}));

  // Concentration of recent off-ICP deals in owners or channels.
  DriftType t;
  t.type = "owner_concentration";
  std::vector<double> p;
  struct Candidate {
    std::string label;
    double excess;
  };
  std::vector<Candidate> candidates;
  for (const char* name : {"owner", "lead_source"}) {
    const metrics::Dimension* dim = in.segments.find(name);
    if (!dim || !w.ok()) continue;
    std::vector<uint64_t> off(dim->levels.size(), 0), all(dim->levels.size(), 0);
    uint64_t off_total = 0, total = 0;
    for (size_t d = 0; d < dim->of_deal.size() && d < deal_fit.size(); ++d) {
      const int32_t created = in.tables.deals.created[d];
      if (!table::has_date(created) || !w.in_recent(metrics::period_of_day(created, w.quarters))) continue;
      if (dim->of_deal[d] == metrics::kNoLevel || deal_fit[d] == ideal::Fit::unknown) continue;
      const bool is_off = deal_fit[d] == ideal::Fit::not_fit;
      ++all[dim->of_deal[d]];
      off[dim->of_deal[d]] += is_off;
      ++total;
      off_total += is_off;
    }
    if (total < kMinWindowRows) continue;
    t.evaluated = true;
    for (size_t l = 0; l < dim->levels.size(); ++l) {
      if (all[l] == 0 || all[l] == total) continue;
      const double share = static_cast<double>(off[l]) / all[l];
      const double rest = static_cast<double>(off_total - off[l]) / (total - all[l]);
      p.push_back(stats::two_proportion_test(off[l], all[l], off_total - off[l], total - all[l]).p_value);
      candidates.push_back({std::string(name) + " " + dim->levels[l] + " (" + num(share * 100) + "% off-ICP vs " +
                                num(rest * 100) + "%)",
                            share - rest});
    }
  }
  if (!t.evaluated) {
    t.reason = "no owner or lead source on enough recent deals";
  } else {
    const std::vector<double> q = stats::benjamini_hochberg(p);
    double best_q = 1;
    for (size_t i = 0; i < q.size(); ++i) {
      if (candidates[i].excess > 0 && q[i] < stats::kFalseDiscoveryRate) {
        t.detected = true;
        t.where.push_back(candidates[i].label);
        t.size = std::max(t.size, candidates[i].excess);
      }
      if (candidates[i].excess > 0) best_q = std::min(best_q, q[i]);
    }
    t.q_value = best_q;
    t.evidence = t.detected ? "recent off-ICP deals concentrate in: " + [&] {
      std::string s;
      for (const auto& x : t.where) s += (s.empty() ? "" : "; ") + x;
      return s;
    }()
                            : "recent off-ICP deals are spread evenly across owners and lead sources (" + qtext(best_q) + ")";
  }
  out.push_back(std::move(t));
  return out;
}

}  // namespace icp::drift
