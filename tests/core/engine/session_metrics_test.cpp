// The whole metrics engine through the session on the built-in sample world (every role), and the
// edge cases of issue "Metrics engine": a single deal, deals without close dates, no revenue.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

#include "engine/session.h"
#include "sample/sample_generator.h"
#include "simdjson.h"

namespace icp::engine {
namespace {

std::string analyze_sample(const std::string& settings = "") {
  Session s;
  if (!settings.empty()) EXPECT_TRUE(s.set_settings(settings, "settings.json").is_ok());
  for (const auto& f : sample::generate()) {
    EXPECT_TRUE(s.begin_file(f.name, f.role).is_ok());
    EXPECT_TRUE(s.feed(f.bytes).is_ok());
    const Status end = s.end_file();
    EXPECT_TRUE(end.is_ok()) << end.message();
  }
  return s.report_json();
}

std::string analyze_csv(const std::string& name, const std::string& csv) {
  Session s;
  EXPECT_TRUE(s.begin_file(name, "auto").is_ok());
  EXPECT_TRUE(s.feed(csv).is_ok());
  const Status end = s.end_file();
  EXPECT_TRUE(end.is_ok()) << end.message();
  return s.report_json();
}

TEST(SessionMetrics, TheSampleWorldFillsEverySection) {
  const std::string json = analyze_sample();
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_EQ(parser.parse(json).get(r), simdjson::SUCCESS);
  for (const char* section : {"sales", "efficiency", "revenue", "customer_success"}) {
    EXPECT_FALSE(r[section].is_null()) << section;
  }
  EXPECT_EQ(std::string_view(r["settings"]["as_of_day"]), "2026-09-30");
  // Every join matched, and each planted dimension is there.
  for (auto j : r["joins"].get_array()) EXPECT_DOUBLE_EQ(double(j["match_rate"]), 1.0);
  std::map<std::string, bool> dims;
  for (auto d : r["sales"]["dimensions"].get_array()) dims[std::string(std::string_view(d["name"]))] = true;
  for (const char* d : {"industry", "employees_band", "country", "product", "lead_source", "owner", "acv_band"}) {
    EXPECT_TRUE(dims[d]) << d;
  }
  // The planted win rates: ICP industries above the drift industries, each inside its own interval.
  std::map<std::string, double> win;
  for (auto seg : r["sales"]["by_dimension"]["industry"].get_array()) {
    if (!seg["win_rate"].is_null()) win[std::string(std::string_view(seg["segment"]))] = double(seg["win_rate"]);
  }
  EXPECT_GT(win["Software"], win["Healthcare"]);
  EXPECT_GT(win["Financial Services"], win["Manufacturing"]);
  // Revenue: NRR and GRR ordered as defined (GRR caps each account at its starting MRR).
  const double nrr = double(r["revenue"]["nrr_trailing_12m"]);
  const double grr = double(r["revenue"]["grr_trailing_12m"]);
  EXPECT_LE(grr, nrr);
  EXPECT_GT(grr, 0.5);
  EXPECT_LT(grr, 1.0);
  // Logo churn annualised as 1 - (1 - m)^12, never 12 m.
  const double m = double(r["revenue"]["logo_churn_monthly"]);
  EXPECT_NEAR(double(r["revenue"]["logo_churn_annualized"]), 1 - std::pow(1 - m, 12), 1e-9);
  EXPECT_FALSE(r["efficiency"]["cac_overall"].is_null());
  EXPECT_FALSE(r["customer_success"]["time_to_value"]["median_days"].is_null());
}

TEST(SessionMetrics, SameInputSameBytes) { EXPECT_EQ(analyze_sample(), analyze_sample()); }

TEST(SessionMetrics, SettingsChangeThePeriods) {
  const std::string json = analyze_sample(R"({"period": "year", "fiscal_year_start_month": 7})");
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_EQ(parser.parse(json).get(r), simdjson::SUCCESS);
  EXPECT_EQ(std::string_view(r["sales"]["period"]), "year");
  EXPECT_EQ(std::string_view(r["sales"]["by_period"].at(0)["period"]), "FY2023");
}

TEST(SessionMetrics, ASingleDealGivesReasonsNotNumbers) {
  const std::string json = analyze_csv("deals.csv",
                                       "Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date\n"
                                       "1,Acme,Closed Won,USD 1000.00,2024-01-02,2024-02-01\n");
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_EQ(parser.parse(json).get(r), simdjson::SUCCESS);
  EXPECT_TRUE(r["sales"]["overall"]["win_rate"].is_null());
  EXPECT_EQ(std::string_view(r["sales"]["overall"]["win_rate_reason"]), "insufficient data (n=1)");
  EXPECT_EQ(uint64_t(r["sales"]["overall"]["new_logos"]), 1u);
  EXPECT_TRUE(r["revenue"].is_null());
  EXPECT_EQ(std::string_view(r["revenue_reason"]).substr(0, 23), "no revenue file was giv");
  EXPECT_TRUE(r["efficiency"].is_null());
  EXPECT_TRUE(r["customer_success"].is_null());
}

TEST(SessionMetrics, DealsWithoutCloseDatesAreCountedOutsideThePeriods) {
  const std::string json = analyze_csv("deals.csv",
                                       "Opportunity ID,Account Name,Stage,Created Date,Close Date\n"
                                       "1,Acme,Closed Won,2024-01-02,\n"
                                       "2,Beta,Closed Lost,2024-01-05,2024-03-01\n"
                                       "3,Gamma,Prospecting,2024-02-05,\n");
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_EQ(parser.parse(json).get(r), simdjson::SUCCESS);
  EXPECT_EQ(uint64_t(r["sales"]["not_in_any_period"]["closed_without_close_date"]), 1u);
  uint64_t created = 0, closed = 0;
  for (auto p : r["sales"]["by_period"].get_array()) {
    created += uint64_t(p["created"]);
    closed += uint64_t(p["closed"]);
  }
  EXPECT_EQ(created, 3u);
  EXPECT_EQ(closed, 1u);
}

}  // namespace
}  // namespace icp::engine
