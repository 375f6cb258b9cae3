#include "report/report_html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report_fixture.h"

namespace icp::report {
namespace {

using testing::accounts_only_report;
using testing::full_report;
using testing::sales_report;

std::string render(const std::string& json) {
  Result<std::string> html = render_html(json);
  EXPECT_TRUE(html.is_ok()) << html.status().message();
  return html.is_ok() ? *html : std::string();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::vector<std::string> section_titles(const std::string& html) {
  std::vector<std::string> out;
  for (size_t at = html.find("<h2>"); at != std::string::npos; at = html.find("<h2>", at + 1)) {
    const size_t end = html.find("</h2>", at);
    out.push_back(html.substr(at + 4, end - at - 4));
  }
  return out;
}

TEST(ReportHtml, OneSelfContainedPage) {
  for (const std::string& json : {full_report(), sales_report(), accounts_only_report()}) {
    const std::string html = render(json);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
    for (const char* external : {"http://", "https://", "src=", "<script", "@import", "url(", "<link", "<img", "@font-face"}) {
      EXPECT_EQ(html.find(external), std::string::npos) << external;
    }
    EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
  }
}

TEST(ReportHtml, SectionsInOrderEveryTableWithACaption) {
  const std::string html = render(full_report());
  EXPECT_EQ(section_titles(html),
            (std::vector<std::string>{"Sales overall", "Sales by period", "Sales by segment", "Segment combinations",
                                      "Efficiency", "Revenue and retention", "Customer success", "Data quality"}));
  EXPECT_GT(count(html, "<table>"), 15u);
  EXPECT_EQ(count(html, "<table>"), count(html, "<caption>"));
  EXPECT_EQ(count(html, "<table>"), count(html, "</table>"));
  EXPECT_NE(html.find("<title>ICP drift report, data as of 2026-09-30</title>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#data-quality\">Data quality</a>"), std::string::npos);
}

TEST(ReportHtml, FiguresForPeopleWithBarsFromTheNumbers) {
  const std::string html = render(sales_report());
  // The win rate of the overall figures: a bar of its width, its interval as a whisker, the text.
  EXPECT_NE(html.find("<span class=\"fill\" style=\"width:37.8%\"></span><span class=\"ci\" style=\"left:33.8%;width:8.1%\"></span>"
                      "</span>37.8% [33.8–41.9]</td>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<td class=\"num\">$28,000 [26,000–31,200]</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">1,290</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\"><strong>0.014</strong></td>"), std::string::npos);
}

TEST(ReportHtml, NullFiguresAndSectionsRenderTheirReason) {
  const std::string html = render(sales_report());
  EXPECT_NE(html.find("<td class=\"num reason\">insufficient data (n=35)</td>"), std::string::npos);
  EXPECT_EQ(html.find(">0.0%"), std::string::npos);
  EXPECT_EQ(html.find("Efficiency"), std::string::npos);  // absent from this report: left out
  const std::string none = render(accounts_only_report());
  EXPECT_EQ(section_titles(none),
            (std::vector<std::string>{"Sales", "Efficiency", "Revenue and retention", "Customer success", "Data quality"}));
  EXPECT_NE(none.find("<p class=\"reason\">Sales not computed: no deals file was given.</p>"), std::string::npos);
  EXPECT_NE(none.find("<p class=\"reason\">Revenue and retention not computed: no revenue file was given.</p>"), std::string::npos);
  const std::string full = render(full_report());
  EXPECT_NE(full.find("<p class=\"reason\">Health scores not computed: no health score column.</p>"), std::string::npos);
  EXPECT_NE(full.find("<td class=\"num reason\">revenue churn is 0 over the last 6 months</td>"), std::string::npos);
}

TEST(ReportHtml, EveryValueFromTheFilesIsEscaped) {
  const std::string hostile = "<img src=x onerror=alert(1)> \"q\" 'a' & <script>alert(2)</script>";
  const std::string escaped =
      "&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &#39;a&#39; &amp; &lt;script&gt;alert(2)&lt;/script&gt;";
  const std::string html = render(full_report(hostile));
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find(hostile), std::string::npos);
  // As a segment, a stage, a mapped column, an unmatched account, a channel, a file name, a note.
  EXPECT_GE(count(html, escaped), 10u) << html;
  EXPECT_NE(html.find("<h3>" + escaped + ".csv</h3>"), std::string::npos);
  EXPECT_EQ(html_escape("a\nb\x01"), "a b ");
  EXPECT_EQ(html_escape("Zürich & <Co> \"x\" 'y'"), "Zürich &amp; &lt;Co&gt; &quot;x&quot; &#39;y&#39;");
}

TEST(ReportHtml, UnknownKeysIgnoredMissingOnesTolerated) {
  const std::string html = render(R"({"sales": {"overall": {"deals": 3}, "by_period": [{"won": 1}]}, "extra": 1})");
  EXPECT_NE(html.find("<td class=\"num\">3</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"missing\">—</td>"), std::string::npos);  // the period without a label
  EXPECT_FALSE(render_html("not json").is_ok());
  EXPECT_FALSE(render_html("\"a string\"").is_ok());
}

}  // namespace
}  // namespace icp::report
