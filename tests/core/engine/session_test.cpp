#include "engine/session.h"

#include <gtest/gtest.h>

#include <string>

#include "simdjson.h"
#include "util/civil_date.h"
#include "stats/wilson_interval.h"

namespace icp::engine {
namespace {

std::string us_date(int32_t days) {
  const CivilDate c = civil_from_days(days);
  return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

// 10 won deals (cycles 10..100 days, amounts 1,000..10,000), 10 lost, 5 open, plus rows that must be
// rejected or warned about, each on a known line.
std::string deals_csv() {
  std::string csv = "Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date\r\n";
  const int32_t start = days_from_civil(2024, 1, 15);
  int id = 1;
  for (int i = 0; i < 10; ++i, ++id) {
    csv += std::to_string(id) + ",\"Acme " + std::to_string(i) + ", Inc.\",Closed Won,\"USD " +
           std::to_string(i + 1) + ",000.00\"," + us_date(start + i) + "," + us_date(start + i + 10 * (i + 1)) + "\r\n";
  }
  for (int i = 0; i < 10; ++i, ++id) {
    csv += std::to_string(id) + ",Beta,Closed Lost,\"USD 500.00\"," + us_date(start) + "," + us_date(start + 5) + "\r\n";
  }
  for (int i = 0; i < 5; ++i, ++id) {
    csv += std::to_string(id) + ",Gamma,Negotiation/Review,,"+ us_date(start) + ",-\r\n";
  }
  csv += "\r\n";                                      // line 27: blank
  csv += "90,Delta,Closed Won,100\r\n";               // line 28: too few fields
  csv += "91,Delta,,100,1/2/2024,1/3/2024\r\n";       // line 29: no stage
  csv += "92,Delta,Prospecting,100,someday,-\r\n";    // line 30: created date unreadable (kept, open)
  return csv;
}

simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& json) {
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS) << json;
  return doc;
}

std::string analyze(const std::string& csv, size_t chunk) {
  Session s;
  EXPECT_TRUE(s.begin_file("deals.csv", "auto").is_ok());
  for (size_t i = 0; i < csv.size(); i += chunk) {
    const Status st = s.feed(std::string_view(csv).substr(i, chunk));
    EXPECT_TRUE(st.is_ok()) << st.message();
  }
  const Status end = s.end_file();
  EXPECT_TRUE(end.is_ok()) << end.message();
  return s.report_json();
}

}  // namespace

TEST(Session, ComputesSalesOverallFromADealsFile) {
  const std::string json = analyze(deals_csv(), 1 << 20);
  simdjson::dom::parser parser;
  const auto doc = parse(parser, json);
  EXPECT_EQ(std::string_view(doc["schema_version"]), "1.0.0");
  const auto overall = doc["sales"]["overall"];
  EXPECT_EQ(uint64_t(overall["deals"]), 26u);
  EXPECT_EQ(uint64_t(overall["won"]), 10u);
  EXPECT_EQ(uint64_t(overall["lost"]), 10u);
  EXPECT_EQ(uint64_t(overall["open"]), 6u);
  // n = 20: the Wilson half-width is over 0.15, so the rate itself is withheld.
  EXPECT_TRUE(overall["win_rate"].is_null());
  EXPECT_EQ(std::string_view(overall["win_rate_reason"]), "insufficient data (n=20)");
  const auto ci = overall["win_rate_ci"].get_array();
  const stats::Interval expected = stats::wilson_interval(10, 20);
  EXPECT_NEAR(double(ci.at(0)), expected.low, 1e-11);
  EXPECT_NEAR(double(ci.at(1)), expected.high, 1e-11);
  EXPECT_NEAR(double(overall["win_rate_inclusive"]), 10.0 / 26, 1e-11);
  EXPECT_DOUBLE_EQ(double(overall["median_cycle_days_won"]), 55.0);
  EXPECT_DOUBLE_EQ(double(overall["acv_median"]), 5500.0);
  EXPECT_DOUBLE_EQ(double(overall["bookings"]), 55000.0);
  EXPECT_EQ(std::string_view(overall["currency"]), "USD");

  const auto input = doc["inputs"].at(0);
  EXPECT_EQ(std::string_view(input["role"]), "deals");
  EXPECT_EQ(uint64_t(input["rows_read"]), 28u);  // data rows: the blank line is not one
  EXPECT_EQ(uint64_t(input["rows_used"]), 26u);
  EXPECT_EQ(uint64_t(input["rows_rejected"]), 2u);
  EXPECT_EQ(uint64_t(input["blank_lines"]), 1u);
  const auto reasons = input["rejected_by_reason"].get_array();
  EXPECT_EQ(std::string_view(reasons.at(0)["reason"]), "too few fields (expected 6)");
  EXPECT_EQ(uint64_t(reasons.at(0)["first_lines"].at(0)), 28u);
  EXPECT_EQ(std::string_view(reasons.at(1)["reason"]), "no stage or outcome");
  EXPECT_EQ(uint64_t(reasons.at(1)["first_lines"].at(0)), 29u);
  const auto warnings = input["warnings"].get_array();
  EXPECT_EQ(std::string_view(warnings.at(0)["reason"]), "created date is not a date");
  EXPECT_EQ(uint64_t(warnings.at(0)["first_lines"].at(0)), 30u);
  EXPECT_EQ(std::string_view(input["mapping"]["stage"]), "Stage");
  EXPECT_EQ(std::string_view(input["mapping"]["amount"]), "Amount");
}

TEST(Session, ReportIsTheSameWhateverTheChunkSize) {
  const std::string csv = deals_csv();
  const std::string whole = analyze(csv, csv.size());
  for (size_t chunk : {1u, 2u, 3u, 7u, 64u, 1000u}) {
    EXPECT_EQ(analyze(csv, chunk), whole) << "chunk " << chunk;
  }
}

TEST(Session, ErrorsAreValuesNamingTheFile) {
  Session s;
  EXPECT_FALSE(s.begin_file("x.csv", "tickets-of-doom").is_ok());
  ASSERT_TRUE(s.begin_file("notes.csv", "auto").is_ok());
  // The reader may hold the bytes back until it has chosen the delimiter, so the error comes from
  // feed or from end_file, whichever processes the header.
  Status end = s.feed("colour,shape\nred,round\n");
  if (end.is_ok()) end = s.end_file();
  EXPECT_EQ(end.code(), ErrorCode::unusable_input);
  EXPECT_NE(end.message().find("notes.csv"), std::string::npos) << end.message();
  EXPECT_NE(end.message().find("line 1"), std::string::npos) << end.message();
}

TEST(Session, EmptyFileIsAnError) {
  Session s;
  ASSERT_TRUE(s.begin_file("empty.csv", "deals").is_ok());
  const Status end = s.end_file();
  EXPECT_EQ(end.code(), ErrorCode::unusable_input);
  EXPECT_NE(end.message().find("empty.csv"), std::string::npos);
}

TEST(Session, WithoutDealsTheSalesSectionIsNullWithAReason) {
  Session s;
  ASSERT_TRUE(s.begin_file("accounts.csv", "auto").is_ok());
  ASSERT_TRUE(s.feed("Account ID,Account Name,Industry,Employees\n1,Acme,Software,120\n").is_ok());
  ASSERT_TRUE(s.end_file().is_ok());
  simdjson::dom::parser parser;
  const auto doc = parse(parser, s.report_json());
  EXPECT_TRUE(doc["sales"].is_null());
  EXPECT_EQ(std::string_view(doc["sales_reason"]), "no deals file was given");
  EXPECT_EQ(std::string_view(doc["inputs"].at(0)["role"]), "accounts");
}

}  // namespace icp::engine
