#include "report/customer_success_json.h"

#include <gtest/gtest.h>

#include <string>

#include "util/civil_date.h"

namespace icp::report {
namespace {

using metrics::Figure;

std::string write(const metrics::CustomerSuccess& cs) {
  JsonWriter w;
  write_customer_success(w, cs);
  return w.finish();
}

TEST(CustomerSuccessJson, NullSectionsWithReasons) {
  metrics::CustomerSuccess cs;
  cs.as_of_day = days_from_civil(2026, 9, 30);
  cs.customers = 3;
  cs.tickets = Figure<metrics::TicketRates>::none("no tickets file was given, or none of its rows was used");
  cs.time_to_value = Figure<metrics::TimeToValue>::none("no go-live dates in the accounts file");
  cs.health = Figure<metrics::HealthScores>::none("no health scores in the accounts file");
  EXPECT_EQ(write(cs),
            "{\n"
            "  \"as_of\": \"2026-09-30\",\n"
            "  \"customers\": 3,\n"
            "  \"tickets\": null,\n"
            "  \"tickets_reason\": \"no tickets file was given, or none of its rows was used\",\n"
            "  \"time_to_value\": null,\n"
            "  \"time_to_value_reason\": \"no go-live dates in the accounts file\",\n"
            "  \"health\": null,\n"
            "  \"health_reason\": \"no health scores in the accounts file\"\n"
            "}\n");
}

TEST(CustomerSuccessJson, TicketsTimeToValueAndHealth) {
  metrics::CustomerSuccess cs;
  cs.as_of_day = table::kNoDate;
  metrics::TicketRates t;
  t.tickets = 11;
  t.without_customer = 1;
  t.before_start = 2;
  t.overall.customers = 8;
  t.overall.tickets = 6;
  t.overall.account_months = 48;
  t.overall.per_account_month = Figure<double>::of(0.125);
  t.overall.per_account_month_first_90d = Figure<double>::none("insufficient data (n=2)");
  metrics::TicketSegmentRate seg{"Software", {}};
  seg.rate.customers = 5;
  seg.rate.per_account_month = Figure<double>::none("insufficient data (n=5)");
  seg.rate.per_account_month_first_90d = Figure<double>::none("insufficient data (n=5)");
  t.by_dimension.push_back({"industry", {seg}});
  t.by_cohort.push_back({"2024-Q1", seg.rate});
  cs.tickets = Figure<metrics::TicketRates>::of(t);

  metrics::TimeToValue v;
  v.overall.n = 21;
  v.overall.events = 9;
  v.overall.censored = 12;
  v.overall.median_days = Figure<double>::of(23);
  v.overall.median_low = 16;
  v.go_live_before_close = 1;
  stats::SurvivalStep s;
  s.time = 6;
  s.at_risk = 21;
  s.events = 3;
  s.censored = 1;
  s.survival = 18.0 / 21;
  v.curve.push_back(s);
  metrics::TtvGroup b;
  b.segment = "B";
  b.n = 10;
  b.events = 2;
  b.median_days = Figure<double>::none("insufficient data (n=10, events=2)");
  v.by_dimension.push_back({"lead_source", {b}});
  cs.time_to_value = Figure<metrics::TimeToValue>::of(v);

  metrics::HealthScores h;
  h.overall.n = 6;
  h.overall.mean = Figure<double>::of(75);
  stats::MedianSummary m;
  m.n = 6;
  m.median = 75;
  m.q1 = 62.5;
  m.q3 = 87.5;
  m.ci = stats::Interval{50, 100};
  m.ci_coverage = 0.96875;
  h.overall.median = Figure<stats::MedianSummary>::of(m);
  metrics::HealthGroup bob;
  bob.segment = "Bob";
  bob.n = 3;
  bob.mean = Figure<double>::none("insufficient data (n=3)");
  bob.median = Figure<stats::MedianSummary>::none("insufficient data (n=3)");
  h.by_dimension.push_back({"owner", {bob}});
  cs.health = Figure<metrics::HealthScores>::of(h);

  const std::string json = write(cs);
  EXPECT_NE(json.find("\"as_of\": null,\n  \"as_of_reason\": \"no file holds a date\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"tickets\": 11,\n    \"without_customer\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"before_start\": 2"), std::string::npos);
  EXPECT_NE(json.find("\"per_account_month\": 0.125"), std::string::npos);
  EXPECT_NE(json.find("\"per_account_month_first_90d\": null,\n    \"per_account_month_first_90d_reason\": "
                      "\"insufficient data (n=2)\""),
            std::string::npos);
  EXPECT_NE(json.find("\"by_dimension\": {\n      \"industry\": [\n        {\n          \"segment\": \"Software\""),
            std::string::npos);
  EXPECT_NE(json.find("\"cohort\": \"2024-Q1\""), std::string::npos);
  // The median's interval with an open upper end.
  EXPECT_NE(json.find("\"median_days\": 23,\n    \"median_days_ci\": [\n      16,\n      null\n    ],\n    "
                      "\"median_days_ci_reason\": \"the upper confidence band never falls to 0.5: the interval "
                      "has no upper end\""),
            std::string::npos);
  EXPECT_NE(json.find("\"day\": 6,\n        \"survival\": 0.857142857143,\n        \"at_risk\": 21"),
            std::string::npos);
  EXPECT_NE(json.find("\"median_days\": null,\n          \"median_days_reason\": \"insufficient data (n=10, "
                      "events=2)\",\n          \"median_days_ci\": null"),
            std::string::npos);
  EXPECT_NE(json.find("\"median\": 75,\n    \"q1\": 62.5,\n    \"q3\": 87.5,\n    \"median_ci\": [\n      50,\n      "
                      "100\n    ],\n    \"median_ci_coverage\": 0.9688"),
            std::string::npos);
  EXPECT_NE(json.find("\"mean\": null,\n          \"mean_reason\": \"insufficient data (n=3)\""), std::string::npos);
  EXPECT_EQ(json, write(cs));
}

}  // namespace
}  // namespace icp::report
