#include "icp/icp_evaluation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "util/civil_date.h"

namespace icp::ideal {
namespace {

using mapping::Outcome;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void push(table::CategoricalColumn& col, std::string_view v) {
  if (v.empty()) col.push_missing(); else col.push(v);
}

// An accounts file and one deal per account, plus a deal of a company the accounts file does not
// have (it keeps its own firmographics).
struct World {
  table::Tables t;
  table::CustomColumn billing{"Billing Country", {}};

  void account(std::string_view id, std::string_view industry, std::string_view country, double employees,
               std::string_view billing_country = "") {
    t.accounts.id.push(id);
    t.accounts.name.push(std::string("Company ") + std::string(id));
    push(t.accounts.industry, industry);
    push(t.accounts.country, country);
    t.accounts.region.push_missing();
    t.accounts.employees.push_back(employees);
    t.accounts.annual_revenue.push_back(kNaN);
    push(billing.values, billing_country);
    deal(id, "", "", kNaN, 10000 + 1000 * static_cast<double>(t.accounts.size()));
  }
  void deal(std::string_view account_id, std::string_view industry, std::string_view country, double employees,
            double amount) {
    table::DealTable& d = t.deals;
    d.outcome.push_back(Outcome::won);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 2, 1));
    d.amount.push_back(amount);
    push(d.account_id, account_id);
    if (account_id.empty()) d.account_name.push_missing(); else d.account_name.push(std::string("Company ") + std::string(account_id));
    push(d.industry, industry);
    push(d.country, country);
    d.employees.push_back(employees);
    for (auto* col : {&d.owner, &d.lead_source, &d.deal_type, &d.product}) col->push_missing();
  }
  void finish() { t.accounts.custom.push_back(billing); }
};

// The customers of World::build(), in account order, then the deal without an account.
struct Built {
  World w;
  metrics::Customers customers;
  metrics::Attributes attributes;
};

std::unique_ptr<Built> build() {
  auto b = std::make_unique<Built>();
  World& w = b->w;
  w.account("A1", "software ", "USA", 120, "U.S.");  // fit
  w.account("A2", "FINANCIAL  services", "us", 50, "United States of America");  // fit: 50 is inclusive
  w.account("A3", "Retail", "United States", 499);   // industry fails
  w.account("A4", "Software", "DE", 500);            // employees and country fail
  w.account("A5", "", "Canada", 200);                // industry missing: unknown
  w.account("A6", "Software", "CAN", kNaN);          // employees missing: unknown
  w.account("A7", "Software", "Germany", 30);        // country and employees fail
  w.deal("", "Software", "canada", 100, 5000);       // no account: its own attributes, fit
  w.finish();
  std::vector<join::JoinStats> joins;
  b->customers = metrics::build_customers(w.t, {true, true, false, false}, &joins);
  b->attributes = metrics::build_attributes(w.t, b->customers);
  return b;
}

IcpDefinition methods_example() {
  IcpDefinition icp;
  icp.name = "Core ICP";
  icp.rules = {{"industry", RuleOp::in, {"Software", "Financial Services"}, {}, {}, 1},
               {"employees", RuleOp::between, {}, 50, 499, 1},
               {"country", RuleOp::in, {"United States", "Canada"}, {}, {}, 1}};
  return icp;
}

TEST(IcpEvaluation, MatchAllWithCaseSpacesAndCountryCodes) {
  const auto b = build();
  ASSERT_EQ(b->customers.count(), 7u);  // the deal without account id or name has no customer
  const IcpEvaluation e = evaluate_icp(methods_example(), b->attributes);
  const std::vector<Fit> expected = {Fit::fit,     Fit::fit,     Fit::not_fit, Fit::not_fit,
                                     Fit::unknown, Fit::unknown, Fit::not_fit};
  for (size_t k = 0; k < expected.size(); ++k) EXPECT_EQ(e.customers.fit[k], expected[k]) << "account " << k + 1;
  EXPECT_EQ(e.customers.counts.fit, 2u);
  EXPECT_EQ(e.customers.counts.not_fit, 3u);
  EXPECT_EQ(e.customers.counts.unknown, 2u);
  // Per rule, customers: industry holds for A1 A2 A4 A6 A7, fails for A3, unknown for A5.
  EXPECT_EQ(e.customers.per_rule[0].satisfied, 5u);
  EXPECT_EQ(e.customers.per_rule[0].not_satisfied, 1u);
  EXPECT_EQ(e.customers.per_rule[0].unknown, 1u);
  EXPECT_EQ(e.customers.state(1, 1), RuleState::satisfied);    // 50: the lower bound is inclusive
  EXPECT_EQ(e.customers.state(1, 2), RuleState::satisfied);    // 499: the upper bound is inclusive
  EXPECT_EQ(e.customers.state(1, 3), RuleState::not_satisfied);
  EXPECT_EQ(e.customers.state(1, 5), RuleState::unknown);
  EXPECT_EQ(e.customers.state(2, 0), RuleState::satisfied);    // "USA" is "United States"
  EXPECT_EQ(e.customers.state(2, 5), RuleState::satisfied);    // "CAN" is "Canada"
  EXPECT_EQ(e.customers.state(2, 3), RuleState::not_satisfied);  // "DE"
  // Deals take their customer's attributes; the deal without account its own.
  ASSERT_EQ(e.deals.size(), 8u);
  for (size_t d = 0; d < 7; ++d) EXPECT_EQ(e.deals.fit[d], expected[d]) << "deal " << d;
  EXPECT_EQ(e.deals.fit[7], Fit::fit);
  EXPECT_EQ(e.deals.counts.fit, 3u);
  EXPECT_EQ(e.rule_attributes, (std::vector<std::string>{"industry", "employees", "country"}));
  EXPECT_TRUE(e.notes.empty()) << e.notes.front();
  EXPECT_TRUE(e.customers.score.empty());
}

TEST(IcpEvaluation, OpenBoundsNotInEqAndBands) {
  const auto b = build();
  IcpDefinition icp;
  icp.rules = {{"employees", RuleOp::between, {}, 120, std::nullopt, 1},
               {"employee_count", RuleOp::between, {}, std::nullopt, 120, 1},
               {"country", RuleOp::not_in, {"de"}, {}, {}, 1},
               {"industry", RuleOp::eq, {"  SOFTWARE"}, {}, {}, 1},
               {"employees_band", RuleOp::in, {"51-200"}, {}, {}, 1},
               {"Billing Country", RuleOp::eq, {"US"}, {}, {}, 1},
               {"acv", RuleOp::between, {}, 12000, 13000, 1}};
  const IcpEvaluation e = evaluate_icp(icp, b->attributes);
  const auto& c = e.customers;
  const auto S = RuleState::satisfied, N = RuleState::not_satisfied, U = RuleState::unknown;
  const RuleState expected[7][7] = {
      {S, N, S, S, S, U, N},  // employees >= 120 (A1 120, A2 50, A3 499, A4 500, A5 200, A6 -, A7 30)
      {S, S, N, N, N, U, S},  // employees <= 120
      {S, S, S, N, S, S, N},  // country not in Germany
      {S, N, N, S, U, S, S},  // industry = software
      {S, N, N, N, S, U, N},  // employees band 51-200
      {S, S, U, U, U, U, U},  // Billing Country = US
      {N, S, S, N, N, N, N},  // amount (A1 11000, A2 12000, A3 13000, A4 14000, ...)
  };
  for (size_t r = 0; r < 7; ++r) {
    for (size_t k = 0; k < 7; ++k) EXPECT_EQ(c.state(r, k), expected[r][k]) << "rule " << r + 1 << ", account " << k + 1;
  }
  EXPECT_EQ(e.rule_attributes[1], "employees");
  EXPECT_EQ(e.rule_attributes[6], "amount");
  EXPECT_EQ(e.rule_attributes[5], "Billing Country");
  EXPECT_EQ(e.deals.state(3, 7), S);  // the deal without account: its own industry
}

TEST(IcpEvaluation, MissingFieldsAreUnknownWithANote) {
  const auto b = build();
  IcpDefinition icp;
  icp.rules = {{"industy", RuleOp::in, {"Software"}, {}, {}, 1},
               {"annual_revenue", RuleOp::between, {}, 1e6, {}, 1},
               {"industry", RuleOp::in, {"Software", "Sofware"}, {}, {}, 1},
               {"country", RuleOp::in, {"Atlantis", "USA"}, {}, {}, 1}};
  const IcpEvaluation e = evaluate_icp(icp, b->attributes);
  for (size_t k = 0; k < e.customers.size(); ++k) {
    EXPECT_EQ(e.customers.state(0, k), RuleState::unknown);
    EXPECT_EQ(e.customers.state(1, k), RuleState::unknown);
    EXPECT_NE(e.customers.fit[k], Fit::fit);
  }
  EXPECT_EQ(e.customers.per_rule[0].unknown, e.customers.size());
  // A fit needs every rule known: with two rules unknown nobody fits, and only those failing a
  // known rule are off the ICP.
  EXPECT_EQ(e.customers.counts.fit, 0u);
  EXPECT_EQ(e.customers.counts.not_fit, 6u);  // all but A1 (Software, USA) fail industry or country
  EXPECT_EQ(e.customers.fit[0], Fit::unknown);
  EXPECT_EQ(e.rule_attributes[0], "");
  EXPECT_EQ(e.rule_attributes[1], "annual_revenue");
  EXPECT_EQ(e.notes, (std::vector<std::string>{
                         "rule 1 (industy): no column \"industy\" in the data: unknown for every record",
                         "rule 2 (annual_revenue): no annual_revenue values in the data: unknown for every record",
                         "rule 3 (industry): \"Sofware\" matches no customer or deal",
                         "rule 4 (country): \"Atlantis\" is not a country known here: compared as text",
                         "rule 4 (country): \"Atlantis\" matches no customer or deal",
                     }));
}

TEST(IcpEvaluation, MatchScoreWithWeightsAndTiers) {
  const auto b = build();
  IcpDefinition icp = methods_example();
  icp.match = MatchMode::score;
  icp.rules[0].weight = 3;
  icp.pass_score = 60;
  const IcpEvaluation e = evaluate_icp(icp, b->attributes);
  ASSERT_EQ(e.tiers.size(), 4u);
  EXPECT_EQ(e.pass_score, 60);
  const auto& c = e.customers;
  // Weights 3 + 1 + 1.
  EXPECT_DOUBLE_EQ(c.score[0], 100);
  EXPECT_DOUBLE_EQ(c.score[2], 40);  // Retail: employees and country
  EXPECT_DOUBLE_EQ(c.score[3], 60);  // Software only
  EXPECT_DOUBLE_EQ(c.score[4], 40);  // industry unknown
  EXPECT_DOUBLE_EQ(c.score_max[4], 100);
  EXPECT_DOUBLE_EQ(c.score[5], 80);  // employees unknown
  EXPECT_EQ(c.fit[0], Fit::fit);
  EXPECT_EQ(c.fit[2], Fit::not_fit);  // 40, and nothing unknown
  EXPECT_EQ(c.fit[3], Fit::fit);      // 60 reaches the pass score
  EXPECT_EQ(c.fit[4], Fit::unknown);  // 40 known, up to 100
  EXPECT_EQ(c.fit[5], Fit::fit);      // 80 known already
  EXPECT_EQ(c.tier[0], 0);            // A
  EXPECT_EQ(c.tier[3], 1);            // B
  EXPECT_EQ(c.tier[2], 2);            // C
  EXPECT_EQ(c.per_tier[0], 3u);       // A1, A2, A6
  EXPECT_EQ(c.per_tier[3], 0u);

  icp.tiers = {{"Gold", 90}, {"Silver", 50}};
  icp.pass_score.reset();
  const IcpEvaluation custom = evaluate_icp(icp, b->attributes);
  EXPECT_EQ(custom.pass_score, 90);   // the lowest tier above the bottom one
  EXPECT_EQ(custom.customers.tier[3], 1);
  EXPECT_EQ(custom.customers.tier[2], kNoTier);  // under every tier
  EXPECT_EQ(custom.customers.fit[3], Fit::not_fit);
}

TEST(IcpEvaluation, TextKeysAndFields) {
  EXPECT_EQ(text_key("  Financial \t Services "), "financial services");
  EXPECT_EQ(text_key("ÉNERGIE Ŝ"), "énergie ŝ");
  EXPECT_EQ(country_compare_key(" u.s. "), "US");
  EXPECT_EQ(country_compare_key("Atlantis"), "atlantis");
  EXPECT_TRUE(is_country_field("Billing Country"));
  EXPECT_FALSE(is_country_field("region"));
  EXPECT_EQ(resolve_rule_field("ACV").attribute, "amount");
  EXPECT_EQ(resolve_rule_field("Number of Employees").attribute, "employees");
  EXPECT_EQ(resolve_rule_field("employees_band").kind, FieldKind::band);
  EXPECT_EQ(resolve_rule_field(" Segment ").attribute, "Segment");
  EXPECT_FALSE(resolve_rule_field("Segment").canonical);
}

}  // namespace
}  // namespace icp::ideal
