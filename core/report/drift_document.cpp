#include "report/drift_document.h"

namespace icp::report::doc {

using namespace parts;  // NOLINT(google-build-using-namespace): the document's own parts

namespace {

std::string severity_label(const std::string& severity) {
  if (severity == "none") return "No drift";
  if (severity.empty()) return "Drift";
  return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(severity[0])))) + severity.substr(1) + " drift";
}

// "88.5", "4": points without a needless ".0".
std::string points(double v) { return v == std::round(v) ? integer(v) : fixed(v, 1); }

std::string yes_no_evaluated(const element& obj) {
  if (bool_at(obj, "evaluated") == false) return "not evaluated";
  return bool_at(obj, "detected").value_or(false) ? "detected" : "not detected";
}

// The fit-share component scored no point: the share moves, but by less than counts.
bool fit_share_change_too_small(const element& drift) {
  for (const element& c : array_at(drift, "components")) {
    if (string_at(c, "name") == "fit_share") return number_at(c, "points") == 0.0;
  }
  return false;
}

Block verdict_block(const element& drift) {
  Facts f("The verdict");
  const std::string severity = string_at(drift, "severity").value_or("");
  f.add("Drift score (0–100)", figure(drift, "score", [](double v) { return points(v) + " / 100"; }));
  f.add("Severity", severity.empty() ? missing_cell() : text_cell(severity_label(severity)));
  if (const auto p = child(drift, "onset_period")) {
    f.add("Onset", string_at(drift, "onset_period") ? text_cell(*string_at(drift, "onset_period"))
                                                    : figure(drift, "onset_period", integer),
          (number_at(drift, "onset_p_value") ? p_is(*number_at(drift, "onset_p_value")) : "") +
              (fit_share_change_too_small(drift) ? " · too small a change to count as drift" : ""));
  }
  const std::vector<std::string> types = strings_at(drift, "dominant_types");
  f.add("Dominant drift types", types.empty() ? text_cell("none") : text_cell(join(types, ", ")));
  return f.block();
}

Block components_block(const element& drift) {
  Table t;
  t.caption = "The drift score by component";
  t.columns = {{"Component", false}, {"Points", true}, {"Max", true}, {"Why", false}};
  for (const element& c : array_at(drift, "components")) {
    t.rows.push_back({name_cell(c, "name"), figure(c, "points", points), count_cell(c, "max"),
                      text_cell(string_at(c, "why").value_or(""))});
  }
  return table_block(std::move(t));
}

void fit_share_table(Section& s, const element& drift, std::string_view key, const std::string& caption,
                     const std::string& unit) {
  const auto v = child(drift, key);
  if (!v) return;
  if (v->is_null()) {
    s.blocks.push_back(paragraph(reason_sentence(drift, key, caption), true));
    return;
  }
  Table t;
  t.caption = caption;
  t.columns = {{"Period", false}, {"Fit", true}, {unit, true}, {"Unknown", true}, {"Fit share [95% CI]", true}};
  for (const element& p : elements(v)) {
    t.rows.push_back({name_cell(p, "period"), count_cell(p, "fit"), count_cell(p, "total"), count_cell(p, "unknown"),
                      rate_cell(p, "share", "ci")});
  }
  if (t.rows.empty()) {
    s.blocks.push_back(paragraph(caption + ": no period has a fit share.", true));
    return;
  }
  s.blocks.push_back(table_block(std::move(t)));
}

Block onset_tests_block(const element& onset) {
  Facts f("The onset's tests", "Test");
  if (const auto trend = child(onset, "trend"); is_object(trend)) {
    f.add("Trend (" + string_at(*trend, "test").value_or("trend test") + ")", figure(*trend, "p_value", p_value),
          number_at(*trend, "chi_square") ? "χ² = " + fixed(*number_at(*trend, "chi_square"), 3) : "");
  }
  if (const auto hinge = child(onset, "hinge"); is_object(hinge)) {
    std::vector<std::string> basis;
    if (auto p = string_at(*hinge, "onset_period")) basis.push_back("slide from " + *p);
    if (auto a = number_at(*hinge, "stable_share")) basis.push_back("stable share " + percent(*a));
    if (auto b = number_at(*hinge, "slope_per_quarter")) basis.push_back(fixed(*b * 100, 2) + " pts a quarter after it");
    if (auto r = number_at(*hinge, "replicates")) basis.push_back(integer(*r) + " bootstrap replicates");
    f.add("Gradual slide (hinge model, likelihood ratio)", figure(*hinge, "p_value", p_value), join(basis, " · "));
  }
  if (const auto step = child(onset, "step"); is_object(step)) {
    std::vector<std::string> basis;
    if (auto p = string_at(*step, "change_period")) basis.push_back("step at " + *p);
    const auto before = number_at(*step, "rate_before"), after = number_at(*step, "rate_after");
    if (before && after) basis.push_back(percent(*before) + " → " + percent(*after));
    if (auto r = number_at(*step, "replicates")) basis.push_back(integer(*r) + " bootstrap replicates");
    f.add("Sudden step (at most one change)", figure(*step, "p_value", p_value), join(basis, " · "));
  }
  const std::vector<std::string> changes = strings_at(onset, "change_periods");
  if (child(onset, "change_periods")) {
    f.add("Changes (PELT)", text_cell(changes.empty() ? "none" : join(changes, ", ")));
  }
  if (child(onset, "recent_change_probability")) {
    f.add("Regime changed in the last two periods (BOCPD)", figure(onset, "recent_change_probability", percent));
  }
  return f.block();
}

Block types_block(const element& drift) {
  Table t;
  t.caption = "Drift types";
  t.columns = {{"Type", false}, {"Status", false}, {"Size", true}, {"q", true}, {"Evidence", false}};
  for (const element& x : array_at(drift, "types")) {
    const bool evaluated = bool_at(x, "evaluated").value_or(true);
    Cell status = text_cell(yes_no_evaluated(x));
    status.strong = bool_at(x, "detected").value_or(false);
    t.rows.push_back({name_cell(x, "type"), status,
                      evaluated ? figure(x, "size", [](double v) { return fixed(v, 3); }) : missing_cell(),
                      evaluated ? figure(x, "q_value", p_value) : missing_cell(),
                      evaluated ? text_cell(string_at(x, "evidence").value_or("")) : reason_cell(string_at(x, "reason").value_or(""))});
  }
  return table_block(std::move(t));
}

Block mix_shift_block(const element& drift) {
  Table t;
  t.caption = "Mix shift, baseline → recent window (q: Benjamini-Hochberg across dimensions)";
  t.columns = {{"Dimension", false}, {"Test", false}, {"Baseline n", true}, {"Recent n", true}, {"p", true},
               {"q", true}, {"Change", false}, {"Shifted", false}};
  for (const element& m : array_at(drift, "mix_shift")) {
    std::string change;
    if (string_at(m, "kind") == "numeric") {
      const auto b = number_at(m, "baseline_median"), r = number_at(m, "recent_median");
      if (b && r) change = "median " + Money::plain(*b) + " → " + Money::plain(*r);
    } else if (auto gain = string_at(m, "largest_gain")) {
      change = "largest gain: " + *gain;
      if (auto g = number_at(m, "largest_gain_share")) change += " (+" + fixed(*g * 100, 1) + " pts)";
    }
    Cell shifted = text_cell(bool_at(m, "shifted").value_or(false) ? "yes" : "no");
    shifted.strong = bool_at(m, "shifted").value_or(false);
    t.rows.push_back({name_cell(m, "dimension"), text_cell(string_at(m, "test").value_or("")), count_cell(m, "baseline_n"),
                      count_cell(m, "recent_n"), figure(m, "p_value", p_value), figure(m, "q_value", p_value),
                      text_cell(change), shifted});
  }
  return table_block(std::move(t));
}

Block indicators_block(const element& drift) {
  Table t;
  t.caption = "Leading and lagging indicators";
  t.columns = {{"Indicator", false}, {"Kind", false}, {"Test", false}, {"p", true}, {"Status", false}};
  for (const element& i : array_at(drift, "indicators")) {
    Cell status = text_cell(yes_no_evaluated(i));
    status.strong = bool_at(i, "detected").value_or(false);
    t.rows.push_back({text_cell(string_at(i, "what").value_or(name_of(i, "id"))), name_cell(i, "kind"),
                      text_cell(string_at(i, "test").value_or("")), figure(i, "p_value", p_value), status});
  }
  return table_block(std::move(t));
}

void scorecard_blocks(Section& s, const element& scorecard) {
  std::vector<std::string> counts;
  if (auto n = number_at(scorecard, "detected")) counts.push_back(integer(*n) + " detected");
  if (auto n = number_at(scorecard, "evaluated")) counts.push_back("of " + integer(*n) + " symptoms read from the data");
  if (auto n = number_at(scorecard, "questions")) {
    counts.push_back(integer(number_at(scorecard, "answered").value_or(0)) + " of " + integer(*n) + " questions answered (" +
                     integer(number_at(scorecard, "answered_yes").value_or(0)) + " yes)");
  }
  if (!counts.empty()) s.blocks.push_back(paragraph("Scorecard: " + join(counts, ", ") + "."));
  Table t;
  t.caption = "The scorecard";
  t.columns = {{"Function", false}, {"Symptom", false}, {"Status", false}, {"Evidence", false}};
  for (const element& item : array_at(scorecard, "items")) {
    std::string status = string_at(item, "status").value_or("");
    for (char& c : status) c = c == '_' ? ' ' : c;
    Cell cell = text_cell(status);
    cell.strong = status == "detected" || status == "yes";
    t.rows.push_back({name_cell(item, "function"), text_cell(string_at(item, "symptom").value_or("")), cell,
                      text_cell(string_at(item, "evidence").value_or(""))});
  }
  if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
}

}  // namespace

std::string onset_sentence(const element& drift) {
  const auto onset = string_at(drift, "onset_period");
  if (!onset) return "No onset: " + string_at(drift, "onset_period_reason").value_or("no reason given") + ".";
  const auto p = number_at(drift, "onset_p_value");
  const std::string p_text = p ? " (" + p_is(*p) + ")" : "";
  if (fit_share_change_too_small(drift)) {
    return "The fit share changes from " + *onset + p_text + ", but too little to count as drift (the fit share component).";
  }
  return "Since " + *onset + p_text + ".";
}

void build_drift(const Context& /*ctx*/, const element& drift, Document& d) {
  Section s{"drift", "Drift", {}};
  s.blocks.push_back(verdict_block(drift));
  // The verdict's onset row says when; a change too small to count is worth its sentence too.
  if (string_at(drift, "onset_period") && fit_share_change_too_small(drift)) s.blocks.push_back(paragraph(onset_sentence(drift)));
  if (auto r = string_at(drift, "recommendation")) s.blocks.push_back(paragraph(*r));
  if (const auto w = child(drift, "windows"); is_object(w)) {
    s.blocks.push_back(paragraph("Windows compared: baseline " + name_of(*w, "baseline") + ", recent " + name_of(*w, "recent") +
                                 (string_at(*w, "unit") ? " (" + *string_at(*w, "unit") + ")." : ".")));
  } else if (null_at(drift, "windows")) {
    s.blocks.push_back(paragraph(reason_sentence(drift, "windows", "Baseline and recent windows"), true));
  }
  if (!array_at(drift, "components").empty()) s.blocks.push_back(components_block(drift));

  s.blocks.push_back(heading("Fit share over time"));
  if (auto basis = string_at(drift, "fit_basis")) {
    s.blocks.push_back(paragraph(*basis == "declared" ? "Fit measured against the declared ICP."
                                 : *basis == "derived" ? "Fit measured against the ICP derived from the data."
                                                       : "Fit basis: " + *basis + "."));
  } else if (null_at(drift, "fit_basis")) {
    s.blocks.push_back(paragraph(reason_sentence(drift, "fit_basis", "Fit share"), true));
  }
  fit_share_table(s, drift, "fit_share_by_period", "Fit share of new deals by created quarter", "New deals");
  fit_share_table(s, drift, "fit_share_of_new_customers", "Fit share of new customers by first won quarter", "New customers");
  fit_share_table(s, drift, "fit_share_by_period_derived", "Fit share of new deals against the derived ICP", "New deals");
  if (const auto onset = child(drift, "onset"); is_object(onset)) {
    s.blocks.push_back(onset_tests_block(*onset));
  } else if (null_at(drift, "onset")) {
    s.blocks.push_back(paragraph(reason_sentence(drift, "onset", "The onset's tests"), true));
  }

  if (!array_at(drift, "types").empty()) {
    s.blocks.push_back(heading("Drift types"));
    s.blocks.push_back(types_block(drift));
  }
  if (!array_at(drift, "mix_shift").empty()) {
    s.blocks.push_back(heading("Mix shift"));
    s.blocks.push_back(mix_shift_block(drift));
  } else if (null_at(drift, "mix_shift")) {
    s.blocks.push_back(paragraph(reason_sentence(drift, "mix_shift", "Mix shift"), true));
  }
  if (!array_at(drift, "indicators").empty()) {
    s.blocks.push_back(heading("Indicators"));
    s.blocks.push_back(indicators_block(drift));
  }
  if (const auto sc = child(drift, "scorecard"); is_object(sc)) {
    s.blocks.push_back(heading("Scorecard"));
    scorecard_blocks(s, *sc);
  }
  d.sections.push_back(std::move(s));
}

}  // namespace icp::report::doc
