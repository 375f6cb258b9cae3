#include "report/report_markdown.h"

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
  Result<std::string> md = render_markdown(json);
  EXPECT_TRUE(md.is_ok()) << md.status().message();
  return md.is_ok() ? *md : std::string();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

std::vector<std::string> headings(const std::string& md, const std::string& marker) {
  std::vector<std::string> out;
  for (const auto& line : lines_of(md)) {
    if (line.rfind(marker, 0) == 0) out.push_back(line.substr(marker.size()));
  }
  return out;
}

// Cell separators of a table line: '|' not escaped by a backslash.
size_t unescaped_pipes(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++n;
    }
  }
  return n;
}

TEST(ReportMarkdown, SectionsInOrderWithDataQualityLast) {
  const std::string md = render(full_report());
  EXPECT_EQ(md.rfind("# ICP drift report\n", 0), 0u);
  EXPECT_EQ(headings(md, "## "),
            (std::vector<std::string>{"Sales overall", "Sales by period", "Sales by segment", "Segment combinations",
                                      "Efficiency", "Revenue and retention", "Customer success", "Data quality"}));
  EXPECT_NE(md.find("Files read: Software.csv (deals, 1,290 rows); accounts.csv (accounts, 1,063 rows)."), std::string::npos);
  EXPECT_NE(md.find("Data as of 2026-09-30"), std::string::npos);
}

TEST(ReportMarkdown, HeadlineFiguresWithIntervalsAndN) {
  const std::string md = render(sales_report());
  EXPECT_NE(md.find("| Win rate (won ÷ closed) | 37.8% [33.8–41.9] | n = 1,208 closed |"), std::string::npos) << md;
  EXPECT_NE(md.find("| Deals | 1,290 | won 404 · lost 804 · open 82 |"), std::string::npos);
  EXPECT_NE(md.find("| Median sales cycle, won | 50 days [47–53] | n = 404 · quartiles 38–67 |"), std::string::npos);
  // Days as integers (52.5 rounds half away from zero), money with separators and the currency.
  EXPECT_NE(md.find("| Median sales cycle, lost | 53 days [49–55]"), std::string::npos);
  EXPECT_NE(md.find("| Median ACV (won deals) | USD 28,000 [26,000–31,200] |"), std::string::npos);
  EXPECT_NE(md.find("| Bookings (won amount) | USD 14,951,200 |"), std::string::npos);
  EXPECT_NE(md.find("| Mean ACV (won deals) | USD 37,008 |"), std::string::npos);
}

TEST(ReportMarkdown, NullFiguresRenderTheirReasonNeverZero) {
  const std::string md = render(sales_report());
  // The 2023-Q1 win rate is null: its reason, in italics, where the figure would be.
  EXPECT_NE(md.find("| 2023-Q1 | 63 | USD 2,163,400 | 14 | 21 | *insufficient data (n=35)* |"), std::string::npos) << md;
  EXPECT_NE(md.find("| Retail | 20 | 20 | *insufficient data (n=20)* | 0.310 | *insufficient data (n=2)* |"), std::string::npos);
  EXPECT_EQ(md.find("| 0.0%"), std::string::npos);
  // The q-value of a segment whose win rate differs is in bold.
  EXPECT_NE(md.find("| **0.014** |"), std::string::npos);
}

TEST(ReportMarkdown, AbsentSectionsAreLeftOutNullOnesGiveTheirReason) {
  const std::string sales_only = render(sales_report());
  for (const char* title : {"## Efficiency", "## Revenue", "## Customer success"}) {
    EXPECT_EQ(sales_only.find(title), std::string::npos) << title;
  }
  const std::string md = render(accounts_only_report());
  EXPECT_EQ(headings(md, "## "),
            (std::vector<std::string>{"Sales", "Efficiency", "Revenue and retention", "Customer success", "Data quality"}));
  EXPECT_NE(md.find("*Sales not computed: no deals file was given.*"), std::string::npos) << md;
  EXPECT_NE(md.find("*Efficiency not computed: no spend file was given.*"), std::string::npos);
  EXPECT_NE(md.find("*Revenue and retention not computed: no revenue file was given.*"), std::string::npos);
  EXPECT_NE(md.find("*Customer success not computed: neither a tickets file nor go-live or health columns.*"), std::string::npos);
  EXPECT_NE(md.find("Data as of: unknown (no file holds a date)."), std::string::npos);
  EXPECT_NE(md.find("fiscal year starting in April"), std::string::npos);
  EXPECT_EQ(md.find("## Sales overall"), std::string::npos);
}

TEST(ReportMarkdown, RevenueEfficiencyAndCustomerSuccess) {
  const std::string md = render(full_report());
  EXPECT_NE(md.find("| Net revenue retention, trailing 12 months | 105.3% | n = 220 customers |"), std::string::npos) << md;
  EXPECT_NE(md.find("| Logo churn, annualized | 13.8% [11.4–16.6] | n = 9,000 customer-months |"), std::string::npos);
  EXPECT_NE(md.find("| LTV | *revenue churn is 0 over the last 6 months* |"), std::string::npos);
  EXPECT_NE(md.find("| 2026-09 | USD 800,000 | USD 20,000 | USD 5,000 | USD 2,000 | USD 10,655 |"), std::string::npos);
  EXPECT_NE(md.find("| Cohort | Customers | Start MRR | NRR, 12 months | M0 | M1 | M2 | M3 |"), std::string::npos);
  EXPECT_NE(md.find("| 2024-Q1 | 30 | USD 60,000 | 102.0% | 100.0% | 98.0% | 97.0% | 101.0% |"), std::string::npos);
  EXPECT_NE(md.find("| CAC (spend ÷ new logos) | USD 3,247 |"), std::string::npos);
  EXPECT_NE(md.find("| 2026-Q3 | *no spend rows for the period* | 33 | *no spend rows for the period* |"), std::string::npos);
  EXPECT_NE(md.find("| Median days to go-live | 34 [30–39] | n = 300 |"), std::string::npos);
  EXPECT_NE(md.find("| 28 [25–…] |"), std::string::npos);
  EXPECT_NE(md.find("*Health scores not computed: no health score column.*"), std::string::npos);
  EXPECT_NE(md.find("| Tickets per account-month, first 90 days | 1.25 | n = 200 customers |"), std::string::npos);
}

TEST(ReportMarkdown, DataQualityListsEveryInputAndTheJoins) {
  const std::string md = render(sales_report());
  EXPECT_LT(md.find("## Customer success") == std::string::npos ? 0 : md.find("## Customer success"), md.find("## Data quality"));
  EXPECT_NE(md.find("### Software.csv"), std::string::npos);
  EXPECT_NE(md.find("| Rows read | 1,290 |"), std::string::npos);
  EXPECT_NE(md.find("| Rows rejected | 2 |"), std::string::npos);
  EXPECT_NE(md.find("| no stage or outcome | 2 | 7, 9 |"), std::string::npos);
  EXPECT_NE(md.find("| unreadable date in Close Date | 14 | 3, 4, 5, … |"), std::string::npos);
  EXPECT_NE(md.find("| deals | accounts | 1,290 | 1,100 | 100 | 90 | 93.0% | Software |"), std::string::npos) << md;
  EXPECT_NE(md.find("### accounts.csv"), std::string::npos);
}

TEST(ReportMarkdown, HostileNamesCannotBreakATableNorBecomeMarkup) {
  const std::string hostile = "<img src=x onerror=alert(1)> | # x [a](http://e) `c` *b* _u_ &amp; $5 | \n- y";
  const std::string md = render(full_report(hostile));
  ASSERT_FALSE(md.empty());
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    EXPECT_EQ(md[at - 1], '\\') << "markup: " << md.substr(at, 20);
  }
  for (size_t at = md.find("]("); at != std::string::npos; at = md.find("](", at + 1)) {
    EXPECT_EQ(md[at - 1], '\\') << "a link: " << md.substr(at - 10, 20);
  }
  EXPECT_NE(md.find("\\<img src=x onerror=alert(1)\\> \\| # x [a\\](http://e) \\`c\\` \\*b\\* \\_u\\_ \\&amp; \\$5 \\|  - y"),
            std::string::npos)
      << md;
  // Every row of every table has as many cells as its header.
  size_t expected = 0;
  for (const auto& line : lines_of(md)) {
    if (line.rfind("|", 0) != 0) {
      expected = 0;
      continue;
    }
    if (expected == 0) expected = unescaped_pipes(line);
    EXPECT_EQ(unescaped_pipes(line), expected) << line;
  }
  // A name that starts a line is not a heading, a list item or an ordered list.
  EXPECT_EQ(markdown_escape("# Title"), "\\# Title");
  EXPECT_EQ(markdown_escape("=== x"), "\\=== x");
  EXPECT_EQ(markdown_escape("- item"), "\\- item");
  EXPECT_EQ(markdown_escape("---"), "\\---");
  EXPECT_EQ(markdown_escape("1. first"), "1\\. first");
  EXPECT_EQ(markdown_escape("[x]: http://e"), "\\[x\\]: http://e");
  EXPECT_EQ(markdown_escape("a\nb\r\tc"), "a b  c");
  // Ordinary names and numbers stay readable.
  EXPECT_EQ(markdown_escape("employees_band"), "employees_band");
  EXPECT_EQ(markdown_escape("-12.5%"), "-12.5%");
  EXPECT_EQ(markdown_escape("0.014"), "0.014");
  EXPECT_EQ(markdown_escape("Smith & Sons"), "Smith & Sons");
}

TEST(ReportMarkdown, UnknownKeysIgnoredMissingOnesTolerated) {
  const std::string md = render(R"({"schema_version": "9.0.0", "future_section": {"x": [1, 2]},
                                    "sales": {"overall": {"deals": 3, "win_rate": "not a number", "novel": true}}})");
  EXPECT_NE(md.find("| Deals | 3 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| Win rate (won ÷ closed) | — |"), std::string::npos);
  EXPECT_NE(md.find("## Data quality"), std::string::npos);
  EXPECT_NE(md.find("No file was read."), std::string::npos);
  EXPECT_EQ(md.find("future"), std::string::npos);
  EXPECT_TRUE(render_markdown("{}").is_ok());
}

TEST(ReportMarkdown, TextThatIsNotAReportObjectIsAnError) {
  const Result<std::string> bad = render_markdown("{\"sales\": ");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::unreadable_input);
  EXPECT_NE(bad.status().message().find("not valid JSON"), std::string::npos);
  EXPECT_EQ(render_markdown("[1, 2]").status().code(), ErrorCode::unusable_input);
}

}  // namespace
}  // namespace icp::report
