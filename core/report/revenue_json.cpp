#include "report/revenue_json.h"

#include <optional>
#include <string>

#include "metrics/periods.h"

namespace icp::report {
namespace {

// Every revenue figure comes from sums, quotients, square roots (Wilson) and products (the
// annualisation multiplies, it never calls pow): all correctly rounded IEEE operations in a fixed
// order, so native and wasm give the same bits and nothing needs rounding before it is written.

void number(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f) {
  w.key(key);
  if (f.value) {
    w.value(*f.value);
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(f.reason);
  }
}

void interval(JsonWriter& w, std::string_view key, const std::optional<stats::Interval>& ci) {
  w.key(key);
  if (ci) w.begin_array().value(ci->low).value(ci->high).end_array();
  else w.null();
}

void write_movement(JsonWriter& w, const metrics::MrrMovement& mv) {
  w.begin_object();
  w.key("month").value(mv.label);
  w.key("opening").value(mv.opening);
  w.key("start_mrr").value(mv.start_mrr);
  w.key("new").value(mv.new_mrr);
  w.key("expansion").value(mv.expansion);
  w.key("contraction").value(mv.contraction);
  w.key("churn").value(mv.churn);
  w.key("reactivation").value(mv.reactivation);
  w.key("end_mrr").value(mv.end_mrr);
  w.key("customers_start").value(mv.customers_start);
  w.key("customers_end").value(mv.customers_end);
  w.key("new_customers").value(mv.new_customers);
  w.key("expansion_customers").value(mv.expansion_customers);
  w.key("contraction_customers").value(mv.contraction_customers);
  w.key("churned_customers").value(mv.churned_customers);
  w.key("reactivated_customers").value(mv.reactivated_customers);
  number(w, "logo_churn", mv.logo_churn);
  w.end_object();
}

// The keys a segment level and a cohort share.
void write_group(JsonWriter& w, const metrics::RevenueGroupFigures& g) {
  w.key("paying_customers").value(g.paying);
  w.key("mrr").value(g.mrr);
  w.key("nrr_n").value(g.retention.n);
  number(w, "nrr_trailing_12m", g.retention.nrr);
  number(w, "grr_trailing_12m", g.retention.grr);
  w.key("logo_churn_n").value(g.logo_churn.customer_months);
  w.key("logo_churn_customers").value(g.logo_churn.customers);
  number(w, "logo_churn_annualized", g.logo_churn.annualized);
  interval(w, "logo_churn_annualized_ci", g.logo_churn.annualized_ci);
  number(w, "arpa", g.ltv.arpa);
  number(w, "revenue_churn_monthly_6m", g.ltv.revenue_churn);
  number(w, "ltv", g.ltv.ltv);
}

void write_retention_row(JsonWriter& w, std::string_view key, const std::vector<double>& row) {
  w.key(key).begin_array();
  for (double v : row) w.value(v);
  w.end_array();
}

}  // namespace

void write_revenue(JsonWriter& w, const metrics::RevenueMetrics& m) {
  const metrics::RevenueGroupFigures& o = m.overall;
  const bool data = m.as_of_month.value.has_value();
  w.begin_object();
  w.key("as_of");
  if (data) {
    w.value(metrics::month_label(*m.as_of_month.value));
  } else {
    w.null();
    w.key("as_of_reason").value(m.as_of_month.reason);
  }
  w.key("basis").value(m.intervals ? "intervals" : "snapshots");
  w.key("months").value(m.months);
  w.key("customers").value(o.customers);
  w.key("rows_used").value(m.rows.used);
  w.key("rows_without_customer").value(m.rows.without_customer);
  w.key("rows_without_start").value(m.rows.without_start);
  w.key("rows_negative_mrr").value(m.rows.negative_mrr);
  w.key("rows_without_mrr").value(m.rows.without_mrr);

  const auto given = [&](double v) {
    return data ? metrics::Figure<double>::of(v) : metrics::Figure<double>::none(m.as_of_month.reason);
  };
  number(w, "mrr", given(o.mrr));
  number(w, "arr", given(o.mrr * 12));
  w.key("paying_customers").value(o.paying);

  number(w, "nrr_trailing_12m", o.retention.nrr);
  number(w, "grr_trailing_12m", o.retention.grr);
  w.key("nrr_n").value(o.retention.n);

  number(w, "logo_churn_monthly", o.logo_churn.monthly);
  interval(w, "logo_churn_monthly_ci", o.logo_churn.monthly_ci);
  number(w, "logo_churn_annualized", o.logo_churn.annualized);
  interval(w, "logo_churn_annualized_ci", o.logo_churn.annualized_ci);
  w.key("logo_churn_n").value(o.logo_churn.customer_months);
  w.key("logo_churn_customers").value(o.logo_churn.customers);
  w.key("logo_churned").value(o.logo_churn.churned);
  w.key("logo_churn_months").value(o.logo_churn.months);

  number(w, "revenue_churn_monthly_6m", o.ltv.revenue_churn);
  w.key("revenue_churn_months").value(o.ltv.churn_months);
  number(w, "arpa", o.ltv.arpa);
  w.key("gross_margin").value(m.gross_margin);
  number(w, "ltv", o.ltv.ltv);
  w.key("min_segment_customers").value(metrics::kMinSegmentCustomers);

  w.key("movements").begin_array();
  for (const metrics::MrrMovement& mv : m.movements) write_movement(w, mv);
  w.end_array();

  w.key("by_dimension").begin_object();
  for (const metrics::RevenueDimension& d : m.by_dimension) {
    w.key(d.name).begin_array();
    for (const metrics::RevenueSegment& s : d.segments) {
      w.begin_object();
      w.key("segment").value(s.segment);
      w.key("customers").value(s.figures.customers);
      write_group(w, s.figures);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();

  w.key("by_cohort").begin_array();
  for (const metrics::RevenueCohortFigures& c : m.by_cohort) {
    w.begin_object();
    w.key("cohort").value(c.cohort.label);
    w.key("opening").value(c.cohort.opening);
    w.key("customers").value(c.figures.customers);
    w.key("start_mrr").value(c.cohort.start_mrr);
    write_group(w, c.figures);
    write_retention_row(w, "revenue_retention", c.cohort.revenue_retention);
    write_retention_row(w, "logo_retention", c.cohort.logo_retention);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace icp::report
