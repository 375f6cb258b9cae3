#include "report/derived_icp_json.h"

#include <string>

#include "report/icp_json.h"
#include "util/civil_date.h"

namespace icp::report {
namespace {

using ideal::DerivedIcp;
using ideal::IcpDefinition;
using ideal::RuleFigures;

// Every figure was rounded to 6 significant digits by derive_icp (stats/rounding.h).

void number(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f) {
  w.key(key);
  if (f.value) {
    w.value(*f.value);
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(f.reason);
  }
}

void interval(JsonWriter& w, std::string_view key, const metrics::Figure<double>& f,
              const std::optional<stats::Interval>& ci) {
  w.key(key);
  if (f.value && ci) w.begin_array().value(ci->low).value(ci->high).end_array();
  else w.null();
}

void date(JsonWriter& w, std::string_view key, const std::optional<int32_t>& day) {
  w.key(key);
  if (day) w.value(format_iso_date(*day));
  else w.null();
}

void rules(JsonWriter& w, const std::optional<IcpDefinition>& icp, const std::string& reason) {
  w.key("rules");
  if (icp) {
    write_icp_definition_value(w, *icp);
  } else {
    w.null();
    w.key("rules_reason").value(reason);
  }
}

void figures(JsonWriter& w, const RuleFigures& f) {
  number(w, "base_rate", f.base_rate);
  w.key("flagged").value(f.flagged);
  w.key("flagged_good").value(f.flagged_good);
  number(w, "coverage", f.coverage);
  interval(w, "coverage_ci", f.coverage, f.coverage_ci);
  number(w, "precision", f.precision);
  interval(w, "precision_ci", f.precision, f.precision_ci);
  number(w, "recall", f.recall);
  interval(w, "recall_ci", f.recall, f.recall_ci);
  number(w, "lift", f.lift);
  interval(w, "lift_ci", f.lift, f.lift_ci);
}

void validation(JsonWriter& w, const ideal::IcpValidation& v) {
  w.begin_object();
  w.key("method").value("out_of_time");
  date(w, "train_until", v.train_until);
  w.key("test_periods").begin_array();
  for (const std::string& p : v.test_periods) w.value(p);
  w.end_array();
  w.key("train_n").value(v.train_n);
  w.key("train_good").value(v.train_good);
  if (!v.done) {
    w.key("reason").value(v.reason);
    w.key("rules").null();
    w.key("rules_reason").value(v.reason);
    RuleFigures none;
    none.base_rate = none.coverage = none.precision = none.recall = none.lift = metrics::Figure<double>::none(v.reason);
    w.key("n").value(uint64_t{0});
    w.key("good").value(uint64_t{0});
    figures(w, none);
    w.key("meets_qualification_bar").null();
    w.end_object();
    return;
  }
  rules(w, v.rules, v.rules_reason);
  w.key("n").value(v.test.n);
  w.key("good").value(v.test.good);
  figures(w, v.test);
  w.key("meets_qualification_bar");
  if (v.meets_qualification_bar) w.value(*v.meets_qualification_bar);
  else w.null();
  w.end_object();
}

}  // namespace

void write_derived_icp(JsonWriter& w, const DerivedIcp& d) {
  w.begin_object();
  w.key("outcome").value(ideal::good_definition_name(d.outcome));
  w.key("unit").value("deals");
  w.key("good").value(d.deals.good);
  w.key("bad").value(d.deals.bad);
  w.key("undecided").value(d.deals.undecided);
  w.key("customers").begin_object();
  w.key("good").value(d.customers.good);
  w.key("bad").value(d.customers.bad);
  w.key("undecided").value(d.customers.undecided);
  w.end_object();
  w.key("n").value(d.decided);
  w.key("after_horizon").value(d.after_horizon);
  w.key("undated").value(d.undated);
  date(w, "horizon_end", d.horizon_end);
  w.key("attributes").begin_array();
  for (const std::string& a : d.attributes) w.value(a);
  w.end_array();
  rules(w, d.rules, d.rules_reason);
  figures(w, d.in_sample);
  w.key("validation");
  validation(w, d.validation);
  w.key("search").begin_object();
  w.key("beam_width").value(static_cast<uint64_t>(d.options.beam_width));
  w.key("max_conditions").value(static_cast<uint64_t>(d.options.max_conditions));
  w.key("min_n").value(d.options.min_n);
  w.key("min_good_share").value(d.options.min_good_share);
  w.key("candidates").value(d.candidates);
  w.key("gate_z");
  if (d.candidates > 0) w.value(d.gate_z);
  else w.null();
  w.end_object();
  w.key("notes").begin_array();
  for (const std::string& n : d.notes) w.value(n);
  w.end_array();
  w.end_object();
}

}  // namespace icp::report
