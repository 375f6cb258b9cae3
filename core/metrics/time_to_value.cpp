#include "metrics/time_to_value.h"

#include <map>

#include "metrics/customer_lifetime.h"

namespace icp::metrics {
namespace {

std::string counts(uint64_t n, uint64_t events) {
  return "(n=" + std::to_string(n) + ", events=" + std::to_string(events) + ")";
}

TtvGroup summarize(std::string segment, std::vector<stats::SurvivalTime> times, std::vector<stats::SurvivalStep>* curve) {
  const stats::KaplanMeier km = stats::kaplan_meier(std::move(times));
  TtvGroup g;
  g.segment = std::move(segment);
  g.n = km.n;
  g.events = km.events;
  g.censored = km.censored;
  if (km.events < kMinTtvEvents) {
    g.median_days.reason = "insufficient data " + counts(km.n, km.events);
  } else if (!km.median) {
    g.median_days.reason = "median not reached " + counts(km.n, km.events);
  } else {
    g.median_days.value = *km.median;
    g.median_low = km.median_low;
    g.median_high = km.median_high;
  }
  if (curve) *curve = km.steps;
  return g;
}

}  // namespace

Figure<TimeToValue> compute_time_to_value(const AnalysisInput& in) {
  const table::AccountTable& accounts = in.tables.accounts;
  if (accounts.size() == 0) return Figure<TimeToValue>::none("no accounts file with go-live dates was given");
  bool any_go_live = false;
  for (int32_t d : accounts.go_live) any_go_live = any_go_live || table::has_date(d);
  if (!any_go_live) return Figure<TimeToValue>::none("no go-live dates in the accounts file");

  const Customers& c = in.customers;
  const size_t n = c.count();
  // Per customer: its observation, or none.
  std::vector<std::optional<stats::SurvivalTime>> obs(n);
  TimeToValue out;
  bool any_won = false;
  for (size_t k = 0; k < n; ++k) {
    const int32_t close = c.first_won_close[k];
    if (!table::has_date(close)) continue;
    any_won = true;
    const int32_t go_live = go_live_of(in, k);
    if (table::has_date(go_live)) {
      if (go_live < close) {
        ++out.go_live_before_close;
        continue;
      }
      obs[k] = stats::SurvivalTime{static_cast<double>(go_live - close), true};
    } else {
      if (!table::has_date(in.as_of_day) || in.as_of_day < close) {
        ++out.close_after_as_of;
        continue;
      }
      obs[k] = stats::SurvivalTime{static_cast<double>(in.as_of_day - close), false};
    }
  }
  if (!any_won) return Figure<TimeToValue>::none("no won deals with a close date");

  std::vector<stats::SurvivalTime> all;
  for (const auto& o : obs) {
    if (o) all.push_back(*o);
  }
  out.overall = summarize("", std::move(all), &out.curve);

  for (const Dimension& d : in.segments.dimensions) {
    std::vector<std::vector<stats::SurvivalTime>> levels(d.levels.size());
    for (size_t k = 0; k < n; ++k) {
      if (!obs[k] || k >= d.of_customer.size() || d.of_customer[k] >= levels.size()) continue;
      levels[d.of_customer[k]].push_back(*obs[k]);
    }
    std::vector<TtvGroup> rows;
    for (size_t l = 0; l < levels.size(); ++l) {
      if (!levels[l].empty()) rows.push_back(summarize(d.levels[l], std::move(levels[l]), nullptr));
    }
    out.by_dimension.emplace_back(d.name, std::move(rows));
  }

  const PeriodScheme scheme = cohort_scheme(in.settings);
  std::map<int32_t, std::vector<stats::SurvivalTime>> cohorts;
  for (size_t k = 0; k < n; ++k) {
    if (obs[k]) cohorts[period_of_day(c.first_won_close[k], scheme)].push_back(*obs[k]);
  }
  for (auto& [q, times] : cohorts) out.by_cohort.push_back(summarize(period_label(q, scheme), std::move(times), nullptr));
  return Figure<TimeToValue>::of(std::move(out));
}

}  // namespace icp::metrics
