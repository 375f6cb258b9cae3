// The report's drift and ICP sections as a reader sees them (Markdown and HTML): on the sample
// world's real report (a planted drift, the sample's declared ICP), every figure as the JSON holds
// it; and, on hand-written reports, a change too small to score, and sections given as null.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/session.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "sample/sample_generator.h"
#include "simdjson.h"

namespace icp::report {
namespace {

std::string sample_report() {
  engine::Session s;
  EXPECT_TRUE(s.set_icp(sample::planted::kDeclaredIcpJson, "icp.json").is_ok());
  for (const auto& f : sample::generate()) {
    EXPECT_TRUE(s.begin_file(f.name, f.role).is_ok());
    EXPECT_TRUE(s.feed(f.bytes).is_ok());
    EXPECT_TRUE(s.end_file().is_ok());
  }
  return s.report_json();
}

const std::string& sample_json() {
  static const std::string json = sample_report();
  return json;
}

std::string markdown(const std::string& json) {
  Result<std::string> md = render_markdown(json);
  EXPECT_TRUE(md.is_ok()) << md.status().message();
  return md.is_ok() ? *md : std::string();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The text of the section that starts with `heading` ("## Drift"), up to the next "## ".
std::string section(const std::string& md, const std::string& heading) {
  const size_t at = md.find("\n" + heading + "\n");
  if (at == std::string::npos) return "";
  const size_t end = md.find("\n## ", at + 1);
  return md.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

TEST(DriftIcpDocument, TheVerdictAndTheIcpComeFirstThenTheSales) {
  std::vector<std::string> titles;
  const std::string md = markdown(sample_json());
  for (size_t at = md.find("\n## "); at != std::string::npos; at = md.find("\n## ", at + 1)) {
    titles.push_back(md.substr(at + 4, md.find('\n', at + 1) - at - 4));
  }
  ASSERT_GE(titles.size(), 3u);
  EXPECT_EQ(titles[0], "Drift");
  EXPECT_EQ(titles[1], "ICP");
  EXPECT_EQ(titles[2], "Sales overall");
}

TEST(DriftIcpDocument, TheSampleVerdictIsTheReportsOwn) {
  simdjson::dom::parser parser;
  const simdjson::dom::element root = parser.parse(sample_json());
  const double score = root["drift"]["score"].get_double();
  const std::string_view severity = root["drift"]["severity"].get_string();
  const std::string_view onset = root["drift"]["onset_period"].get_string();
  ASSERT_EQ(severity, "high");  // the sample's planted drift

  const std::string drift = section(markdown(sample_json()), "## Drift");
  char score_text[32];
  std::snprintf(score_text, sizeof score_text, score == static_cast<int>(score) ? "%.0f / 100" : "%.1f / 100", score);
  EXPECT_TRUE(has(drift, std::string("| Drift score (0–100) | ") + score_text + " |")) << drift.substr(0, 600);
  EXPECT_TRUE(has(drift, "| Severity | High drift |"));
  EXPECT_TRUE(has(drift, "| Onset | " + std::string(onset) + " | p ")) << drift.substr(0, 900);
  EXPECT_FALSE(has(drift, "too small a change"));
  EXPECT_TRUE(has(drift, "**The drift score by component**"));
  EXPECT_TRUE(has(drift, "**Fit share of new deals by created quarter**"));
  EXPECT_TRUE(has(drift, "**The onset's tests**"));
  EXPECT_TRUE(has(drift, "### Drift types"));
  EXPECT_TRUE(has(drift, "### Mix shift"));
  EXPECT_TRUE(has(drift, "### Indicators"));
  EXPECT_TRUE(has(drift, "### Scorecard"));
  // One row per period of the report's fit share, each with its share and interval.
  size_t periods = 0;
  for (simdjson::dom::element p : root["drift"]["fit_share_by_period"].get_array()) {
    const std::string_view period = p["period"].get_string();
    EXPECT_TRUE(has(drift, "| " + std::string(period) + " | ")) << period;
    ++periods;
  }
  EXPECT_GT(periods, 8u);
  // Every detected drift type is marked.
  for (simdjson::dom::element t : root["drift"]["types"].get_array()) {
    const std::string_view type = t["type"].get_string();
    const bool detected = t["detected"].get_bool();
    EXPECT_TRUE(has(drift, "| " + std::string(type) + (detected ? " | **detected** |" : " | not detected |"))) << type;
  }
}

TEST(DriftIcpDocument, TheIcpSectionSaysTheRulesAndTheirQuality) {
  const std::string icp = section(markdown(sample_json()), "## ICP");
  ASSERT_FALSE(icp.empty());
  EXPECT_TRUE(has(icp, "### Declared ICP"));
  // The sample's declared ICP in words, and each of its rules with the customers satisfying it.
  EXPECT_TRUE(has(icp, "industry in Software, Financial Services")) << icp.substr(0, 800);
  EXPECT_TRUE(has(icp, "**How the customers and deals fit the declared ICP**"));
  EXPECT_TRUE(has(icp, "**Each rule of the declared ICP: customers satisfying it**"));
  EXPECT_TRUE(has(icp, "### ICP derived from the data"));
  EXPECT_TRUE(has(icp, "Derived ICP (defined on "));
  EXPECT_TRUE(has(icp, "| Precision (good among the flagged) | "));
  EXPECT_TRUE(has(icp, "| Lift (precision ÷ base rate) | "));
  EXPECT_TRUE(has(icp, "**Out-of-time validation: rules learned until "));
  EXPECT_TRUE(has(icp, "**Declared and derived ICP, customer by customer**"));
  EXPECT_TRUE(has(icp, "### Fit score"));
  EXPECT_TRUE(has(icp, "| customers | "));
  EXPECT_TRUE(has(icp, "**What if only ICP-fit deals had been pursued (declared ICP)**"));
  EXPECT_FALSE(has(icp, " (any)"));  // a between rule's bounds are read, not lost
}

TEST(DriftIcpDocument, TheHtmlPageHasTheSameSections) {
  Result<std::string> html = render_html(sample_json());
  ASSERT_TRUE(html.is_ok()) << html.status().message();
  EXPECT_TRUE(has(*html, "<a href=\"#drift\">Drift</a>"));
  EXPECT_TRUE(has(*html, "<a href=\"#icp\">ICP</a>"));
  EXPECT_TRUE(has(*html, "<caption>The drift score by component</caption>"));
  EXPECT_TRUE(has(*html, "<caption>What if only ICP-fit deals had been pursued (declared ICP)</caption>"));
}

// A report whose fit share moves significantly but by too little to score: the verdict says so.
constexpr std::string_view kSmallChange = R"json({
  "schema_version": "1.0.0",
  "drift": {
    "score": 4, "severity": "none", "onset_period": "2024-Q4", "onset_p_value": 0.0359, "dominant_types": [],
    "recommendation": "No drift found: the customers being won still match the ICP. Check again next quarter.",
    "components": [
      {"name": "fit_share", "points": 0, "max": 35, "why": "the ICP-fit share moves (p = 0.0359), but by 0.2 pts"},
      {"name": "leading_indicators", "points": 4, "max": 10, "why": "fewer new logos quarter after quarter"}
    ],
    "fit_basis": null, "fit_basis_reason": "no ICP: too few won deals",
    "fit_share_by_period": [{"period": "2024-Q3", "fit": 10, "total": 20, "unknown": 0, "share": 0.5, "ci": [0.3, 0.7]}],
    "onset": null, "onset_reason": "too few periods",
    "mix_shift": [], "types": [], "indicators": []
  },
  "icp": {
    "declared": null, "declared_reason": "no ICP file was given",
    "derived": null, "derived_reason": "too few won deals (n=3)",
    "derived_evaluation": null, "overlap": null, "scoring": null, "scoring_reason": "no good and bad customers",
    "what_if": null, "what_if_reason": "no ICP to measure fit against"
  }
})json";

TEST(DriftIcpDocument, ASignificantChangeTooSmallToScoreIsNotCalledAnOnsetOfDrift) {
  const std::string md = markdown(std::string(kSmallChange));
  EXPECT_TRUE(has(md, "| Severity | No drift |"));
  EXPECT_TRUE(has(md, "| Drift score (0–100) | 4 / 100 |"));
  EXPECT_TRUE(has(md, "The fit share changes from 2024-Q4 (p = 0.036), but too little to count as drift"));
  EXPECT_FALSE(has(md, "Since 2024-Q4"));
  EXPECT_TRUE(has(md, "| 2024-Q3 | 10 | 20 | 0 | 50.0% [30.0–70.0] |"));
}

TEST(DriftIcpDocument, SectionsGivenAsNullSayWhy) {
  const std::string md = markdown(std::string(kSmallChange));
  EXPECT_TRUE(has(md, "*Fit share not computed: no ICP: too few won deals.*"));
  EXPECT_TRUE(has(md, "*The onset's tests not computed: too few periods.*"));
  EXPECT_TRUE(has(md, "*No declared ICP: no ICP file was given.*"));
  EXPECT_TRUE(has(md, "*Derived ICP not computed: too few won deals (n=3).*"));
  EXPECT_TRUE(has(md, "*Fit score not computed: no good and bad customers.*"));
  EXPECT_TRUE(has(md, "*What-if not computed: no ICP to measure fit against.*"));
  const std::string null_drift = markdown(R"({"drift": null, "drift_reason": "no deals file was read"})");
  EXPECT_TRUE(has(null_drift, "## Drift\n\n*Drift not computed: no deals file was read.*")) << null_drift;
}

}  // namespace
}  // namespace icp::report
