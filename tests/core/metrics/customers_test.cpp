#include "metrics/customers.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

void add_deal(table::DealTable& t, std::string_view id, std::string_view name, Outcome o, int32_t close) {
  t.outcome.push_back(o);
  t.created.push_back(close - 30);
  t.closed.push_back(close);
  t.amount.push_back(1000);
  if (id.empty()) t.account_id.push_missing(); else t.account_id.push(id);
  if (name.empty()) t.account_name.push_missing(); else t.account_name.push(name);
}

TEST(Customers, WithoutAccountsFileDealsAndRevenueMeetByIdOrName) {
  table::Tables t;
  const int32_t d0 = days_from_civil(2024, 1, 10);
  add_deal(t.deals, "", "Acme, Inc.", Outcome::won, d0 + 40);
  add_deal(t.deals, "", "ACME", Outcome::won, d0);           // same company: earlier close wins
  add_deal(t.deals, "", "Beta GmbH", Outcome::lost, d0);
  add_deal(t.deals, "", "", Outcome::won, d0);               // no account at all
  t.revenue.account_id.push("001A");
  t.revenue.account_name.push("acme inc");
  t.revenue.mrr.push_back(100);
  t.revenue.start.push_back(d0);
  t.revenue.end.push_back(table::kNoDate);
  t.revenue.account_id.push("001A");                          // by id, name missing
  t.revenue.account_name.push_missing();
  t.revenue.mrr.push_back(100);
  t.revenue.start.push_back(d0 + 31);
  t.revenue.end.push_back(table::kNoDate);

  RolesPresent present{true, false, true, false};
  std::vector<join::JoinStats> joins;
  const Customers c = build_customers(t, present, &joins);
  EXPECT_TRUE(joins.empty());  // no accounts file, no join statistics
  ASSERT_EQ(c.count(), 2u);
  EXPECT_EQ(c.of_deal[0], c.of_deal[1]);
  EXPECT_NE(c.of_deal[0], c.of_deal[2]);
  EXPECT_EQ(c.of_deal[3], kNoCustomer);
  EXPECT_EQ(c.of_revenue[0], c.of_deal[0]);
  EXPECT_EQ(c.of_revenue[1], c.of_deal[0]);
  EXPECT_EQ(c.first_won_deal[c.of_deal[0]], 1);
  EXPECT_EQ(c.first_won_close[c.of_deal[0]], d0);
  EXPECT_EQ(c.first_won_deal[c.of_deal[2]], -1);
  EXPECT_EQ(c.label(c.of_deal[0]), "Acme, Inc.");
  EXPECT_EQ(c.record_id[c.of_deal[0]], "001A");
}

TEST(Customers, AccountsFileRowsComeFirstAndJoinsAreCounted) {
  table::Tables t;
  t.accounts.id.push("0015g00000AbCdEAAA");  // 18-char id; deals use the 15-char form
  t.accounts.name.push("Northwind Analytics, Inc.");
  t.accounts.id.push("0015g00000XyZwQAAA");
  t.accounts.name.push("Contoso");
  const int32_t d0 = days_from_civil(2024, 5, 1);
  add_deal(t.deals, "0015g00000AbCdE", "", Outcome::won, d0);
  add_deal(t.deals, "", "contoso", Outcome::lost, d0);
  add_deal(t.deals, "", "Unknown Co", Outcome::lost, d0);
  RolesPresent present{true, true, false, false};
  std::vector<join::JoinStats> joins;
  const Customers c = build_customers(t, present, &joins);
  ASSERT_EQ(joins.size(), 1u);
  EXPECT_EQ(joins[0].matched_by_id, 1u);
  EXPECT_EQ(joins[0].matched_by_name, 1u);
  EXPECT_EQ(joins[0].unmatched, 1u);
  ASSERT_EQ(c.count(), 3u);  // two accounts, then the unmatched deal's company
  EXPECT_EQ(c.of_deal[0], 0);
  EXPECT_EQ(c.of_deal[1], 1);
  EXPECT_EQ(c.of_deal[2], 2);
  EXPECT_EQ(c.account_row[0], 0);
  EXPECT_EQ(c.account_row[2], -1);
}

}  // namespace
}  // namespace icp::metrics
