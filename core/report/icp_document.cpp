#include "report/icp_document.h"

namespace icp::report::doc {

using namespace parts;  // NOLINT(google-build-using-namespace): the document's own parts

namespace {

// "industry in Software, Financial Services · employees 51–500", with weights for a score ICP.
std::string rules_text(const element& definition) {
  const bool score = string_at(definition, "match") == "score";
  std::vector<std::string> parts;
  for (const element& r : array_at(definition, "rules")) {
    std::string t = rule_text(r);
    if (score) {
      if (auto w = number_at(r, "weight")) t += " (weight " + fixed(*w, 0) + ")";
    }
    parts.push_back(std::move(t));
  }
  return join(parts, score ? " · " : "; ");
}

std::string definition_sentence(const element& definition) {
  std::string name = string_at(definition, "name").value_or("ICP");
  if (auto on = string_at(definition, "defined_on")) name += " (defined on " + *on + ")";
  const std::string rules = rules_text(definition);
  if (rules.empty()) return name + ": no rules.";
  const std::string match = string_at(definition, "match").value_or("all");
  return name + (match == "score" ? ", scored: " : match == "any" ? ", any of: " : ": ") + rules + ".";
}

// "fit 627 · not fit 436 · unknown 0 of 1,063".
std::string fit_counts(const element& obj) {
  return "fit " + count_text(obj, "fit") + " · not fit " + count_text(obj, "not_fit") + " · unknown " + count_text(obj, "unknown") +
         " of " + count_text(obj, "n");
}

void evaluation_blocks(Section& s, const element& evaluation, const std::optional<element>& definition, const std::string& what) {
  const std::vector<element> defined = definition ? array_at(*definition, "rules") : std::vector<element>{};
  Facts f("How the customers and deals fit the " + what);
  for (const char* unit : {"customers", "deals"}) {
    const auto c = child(evaluation, unit);
    if (!is_object(c)) continue;
    const auto n = number_at(*c, "n"), fit = number_at(*c, "fit"), unknown = number_at(*c, "unknown");
    Cell share = missing_cell();
    if (n && fit && unknown && *n - *unknown > 0) share = number_cell(percent(*fit / (*n - *unknown)));
    f.add(std::string("Fit share of ") + unit + " (where known)", share, fit_counts(*c));
  }
  if (!f.empty()) s.blocks.push_back(f.block());
  Table t;
  t.caption = "Each rule of the " + what + ": customers satisfying it";
  t.columns = {{"Rule", false}, {"Satisfied", true}, {"Not satisfied", true}, {"Unknown", true}};
  for (const element& r : array_at(evaluation, "rules")) {
    const auto c = child(r, "customers");
    if (!is_object(c)) continue;
    // The evaluation numbers its rules from 1 in the definition's order; the definition says them.
    const auto index = number_at(r, "rule");
    const bool known = index && *index >= 1 && *index <= static_cast<double>(defined.size());
    const std::string text = known ? rule_text(defined[static_cast<size_t>(*index) - 1]) : rule_text(r);
    t.rows.push_back({text_cell(text), count_cell(*c, "satisfied"), count_cell(*c, "not_satisfied"), count_cell(*c, "unknown")});
  }
  if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
  for (const std::string& note : strings_at(evaluation, "notes")) s.blocks.push_back(paragraph(note, true));
}

// Precision, recall, lift and coverage with their intervals, of the derived rules or of their validation.
void quality_rows(Facts& f, const element& obj) {
  f.add("Coverage (share flagged)", rate_cell(obj, "coverage", "coverage_ci"),
        "flagged " + count_text(obj, "flagged") + " of " + count_text(obj, "n"));
  f.add("Precision (good among the flagged)", rate_cell(obj, "precision", "precision_ci"),
        "flagged good " + count_text(obj, "flagged_good") + " · base rate " +
            (number_at(obj, "base_rate") ? percent(*number_at(obj, "base_rate")) : std::string("—")));
  f.add("Recall (flagged among the good)", rate_cell(obj, "recall", "recall_ci"), "good " + count_text(obj, "good"));
  f.add("Lift (precision ÷ base rate)", figure_ci(obj, "lift", "lift_ci", [](double v) { return fixed(v, 2) + "×"; },
                                                  [](double v) { return fixed(v, 2); }));
}

void derived_blocks(Section& s, const element& derived) {
  if (const auto rules = child(derived, "rules"); is_object(rules)) {
    s.blocks.push_back(paragraph(definition_sentence(*rules)));
  } else {
    s.blocks.push_back(paragraph(reason_sentence(derived, "rules", "Derived ICP rules"), true));
  }
  const std::string unit = string_at(derived, "unit").value_or("records");
  std::vector<std::string> basis;
  if (auto o = string_at(derived, "outcome")) basis.push_back("good = " + *o);
  if (child(derived, "good")) {
    std::string counts = count_text(derived, "good") + " good, " + count_text(derived, "bad") + " bad, " +
                         count_text(derived, "undecided") + " undecided " + unit;
    if (const auto c = child(derived, "customers"); is_object(c) && unit != "customers") {
      counts += " (customers: " + count_text(*c, "good") + ", " + count_text(*c, "bad") + ", " + count_text(*c, "undecided") + ")";
    }
    basis.push_back(counts);
  }
  if (auto h = string_at(derived, "horizon_end")) basis.push_back("up to " + *h);
  if (!basis.empty()) s.blocks.push_back(paragraph("Learned from: " + join(basis, "; ") + "."));
  if (child(derived, "coverage")) {
    Facts f("The derived ICP on the " + unit + " it was learned from");
    quality_rows(f, derived);
    s.blocks.push_back(f.block());
  }
  if (const auto v = child(derived, "validation"); is_object(v)) {
    Facts f("Out-of-time validation: rules learned until " + string_at(*v, "train_until").value_or("—") +
            ", tested on the " + unit + " after");
    quality_rows(f, *v);
    if (const auto bar = bool_at(*v, "meets_qualification_bar")) {
      f.add("Meets the qualification bar", text_cell(*bar ? "yes" : "no"));
    }
    s.blocks.push_back(f.block());
  } else if (null_at(derived, "validation")) {
    s.blocks.push_back(paragraph(reason_sentence(derived, "validation", "Out-of-time validation"), true));
  }
  for (const std::string& note : strings_at(derived, "notes")) s.blocks.push_back(paragraph(note, true));
}

void scoring_blocks(Section& s, const element& scoring) {
  const auto model = child(scoring, "model");
  if (is_object(model)) {
    std::vector<std::string> about;
    if (auto p = number_at(*model, "pass_score")) about.push_back("pass at " + fixed(*p, 0) + " of 100");
    std::vector<std::string> tiers;
    for (const element& t : array_at(*model, "tiers")) tiers.push_back(name_of(t, "name") + " ≥ " + count_text(t, "min_score"));
    if (!tiers.empty()) about.push_back("tiers " + join(tiers, ", "));
    if (auto l = number_at(*model, "labelled")) about.push_back("learned from " + integer(*l) + " labelled customers");
    if (!about.empty()) s.blocks.push_back(paragraph("Fit score: " + join(about, "; ") + "."));
  }
  Table t;
  t.caption = "Fit scores";
  t.columns = {{"Scored", false}, {"n", true}, {"Mean score", true}, {"Pass", true}};
  std::vector<std::string> tier_names;
  if (is_object(model)) {
    for (const element& tier : array_at(*model, "tiers")) tier_names.push_back(name_of(tier, "name"));
  }
  for (const std::string& name : tier_names) t.columns.push_back({"Tier " + name, true});
  for (const char* unit : {"customers", "deals"}) {
    const auto c = child(scoring, unit);
    if (!is_object(c)) continue;
    std::vector<Cell> row = {text_cell(unit), count_cell(*c, "n"), figure(*c, "mean_score", [](double v) { return fixed(v, 1); }),
                             count_cell(*c, "pass")};
    const std::vector<element> tiers = array_at(*c, "tiers");
    for (size_t i = 0; i < tier_names.size(); ++i) row.push_back(i < tiers.size() ? count_cell(tiers[i], "n") : missing_cell());
    t.rows.push_back(std::move(row));
  }
  if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
}

void what_if_block(const Context& ctx, Section& s, const element& w) {
  const Money money = ctx.money_for(w);
  Table t;
  t.caption = "What if only ICP-fit deals had been pursued (" + string_at(w, "basis").value_or("") + " ICP)";
  t.columns = {{"Figure", false}, {"All deals", true}, {"ICP-fit deals only", true}};
  t.rows.push_back({text_cell("Win rate"), figure(w, "win_rate_all", percent), rate_cell(w, "win_rate_fit", "win_rate_fit_ci")});
  t.rows.push_back({text_cell("Closed deals"), count_cell(w, "closed_all"), count_cell(w, "closed_fit")});
  t.rows.push_back({text_cell("NRR"), figure(w, "nrr_all", percent), figure(w, "nrr_fit", percent)});
  t.rows.push_back({text_cell("CAC"), figure(w, "cac_all", money), figure(w, "cac_fit", money)});
  s.blocks.push_back(table_block(std::move(t)));
  if (auto a = string_at(w, "cac_assumption")) s.blocks.push_back(paragraph("CAC of the fit deals: " + *a + ".", true));
}

}  // namespace

std::string rule_text(const element& rule) {
  const std::string field = name_of(rule, "field");
  const std::string op = string_at(rule, "op").value_or("in");
  std::vector<std::string> values = strings_at(rule, "values");
  if (auto v = string_at(rule, "value")) values.insert(values.begin(), *v);
  if (op == "between") {
    const auto min = number_at(rule, "min"), max = number_at(rule, "max");
    if (min && max) return field + " " + integer(*min) + "–" + integer(*max);
    if (min) return field + " ≥ " + integer(*min);
    if (max) return field + " ≤ " + integer(*max);
    return field + " (any)";
  }
  if (op == "eq") return field + " is " + (values.empty() ? std::string("—") : values.front());
  return field + (op == "not_in" ? " not in " : " in ") + join(values, ", ");
}

void build_icp(const Context& ctx, const element& icp, Document& d) {
  Section s{"icp", "ICP", {}};
  s.blocks.push_back(heading("Declared ICP"));
  if (const auto declared = child(icp, "declared"); is_object(declared)) {
    if (const auto rules = child(*declared, "rules"); is_object(rules)) s.blocks.push_back(paragraph(definition_sentence(*rules)));
    if (const auto e = child(*declared, "evaluation"); is_object(e)) evaluation_blocks(s, *e, child(*declared, "rules"), "declared ICP");
  } else {
    const auto reason = string_at(icp, "declared_reason");
    s.blocks.push_back(paragraph("No declared ICP: " + (reason && !reason->empty() ? *reason : "no reason given") + ".", true));
  }
  s.blocks.push_back(heading("ICP derived from the data"));
  if (const auto derived = child(icp, "derived"); is_object(derived)) {
    derived_blocks(s, *derived);
  } else {
    s.blocks.push_back(paragraph(reason_sentence(icp, "derived", "Derived ICP"), true));
  }
  if (const auto e = child(icp, "derived_evaluation"); is_object(e)) {
    const auto derived = child(icp, "derived");
    evaluation_blocks(s, *e, derived ? child(*derived, "rules") : std::nullopt, "derived ICP");
  }
  if (const auto o = child(icp, "overlap"); is_object(o)) {
    Facts f("Declared and derived ICP, customer by customer");
    f.add("Agreement (both or neither)", figure(*o, "agreement", percent), "of " + count_text(*o, "customers") + " customers");
    f.add("Fit both", count_cell(*o, "both"));
    f.add("Fit the declared only", count_cell(*o, "declared_only"));
    f.add("Fit the derived only", count_cell(*o, "derived_only"));
    f.add("Fit neither", count_cell(*o, "neither"));
    s.blocks.push_back(f.block());
  }
  s.blocks.push_back(heading("Fit score"));
  if (const auto scoring = child(icp, "scoring"); is_object(scoring)) {
    scoring_blocks(s, *scoring);
  } else {
    s.blocks.push_back(paragraph(reason_sentence(icp, "scoring", "Fit score"), true));
  }
  s.blocks.push_back(heading("What if"));
  if (const auto w = child(icp, "what_if"); is_object(w)) {
    what_if_block(ctx, s, *w);
  } else {
    s.blocks.push_back(paragraph(reason_sentence(icp, "what_if", "What-if"), true));
  }
  d.sections.push_back(std::move(s));
}

}  // namespace icp::report::doc
