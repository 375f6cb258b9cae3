#include "icp/icp_definition.h"

#include <gtest/gtest.h>

#include <string>

#include "util/civil_date.h"

namespace icp::ideal {
namespace {

constexpr std::string_view kSource = "team-icp.json";

// METHODS.md "ICP definition JSON", as it is written there.
constexpr std::string_view kMethodsExample = R"({
  "name": "Core ICP",
  "defined_on": "2024-06-30",
  "match": "all",
  "rules": [
    {"field": "industry",  "op": "in",      "values": ["Software", "Financial Services"]},
    {"field": "employees", "op": "between", "min": 50, "max": 499},
    {"field": "country",   "op": "in",      "values": ["United States", "Canada"]}
  ]
})";

bool same(const IcpDefinition& a, const IcpDefinition& b) {
  if (a.name != b.name || a.defined_on != b.defined_on || a.match != b.match || a.pass_score != b.pass_score) return false;
  if (a.rules.size() != b.rules.size() || a.tiers.size() != b.tiers.size()) return false;
  for (size_t i = 0; i < a.rules.size(); ++i) {
    const Rule& x = a.rules[i];
    const Rule& y = b.rules[i];
    if (x.field != y.field || x.op != y.op || x.values != y.values || x.min != y.min || x.max != y.max ||
        x.weight != y.weight) {
      return false;
    }
  }
  for (size_t i = 0; i < a.tiers.size(); ++i) {
    if (a.tiers[i].name != b.tiers[i].name || a.tiers[i].min_score != b.tiers[i].min_score) return false;
  }
  return true;
}

TEST(IcpDefinition, MethodsExampleParses) {
  const Result<IcpDefinition> icp = parse_icp_definition(kMethodsExample, kSource);
  ASSERT_TRUE(icp) << icp.status().message();
  EXPECT_EQ(icp->name, "Core ICP");
  EXPECT_EQ(icp->defined_on, days_from_civil(2024, 6, 30));
  EXPECT_EQ(icp->match, MatchMode::all);
  ASSERT_EQ(icp->rules.size(), 3u);
  EXPECT_EQ(icp->rules[0].field, "industry");
  EXPECT_EQ(icp->rules[0].op, RuleOp::in);
  EXPECT_EQ(icp->rules[0].values, (std::vector<std::string>{"Software", "Financial Services"}));
  EXPECT_EQ(icp->rules[1].op, RuleOp::between);
  EXPECT_EQ(icp->rules[1].min, 50);
  EXPECT_EQ(icp->rules[1].max, 499);
  EXPECT_TRUE(icp->rules[1].values.empty());
  EXPECT_EQ(icp->rules[2].values, (std::vector<std::string>{"United States", "Canada"}));
  EXPECT_TRUE(icp->tiers.empty());
  EXPECT_FALSE(icp->pass_score);
}

TEST(IcpDefinition, ScoreModeWithWeightsTiersAndPassScore) {
  const Result<IcpDefinition> icp = parse_icp_definition(R"({
    "name": "Weighted", "match": "score", "pass_score": 55,
    "rules": [
      {"field": "industry", "op": "eq", "value": "Software", "weight": 3},
      {"field": "employees", "op": "between", "min": 50, "weight": 1.5},
      {"field": "acv", "op": "between", "max": 1e5},
      {"field": "employees_band", "op": "not_in", "values": ["1-10", "5001+"]},
      {"field": "employee_count", "op": "in", "values": [100, "250"]}
    ],
    "tiers": [{"name": "C", "min_score": 0}, {"name": "A", "min_score": 75}, {"name": "B", "min_score": 50}]
  })", kSource);
  ASSERT_TRUE(icp) << icp.status().message();
  EXPECT_EQ(icp->match, MatchMode::score);
  EXPECT_FALSE(icp->defined_on);
  EXPECT_EQ(icp->pass_score, 55);
  EXPECT_EQ(icp->rules[0].op, RuleOp::eq);
  EXPECT_EQ(icp->rules[0].values, (std::vector<std::string>{"Software"}));
  EXPECT_EQ(icp->rules[0].weight, 3);
  EXPECT_EQ(icp->rules[1].weight, 1.5);
  EXPECT_FALSE(icp->rules[1].max);
  EXPECT_EQ(icp->rules[2].max, 100000);
  EXPECT_EQ(icp->rules[2].weight, 1);
  EXPECT_EQ(icp->rules[3].values, (std::vector<std::string>{"1-10", "5001+"}));
  EXPECT_EQ(icp->rules[4].values, (std::vector<std::string>{"100", "250"}));  // numbers, as written back
  ASSERT_EQ(icp->tiers.size(), 3u);  // highest first
  EXPECT_EQ(icp->tiers[0].name, "A");
  EXPECT_EQ(icp->tiers[1].name, "B");
  EXPECT_EQ(icp->tiers[2].name, "C");
}

TEST(IcpDefinition, RoundTripWriteThenParse) {
  const std::string_view inputs[] = {
      kMethodsExample,
      R"({"name": "Weighted", "match": "score", "pass_score": 62.5, "defined_on": "2023-02-28",
          "rules": [{"field": "industry", "op": "eq", "values": ["Software"], "weight": 0.123456789012345},
                    {"field": "Billing Country", "op": "not_in", "values": ["RU", "Belarus"]},
                    {"field": "annual_revenue", "op": "between", "min": 1000000},
                    {"field": "amount", "op": "eq", "value": "12000.50"},
                    {"field": "employees_band", "op": "in", "values": ["51-200", "201-500"]},
                    {"field": "Seats", "op": "between", "min": -5, "max": 5}],
          "tiers": [{"name": "Gold", "min_score": 70}, {"name": "Silver", "min_score": 30}]})",
      R"({"rules": [{"field": "product", "op": "in", "values": ["\u00e9t\u00e9", "Tab\there"], "weight": 2}],
          "name": "weight not 1 in match all"})",
  };
  for (std::string_view input : inputs) {
    const Result<IcpDefinition> first = parse_icp_definition(input, kSource);
    ASSERT_TRUE(first) << first.status().message();
    const std::string written = write_icp_definition(*first);
    const Result<IcpDefinition> second = parse_icp_definition(written, "written.json");
    ASSERT_TRUE(second) << second.status().message() << "\n" << written;
    EXPECT_TRUE(same(*first, *second)) << written;
    EXPECT_EQ(write_icp_definition(*second), written);  // deterministic
  }
}

TEST(IcpDefinition, WrittenShape) {
  const Result<IcpDefinition> icp = parse_icp_definition(kMethodsExample, kSource);
  ASSERT_TRUE(icp);
  EXPECT_EQ(write_icp_definition(*icp), R"({
  "name": "Core ICP",
  "defined_on": "2024-06-30",
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
      "min": 50,
      "max": 499
    },
    {
      "field": "country",
      "op": "in",
      "values": [
        "United States",
        "Canada"
      ]
    }
  ]
}
)");
}

TEST(IcpDefinition, WritesWhatACallerBuilt) {
  IcpDefinition icp;
  icp.name = "Derived";
  icp.match = MatchMode::score;
  Rule r;
  r.field = "employees";
  r.op = RuleOp::in;
  r.values = {"120"};
  icp.rules.push_back(r);
  const std::string written = write_icp_definition(icp);
  EXPECT_NE(written.find("\"values\": [\n        120\n      ]"), std::string::npos) << written;
  EXPECT_NE(written.find("\"weight\": 1"), std::string::npos) << written;
  const Result<IcpDefinition> back = parse_icp_definition(written, kSource);
  ASSERT_TRUE(back) << back.status().message();
  EXPECT_TRUE(same(icp, *back));
}

struct BadCase {
  const char* json;
  const char* message;  // after "team-icp.json: "
};

TEST(IcpDefinition, EveryBadKeyOrValueIsNamed) {
  const BadCase cases[] = {
      {R"([1])", "top level: expected an object (an ICP definition)"},
      {R"({"name": "x"})", "rules: missing (an ICP needs at least one rule)"},
      {R"({"nmae": "x", "rules": []})", "nmae: unknown key (name, defined_on, match, rules, tiers, pass_score)"},
      {R"({"name": "a", "name": "b", "rules": []})", "name: duplicate key"},
      {R"({"name": 3, "rules": []})", "name: expected a string"},
      {R"({"defined_on": "30/06/2024", "rules": []})", "defined_on: expected an ISO date such as \"2024-06-30\", not \"30/06/2024\""},
      {R"({"defined_on": "2023-02-29", "rules": []})", "defined_on: expected an ISO date such as \"2024-06-30\", not \"2023-02-29\""},
      {R"({"defined_on": 20240630, "rules": []})", "defined_on: expected an ISO date such as \"2024-06-30\""},
      {R"({"match": "any", "rules": []})", "match: unknown match \"any\" (all, score)"},
      {R"({"rules": {}})", "rules: expected an array of rules"},
      {R"({"rules": []})", "rules: expected at least one rule"},
      {R"({"rules": ["industry"]})",
       "rules[0]: expected an object such as {\"field\": \"industry\", \"op\": \"in\", \"values\": [...]}"},
      {R"({"rules": [{"op": "in", "values": ["a"]}]})", "rules[0].field: missing (the field the rule reads, such as industry)"},
      {R"({"rules": [{"field": " ", "op": "in", "values": ["a"]}]})",
       "rules[0].field: expected a field name such as industry, employees or country"},
      {R"({"rules": [{"field": "industry", "values": ["a"]}]})", "rules[0].op: missing (in, not_in, between, eq)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"]}, {"field": "employees", "op": "betwen", "min": 5}]})",
       "rules[1].op: unknown op \"betwen\" (in, not_in, between, eq)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "vaules": ["b"]}]})",
       "rules[0].vaules: unknown key (field, op, values, value, min, max, weight)"},
      {R"({"rules": [{"field": "industry", "op": "in", "op": "eq", "values": ["a"]}]})", "rules[0].op: duplicate key"},
      {R"({"rules": [{"field": "industry", "op": "in"}]})",
       "rules[0].values: missing (in needs a non-empty list of values)"},
      {R"({"rules": [{"field": "industry", "op": "not_in", "values": []}]})",
       "rules[0].values: expected a non-empty array of values"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": "Software"}]})",
       "rules[0].values: expected a non-empty array of values"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["Software", 3]}]})", "rules[0].values[1]: expected a string"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["Software", "  "]}]})",
       "rules[0].values[1]: expected a non-empty value"},
      {R"({"rules": [{"field": "industry", "op": "in", "value": "Software"}]})",
       "rules[0].value: in takes \"values\": [...], a list"},
      {R"({"rules": [{"field": "employees", "op": "in", "values": [10, "ten"]}]})",
       "rules[0].values[1]: expected a number (employees is numeric)"},
      {R"({"rules": [{"field": "employees_band", "op": "in", "values": ["51-250"]}]})",
       "rules[0].values[0]: unknown band \"51-250\" (1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001+)"},
      {R"({"rules": [{"field": "industry", "op": "eq"}]})", "rules[0].value: missing (eq compares with one value)"},
      {R"({"rules": [{"field": "industry", "op": "eq", "values": ["a", "b"]}]})",
       "rules[0].values: eq takes one value (\"value\": ...)"},
      {R"({"rules": [{"field": "industry", "op": "eq", "value": "a", "values": ["a"]}]})",
       "rules[0].value: give value or values, not both"},
      {R"({"rules": [{"field": "industry", "op": "eq", "value": ["a"]}]})", "rules[0].value: expected a string"},
      {R"({"rules": [{"field": "employees", "op": "between"}]})", "rules[0]: between needs min, max or both"},
      {R"({"rules": [{"field": "employees", "op": "between", "min": 500, "max": 50}]})", "rules[0].min: 500 is above max 50"},
      {R"({"rules": [{"field": "employees", "op": "between", "min": "50"}]})", "rules[0].min: expected a number"},
      {R"({"rules": [{"field": "employees", "op": "between", "max": null}]})", "rules[0].max: expected a number"},
      {R"({"rules": [{"field": "employees", "op": "between", "min": 5, "values": [1]}]})",
       "rules[0].values: not used by between (it takes min and max)"},
      {R"({"rules": [{"field": "industry", "op": "between", "min": 5}]})",
       "rules[0].op: between needs a numeric field (employees, annual_revenue, amount), not \"industry\""},
      {R"({"rules": [{"field": "employees_band", "op": "between", "min": 5}]})",
       "rules[0].op: between needs a numeric field (employees, annual_revenue, amount), not \"employees_band\""},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "min": 5}]})", "rules[0].min: only for between, not in"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "weight": 0}]})",
       "rules[0].weight: expected a positive number (at most 1e9)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "weight": -2}]})",
       "rules[0].weight: expected a positive number (at most 1e9)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "weight": 1e10}]})",
       "rules[0].weight: expected a positive number (at most 1e9)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"], "weight": "3"}]})",
       "rules[0].weight: expected a positive number (at most 1e9)"},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [{"name": "A", "min_score": 80}]})",
       "tiers: only with \"match\": \"score\""},
      {R"({"rules": [{"field": "industry", "op": "in", "values": ["a"]}], "pass_score": 50})",
       "pass_score: only with \"match\": \"score\""},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "pass_score": 101})",
       "pass_score: expected a score from 0 to 100"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": {"A": 80}})",
       "tiers: expected a non-empty array such as [{\"name\": \"A\", \"min_score\": 80}, ...]"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [80]})",
       "tiers[0]: expected an object {\"name\": ..., \"min_score\": ...}"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [{"min_score": 80}]})",
       "tiers[0].name: missing"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [{"name": "A"}]})",
       "tiers[0].min_score: missing"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [{"name": "A", "min": 80}]})",
       "tiers[0].min: unknown key (name, min_score)"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}], "tiers": [{"name": "A", "min_score": 180}]})",
       "tiers[0].min_score: expected a score from 0 to 100"},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}],
           "tiers": [{"name": "A", "min_score": 80}, {"name": "A", "min_score": 60}]})",
       "tiers[1].name: duplicate tier \"A\""},
      {R"({"match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"]}],
           "tiers": [{"name": "A", "min_score": 80}, {"name": "B", "min_score": 80}]})",
       "tiers[1].min_score: tier \"A\" starts at 80 too"},
  };
  for (const BadCase& c : cases) {
    const Result<IcpDefinition> icp = parse_icp_definition(c.json, kSource);
    ASSERT_FALSE(icp) << c.json;
    EXPECT_EQ(icp.status().code(), ErrorCode::unusable_input) << c.json;
    EXPECT_EQ(icp.status().message(), std::string(kSource) + ": " + c.message) << c.json;
  }
}

TEST(IcpDefinition, InvalidJsonIsUnreadable) {
  const Result<IcpDefinition> icp = parse_icp_definition(R"({"rules": [}")", kSource);
  ASSERT_FALSE(icp);
  EXPECT_EQ(icp.status().code(), ErrorCode::unreadable_input);
  EXPECT_EQ(icp.status().message().rfind("team-icp.json: not valid JSON (", 0), 0u) << icp.status().message();
}

TEST(IcpDefinition, MessagesStayOneLineAndShort) {
  const std::string long_op(5000, 'x');
  const Result<IcpDefinition> icp =
      parse_icp_definition(R"({"rules": [{"field": "a", "op": ")" + long_op + "\\n\"}]}", kSource);
  ASSERT_FALSE(icp);
  EXPECT_LT(icp.status().message().size(), 300u);
  EXPECT_EQ(icp.status().message().find('\n'), std::string::npos);
}

}  // namespace
}  // namespace icp::ideal
