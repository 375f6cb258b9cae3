#include "report/customer_success_json.h"

#include <cmath>
#include <string>

#include "util/civil_date.h"

namespace icp::report {
namespace {

// Coverage comes from lgamma/exp, whose last bits may differ between C libraries.
double round4(double x) { return std::round(x * 10000) / 10000; }

void null_with_reason(JsonWriter& w, std::string_view key, const std::string& reason) {
  w.null();
  w.key(std::string(key) + "_reason").value(reason);
}

void number_figure(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f) {
  w.key(key);
  if (f.value) w.value(*f.value);
  else null_with_reason(w, key, f.reason);
}

void optional_number(JsonWriter& w, const std::optional<double>& v) {
  if (v) w.value(*v);
  else w.null();
}

// Rates of one group; the caller has opened its object.
void write_rate(JsonWriter& w, const metrics::TicketRate& r) {
  w.key("customers").value(r.customers);
  w.key("tickets_in_span").value(r.tickets);
  w.key("account_months").value(r.account_months);
  number_figure(w, "per_account_month", r.per_account_month);
  w.key("customers_first_90d").value(r.customers_first_90d);
  w.key("tickets_first_90d").value(r.tickets_first_90d);
  number_figure(w, "per_account_month_first_90d", r.per_account_month_first_90d);
}

void write_tickets(JsonWriter& w, const metrics::TicketRates& t) {
  w.begin_object();
  w.key("tickets").value(t.tickets);
  w.key("without_customer").value(t.without_customer);
  w.key("without_date").value(t.without_date);
  w.key("customer_without_start").value(t.customer_without_start);
  w.key("before_start").value(t.before_start);
  w.key("after_end").value(t.after_end);
  write_rate(w, t.overall);
  w.key("by_dimension").begin_object();
  for (const auto& [dim, rows] : t.by_dimension) {
    w.key(dim).begin_array();
    for (const auto& row : rows) {
      w.begin_object();
      w.key("segment").value(row.segment);
      write_rate(w, row.rate);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  w.key("by_cohort").begin_array();
  for (const auto& row : t.by_cohort) {
    w.begin_object();
    w.key("cohort").value(row.segment);
    write_rate(w, row.rate);
    w.end_object();
  }
  w.end_array();
  w.key("bucketed_by").begin_object();
  w.key("tickets").value("created date, from the customer's start (go-live, else first won close, else first "
                         "paid month) to its end (the as-of day, or its churn month)");
  w.key("cohort").value("quarter of the first won close, else of the first paid month");
  w.end_object();
  w.end_object();
}

// median_days and its interval; the caller has opened the group's object.
void write_ttv_median(JsonWriter& w, const metrics::TtvGroup& g) {
  number_figure(w, "median_days", g.median_days);
  w.key("median_days_ci");
  if (!g.median_days.value) {
    null_with_reason(w, "median_days_ci", g.median_days.reason);
    return;
  }
  w.begin_array();
  optional_number(w, g.median_low);
  optional_number(w, g.median_high);
  w.end_array();
  if (!g.median_low || !g.median_high) {
    w.key("median_days_ci_reason")
        .value(!g.median_low ? "the lower confidence band never falls to 0.5: the interval has no lower end"
                             : "the upper confidence band never falls to 0.5: the interval has no upper end");
  }
}

void write_ttv_group(JsonWriter& w, const metrics::TtvGroup& g, const char* name_key) {
  w.begin_object();
  w.key(name_key).value(g.segment);
  w.key("n").value(g.n);
  w.key("events").value(g.events);
  w.key("censored").value(g.censored);
  write_ttv_median(w, g);
  w.end_object();
}

void write_time_to_value(JsonWriter& w, const metrics::TimeToValue& t) {
  w.begin_object();
  w.key("n").value(t.overall.n);
  w.key("events").value(t.overall.events);
  w.key("censored").value(t.overall.censored);
  write_ttv_median(w, t.overall);
  w.key("go_live_before_close").value(t.go_live_before_close);
  w.key("close_after_as_of").value(t.close_after_as_of);
  w.key("method").value("Kaplan-Meier from the first won close to go-live, not yet live censored at the as-of "
                        "day; median interval from the 95% log-scale Greenwood bands");
  w.key("curve").begin_array();
  for (const auto& s : t.curve) {
    w.begin_object();
    w.key("day").value(s.time);
    w.key("survival").value(s.survival);
    w.key("at_risk").value(s.at_risk);
    w.key("events").value(s.events);
    w.key("censored").value(s.censored);
    w.end_object();
  }
  w.end_array();
  w.key("by_dimension").begin_object();
  for (const auto& [dim, rows] : t.by_dimension) {
    w.key(dim).begin_array();
    for (const auto& g : rows) write_ttv_group(w, g, "segment");
    w.end_array();
  }
  w.end_object();
  w.key("by_cohort").begin_array();
  for (const auto& g : t.by_cohort) write_ttv_group(w, g, "cohort");
  w.end_array();
  w.key("bucketed_by").begin_object();
  w.key("cohort").value("quarter of the first won close");
  w.end_object();
  w.end_object();
}

// n, mean, median, median_ci of one group; the caller has opened its object.
void write_health_group(JsonWriter& w, const metrics::HealthGroup& g) {
  w.key("n").value(g.n);
  number_figure(w, "mean", g.mean);
  w.key("median");
  if (!g.median.value) {
    null_with_reason(w, "median", g.median.reason);
    w.key("median_ci");
    null_with_reason(w, "median_ci", g.median.reason);
    return;
  }
  const stats::MedianSummary& m = *g.median.value;
  w.value(m.median);
  w.key("q1").value(m.q1);
  w.key("q3").value(m.q3);
  w.key("median_ci");
  if (m.ci) {
    w.begin_array().value(m.ci->low).value(m.ci->high).end_array();
    w.key("median_ci_coverage").value(round4(m.ci_coverage));
  } else {
    null_with_reason(w, "median_ci", "no 95% interval exists for n <= 5");
  }
}

void write_health(JsonWriter& w, const metrics::HealthScores& h) {
  w.begin_object();
  write_health_group(w, h.overall);
  w.key("by_dimension").begin_object();
  for (const auto& [dim, rows] : h.by_dimension) {
    w.key(dim).begin_array();
    for (const auto& g : rows) {
      w.begin_object();
      w.key("segment").value(g.segment);
      write_health_group(w, g);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  w.end_object();
}

template <class T, class Write>
void section(JsonWriter& w, std::string_view key, const metrics::Figure<T>& f, Write write) {
  w.key(key);
  if (f.value) write(w, *f.value);
  else null_with_reason(w, key, f.reason);
}

}  // namespace

void write_customer_success(JsonWriter& w, const metrics::CustomerSuccess& cs) {
  w.begin_object();
  w.key("as_of");
  if (table::has_date(cs.as_of_day)) w.value(format_iso_date(cs.as_of_day));
  else null_with_reason(w, "as_of", "no file holds a date");
  w.key("customers").value(cs.customers);
  section(w, "tickets", cs.tickets, write_tickets);
  section(w, "time_to_value", cs.time_to_value, write_time_to_value);
  section(w, "health", cs.health, write_health);
  w.end_object();
}

}  // namespace icp::report
