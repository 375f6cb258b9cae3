#include "report/report_json.h"

#include <cmath>

#include "mapping/mapping_file.h"
#include "mapping/stage_table.h"
#include "report/customer_success_json.h"
#include "report/drift_json.h"
#include "report/efficiency_json.h"
#include "report/json_writer.h"
#include "report/revenue_json.h"
#include "stats/benjamini_hochberg.h"
#include "util/civil_date.h"

namespace icp::report {
namespace {

// Rounds to 4 decimals: coverage figures come from lgamma/exp, whose last bits may differ between
// C libraries; the report must not.
double round4(double x) { return std::round(x * 10000) / 10000; }

void write_reasons(JsonWriter& w, const std::vector<ingest::ReasonCount>& reasons) {
  w.begin_array();
  for (const auto& r : reasons) {
    w.begin_object();
    w.key("reason").value(r.reason);
    w.key("count").value(r.count);
    w.key("first_lines").begin_array();
    for (uint64_t line : r.first_lines) w.value(line);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void write_input(JsonWriter& w, const ingest::InputSummary& in) {
  w.begin_object();
  w.key("file").value(in.file);
  w.key("role").value(in.role);
  w.key("role_confidence").value(round4(in.role_confidence));
  w.key("role_reason").value(in.role_reason);
  w.key("format").value(in.format);
  w.key("encoding").value(in.encoding);
  if (!in.json_shape.empty()) w.key("json_shape").value(in.json_shape);
  w.key("delimiter");
  if (in.delimiter.empty()) w.null(); else w.value(in.delimiter);
  w.key("bytes").value(in.bytes);
  w.key("rows_read").value(in.accounting.rows_read());
  w.key("rows_used").value(in.accounting.rows_used());
  w.key("rows_rejected").value(in.accounting.rows_rejected());
  w.key("rejected_by_reason");
  write_reasons(w, in.accounting.rejected());
  w.key("rejected_rows_kept").value(static_cast<uint64_t>(in.rejected_rows.rows.size()));
  w.key("rejected_rows_truncated").value(in.rejected_rows.truncated);
  w.key("warnings");
  write_reasons(w, in.accounting.warnings());
  w.key("blank_lines").value(in.blank_lines);
  w.key("mapping").begin_object();
  for (const auto& m : in.mapping) w.key(mapping::field_name(m.field)).value(m.column);
  w.end_object();
  w.key("mapping_details").begin_array();
  for (const auto& m : in.mapping) {
    w.begin_object();
    w.key("field").value(mapping::field_name(m.field));
    w.key("column").value(m.column);
    w.key("confidence").value(round4(m.confidence));
    w.key("reason").value(m.reason);
    w.end_object();
  }
  w.end_array();
  w.key("unmapped_columns").begin_array();
  for (const auto& c : in.unmapped_columns) w.value(c);
  w.end_array();
  w.key("columns").begin_array();
  for (const auto& c : in.columns) {
    w.begin_object();
    w.key("name").value(c.header);
    w.key("type").value(profile::value_type_name(c.dominant()));
    w.key("values").value(c.values);
    w.key("missing").value(c.missing);
    w.key("distinct").value(c.distinct);
    w.key("distinct_capped").value(c.distinct_capped);
    w.key("samples").begin_array();
    for (const auto& v : c.samples) w.value(v);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("profiled_rows").value(in.profiled_rows);
  w.key("currency");
  if (in.currency.empty()) w.null(); else w.value(in.currency);
  w.key("stage_table").begin_array();
  for (const auto& st : in.stage_table) {
    w.begin_object();
    w.key("column").value(st.column);
    w.key("value").value(st.value);
    w.key("outcome").value(st.deleted ? std::string("deleted") : st.outcome);
    w.key("source").value(st.from_user ? "mapping" : "name");
    w.key("rows").value(st.rows);
    w.end_object();
  }
  w.end_array();
  w.key("date_order");
  if (in.date_order.empty()) w.null(); else w.value(in.date_order);
  w.key("date_order_source");
  if (in.date_order_source.empty()) w.null(); else w.value(in.date_order_source);
  w.key("mapping_rule_applied").value(in.mapping_rule_applied);
  w.key("notes").begin_array();
  for (const auto& n : in.notes) w.value(n);
  w.end_array();
  w.key("csv_problems").begin_object();
  w.key("count").value(in.csv_problem_count);
  w.key("first").begin_array();
  for (const auto& p : in.csv_problems) {
    w.begin_object();
    w.key("kind").value(p.kind);
    w.key("line").value(p.line);
    w.key("column").value(p.column);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
}

template <class T, class Write>
void figure(JsonWriter& w, std::string_view key, const metrics::Figure<T>& f, Write write) {
  w.key(key);
  if (f.value) {
    write(*f.value);
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(f.reason);
  }
}

void write_median_summary(JsonWriter& w, const stats::MedianSummary& s) {
  w.begin_object();
  w.key("n").value(static_cast<uint64_t>(s.n));
  w.key("median").value(s.median);
  w.key("q1").value(s.q1);
  w.key("q3").value(s.q3);
  w.key("median_ci");
  if (s.ci) {
    w.begin_array().value(s.ci->low).value(s.ci->high).end_array();
    w.key("median_ci_coverage").value(round4(s.ci_coverage));
  } else {
    w.null();
    w.key("median_ci_reason").value("no 95% interval exists for n <= 5");
  }
  w.end_object();
}

// The figures of a set of deals, as keys of the object being written (SPEC §7 sales.overall).
void write_sales_figures(JsonWriter& w, const metrics::SalesFigures& s) {
  const auto number = [&](double v) { w.value(v); };
  const auto median = [&](const stats::MedianSummary& m) { w.value(m.median); };
  const auto summary = [&](const stats::MedianSummary& m) { write_median_summary(w, m); };
  w.key("deals").value(s.deals);
  w.key("won").value(s.won);
  w.key("lost").value(s.lost);
  w.key("open").value(s.open);
  w.key("closed").value(s.won + s.lost);
  figure(w, "win_rate", s.win_rate, number);
  w.key("win_rate_ci");
  if (s.win_rate_ci) w.begin_array().value(s.win_rate_ci->low).value(s.win_rate_ci->high).end_array();
  else w.null();
  figure(w, "win_rate_inclusive", s.win_rate_inclusive, number);
  figure(w, "median_cycle_days_won", s.cycle_days_won, median);
  figure(w, "cycle_days_won", s.cycle_days_won, summary);
  figure(w, "median_cycle_days_lost", s.cycle_days_lost, median);
  figure(w, "cycle_days_lost", s.cycle_days_lost, summary);
  figure(w, "acv_median", s.acv_won, median);
  figure(w, "acv_won", s.acv_won, summary);
  figure(w, "acv_mean", s.acv_mean, number);
  figure(w, "bookings", s.bookings, number);
  w.key("new_logos").value(s.new_logos);
  w.key("pipeline_created").value(s.pipeline_created);
  w.key("n_with_amount").value(s.with_amount);
  w.key("n_won_with_amount").value(s.won_with_amount);
  w.key("n_won_with_cycle").value(s.won_with_cycle);
  w.key("n_lost_with_cycle").value(s.lost_with_cycle);
}

void write_optional_number(JsonWriter& w, std::string_view key, const std::optional<double>& v, std::string_view reason) {
  w.key(key);
  if (v) {
    w.value(*v);
  } else {
    w.null();
    w.key(std::string(key) + "_reason").value(reason);
  }
}

void write_sales(JsonWriter& w, const Analysis& a) {
  const metrics::SalesFigures& s = *a.sales;
  w.begin_object();
  w.key("overall").begin_object();
  write_sales_figures(w, s);
  w.key("currency");
  if (a.currency.empty()) {
    w.null();
    w.key("currency_reason").value(a.currency_reason);
  } else {
    w.value(a.currency);
  }
  w.end_object();

  w.key("dimensions").begin_array();
  for (const auto& d : a.dimensions) {
    w.begin_object();
    w.key("name").value(d.name);
    w.key("account_attribute").value(d.account_attribute);
    w.key("banded").value(d.banded);
    w.key("levels").begin_array();
    for (const auto& l : d.levels) w.value(l);
    w.end_array();
    w.key("folded").begin_array();
    for (const auto& l : d.folded) w.value(l);
    w.end_array();
    w.key("deals_missing").value(d.deals_missing);
    w.end_object();
  }
  w.end_array();

  w.key("by_dimension").begin_object();
  for (const auto& dim : a.sales_by_segment.by_dimension) {
    w.key(dim.dimension).begin_array();
    for (const auto& seg : dim.segments) {
      w.begin_object();
      w.key("segment").value(seg.segment);
      write_sales_figures(w, seg.figures);
      const char* untested = "the segment or the rest has no closed deal";
      write_optional_number(w, "win_rate_p_value", seg.p_value, untested);
      write_optional_number(w, "win_rate_q_value", seg.q_value, untested);
      w.key("win_rate_differs").value(seg.q_value && *seg.q_value < stats::kFalseDiscoveryRate);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  w.key("win_rate_test").value(
      "each segment against all other closed deals: Fisher's exact test when an expected count is under 5, "
      "else the two-proportion z test; q: Benjamini-Hochberg across every segment of every dimension");

  w.key("by_combination").begin_array();
  for (const auto& c : a.sales_by_segment.combinations) {
    w.begin_object();
    w.key("dimensions").begin_array().value(c.first).value(c.second).end_array();
    w.key("segments").begin_array();
    for (const auto& cell : c.cells) {
      w.begin_object();
      w.key("segment").begin_array().value(cell.first_level).value(cell.second_level).end_array();
      write_sales_figures(w, cell.figures);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("min_closed_per_combination").value(metrics::kMinCombinationClosed);

  const metrics::SalesByPeriod& bp = a.sales_by_period;
  w.key("period").value(metrics::granularity_name(bp.granularity));
  w.key("by_period").begin_array();
  for (const auto& p : bp.periods) {
    const metrics::SalesFigures& f = p.closed;
    const auto number = [&](double v) { w.value(v); };
    const auto median = [&](const stats::MedianSummary& m) { w.value(m.median); };
    w.begin_object();
    w.key("period").value(p.label);
    w.key("created").value(p.created);
    w.key("pipeline_created").value(p.pipeline_created);
    w.key("won").value(f.won);
    w.key("lost").value(f.lost);
    w.key("closed").value(f.closed());
    figure(w, "win_rate", f.win_rate, number);
    w.key("win_rate_ci");
    if (f.win_rate_ci) w.begin_array().value(f.win_rate_ci->low).value(f.win_rate_ci->high).end_array();
    else w.null();
    figure(w, "bookings", f.bookings, number);
    w.key("new_logos").value(f.new_logos);
    figure(w, "acv_median", f.acv_won, median);
    figure(w, "acv_mean", f.acv_mean, number);
    figure(w, "median_cycle_days_won", f.cycle_days_won, median);
    figure(w, "median_cycle_days_lost", f.cycle_days_lost, median);
    w.end_object();
  }
  w.end_array();
  w.key("bucketed_by").begin_object();
  for (const char* k : {"created", "pipeline_created"}) w.key(k).value("created_date");
  for (const char* k : {"won", "lost", "win_rate", "bookings", "new_logos", "acv", "cycle"}) w.key(k).value("close_date");
  w.end_object();
  w.key("not_in_any_period").begin_object();
  w.key("closed_without_close_date").value(bp.closed_without_close_date);
  w.key("without_created_date").value(bp.without_created_date);
  w.key("outside_range").value(bp.outside_range);
  w.end_object();
  w.end_object();
}

}  // namespace

std::string write_report_json(const Analysis& a) {
  JsonWriter w;
  w.begin_object();
  w.key("schema_version").value(kSchemaVersion);
  w.key("generator").begin_object();
  w.key("name").value("icp-drift");
  w.key("version").value(ICP_VERSION);
  w.end_object();
  w.key("settings").begin_object();
  w.key("period").value(metrics::granularity_name(a.settings.periods.granularity));
  w.key("fiscal_year_start_month").value(a.settings.periods.fiscal_year_start_month);
  w.key("gross_margin").value(a.settings.gross_margin);
  w.key("as_of_month");
  if (a.settings.as_of_month) w.value(metrics::month_label(*a.settings.as_of_month)); else w.null();
  w.key("as_of_day");
  if (table::has_date(a.as_of_day)) w.value(format_iso_date(a.as_of_day)); else w.null();
  w.end_object();
  w.key("inputs").begin_array();
  for (const auto& in : a.inputs) write_input(w, in);
  w.end_array();
  w.key("joins");
  if (a.joins) {
    w.begin_array();
    for (const auto& j : *a.joins) {
      w.begin_object();
      w.key("from").value(j.from);
      w.key("to").value("accounts");
      w.key("rows").value(j.rows);
      w.key("matched").value(j.matched_by_id + j.matched_by_name);
      w.key("matched_by_id").value(j.matched_by_id);
      w.key("matched_by_name").value(j.matched_by_name);
      w.key("unmatched").value(j.unmatched);
      w.key("match_rate").value(round4(j.match_rate()));
      w.key("unmatched_examples").begin_array();
      for (const auto& e : j.unmatched_examples) w.value(e);
      w.end_array();
      w.end_object();
    }
    w.end_array();
  } else {
    w.null();
    w.key("joins_reason").value("no accounts file was given");
  }
  w.key("sales");
  if (a.sales) {
    write_sales(w, a);
  } else {
    w.null();
    w.key("sales_reason").value("no deals file was given");
  }
  w.key("efficiency");
  if (a.efficiency) write_efficiency(w, *a.efficiency);
  else w.null().key("efficiency_reason").value(a.efficiency_reason);
  w.key("revenue");
  if (a.revenue) write_revenue(w, *a.revenue);
  else w.null().key("revenue_reason").value(a.revenue_reason);
  w.key("customer_success");
  if (a.customer_success) write_customer_success(w, *a.customer_success);
  else w.null().key("customer_success_reason").value(a.customer_success_reason);
  w.key("drift");
  if (a.drift) write_drift(w, *a.drift);
  else w.null().key("drift_reason").value("no deals file was given");
  w.key("icp");
  if (a.drift) write_icp(w, *a.drift);
  else w.null().key("icp_reason").value("no deals file was given");
  w.end_object();
  return w.finish();
}

std::string write_input_json(const ingest::InputSummary& input) {
  JsonWriter w;
  write_input(w, input);
  return w.finish();
}

std::string write_mapping_json(const std::vector<ingest::InputSummary>& inputs) {
  JsonWriter w;
  w.begin_object();
  w.key("icp_drift_mapping").value(mapping::kMappingFileVersion);
  w.key("files").begin_array();
  for (const auto& in : inputs) {
    w.begin_object();
    w.key("file").value(in.file);
    w.key("role").value(in.role);
    w.key("columns").begin_object();
    for (const auto& m : in.mapping) w.key(mapping::field_name(m.field)).value(m.column);
    w.end_object();
    if (!in.date_order.empty()) w.key("date_order").value(in.date_order);
    w.end_object();
  }
  w.end_array();
  // Stage names whose outcome the user set, or that are not plain won/lost words, so a reviewer sees them.
  w.key("stages").begin_object();
  std::vector<std::string> seen;
  for (const auto& in : inputs) {
    for (const auto& st : in.stage_table) {
      if (st.deleted) continue;
      const std::string key = mapping::stage_key(st.value);
      bool dup = false;
      for (const auto& k : seen) dup = dup || k == key;
      if (dup) continue;
      seen.push_back(key);
      w.key(st.value).value(st.outcome);
    }
  }
  w.end_object();
  w.end_object();
  return w.finish();
}

}  // namespace icp::report
