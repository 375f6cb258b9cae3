#include "icp/icp_definition.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "icp/icp_evaluation.h"
#include "report/icp_json.h"
#include "report/json_writer.h"
#include "simdjson.h"
#include "util/civil_date.h"

namespace icp::ideal {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kTopKeys = "name, defined_on, match, rules, tiers, pass_score";
constexpr std::string_view kRuleKeys = "field, op, values, value, min, max, weight";
constexpr std::string_view kTierKeys = "name, min_score";
constexpr size_t kMaxQuoted = 80;  // bytes of a file's text quoted in a message
constexpr double kMaxWeight = 1e9;  // so that no sum of weights overflows

Status bad(std::string_view source, std::string_view where, const std::string& what) {
  return Status::error(ErrorCode::unusable_input, std::string(source) + ": " + std::string(where) + ": " + what);
}

std::string quote_text(std::string_view text) {
  if (text.size() <= kMaxQuoted) return "\"" + std::string(text) + "\"";
  size_t cut = kMaxQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(text.substr(0, cut)) + "\xE2\x80\xA6\"";
}

// The value of a JSON number as it is written back (12 significant digits), so that
// parse(write(x)) == x for every x parse gives.
double canonical_number(double x) {
  const std::string text = report::format_number(x);
  double back = 0;
  fast_float::from_chars(text.data(), text.data() + text.size(), back);
  return back;
}

std::optional<double> number_of_text(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::optional<int32_t> iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (s[i] - '0');
    }
  }
  if (!is_valid_civil(parts[0], parts[1], parts[2])) return std::nullopt;
  return days_from_civil(parts[0], parts[1], parts[2]);
}

std::optional<RuleOp> op_from_name(std::string_view name) {
  if (name == "in") return RuleOp::in;
  if (name == "not_in") return RuleOp::not_in;
  if (name == "between") return RuleOp::between;
  if (name == "eq") return RuleOp::eq;
  return std::nullopt;
}

// Duplicate keys would let a later value silently replace an earlier one: refused.
Status check_unique_keys(std::string_view source, const object& obj, const std::string& prefix) {
  std::set<std::string_view> seen;
  for (auto field : obj) {
    if (!seen.insert(field.key).second) {
      return bad(source, prefix + std::string(field.key), "duplicate key");
    }
  }
  return Status::ok();
}

// One value of an in / not_in / eq rule, checked against the field's kind and stored as compared
// text (numbers as written back, band labels as segments.h spells them).
Status read_value(std::string_view source, const std::string& where, element v, const RuleField& field,
                  std::vector<std::string>& out) {
  std::string_view text;
  double number = 0;
  switch (field.kind) {
    case FieldKind::text:
      if (v.get_string().get(text)) return bad(source, where, "expected a string");
      if (blank(text)) return bad(source, where, "expected a non-empty value");
      out.emplace_back(text);
      return Status::ok();
    case FieldKind::number: {
      std::optional<double> n;
      if (!v.get_double().get(number)) n = number;
      else if (!v.get_string().get(text)) n = number_of_text(text);
      if (!n) return bad(source, where, "expected a number (" + field.attribute + " is numeric)");
      out.push_back(report::format_number(canonical_number(*n)));
      return Status::ok();
    }
    case FieldKind::band: {
      std::string labels;
      for (const auto& b : field.bands) labels += (labels.empty() ? "" : ", ") + std::string(b.label);
      if (v.get_string().get(text)) return bad(source, where, "expected a band label (" + labels + ")");
      const std::string key = text_key(text);
      for (const auto& b : field.bands) {
        if (key == text_key(b.label)) {
          out.emplace_back(b.label);
          return Status::ok();
        }
      }
      return bad(source, where, "unknown band " + quote_text(text) + " (" + labels + ")");
    }
  }
  return Status::ok();
}

Result<Rule> parse_rule(std::string_view source, const std::string& where, element e) {
  object obj;
  if (e.get_object().get(obj)) return bad(source, where, "expected an object such as {\"field\": \"industry\", \"op\": \"in\", \"values\": [...]}");
  if (Status s = check_unique_keys(source, obj, where + "."); !s) return s;
  Rule rule;
  bool has_field = false, has_op = false;
  std::optional<element> values, value;
  for (auto f : obj) {
    const std::string_view key = f.key;
    const std::string at = where + "." + std::string(key);
    std::string_view text;
    double number = 0;
    if (key == "field") {
      if (f.value.get_string().get(text) || blank(text)) {
        return bad(source, at, "expected a field name such as industry, employees or country");
      }
      rule.field = std::string(text);
      has_field = true;
    } else if (key == "op") {
      if (f.value.get_string().get(text)) return bad(source, at, "expected one of in, not_in, between, eq");
      const auto op = op_from_name(text);
      if (!op) return bad(source, at, "unknown op " + quote_text(text) + " (in, not_in, between, eq)");
      rule.op = *op;
      has_op = true;
    } else if (key == "values") {
      values = f.value;
    } else if (key == "value") {
      value = f.value;
    } else if (key == "min" || key == "max") {
      if (f.value.get_double().get(number)) return bad(source, at, "expected a number");
      (key == "min" ? rule.min : rule.max) = canonical_number(number);
    } else if (key == "weight") {
      if (f.value.get_double().get(number) || !(number > 0) || number > kMaxWeight) {
        return bad(source, at, "expected a positive number (at most 1e9)");
      }
      rule.weight = canonical_number(number);
    } else {
      return bad(source, at, "unknown key (" + std::string(kRuleKeys) + ")");
    }
  }
  if (!has_field) return bad(source, where + ".field", "missing (the field the rule reads, such as industry)");
  if (!has_op) return bad(source, where + ".op", "missing (in, not_in, between, eq)");
  const RuleField field = resolve_rule_field(rule.field);
  const std::string op_name(rule_op_name(rule.op));

  if (rule.op == RuleOp::between) {
    if (values) return bad(source, where + ".values", "not used by between (it takes min and max)");
    if (value) return bad(source, where + ".value", "not used by between (it takes min and max)");
    if (field.kind == FieldKind::band || (field.kind == FieldKind::text && field.canonical)) {
      return bad(source, where + ".op",
                 "between needs a numeric field (employees, annual_revenue, amount), not " + quote_text(rule.field));
    }
    if (!rule.min && !rule.max) return bad(source, where, "between needs min, max or both");
    if (rule.min && rule.max && *rule.min > *rule.max) {
      return bad(source, where + ".min",
                 report::format_number(*rule.min) + " is above max " + report::format_number(*rule.max));
    }
    return rule;
  }

  if (rule.min) return bad(source, where + ".min", "only for between, not " + op_name);
  if (rule.max) return bad(source, where + ".max", "only for between, not " + op_name);
  if (rule.op == RuleOp::eq) {
    if (values && value) return bad(source, where + ".value", "give value or values, not both");
    if (value) {
      if (Status s = read_value(source, where + ".value", *value, field, rule.values); !s) return s;
      return rule;
    }
    if (!values) return bad(source, where + ".value", "missing (eq compares with one value)");
    array list;
    if (values->get_array().get(list) || list.size() != 1) {
      return bad(source, where + ".values", "eq takes one value (\"value\": ...)");
    }
    for (element v : list) {
      if (Status s = read_value(source, where + ".values[0]", v, field, rule.values); !s) return s;
    }
    return rule;
  }
  // in, not_in
  if (value) return bad(source, where + ".value", op_name + " takes \"values\": [...], a list");
  if (!values) return bad(source, where + ".values", "missing (" + op_name + " needs a non-empty list of values)");
  array list;
  if (values->get_array().get(list) || list.size() == 0) {
    return bad(source, where + ".values", "expected a non-empty array of values");
  }
  size_t i = 0;
  for (element v : list) {
    if (Status s = read_value(source, where + ".values[" + std::to_string(i++) + "]", v, field, rule.values); !s) return s;
  }
  return rule;
}

Result<std::vector<Tier>> parse_tiers(std::string_view source, element e) {
  array list;
  if (e.get_array().get(list) || list.size() == 0) {
    return bad(source, "tiers", "expected a non-empty array such as [{\"name\": \"A\", \"min_score\": 80}, ...]");
  }
  std::vector<Tier> tiers;
  size_t i = 0;
  for (element t : list) {
    const std::string where = "tiers[" + std::to_string(i++) + "]";
    object obj;
    if (t.get_object().get(obj)) return bad(source, where, "expected an object {\"name\": ..., \"min_score\": ...}");
    if (Status s = check_unique_keys(source, obj, where + "."); !s) return s;
    Tier tier;
    bool has_name = false, has_min = false;
    for (auto f : obj) {
      const std::string_view key = f.key;
      const std::string at = where + "." + std::string(key);
      std::string_view text;
      double number = 0;
      if (key == "name") {
        if (f.value.get_string().get(text) || blank(text)) return bad(source, at, "expected a tier name such as \"A\"");
        tier.name = std::string(text);
        has_name = true;
      } else if (key == "min_score") {
        if (f.value.get_double().get(number) || !(number >= 0 && number <= 100)) {
          return bad(source, at, "expected a score from 0 to 100");
        }
        tier.min_score = canonical_number(number);
        has_min = true;
      } else {
        return bad(source, at, "unknown key (" + std::string(kTierKeys) + ")");
      }
    }
    if (!has_name) return bad(source, where + ".name", "missing");
    if (!has_min) return bad(source, where + ".min_score", "missing");
    for (const Tier& other : tiers) {
      if (other.name == tier.name) return bad(source, where + ".name", "duplicate tier " + quote_text(tier.name));
      if (other.min_score == tier.min_score) {
        return bad(source, where + ".min_score",
                   "tier " + quote_text(other.name) + " starts at " + report::format_number(tier.min_score) + " too");
      }
    }
    tiers.push_back(std::move(tier));
  }
  std::stable_sort(tiers.begin(), tiers.end(), [](const Tier& a, const Tier& b) { return a.min_score > b.min_score; });
  return tiers;
}

}  // namespace

std::string_view rule_op_name(RuleOp op) {
  switch (op) {
    case RuleOp::in: return "in";
    case RuleOp::not_in: return "not_in";
    case RuleOp::between: return "between";
    case RuleOp::eq: return "eq";
  }
  return "in";
}

Result<IcpDefinition> parse_icp_definition(std::string_view json, std::string_view source) {
  simdjson::dom::parser parser;
  element doc;
  const simdjson::padded_string padded(json);
  if (auto error = parser.parse(padded).get(doc); error) {
    return Status::error(ErrorCode::unreadable_input,
                         std::string(source) + ": not valid JSON (" + simdjson::error_message(error) + ")");
  }
  object root;
  if (doc.get_object().get(root)) return bad(source, "top level", "expected an object (an ICP definition)");
  if (Status s = check_unique_keys(source, root, ""); !s) return s;

  IcpDefinition out;
  bool has_rules = false;
  std::optional<element> tiers;
  for (auto field : root) {
    const std::string_view key = field.key;
    std::string_view text;
    double number = 0;
    if (key == "name") {
      if (field.value.get_string().get(text)) return bad(source, key, "expected a string");
      out.name = std::string(text);
    } else if (key == "defined_on") {
      if (field.value.get_string().get(text)) return bad(source, key, "expected an ISO date such as \"2024-06-30\"");
      out.defined_on = iso_date(text);
      if (!out.defined_on) return bad(source, key, "expected an ISO date such as \"2024-06-30\", not " + quote_text(text));
    } else if (key == "match") {
      if (field.value.get_string().get(text)) return bad(source, key, "expected \"all\" or \"score\"");
      if (text == "all") out.match = MatchMode::all;
      else if (text == "score") out.match = MatchMode::score;
      else return bad(source, key, "unknown match " + quote_text(text) + " (all, score)");
    } else if (key == "rules") {
      array list;
      if (field.value.get_array().get(list)) return bad(source, key, "expected an array of rules");
      if (list.size() == 0) return bad(source, key, "expected at least one rule");
      size_t i = 0;
      for (element e : list) {
        Result<Rule> rule = parse_rule(source, "rules[" + std::to_string(i++) + "]", e);
        if (!rule) return rule.status();
        out.rules.push_back(std::move(*rule));
      }
      has_rules = true;
    } else if (key == "tiers") {
      tiers = field.value;
    } else if (key == "pass_score") {
      if (field.value.get_double().get(number) || !(number >= 0 && number <= 100)) {
        return bad(source, key, "expected a score from 0 to 100");
      }
      out.pass_score = canonical_number(number);
    } else {
      return bad(source, key, "unknown key (" + std::string(kTopKeys) + ")");
    }
  }
  if (!has_rules) return bad(source, "rules", "missing (an ICP needs at least one rule)");
  if (tiers) {
    if (out.match != MatchMode::score) return bad(source, "tiers", "only with \"match\": \"score\"");
    Result<std::vector<Tier>> t = parse_tiers(source, *tiers);
    if (!t) return t.status();
    out.tiers = std::move(*t);
  }
  if (out.pass_score && out.match != MatchMode::score) return bad(source, "pass_score", "only with \"match\": \"score\"");
  return out;
}

std::string write_icp_definition(const IcpDefinition& icp) {
  report::JsonWriter w;
  report::write_icp_definition_value(w, icp);
  return w.finish();
}

}  // namespace icp::ideal
