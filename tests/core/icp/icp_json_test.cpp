#include "report/icp_json.h"

#include <gtest/gtest.h>

#include <limits>

#include "icp/icp_evaluation.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "simdjson.h"
#include "util/civil_date.h"

namespace icp::report {
namespace {

using mapping::Outcome;

struct Small {
  table::Tables t;
  metrics::Customers customers;
  metrics::Attributes attributes;
};

std::unique_ptr<Small> small() {
  auto s = std::make_unique<Small>();
  const struct {
    const char* name;
    const char* industry;
    double employees;
  } rows[] = {{"Acme", "Software", 100}, {"Beta", "Retail", 100}, {"Gamma", "", 100}};
  for (const auto& r : rows) {
    table::DealTable& d = s->t.deals;
    d.outcome.push_back(Outcome::won);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 2, 1));
    d.amount.push_back(1000);
    d.account_id.push_missing();
    d.account_name.push(r.name);
    if (*r.industry) d.industry.push(r.industry); else d.industry.push_missing();
    d.employees.push_back(r.employees);
    for (auto* col : {&d.owner, &d.lead_source, &d.deal_type, &d.product, &d.country}) col->push_missing();
  }
  std::vector<join::JoinStats> joins;
  s->customers = metrics::build_customers(s->t, {true, false, false, false}, &joins);
  s->attributes = metrics::build_attributes(s->t, s->customers);
  return s;
}

simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& json, simdjson::padded_string& keep) {
  keep = simdjson::padded_string(json);
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(keep).get(doc), simdjson::SUCCESS) << json;
  return doc;
}

TEST(IcpJson, EvaluationSummaryCountsAndNotes) {
  const auto s = small();
  ideal::IcpDefinition icp;
  icp.rules = {{"industry", ideal::RuleOp::in, {"software"}, {}, {}, 1},
               {"employees", ideal::RuleOp::between, {}, 50, {}, 1}};
  const ideal::IcpEvaluation e = ideal::evaluate_icp(icp, s->attributes);
  JsonWriter w;
  write_icp_evaluation_summary(w, icp, e);
  const std::string json = w.finish();
  simdjson::dom::parser parser;
  simdjson::padded_string keep;
  const auto doc = parse(parser, json, keep);
  EXPECT_EQ(std::string_view(doc["match"]), "all");
  EXPECT_TRUE(doc["pass_score"].is_null());
  EXPECT_EQ(int64_t(doc["customers"]["n"]), 3);
  EXPECT_EQ(int64_t(doc["customers"]["fit"]), 1);
  EXPECT_EQ(int64_t(doc["customers"]["not_fit"]), 1);
  EXPECT_EQ(int64_t(doc["customers"]["unknown"]), 1);
  EXPECT_EQ(int64_t(doc["deals"]["fit"]), 1);
  EXPECT_EQ(int64_t(doc["rules"].at(0)["rule"]), 1);
  EXPECT_EQ(std::string_view(doc["rules"].at(0)["attribute"]), "industry");
  EXPECT_EQ(int64_t(doc["rules"].at(0)["customers"]["satisfied"]), 1);
  EXPECT_EQ(int64_t(doc["rules"].at(0)["customers"]["not_satisfied"]), 1);
  EXPECT_EQ(int64_t(doc["rules"].at(0)["customers"]["unknown"]), 1);
  EXPECT_EQ(int64_t(doc["rules"].at(1)["deals"]["satisfied"]), 3);
  EXPECT_EQ(simdjson::dom::array(doc["notes"]).size(), 0u);
}

TEST(IcpJson, DefinitionValueNestsInAReport) {
  const Result<ideal::IcpDefinition> icp = ideal::parse_icp_definition(
      R"({"name": "S", "match": "score", "rules": [{"field": "industry", "op": "in", "values": ["a"], "weight": 2}],
          "tiers": [{"name": "A", "min_score": 50}, {"name": "B", "min_score": 0}]})",
      "s.json");
  ASSERT_TRUE(icp) << icp.status().message();
  JsonWriter w;
  w.begin_object();
  w.key("declared_icp");
  write_icp_definition_value(w, *icp);
  w.end_object();
  const std::string json = w.finish();
  simdjson::dom::parser parser;
  simdjson::padded_string keep;
  const auto doc = parse(parser, json, keep);
  EXPECT_EQ(double(doc["declared_icp"]["rules"].at(0)["weight"]), 2);
  EXPECT_EQ(std::string_view(doc["declared_icp"]["tiers"].at(1)["name"]), "B");
  // The nested value is the file itself.
  simdjson::dom::element inner = doc["declared_icp"];
  const Result<ideal::IcpDefinition> back = ideal::parse_icp_definition(simdjson::to_string(inner), "nested.json");
  ASSERT_TRUE(back) << back.status().message();
  EXPECT_EQ(ideal::write_icp_definition(*back), ideal::write_icp_definition(*icp));
}

}  // namespace
}  // namespace icp::report
