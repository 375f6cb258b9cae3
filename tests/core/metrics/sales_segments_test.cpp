#include "metrics/sales_segments.h"

#include <gtest/gtest.h>

#include <random>

#include "stats/wilson_interval.h"
#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

// A generated world: two industries with planted win rates 0.5 and 0.2, a third with 0.35; the
// segment win rates must fall inside their own intervals around the realised counts, the test
// counts the rows itself, and the planted gap between the first two is found significant.
TEST(SalesBySegment, PlantedWinRatesAreRecovered) {
  table::Tables t;
  std::mt19937_64 rng(20241201);
  std::uniform_real_distribution<double> u(0, 1);
  const char* industries[] = {"Software", "Healthcare", "Retail"};
  const double planted[] = {0.5, 0.2, 0.35};
  uint64_t won[3] = {}, closed[3] = {};
  for (int i = 0; i < 900; ++i) {
    const int g = i % 3;
    const bool w = u(rng) < planted[g];
    t.deals.outcome.push_back(w ? Outcome::won : Outcome::lost);
    t.deals.created.push_back(days_from_civil(2024, 1, 1) + i % 200);
    t.deals.closed.push_back(days_from_civil(2024, 1, 1) + i % 200 + 30 + i % 17);
    t.deals.amount.push_back(1000 + 10 * i);
    t.deals.account_id.push_missing();
    t.deals.account_name.push("Co " + std::to_string(i));
    t.deals.industry.push(industries[g]);
    t.deals.employees.push_back(100);
    won[g] += w;
    ++closed[g];
  }
  const Customers c = build_customers(t, {true, false, false, false}, nullptr);
  const Segmentation s = build_segments(t, c);
  const AnalysisSettings settings;
  const AnalysisInput in{t, c, s, settings, data_as_of_day(t)};
  const SalesBySegment out = compute_sales_by_segment(in);
  const DimensionSales* industry = nullptr;
  for (const auto& d : out.by_dimension) {
    if (d.dimension == "industry") industry = &d;
  }
  ASSERT_NE(industry, nullptr);
  ASSERT_EQ(industry->segments.size(), 3u);
  for (const auto& seg : industry->segments) {
    int g = 0;
    while (seg.segment != industries[g]) ++g;
    EXPECT_EQ(seg.figures.won, won[g]);
    EXPECT_EQ(seg.figures.closed(), closed[g]);
    ASSERT_TRUE(seg.figures.win_rate.value);
    const stats::Interval ci = *seg.figures.win_rate_ci;
    EXPECT_LE(ci.low, planted[g]);
    EXPECT_GE(ci.high, planted[g]);
    EXPECT_EQ(seg.figures.new_logos, won[g]);  // every account is its own
    ASSERT_TRUE(seg.q_value);
    EXPECT_GE(*seg.q_value, *seg.p_value);
  }
  // Software (0.5) and Healthcare (0.2) each differ from the rest.
  for (const auto& seg : industry->segments) {
    if (seg.segment != "Retail") EXPECT_LT(*seg.q_value, 0.05) << seg.segment;
  }
}

TEST(SalesBySegment, SmallSegmentsSayInsufficientData) {
  table::Tables t;
  for (int i = 0; i < 40; ++i) {
    t.deals.outcome.push_back(i % 2 ? Outcome::won : Outcome::lost);
    t.deals.created.push_back(days_from_civil(2024, 1, 1));
    t.deals.closed.push_back(days_from_civil(2024, 3, 1));
    t.deals.amount.push_back(5000);
    t.deals.account_id.push_missing();
    t.deals.account_name.push("Co " + std::to_string(i));
    t.deals.owner.push(i < 35 ? "Ann" : "Bob");
  }
  const Customers c = build_customers(t, {true, false, false, false}, nullptr);
  const Segmentation s = build_segments(t, c);
  const AnalysisSettings settings;
  const AnalysisInput in{t, c, s, settings, data_as_of_day(t)};
  const SalesBySegment out = compute_sales_by_segment(in);
  ASSERT_EQ(out.by_dimension.size(), 1u);  // owner only (acv_band has one level)
  const auto& bob = out.by_dimension[0].segments[1];
  EXPECT_EQ(bob.segment, "Bob");
  EXPECT_FALSE(bob.figures.win_rate.value);
  EXPECT_EQ(bob.figures.win_rate.reason, "insufficient data (n=5)");
}

}  // namespace
}  // namespace icp::metrics
