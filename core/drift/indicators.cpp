#include "drift/indicators.h"

#include <algorithm>

#include "stats/cochran_armitage.h"
#include "stats/mann_kendall.h"
#include "stats/order_statistics.h"

namespace icp::drift {
namespace {

// Mann–Kendall on a series; `bad_up`: a rising series is the bad direction.
Indicator trend_indicator(std::string id, const char* kind, std::string what, bool bad_up,
                          std::vector<std::pair<std::string, double>> series, std::string no_data) {
  Indicator ind;
  ind.id = std::move(id);
  ind.kind = kind;
  ind.what = std::move(what);
  ind.test = "Mann-Kendall";
  ind.series = std::move(series);
  if (ind.series.empty()) {
    ind.reason = std::move(no_data);
    return ind;
  }
  std::vector<double> values;
  for (const auto& [l, v] : ind.series) values.push_back(v);
  const stats::MannKendallResult mk = stats::mann_kendall(values);
  if (!mk.ok()) {
    ind.reason = mk.reason;
    return ind;
  }
  ind.evaluated = true;
  ind.p_value = mk.p_value;
  ind.slope = mk.sen_slope;
  ind.detected = mk.p_value < 0.05 && (bad_up ? mk.s > 0 : mk.s < 0);
  return ind;
}

}  // namespace

std::vector<Indicator> compute_indicators(const metrics::AnalysisInput& in, const DriftWindows& w,
                                          const IndicatorInputs& more) {
  std::vector<Indicator> out;
  const table::DealTable& deals = in.tables.deals;
  // Complete quarters only.
  int32_t last = w.last;
  if (w.ok() && table::has_date(in.as_of_day) &&
      metrics::first_day_of_period(w.last + 1, w.quarters) - 1 != in.as_of_day) {
    --last;
  }
  const size_t count = w.ok() && last >= w.first ? static_cast<size_t>(last - w.first + 1) : 0;
  std::vector<uint64_t> logos(count, 0), won(count, 0), closed(count, 0);
  std::vector<std::vector<double>> cycles(count);
  const auto slot = [&](int32_t day) -> int64_t {
    if (!table::has_date(day) || count == 0) return -1;
    const int32_t q = metrics::period_of_day(day, w.quarters);
    return q >= w.first && q <= last ? q - w.first : -1;
  };
  for (size_t k = 0; k < in.customers.count(); ++k) {
    if (const int64_t s = slot(in.customers.first_won_close[k]); s >= 0) ++logos[s];
  }
  for (size_t d = 0; d < deals.size(); ++d) {
    if (deals.outcome[d] == mapping::Outcome::open) continue;
    const int64_t s = slot(deals.closed[d]);
    if (s < 0) continue;
    ++closed[s];
    if (deals.outcome[d] == mapping::Outcome::won) {
      ++won[s];
      if (table::has_date(deals.created[d]) && deals.closed[d] >= deals.created[d]) {
        cycles[s].push_back(static_cast<double>(deals.closed[d] - deals.created[d]));
      }
    }
  }
  std::vector<std::pair<std::string, double>> logo_series, cycle_series;
  for (size_t i = 0; i < count; ++i) {
    const std::string label = w.label(w.first + static_cast<int32_t>(i));
    logo_series.emplace_back(label, static_cast<double>(logos[i]));
    if (cycles[i].size() >= stats::kMinMedianSample) {
      if (auto m = stats::quantile(cycles[i], 0.5)) cycle_series.emplace_back(label, *m);
    }
  }
  out.push_back(trend_indicator("new_logos_falling", "leading", "fewer new logos quarter after quarter", false,
                                logo_series, "no won deal with a close date"));
  out.push_back(trend_indicator("cycles_lengthening", "leading", "sales cycles of won deals lengthening", true,
                                cycle_series, "too few won deals with created and close dates per quarter"));
  {
    Indicator ind;
    ind.id = "win_rate_falling";
    ind.kind = "leading";
    ind.what = "win rate falling";
    ind.test = "Cochran-Armitage";
    std::vector<uint64_t> k, n;
    for (size_t i = 0; i < count; ++i) {
      if (closed[i] == 0) continue;
      k.push_back(won[i]);
      n.push_back(closed[i]);
      ind.series.emplace_back(w.label(w.first + static_cast<int32_t>(i)), static_cast<double>(won[i]) / closed[i]);
    }
    const stats::CochranArmitageResult ca = stats::cochran_armitage(k, n);
    if (!ca.ok()) {
      ind.reason = ca.reason;
    } else {
      ind.evaluated = true;
      ind.p_value = ca.p_value;
      ind.slope = ca.z;
      ind.detected = ca.p_value < 0.05 && ca.z < 0;
    }
    out.push_back(std::move(ind));
  }
  {
    std::vector<std::pair<std::string, double>> cac;
    if (more.efficiency) {
      for (const auto& p : more.efficiency->by_period) {
        if (p.cac.value) cac.emplace_back(p.label, *p.cac.value);
      }
    }
    out.push_back(trend_indicator("cac_rising", "leading", "CAC rising", true, cac,
                                  more.efficiency ? "no period with a CAC" : "no spend file was given"));
  }

  // Lagging, by acquisition cohort.
  std::vector<std::pair<std::string, double>> nrr, churn, ttv, tickets;
  if (more.revenue) {
    for (const auto& c : more.revenue->by_cohort) {
      if (c.figures.retention.nrr.value) nrr.emplace_back(c.cohort.label, *c.figures.retention.nrr.value);
      if (c.figures.logo_churn.annualized.value) churn.emplace_back(c.cohort.label, *c.figures.logo_churn.annualized.value);
    }
  }
  if (more.customer_success) {
    if (more.customer_success->time_to_value.value) {
      for (const auto& g : more.customer_success->time_to_value.value->by_cohort) {
        if (g.median_days.value) ttv.emplace_back(g.segment, *g.median_days.value);
      }
    }
    if (more.customer_success->tickets.value) {
      for (const auto& g : more.customer_success->tickets.value->by_cohort) {
        if (g.rate.per_account_month.value) tickets.emplace_back(g.segment, *g.rate.per_account_month.value);
      }
    }
  }
  const char* no_revenue = more.revenue ? "too few cohorts with the figure" : "no revenue file was given";
  out.push_back(trend_indicator("cohort_nrr_falling", "lagging", "NRR of newer acquisition cohorts falling", false, nrr,
                                no_revenue));
  out.push_back(trend_indicator("cohort_churn_rising", "lagging", "logo churn of newer cohorts rising", true, churn,
                                no_revenue));
  out.push_back(trend_indicator("cohort_time_to_value_rising", "lagging", "time-to-value of newer cohorts rising", true,
                                ttv, "no go-live dates, or too few per cohort"));
  out.push_back(trend_indicator("cohort_tickets_rising", "lagging", "tickets per account-month of newer cohorts rising",
                                true, tickets, "no tickets file, or too few customers per cohort"));
  return out;
}

}  // namespace icp::drift
