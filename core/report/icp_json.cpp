#include "report/icp_json.h"

#include <fast_float/fast_float.h>

#include <cmath>
#include <cstdio>
#include <optional>

#include "report/csv_writer.h"
#include "stats/rounding.h"
#include "util/civil_date.h"

namespace icp::report {
namespace {

using ideal::FieldKind;
using ideal::IcpDefinition;
using ideal::MatchMode;
using ideal::RuleOp;

std::optional<double> as_number(std::string_view text) {
  double value = 0;
  const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

void write_value(JsonWriter& w, const std::string& value, bool numeric) {
  const std::optional<double> n = numeric ? as_number(value) : std::nullopt;
  if (n) w.value(*n); else w.value(value);
}

void write_tiers(JsonWriter& w, const std::vector<ideal::Tier>& tiers) {
  w.begin_array();
  for (const ideal::Tier& t : tiers) {
    w.begin_object();
    w.key("name").value(t.name);
    w.key("min_score").value(t.min_score);
    w.end_object();
  }
  w.end_array();
}

void write_counts(JsonWriter& w, const ideal::RecordFits& fits, const ideal::IcpEvaluation& e, bool score) {
  w.begin_object();
  w.key("n").value(static_cast<uint64_t>(fits.size()));
  w.key("fit").value(fits.counts.fit);
  w.key("not_fit").value(fits.counts.not_fit);
  w.key("unknown").value(fits.counts.unknown);
  if (score) {
    w.key("tiers").begin_array();
    for (size_t t = 0; t < e.tiers.size(); ++t) {
      w.begin_object();
      w.key("name").value(e.tiers[t].name);
      w.key("n").value(t < fits.per_tier.size() ? fits.per_tier[t] : uint64_t{0});
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

void write_rule_counts(JsonWriter& w, const ideal::RecordFits& fits, size_t r) {
  const ideal::RuleCounts c = r < fits.per_rule.size() ? fits.per_rule[r] : ideal::RuleCounts{};
  w.begin_object();
  w.key("satisfied").value(c.satisfied);
  w.key("not_satisfied").value(c.not_satisfied);
  w.key("unknown").value(c.unknown);
  w.end_object();
}

std::string format_score(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", score);
  return buf;
}

std::string text_at(const table::CategoricalColumn& col, size_t row) {
  if (row >= col.codes.size() || col.codes[row] == table::StringDictionary::kMissing) return {};
  return std::string(col.dictionary.value(col.codes[row]));
}

}  // namespace

void write_icp_definition_value(JsonWriter& w, const IcpDefinition& icp) {
  w.begin_object();
  w.key("name").value(icp.name);
  if (icp.defined_on) w.key("defined_on").value(format_iso_date(*icp.defined_on));
  w.key("match").value(icp.match == MatchMode::score ? "score" : "all");
  w.key("rules").begin_array();
  for (const ideal::Rule& rule : icp.rules) {
    const bool numeric = ideal::resolve_rule_field(rule.field).kind == FieldKind::number;
    w.begin_object();
    w.key("field").value(rule.field);
    w.key("op").value(ideal::rule_op_name(rule.op));
    if (rule.op == RuleOp::between) {
      if (rule.min) w.key("min").value(*rule.min);
      if (rule.max) w.key("max").value(*rule.max);
    } else if (rule.op == RuleOp::eq && rule.values.size() == 1) {
      w.key("value");
      write_value(w, rule.values[0], numeric);
    } else {
      w.key("values").begin_array();
      for (const std::string& v : rule.values) write_value(w, v, numeric);
      w.end_array();
    }
    if (icp.match == MatchMode::score || rule.weight != 1) w.key("weight").value(rule.weight);
    w.end_object();
  }
  w.end_array();
  if (!icp.tiers.empty()) {
    w.key("tiers");
    write_tiers(w, icp.tiers);
  }
  if (icp.pass_score) w.key("pass_score").value(*icp.pass_score);
  w.end_object();
}

void write_icp_evaluation_summary(JsonWriter& w, const IcpDefinition& icp, const ideal::IcpEvaluation& e) {
  const bool score = icp.match == MatchMode::score;
  w.begin_object();
  w.key("match").value(score ? "score" : "all");
  w.key("pass_score");
  if (score) w.value(e.pass_score); else w.null();
  w.key("tiers");
  if (score) write_tiers(w, e.tiers); else w.null();
  w.key("customers");
  write_counts(w, e.customers, e, score);
  w.key("deals");
  write_counts(w, e.deals, e, score);
  w.key("rules").begin_array();
  for (size_t r = 0; r < icp.rules.size(); ++r) {
    w.begin_object();
    w.key("rule").value(static_cast<uint64_t>(r + 1));
    w.key("field").value(icp.rules[r].field);
    w.key("attribute");
    if (r < e.rule_attributes.size() && !e.rule_attributes[r].empty()) w.value(e.rule_attributes[r]); else w.null();
    w.key("op").value(ideal::rule_op_name(icp.rules[r].op));
    if (score) w.key("weight").value(icp.rules[r].weight);
    w.key("customers");
    write_rule_counts(w, e.customers, r);
    w.key("deals");
    write_rule_counts(w, e.deals, r);
    w.end_object();
  }
  w.end_array();
  w.key("notes").begin_array();
  for (const std::string& n : e.notes) w.value(n);
  w.end_array();
  w.end_object();
}

void write_scoring_model(JsonWriter& w, const ideal::ScoringModel& m) {
  w.begin_object();
  w.key("labelled").value(m.labelled);
  w.key("good").value(m.good);
  w.key("base_rate").value(stats::round_significant(m.base_rate, 6));
  w.key("prior_strength").value(m.prior_strength);
  w.key("calibration").value(m.calibration);
  w.key("score_map").value("100 / (1 + exp(-sum of points))");
  w.key("tiers");
  write_tiers(w, m.tiers);
  w.key("pass_score").value(m.pass_score);
  w.key("attributes").begin_array();
  for (const ideal::AttributePoints& a : m.attributes) {
    w.begin_object();
    w.key("field").value(a.field);
    w.key("banded").value(a.banded);
    w.key("missing").value(a.missing);
    w.key("levels").begin_array();
    for (const ideal::LevelPoints& l : a.levels) {
      w.begin_object();
      w.key("level").value(l.level);
      w.key("n").value(l.n);
      w.key("good").value(l.good);
      w.key("good_rate").value(l.n ? stats::round_significant(static_cast<double>(l.good) / static_cast<double>(l.n), 6) : 0.0);
      w.key("log_odds").value(l.log_odds);
      w.key("points").value(l.points);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("notes").begin_array();
  for (const std::string& n : m.notes) w.value(n);
  w.end_array();
  w.end_object();
}

void write_score_summary(JsonWriter& w, const ideal::ScoringModel& model, const ideal::ScoreSummary& scored) {
  w.begin_object();
  w.key("n").value(scored.n);
  w.key("mean_score");
  if (scored.n) w.value(stats::round_significant(scored.score_sum / static_cast<double>(scored.n), 6)); else w.null();
  w.key("pass").value(scored.pass);
  w.key("tiers").begin_array();
  for (size_t t = 0; t < model.tiers.size(); ++t) {
    w.begin_object();
    w.key("name").value(model.tiers[t].name);
    w.key("n").value(t < scored.per_tier.size() ? scored.per_tier[t] : 0);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

std::string write_scored_csv(const ideal::ScoringModel& model, const ideal::ScoredRecords& scored,
                             const table::Tables& tables, const metrics::Customers& customers,
                             const ScoredCsvOptions& options) {
  std::string out;
  const std::string header[] = {"record_id", "name", "score", "tier", "pass", "reasons"};
  append_csv_row(out, header);
  const bool deals = scored.kind == ideal::RecordKind::deals;
  std::vector<std::string> row(6);
  for (size_t i = 0; i < scored.size(); ++i) {
    if (deals) {
      if (options.open_deals_only && (i >= tables.deals.outcome.size() || tables.deals.outcome[i] != mapping::Outcome::open)) {
        continue;
      }
      const int32_t k = i < customers.of_deal.size() ? customers.of_deal[i] : metrics::kNoCustomer;
      if (k != metrics::kNoCustomer) {
        row[0] = customers.record_id[k];
        row[1] = customers.name[k];
      } else {
        row[0] = text_at(tables.deals.account_id, i);
        row[1] = text_at(tables.deals.account_name, i);
      }
      const std::string deal_id(tables.deals.deal_id.value(i));
      if (!deal_id.empty()) row[0] = deal_id;
    } else {
      row[0] = i < customers.record_id.size() ? customers.record_id[i] : std::string();
      row[1] = i < customers.name.size() ? customers.name[i] : std::string();
    }
    row[2] = format_score(scored.score[i]);
    row[3] = scored.tier[i] < model.tiers.size() ? model.tiers[scored.tier[i]].name : std::string();
    row[4] = scored.pass[i] ? "true" : "false";
    row[5].clear();
    for (const ideal::Reason& r : ideal::top_reasons(model, scored, i, options.reasons_per_side)) {
      if (!row[5].empty()) row[5] += "; ";
      row[5] += ideal::format_reason(r);
    }
    append_csv_row(out, row);
  }
  return out;
}

}  // namespace icp::report
