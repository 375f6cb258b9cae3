#include "icp/icp_evaluation.h"

#include <fast_float/fast_float.h>

#include <cmath>
#include <optional>
#include <type_traits>
#include <unordered_map>

#include "icp/country_names.h"

namespace icp::ideal {
namespace {

using metrics::Attributes;
using metrics::NumberAttribute;
using metrics::TextAttribute;

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Lower case of a Latin-1 Supplement / Latin Extended-A letter (U+00C0..U+017F).
unsigned latin_lower(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x130) return 'i';
  if (cp == 0x178) return 0xFF;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0 ? cp + 1 : cp;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1 ? cp + 1 : cp;
  return cp;
}

std::string field_key(std::string_view field) {
  std::string k = text_key(field);
  for (char& c : k) {
    if (c == ' ' || c == '-') c = '_';
  }
  return k;
}

struct Alias {
  const char* name;
  const char* attribute;
  FieldKind kind;
};
constexpr Alias kFieldAliases[] = {
    {"industry", "industry", FieldKind::text},
    {"country", "country", FieldKind::text},
    {"region", "region", FieldKind::text},
    {"product", "product", FieldKind::text},
    {"deal_type", "deal_type", FieldKind::text},
    {"lead_source", "lead_source", FieldKind::text},
    {"owner", "owner", FieldKind::text},
    {"employees", "employees", FieldKind::number},
    {"employee_count", "employees", FieldKind::number},
    {"employees_count", "employees", FieldKind::number},
    {"number_of_employees", "employees", FieldKind::number},
    {"num_employees", "employees", FieldKind::number},
    {"headcount", "employees", FieldKind::number},
    {"annual_revenue", "annual_revenue", FieldKind::number},
    {"revenue", "annual_revenue", FieldKind::number},
    {"amount", "amount", FieldKind::number},
    {"acv", "amount", FieldKind::number},
    {"employees_band", "employees", FieldKind::band},
    {"employee_band", "employees", FieldKind::band},
    {"annual_revenue_band", "annual_revenue", FieldKind::band},
    {"revenue_band", "annual_revenue", FieldKind::band},
    {"acv_band", "amount", FieldKind::band},
    {"amount_band", "amount", FieldKind::band},
};

std::optional<double> number_in_text(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// The attribute a rule reads, found in the data: exact name first, then case-insensitively.
struct Found {
  const TextAttribute* text = nullptr;
  const NumberAttribute* number = nullptr;
};

Found find_attribute(const Attributes& a, const RuleField& f) {
  Found out;
  out.number = a.number_field(f.attribute);
  out.text = out.number ? nullptr : a.text_field(f.attribute);
  if (out.number || out.text || f.canonical) return out;
  const std::string key = field_key(f.attribute);
  for (const auto& t : a.text) {
    if (field_key(t.field) == key) {
      out.text = &t;
      return out;
    }
  }
  for (const auto& n : a.numbers) {
    if (field_key(n.field) == key) {
      out.number = &n;
      return out;
    }
  }
  return out;
}

size_t customer_count(const Attributes& a) { return a.speaking_deal.size(); }

size_t deal_count(const Attributes& a) { return a.deal_count(); }

std::string rule_label(size_t r, const Rule& rule) {
  return "rule " + std::to_string(r + 1) + " (" + rule.field + ")";
}

std::string quote_text(std::string_view s) {
  if (s.size() <= 80) return "\"" + std::string(s) + "\"";
  size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(s.substr(0, cut)) + "\xE2\x80\xA6\"";
}

// Evaluates one rule on every customer and deal, writing into the two RecordFits' state columns.
class RuleEvaluator {
 public:
  RuleEvaluator(const Rule& rule, size_t index, const Attributes& attributes, IcpEvaluation& out)
      : rule_(rule), index_(index), out_(out) {
    field_ = resolve_rule_field(rule.field);
    found_ = find_attribute(attributes, field_);
    country_ = is_country_field(field_.attribute) && field_.kind == FieldKind::text;
  }

  void run() {
    const std::string label = rule_label(index_, rule_);
    if (!found_.text && !found_.number) {
      out_.rule_attributes.push_back("");
      out_.notes.push_back(label + ": no column " + quote_text(rule_.field) + " in the data: unknown for every record");
      fill_unknown(out_.customers);
      fill_unknown(out_.deals);
      return;
    }
    out_.rule_attributes.push_back(found_.text ? found_.text->field : found_.number->field);
    prepare_values(label);
    if (found_.text) {
      state_of_code_.assign(found_.text->values.size(), kUnseen);
      run_on(out_.customers, found_.text->of_customer);
      run_on(out_.deals, found_.text->of_deal);
    } else {
      run_on(out_.customers, found_.number->of_customer);
      run_on(out_.deals, found_.number->of_deal);
    }
    if (!any_value_) {
      const std::string what = found_.text ? found_.text->field : found_.number->field;
      out_.notes.push_back(label + ": no " + what + " values in the data: unknown for every record");
      return;
    }
    if (not_numbers_ > 0) {
      out_.notes.push_back(label + ": " + std::to_string(not_numbers_) + " distinct " + out_.rule_attributes.back() +
                           " values are not numbers: unknown for those records");
    }
    for (size_t v = 0; v < value_matched_.size(); ++v) {
      if (!value_matched_[v]) out_.notes.push_back(label + ": " + quote_text(rule_.values[v]) + " matches no customer or deal");
    }
  }

 private:
  void fill_unknown(RecordFits& fits) {
    fits.states.insert(fits.states.end(), fits.size(), RuleState::unknown);
    fits.per_rule.push_back({0, 0, fits.size()});
  }

  // The rule's values as compared: text keys (countries by ISO key), or numbers.
  void prepare_values(const std::string& label) {
    value_matched_.assign(rule_.op == RuleOp::between ? 0 : rule_.values.size(), false);
    if (rule_.op == RuleOp::between) return;
    for (size_t v = 0; v < rule_.values.size(); ++v) {
      const std::string& value = rule_.values[v];
      if (found_.number && field_.kind != FieldKind::band) {
        const std::optional<double> n = number_in_text(value);
        if (n) numbers_.emplace_back(*n, v);
        else out_.notes.push_back(label + ": " + quote_text(value) + " is not a number: it matches nothing");
        continue;
      }
      std::string key;
      if (country_) {
        const std::string_view iso = country_key(value);
        if (iso.empty()) out_.notes.push_back(label + ": " + quote_text(value) + " is not a country known here: compared as text");
        key = iso.empty() ? text_key(value) : std::string(iso);
      } else {
        key = text_key(value);
      }
      keys_.emplace(std::move(key), v);
    }
  }

  // Whether a present value is one of the rule's (marking which rule value it matched).
  bool matches_key(const std::string& key) {
    const auto range = keys_.equal_range(key);
    for (auto it = range.first; it != range.second; ++it) value_matched_[it->second] = true;
    return range.first != range.second;
  }

  RuleState held(bool in_set) const {
    const bool ok = rule_.op == RuleOp::not_in ? !in_set : in_set;
    return ok ? RuleState::satisfied : RuleState::not_satisfied;
  }

  RuleState between(double x) const {
    const bool ok = (!rule_.min || x >= *rule_.min) && (!rule_.max || x <= *rule_.max);
    return ok ? RuleState::satisfied : RuleState::not_satisfied;
  }

  RuleState of_number(double x) {
    if (std::isnan(x)) return RuleState::unknown;
    any_value_ = true;
    if (rule_.op == RuleOp::between) return between(x);
    if (field_.kind == FieldKind::band) {
      uint32_t b = metrics::kNoLevel;
      if (x >= 0) {
        b = 0;
        while (b + 1 < field_.bands.size() && x >= field_.bands[b + 1].low) ++b;
      }
      if (b == metrics::kNoLevel) return RuleState::unknown;
      // Each band's state worked out once, the first time a record falls in it.
      if (state_of_band_.empty()) state_of_band_.assign(field_.bands.size(), kUnseen);
      uint8_t& known = state_of_band_[b];
      if (known == kUnseen) known = static_cast<uint8_t>(held(matches_key(text_key(field_.bands[b].label))));
      return static_cast<RuleState>(known);
    }
    bool in_set = false;
    for (const auto& [n, v] : numbers_) {
      if (n == x) {
        in_set = true;
        value_matched_[v] = true;
      }
    }
    return held(in_set);
  }

  // The state of a text code: worked out from its text the first time a record holds it.
  RuleState of_text(uint32_t code) {
    if (code == TextAttribute::kMissing) return RuleState::unknown;
    any_value_ = true;
    uint8_t& known = state_of_code_[code];
    if (known == kUnseen) known = static_cast<uint8_t>(of_new_text(found_.text->text(code)));
    return static_cast<RuleState>(known);
  }

  RuleState of_new_text(std::string_view text) {
    RuleState s;
    if (rule_.op == RuleOp::between) {  // a number rule on a text column: its values read as numbers
      const std::optional<double> n = number_in_text(text);
      if (!n) ++not_numbers_;
      s = n ? between(*n) : RuleState::unknown;
    } else {
      std::string key;
      if (country_) {
        const std::string_view iso = country_key(text);
        key = iso.empty() ? text_key(text) : std::string(iso);
      } else {
        key = text_key(text);
      }
      s = held(matches_key(key));
    }
    return s;
  }

  template <class Values>
  void run_on(RecordFits& fits, const Values& values) {
    RuleCounts counts;
    const size_t n = fits.size();
    fits.states.reserve(fits.states.size() + n);
    const auto add = [&](RuleState s) {
      fits.states.push_back(s);
      if (s == RuleState::satisfied) ++counts.satisfied;
      else if (s == RuleState::not_satisfied) ++counts.not_satisfied;
      else ++counts.unknown;
    };
    size_t i = 0;
    const auto add_value = [&](typename Values::value_type v) {
      if (i++ >= n) return;
      if constexpr (std::is_same_v<typename Values::value_type, double>) add(of_number(v));
      else add(of_text(v));  // a text code
    };
    if constexpr (requires { values.for_each(add_value); }) {
      values.for_each(add_value);
    } else {
      for (const auto v : values) add_value(v);
    }
    for (; i < n; ++i) add(RuleState::unknown);  // records past the values' end have none
    fits.per_rule.push_back(counts);
  }

  const Rule& rule_;
  size_t index_;
  IcpEvaluation& out_;
  RuleField field_;
  Found found_;
  bool country_ = false;
  bool any_value_ = false;
  size_t not_numbers_ = 0;
  std::unordered_multimap<std::string, size_t> keys_;
  std::vector<std::pair<double, size_t>> numbers_;
  std::vector<bool> value_matched_;
  static constexpr uint8_t kUnseen = 0xFF;
  std::vector<uint8_t> state_of_code_;  // text: a RuleState per code, kUnseen until a record holds it
  std::vector<uint8_t> state_of_band_;  // band rules: a RuleState per band, kUnseen until a record falls in it
};

void combine(const IcpDefinition& icp, const IcpEvaluation& e, RecordFits& fits) {
  const size_t n = fits.size();
  const size_t rules = icp.rules.size();
  if (icp.match == MatchMode::all) {
    for (size_t i = 0; i < n; ++i) {
      bool failed = false, unknown = false;
      for (size_t r = 0; r < rules; ++r) {
        const RuleState s = fits.state(r, i);
        failed = failed || s == RuleState::not_satisfied;
        unknown = unknown || s == RuleState::unknown;
      }
      fits.fit[i] = failed ? Fit::not_fit : unknown ? Fit::unknown : Fit::fit;
    }
  } else {
    double total = 0;
    for (const Rule& r : icp.rules) total += r.weight;
    fits.score.assign(n, 0);
    fits.score_max.assign(n, 0);
    fits.tier.assign(n, kNoTier);
    fits.per_tier.assign(e.tiers.size(), 0);
    for (size_t i = 0; i < n; ++i) {
      double held = 0, open = 0;
      for (size_t r = 0; r < rules; ++r) {
        const RuleState s = fits.state(r, i);
        if (s == RuleState::satisfied) held += icp.rules[r].weight;
        else if (s == RuleState::unknown) open += icp.rules[r].weight;
      }
      const double score = total > 0 ? held / total * 100 : 0;
      const double best = total > 0 ? (held + open) / total * 100 : 0;
      fits.score[i] = score;
      fits.score_max[i] = best;
      fits.tier[i] = tier_of(e.tiers, score);
      if (fits.tier[i] != kNoTier) ++fits.per_tier[fits.tier[i]];
      fits.fit[i] = score >= e.pass_score ? Fit::fit : best < e.pass_score ? Fit::not_fit : Fit::unknown;
    }
  }
  for (Fit f : fits.fit) {
    if (f == Fit::fit) ++fits.counts.fit;
    else if (f == Fit::not_fit) ++fits.counts.not_fit;
    else ++fits.counts.unknown;
  }
}

}  // namespace

std::string text_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool gap = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_space(c) || (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)) {
      gap = true;
      i += c == 0xC2 ? 2 : 1;
      continue;
    }
    if (gap && !out.empty()) out.push_back(' ');
    gap = false;
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    const unsigned char c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c >= 0xC3 && c <= 0xC5 && (c1 & 0xC0) == 0x80) {
      append_utf8(out, latin_lower(((c & 0x1Fu) << 6) | (c1 & 0x3Fu)));
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
    ++i;
  }
  return out;
}

std::string country_compare_key(std::string_view text) {
  const std::string_view iso = country_key(text);
  return iso.empty() ? text_key(text) : std::string(iso);
}

bool is_country_field(std::string_view attribute) { return text_key(attribute).find("country") != std::string::npos; }

RuleField resolve_rule_field(std::string_view field) {
  RuleField out;
  const std::string key = field_key(field);
  for (const Alias& a : kFieldAliases) {
    if (key != a.name) continue;
    out.attribute = a.attribute;
    out.kind = a.kind;
    out.canonical = true;
    if (a.kind == FieldKind::band) {
      if (out.attribute == "employees") out.bands = metrics::kEmployeeBands;
      else if (out.attribute == "annual_revenue") out.bands = metrics::kAnnualRevenueBands;
      else out.bands = metrics::kAcvBands;
    }
    return out;
  }
  size_t b = 0, e = field.size();
  while (b < e && is_space(static_cast<unsigned char>(field[b]))) ++b;
  while (e > b && is_space(static_cast<unsigned char>(field[e - 1]))) --e;
  out.attribute = std::string(field.substr(b, e - b));
  return out;
}

std::vector<Tier> effective_tiers(const IcpDefinition& icp) {
  if (!icp.tiers.empty()) return icp.tiers;
  return {{"A", 80}, {"B", 60}, {"C", 40}, {"D", 0}};
}

double effective_pass_score(const IcpDefinition& icp) {
  if (icp.pass_score) return *icp.pass_score;
  const std::vector<Tier> tiers = effective_tiers(icp);
  if (tiers.size() >= 3) return tiers[1].min_score;  // the top two tiers pass: A and B by default
  return tiers.size() == 2 ? tiers[0].min_score : 50;
}

uint8_t tier_of(std::span<const Tier> tiers, double score) {
  for (size_t t = 0; t < tiers.size() && t < kNoTier; ++t) {
    if (score >= tiers[t].min_score) return static_cast<uint8_t>(t);
  }
  return kNoTier;
}

std::string_view fit_name(Fit fit) {
  switch (fit) {
    case Fit::fit: return "fit";
    case Fit::not_fit: return "not_fit";
    case Fit::unknown: return "unknown";
  }
  return "unknown";
}

IcpEvaluation evaluate_icp(const IcpDefinition& icp, const Attributes& attributes) {
  IcpEvaluation e;
  e.customers.fit.assign(customer_count(attributes), Fit::unknown);
  e.deals.fit.assign(deal_count(attributes), Fit::unknown);
  if (icp.match == MatchMode::score) {
    e.tiers = effective_tiers(icp);
    e.pass_score = effective_pass_score(icp);
  }
  for (size_t r = 0; r < icp.rules.size(); ++r) RuleEvaluator(icp.rules[r], r, attributes, e).run();
  combine(icp, e, e.customers);
  combine(icp, e, e.deals);
  return e;
}

}  // namespace icp::ideal
