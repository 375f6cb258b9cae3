#include "icp/good_customer.h"

#include <gtest/gtest.h>

#include <string>

#include "metrics/analysis_settings.h"
#include "util/civil_date.h"

namespace icp::ideal {
namespace {

using mapping::Outcome;

struct World {
  table::Tables t;
  metrics::AnalysisSettings settings;

  // A deal of a company, closed on the first of the month.
  size_t deal(std::string_view company, Outcome o, int y, int m) {
    table::DealTable& d = t.deals;
    d.outcome.push_back(o);
    d.created.push_back(days_from_civil(y, m, 1) - 60);
    d.closed.push_back(o == Outcome::open ? table::kNoDate : days_from_civil(y, m, 1));
    d.amount.push_back(12000);
    d.deal_id.push_missing();
    d.account_id.push_missing();
    d.account_name.push(company);
    for (auto* col : {&d.owner, &d.lead_source, &d.deal_type, &d.product, &d.industry, &d.country}) col->push_missing();
    d.employees.push_back(std::nan(""));
    return d.size() - 1;
  }
  // Monthly MRR snapshots from (y, m) for `months` months.
  void pays(std::string_view company, int y, int m, int months, double mrr) {
    for (int i = 0; i < months; ++i) {
      const int mm = (m - 1 + i) % 12 + 1, yy = y + (m - 1 + i) / 12;
      t.revenue.account_id.push_missing();
      t.revenue.account_name.push(company);
      t.revenue.start.push_back(days_from_civil(yy, mm, 1));
      t.revenue.end.push_back(table::kNoDate);
      t.revenue.mrr.push_back(mrr);
    }
  }

  struct Built {
    metrics::Customers customers;
    metrics::MrrMatrix mrr;
    GoodCustomers labels;
  };
  Built label(GoodDefinition definition = GoodDefinition::won_and_retained) {
    Built b;
    std::vector<join::JoinStats> joins;
    b.customers = metrics::build_customers(t, {true, false, !t.revenue.mrr.empty(), false}, &joins);
    b.mrr = metrics::build_mrr_matrix(t.revenue, b.customers, settings);
    b.labels = label_good_customers(t.deals, b.customers, b.mrr, definition);
    return b;
  }
};

TEST(GoodCustomer, DefinitionNames) {
  EXPECT_EQ(good_definition_name(GoodDefinition::won_and_retained), "won_and_retained");
  EXPECT_EQ(good_definition_name(GoodDefinition::won), "won");
  EXPECT_EQ(good_definition_from_name("won"), GoodDefinition::won);
  EXPECT_EQ(good_definition_from_name("won_and_retained"), GoodDefinition::won_and_retained);
  EXPECT_FALSE(good_definition_from_name("retained"));
}

TEST(GoodCustomer, WonAndRetainedChurnedYoungAndLost) {
  World w;
  // The data runs 2023-01 .. 2024-12: the as-of month is 2024-12.
  const size_t kept = w.deal("Kept", Outcome::won, 2023, 1);
  w.pays("Kept", 2023, 1, 24, 100);                // still paying, same MRR after 12 months: good
  const size_t grew = w.deal("Grew", Outcome::won, 2023, 3);
  w.pays("Grew", 2023, 3, 6, 100);
  w.pays("Grew", 2023, 9, 16, 150);                 // NRR 150% at 12 months, still paying: good
  const size_t shrank = w.deal("Shrank", Outcome::won, 2023, 2);
  w.pays("Shrank", 2023, 2, 6, 100);
  w.pays("Shrank", 2023, 8, 17, 80);                // still paying, NRR 80%: bad
  const size_t churned = w.deal("Churned", Outcome::won, 2023, 1);
  w.pays("Churned", 2023, 1, 18, 200);              // stopped after 2024-06: bad
  const size_t young_churn = w.deal("Gone early", Outcome::won, 2024, 6);
  w.pays("Gone early", 2024, 6, 3, 50);             // young, but already churned: bad
  const size_t young = w.deal("Young", Outcome::won, 2024, 4);
  w.pays("Young", 2024, 4, 9, 70);                  // 8 months of history: undecided
  const size_t unpaid = w.deal("Unpaid", Outcome::won, 2023, 5);  // no revenue row joins: undecided
  const size_t lost = w.deal("Lost Co", Outcome::lost, 2023, 6);
  const size_t open = w.deal("Open Co", Outcome::open, 2024, 11);
  const size_t lost_of_kept = w.deal("Kept", Outcome::lost, 2024, 2);  // a lost upsell: the deal is bad
  w.pays("Revenue only", 2023, 1, 24, 90);          // paying, no deal in the export: won, retained

  const World::Built b = w.label();
  const GoodCustomers& g = b.labels;
  ASSERT_EQ(b.mrr.as_of_month, 2024 * 12 + 11);
  EXPECT_EQ(g.used, GoodDefinition::won_and_retained);
  EXPECT_TRUE(g.note.empty());
  const auto of = [&](size_t deal) { return g.of_customer[b.customers.of_deal[deal]]; };
  EXPECT_EQ(of(kept), kGoodLabel);
  EXPECT_EQ(of(grew), kGoodLabel);
  EXPECT_EQ(of(shrank), kBadLabel);
  EXPECT_EQ(of(churned), kBadLabel);
  EXPECT_EQ(of(young_churn), kBadLabel);
  EXPECT_EQ(of(young), kUndecidedLabel);
  EXPECT_EQ(of(unpaid), kUndecidedLabel);
  EXPECT_EQ(of(lost), kBadLabel);
  EXPECT_EQ(of(open), kUndecidedLabel);

  EXPECT_EQ(g.of_deal[kept], kGoodLabel);
  EXPECT_EQ(g.of_deal[lost_of_kept], kBadLabel);
  EXPECT_EQ(g.of_deal[young], kUndecidedLabel);
  EXPECT_EQ(g.of_deal[lost], kBadLabel);
  EXPECT_EQ(g.of_deal[open], kUndecidedLabel);

  EXPECT_EQ(g.retention.retained, 3u);  // Kept, Grew, Revenue only
  EXPECT_EQ(g.retention.contracted, 1u);
  EXPECT_EQ(g.retention.churned, 2u);
  EXPECT_EQ(g.retention.young, 1u);
  EXPECT_EQ(g.retention.never_paid, 1u);
  EXPECT_EQ(g.retention.never_won, 1u);
  EXPECT_EQ(g.customers.good, 3u);
  EXPECT_EQ(g.customers.bad, 4u);
  EXPECT_EQ(g.customers.undecided, 3u);  // Young, Unpaid, Open Co
  EXPECT_EQ(g.deals.good, 2u);
  EXPECT_EQ(g.deals.bad, 5u);
  EXPECT_EQ(g.deals.undecided, 3u);
}

TEST(GoodCustomer, WonDefinitionIgnoresRevenue) {
  World w;
  const size_t churned = w.deal("Churned", Outcome::won, 2023, 1);
  w.pays("Churned", 2023, 1, 6, 200);
  w.pays("Other", 2023, 1, 24, 10);
  const size_t lost = w.deal("Lost Co", Outcome::lost, 2023, 6);
  const size_t open = w.deal("Open Co", Outcome::open, 2024, 11);
  const World::Built b = w.label(GoodDefinition::won);
  const GoodCustomers& g = b.labels;
  EXPECT_EQ(g.requested, GoodDefinition::won);
  EXPECT_EQ(g.used, GoodDefinition::won);
  EXPECT_EQ(g.of_deal[churned], kGoodLabel);
  EXPECT_EQ(g.of_deal[lost], kBadLabel);
  EXPECT_EQ(g.of_deal[open], kUndecidedLabel);
  EXPECT_EQ(g.of_customer[b.customers.of_deal[churned]], kGoodLabel);
  EXPECT_EQ(g.of_customer[b.customers.of_deal[lost]], kBadLabel);
  EXPECT_EQ(g.of_customer[b.customers.of_deal[open]], kUndecidedLabel);
  // "Other" pays but has no deal: with the `won` definition only deals tell.
  EXPECT_EQ(g.customers.good, 1u);
  EXPECT_EQ(g.customers.bad, 1u);
  EXPECT_EQ(g.customers.undecided, 2u);
}

TEST(GoodCustomer, WithoutRevenueDataRetentionFallsBackToWon) {
  World w;
  const size_t won = w.deal("Acme", Outcome::won, 2024, 1);
  const size_t lost = w.deal("Beta", Outcome::lost, 2024, 2);
  const World::Built b = w.label(GoodDefinition::won_and_retained);
  const GoodCustomers& g = b.labels;
  EXPECT_EQ(g.requested, GoodDefinition::won_and_retained);
  EXPECT_EQ(g.used, GoodDefinition::won);
  EXPECT_EQ(g.note, "no revenue data: good = won");
  EXPECT_FALSE(g.as_of_month);
  EXPECT_EQ(g.of_deal[won], kGoodLabel);
  EXPECT_EQ(g.of_deal[lost], kBadLabel);
  EXPECT_EQ(g.deals.good, 1u);
  EXPECT_EQ(g.deals.bad, 1u);
  EXPECT_EQ(g.deals.undecided, 0u);
}

}  // namespace
}  // namespace icp::ideal
