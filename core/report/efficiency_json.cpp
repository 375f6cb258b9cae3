#include "report/efficiency_json.h"

#include <string>

namespace icp::report {
namespace {

void number_figure(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f) {
  w.key(key);
  if (f.value) {
    w.value(*f.value);
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(f.reason);
  }
}

void strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.key(key).begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

// A period's spend: null when no spend row names the period (the file says nothing about it).
void period_spend(JsonWriter& w, double spend, uint64_t rows) {
  w.key("spend");
  if (rows > 0) {
    w.value(spend);
  } else {
    w.null();
    w.key("spend_reason").value("no spend rows for the period");
  }
}

}  // namespace

void write_efficiency(JsonWriter& w, const metrics::Efficiency& e) {
  const bool revenue = e.new_mrr_basis == metrics::NewMrrBasis::revenue;
  w.begin_object();
  w.key("gross_margin").value(e.gross_margin);
  w.key("new_mrr_basis").value(metrics::new_mrr_basis_name(e.new_mrr_basis));
  w.key("period").value(metrics::granularity_name(e.periods.granularity));
  w.key("spend_granularity").value(e.spend_granularity);
  w.key("spend_rows").value(e.spend_rows);
  w.key("spend_rows_without_amount").value(e.spend_rows_without_amount);
  w.key("spend_total").value(e.spend_total);
  w.key("new_logos_total").value(e.new_logos_total);
  w.key("new_logos_outside_spend_periods").value(e.new_logos_outside_spend_periods);
  w.key("new_logos_with_mrr").value(e.new_logos_with_mrr);
  number_figure(w, "cac_overall", e.cac_overall);
  number_figure(w, "new_mrr_per_logo", e.new_mrr_per_logo);
  number_figure(w, "cac_payback_months", e.cac_payback_months);

  w.key("by_period").begin_array();
  for (const auto& p : e.by_period) {
    w.begin_object();
    w.key("period").value(p.label);
    period_spend(w, p.spend, p.spend_rows);
    w.key("new_logos").value(p.new_logos);
    w.key("new_logos_with_mrr").value(p.new_logos_with_mrr);
    number_figure(w, "cac", p.cac);
    number_figure(w, "new_mrr_per_logo", p.new_mrr_per_logo);
    number_figure(w, "cac_payback_months", p.cac_payback_months);
    w.end_object();
  }
  w.end_array();

  w.key("by_channel");
  if (e.by_channel.value) {
    w.begin_array();
    for (const auto& c : *e.by_channel.value) {
      w.begin_object();
      w.key("channel").value(c.channel);
      w.key("matched").value(c.matched);
      w.key("spend").value(c.spend);
      w.key("new_logos").value(c.new_logos);
      number_figure(w, "cac", c.cac);
      w.key("by_period").begin_array();
      for (const auto& p : c.by_period) {
        w.begin_object();
        w.key("period").value(p.label);
        w.key("spend").value(p.spend);
        w.key("new_logos").value(p.new_logos);
        number_figure(w, "cac", p.cac);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
  } else {
    w.null();
    w.key("by_channel_reason").value(e.by_channel.reason);
  }
  w.key("spend_without_channel").value(e.spend_without_channel);
  strings(w, "unmatched_spend_channels", e.unmatched_spend_channels);
  strings(w, "lead_sources_without_spend", e.lead_sources_without_spend);

  const bool mn_revenue = std::string_view(e.magic_number_basis) == "revenue";
  w.key("magic_number_basis").value(e.magic_number_basis);
  w.key("magic_number").begin_array();
  for (const auto& q : e.magic_number) {
    w.begin_object();
    w.key("quarter").value(q.label);
    number_figure(w, "net_new_arr", q.net_new_arr);
    if (mn_revenue && q.net_new_arr.value) {
      w.key("new_mrr").value(q.new_mrr);
      w.key("expansion_mrr").value(q.expansion_mrr);
      w.key("reactivation_mrr").value(q.reactivation_mrr);
      w.key("contraction_mrr").value(q.contraction_mrr);
      w.key("churned_mrr").value(q.churned_mrr);
    }
    number_figure(w, "prior_quarter_spend", q.prior_quarter_spend);
    number_figure(w, "magic_number", q.magic_number);
    w.end_object();
  }
  w.end_array();

  w.key("bucketed_by").begin_object();
  w.key("spend").value("spend period");
  w.key("new_logos").value("close date of the first won deal");
  w.key("new_mrr").value(revenue ? "first paid month" : "amount of the first won deal / 12");
  w.key("magic_number").value(mn_revenue ? "revenue month (quarter of the month's MRR movement)"
                                         : "close date of won deals");
  w.end_object();
  strings(w, "notes", e.notes);
  w.end_object();
}

}  // namespace icp::report
