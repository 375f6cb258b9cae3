#include "metrics/segments.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct World {
  table::Tables t;
  void deal(std::string_view account, std::string_view industry, double employees, std::string_view owner,
            double amount, Outcome o = Outcome::won) {
    table::DealTable& d = t.deals;
    d.outcome.push_back(o);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 2, 1));
    d.amount.push_back(amount);
    d.account_id.push_missing();
    d.account_name.push(account);
    if (industry.empty()) d.industry.push_missing(); else d.industry.push(industry);
    d.employees.push_back(employees);
    d.owner.push(owner);
    for (auto* col : {&d.lead_source, &d.deal_type, &d.product, &d.country}) col->push_missing();
  }
};

TEST(Segments, BandsFollowSpecEdges) {
  EXPECT_EQ(band_of(kEmployeeBands, 10), 0u);
  EXPECT_EQ(band_of(kEmployeeBands, 11), 1u);
  EXPECT_EQ(band_of(kEmployeeBands, 200), 2u);
  EXPECT_EQ(band_of(kEmployeeBands, 5000), 5u);
  EXPECT_EQ(band_of(kEmployeeBands, 5001), 6u);
  EXPECT_EQ(band_of(kAcvBands, 11999.99), 0u);
  EXPECT_EQ(band_of(kAcvBands, 250000), 5u);
  EXPECT_EQ(band_of(kAcvBands, kNaN), kNoLevel);
}

TEST(Segments, RareLevelsFoldIntoOtherAndCaseIsIgnored) {
  World w;
  for (int i = 0; i < 120; ++i) w.deal("A" + std::to_string(i), i % 2 ? "Software" : "software ", 100, "Ann", 5000);
  for (int i = 0; i < 80; ++i) w.deal("B" + std::to_string(i), "Healthcare", 2000, "Bob", 60000);
  w.deal("C1", "Mining", 100, "Ann", 5000);     // 1 of 202 deals: under 1%
  w.deal("C2", "Fishing", 100, "Ann", 5000);
  std::vector<join::JoinStats> joins;
  const Customers c = build_customers(w.t, {true, false, false, false}, &joins);
  const Segmentation s = build_segments(w.t, c);
  const Dimension* industry = s.find("industry");
  ASSERT_NE(industry, nullptr);
  EXPECT_TRUE(industry->account_attribute);
  ASSERT_EQ(industry->levels, (std::vector<std::string>{"software", "Healthcare", "Other"}));
  EXPECT_EQ(industry->folded, (std::vector<std::string>{"Fishing", "Mining"}));
  EXPECT_EQ(industry->of_deal[0], 0u);
  EXPECT_EQ(industry->of_deal[1], 0u);
  EXPECT_EQ(industry->of_deal[200], 2u);
  const Dimension* size = s.find("employees_band");
  ASSERT_NE(size, nullptr);
  EXPECT_EQ(size->levels, (std::vector<std::string>{"51-200", "1001-5000"}));
  const Dimension* acv = s.find("acv_band");
  ASSERT_NE(acv, nullptr);
  EXPECT_EQ(acv->levels, (std::vector<std::string>{"<12k", "50-100k"}));
  EXPECT_FALSE(acv->account_attribute);
  const Dimension* owner = s.find("owner");
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->of_customer[c.of_deal[150]], 1u);  // Bob
  EXPECT_EQ(s.find("lead_source"), nullptr);           // no values: no dimension
}

TEST(Segments, AccountsFileOutranksTheDealExport) {
  World w;
  w.t.accounts.id.push_missing();
  w.t.accounts.name.push("Acme");
  w.t.accounts.industry.push("Retail");
  w.t.accounts.country.push("Canada");
  w.t.accounts.region.push_missing();
  w.t.accounts.employees.push_back(40);
  w.t.accounts.annual_revenue.push_back(kNaN);
  w.t.accounts.created.push_back(table::kNoDate);
  w.t.accounts.go_live.push_back(table::kNoDate);
  w.t.accounts.health_score.push_back(kNaN);
  w.deal("Acme", "Software", 300, "Ann", 5000);
  w.deal("Other Co", "Software", 300, "Ann", 5000, Outcome::lost);
  std::vector<join::JoinStats> joins;
  const Customers c = build_customers(w.t, {true, true, false, false}, &joins);
  const Segmentation s = build_segments(w.t, c);
  const Dimension* industry = s.find("industry");
  ASSERT_NE(industry, nullptr);
  EXPECT_EQ(industry->levels[industry->of_deal[0]], "Retail");
  EXPECT_EQ(industry->levels[industry->of_deal[1]], "Software");
  const Dimension* size = s.find("employees_band");
  ASSERT_NE(size, nullptr);
  EXPECT_EQ(size->levels[size->of_deal[0]], "11-50");
}

}  // namespace
}  // namespace icp::metrics
