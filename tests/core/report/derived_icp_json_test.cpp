#include "report/derived_icp_json.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "metrics/analysis_input.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "metrics/mrr_matrix.h"
#include "metrics/segments.h"
#include "util/civil_date.h"

namespace icp::report {
namespace {

using ideal::DerivedIcp;
using metrics::Figure;

DerivedIcp hand_made() {
  DerivedIcp d;
  d.outcome = ideal::GoodDefinition::won_and_retained;
  d.deals = {120, 480, 40};
  d.customers = {100, 300, 30};
  d.decided = 590;
  d.after_horizon = 10;
  d.horizon_end = days_from_civil(2025, 9, 30);
  d.attributes = {"industry", "employees"};
  ideal::IcpDefinition icp;
  icp.name = "Derived ICP";
  icp.defined_on = days_from_civil(2025, 10, 15);
  ideal::Rule industry;
  industry.field = "industry";
  industry.op = ideal::RuleOp::in;
  industry.values = {"Software", "Financial Services"};
  ideal::Rule employees;
  employees.field = "employees";
  employees.op = ideal::RuleOp::between;
  employees.min = 51;
  employees.max = 500;
  icp.rules = {industry, employees};
  d.rules = icp;
  ideal::RuleFigures& f = d.in_sample;
  f.n = 590;
  f.good = 118;
  f.flagged = 150;
  f.flagged_good = 90;
  f.base_rate = Figure<double>::of(0.2);
  f.coverage = Figure<double>::of(0.254237);
  f.coverage_ci = stats::Interval{0.220821, 0.290774};
  f.precision = Figure<double>::of(0.6);
  f.precision_ci = stats::Interval{0.520073, 0.675141};
  f.recall = Figure<double>::of(0.762712);
  f.recall_ci = stats::Interval{0.677847, 0.830545};
  f.lift = Figure<double>::of(3);
  f.lift_ci = stats::Interval{2.38, 3.61};
  ideal::IcpValidation& v = d.validation;
  v.done = true;
  v.train_until = days_from_civil(2024, 9, 30);
  v.test_periods = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"};
  v.train_n = 450;
  v.train_good = 90;
  v.rules = icp;
  v.rules->defined_on = v.train_until;
  v.test.n = 140;
  v.test.good = 28;
  v.test.flagged = 20;
  v.test.flagged_good = 10;
  v.test.base_rate = Figure<double>::of(0.2);
  v.test.coverage = Figure<double>::of(0.142857);
  v.test.coverage_ci = stats::Interval{0.0945, 0.2102};
  v.test.precision = Figure<double>::none("insufficient data (n=20)");
  v.test.recall = Figure<double>::none("insufficient data (n=28)");
  v.test.lift = Figure<double>::none("insufficient data (n=20)");
  v.meets_qualification_bar = std::nullopt;
  d.candidates = 420;
  d.gate_z = 3.84526;
  d.notes = {"10 decided deals after 2025-Q3 left out: most won deals of those quarters are not decided yet"};
  return d;
}

TEST(DerivedIcpJson, WritesEveryKeyInOrder) {
  JsonWriter w;
  write_derived_icp(w, hand_made());
  const std::string expected = R"json({
  "outcome": "won_and_retained",
  "unit": "deals",
  "good": 120,
  "bad": 480,
  "undecided": 40,
  "customers": {
    "good": 100,
    "bad": 300,
    "undecided": 30
  },
  "n": 590,
  "after_horizon": 10,
  "undated": 0,
  "horizon_end": "2025-09-30",
  "attributes": [
    "industry",
    "employees"
  ],
  "rules": {
    "name": "Derived ICP",
    "defined_on": "2025-10-15",
    "match": "all",
    "rules": [
      {
        "field": "industry",
        "op": "in",
        "values": [
          "Software",
          "Financial Services"
        ]
      },
      {
        "field": "employees",
        "op": "between",
        "min": 51,
        "max": 500
      }
    ]
  },
  "base_rate": 0.2,
  "flagged": 150,
  "flagged_good": 90,
  "coverage": 0.254237,
  "coverage_ci": [
    0.220821,
    0.290774
  ],
  "precision": 0.6,
  "precision_ci": [
    0.520073,
    0.675141
  ],
  "recall": 0.762712,
  "recall_ci": [
    0.677847,
    0.830545
  ],
  "lift": 3,
  "lift_ci": [
    2.38,
    3.61
  ],
  "validation": {
    "method": "out_of_time",
    "train_until": "2024-09-30",
    "test_periods": [
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3"
    ],
    "train_n": 450,
    "train_good": 90,
    "rules": {
      "name": "Derived ICP",
      "defined_on": "2024-09-30",
      "match": "all",
      "rules": [
        {
          "field": "industry",
          "op": "in",
          "values": [
            "Software",
            "Financial Services"
          ]
        },
        {
          "field": "employees",
          "op": "between",
          "min": 51,
          "max": 500
        }
      ]
    },
    "n": 140,
    "good": 28,
    "base_rate": 0.2,
    "flagged": 20,
    "flagged_good": 10,
    "coverage": 0.142857,
    "coverage_ci": [
      0.0945,
      0.2102
    ],
    "precision": null,
    "precision_reason": "insufficient data (n=20)",
    "precision_ci": null,
    "recall": null,
    "recall_reason": "insufficient data (n=28)",
    "recall_ci": null,
    "lift": null,
    "lift_reason": "insufficient data (n=20)",
    "lift_ci": null,
    "meets_qualification_bar": null
  },
  "search": {
    "beam_width": 5,
    "max_conditions": 3,
    "min_n": 30,
    "min_good_share": 0.15,
    "candidates": 420,
    "gate_z": 3.84526
  },
  "notes": [
    "10 decided deals after 2025-Q3 left out: most won deals of those quarters are not decided yet"
  ]
}
)json";
  EXPECT_EQ(w.finish(), expected);
}

TEST(DerivedIcpJson, NoRuleAndNoValidationAreNullWithReasons) {
  DerivedIcp d;
  d.outcome = ideal::GoodDefinition::won;
  d.rules_reason = "insufficient data (n=12)";
  d.in_sample.n = 12;
  d.in_sample.base_rate = Figure<double>::of(0.25);
  d.in_sample.coverage = d.in_sample.precision = d.in_sample.recall = d.in_sample.lift =
      Figure<double>::none("insufficient data (n=12)");
  d.validation.reason = "insufficient data before 2024-Q4 (n=9)";
  d.validation.test_periods = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"};
  d.validation.train_until = days_from_civil(2024, 9, 30);
  JsonWriter w;
  write_derived_icp(w, d);
  const std::string json = w.finish();
  EXPECT_NE(json.find("\"outcome\": \"won\""), std::string::npos);
  EXPECT_NE(json.find("\"horizon_end\": null"), std::string::npos);
  EXPECT_NE(json.find("\"rules\": null,\n  \"rules_reason\": \"insufficient data (n=12)\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"coverage\": null,\n  \"coverage_reason\": \"insufficient data (n=12)\",\n  \"coverage_ci\": null"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"lift\": null,\n  \"lift_reason\": \"insufficient data (n=12)\",\n  \"lift_ci\": null"),
            std::string::npos);
  EXPECT_NE(json.find("\"reason\": \"insufficient data before 2024-Q4 (n=9)\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"precision\": null,\n    \"precision_reason\": \"insufficient data before 2024-Q4 (n=9)\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"meets_qualification_bar\": null"), std::string::npos);
}

// A derived ICP from data, written twice: the same bytes.
TEST(DerivedIcpJson, DerivedFromDataIsDeterministic) {
  table::Tables t;
  std::mt19937_64 rng(42);
  const auto unit = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  const char* industries[] = {"Software", "Retail", "Healthcare", "Media"};
  for (int i = 0; i < 900; ++i) {
    const std::string industry = industries[static_cast<int>(unit() * 4)];
    const double employees = 1 + std::floor(unit() * 1000);
    const bool fit = industry == "Software" && employees >= 201;
    const int32_t created = days_from_civil(2022, 1, 1) + static_cast<int32_t>(unit() * 1300);
    table::DealTable& d = t.deals;
    d.outcome.push_back(unit() < (fit ? 0.7 : 0.1) ? mapping::Outcome::won : mapping::Outcome::lost);
    d.created.push_back(created);
    d.closed.push_back(created + 30);
    d.amount.push_back(1000);
    d.deal_id.push_missing();
    d.account_id.push_missing();
    d.account_name.push("Co " + std::to_string(i));
    d.industry.push(industry);
    d.country.push_missing();
    d.employees.push_back(employees);
    for (auto* col : {&d.owner, &d.lead_source, &d.deal_type, &d.product}) col->push_missing();
  }
  std::vector<join::JoinStats> joins;
  const metrics::Customers customers = metrics::build_customers(t, {true, false, false, false}, &joins);
  const metrics::Attributes attributes = metrics::build_attributes(t, customers);
  const metrics::Segmentation segments = metrics::build_segments(attributes);
  const metrics::AnalysisSettings settings;
  const metrics::MrrMatrix mrr = metrics::build_mrr_matrix(t.revenue, customers, settings);
  const ideal::GoodCustomers labels = ideal::label_good_customers(t.deals, customers, mrr);
  const metrics::AnalysisInput input{t, customers, segments, settings, metrics::data_as_of_day(t), {true, false, false, false}};
  const auto json = [&] {
    JsonWriter w;
    write_derived_icp(w, ideal::derive_icp(input, attributes, labels));
    return w.finish();
  };
  const std::string first = json();
  EXPECT_EQ(first, json());
  EXPECT_NE(first.find("\"field\": \"industry\""), std::string::npos) << first;
  EXPECT_NE(first.find("\"method\": \"out_of_time\""), std::string::npos);
  EXPECT_NE(first.find("\"outcome\": \"won\""), std::string::npos);
}

}  // namespace
}  // namespace icp::report
