#include "metrics/sales_periods.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

void deal(table::DealTable& t, std::string_view account, Outcome o, int32_t created, int32_t closed, double amount) {
  t.outcome.push_back(o);
  t.created.push_back(created);
  t.closed.push_back(closed);
  t.amount.push_back(amount);
  t.account_id.push_missing();
  t.account_name.push(account);
}

struct Fixture {
  table::Tables t;
  Customers customers;
  Segmentation segments;
  AnalysisSettings settings;
  SalesByPeriod run() {
    customers = build_customers(t, {true, false, false, false}, nullptr);
    segments = build_segments(t, customers);
    const AnalysisInput in{t, customers, segments, settings, data_as_of_day(t)};
    return compute_sales_by_period(in);
  }
};

// Created counts go by the created date, closed figures by the close date; an empty quarter in
// between is kept; an open deal's future expected close date moves nothing.
TEST(SalesByPeriod, BucketsByTheRightDateWithoutGaps) {
  Fixture f;
  const auto d = [](int y, int m, int dd) { return days_from_civil(y, m, dd); };
  deal(f.t.deals, "A", Outcome::won, d(2024, 1, 10), d(2024, 4, 10), 1000);   // created Q1, won Q2
  deal(f.t.deals, "B", Outcome::lost, d(2024, 2, 1), d(2024, 3, 1), 500);     // created Q1, lost Q1
  deal(f.t.deals, "A", Outcome::won, d(2024, 3, 1), d(2024, 11, 1), 2000);    // A's second win: no new logo
  deal(f.t.deals, "C", Outcome::open, d(2024, 11, 5), d(2027, 1, 1), 700);    // open, expected 2027
  deal(f.t.deals, "D", Outcome::lost, table::kNoDate, table::kNoDate, 100);   // undated
  const SalesByPeriod s = f.run();
  ASSERT_EQ(s.periods.size(), 4u);  // 2024-Q1 .. 2024-Q4 (as of 2024-11-05)
  EXPECT_EQ(s.periods[0].label, "2024-Q1");
  EXPECT_EQ(s.periods[0].created, 3u);
  EXPECT_DOUBLE_EQ(s.periods[0].pipeline_created, 3500);
  EXPECT_EQ(s.periods[0].closed.lost, 1u);
  EXPECT_EQ(s.periods[0].closed.won, 0u);
  EXPECT_EQ(s.periods[1].closed.won, 1u);
  EXPECT_EQ(s.periods[1].closed.new_logos, 1u);
  EXPECT_EQ(s.periods[2].closed.closed(), 0u);  // 2024-Q3: nothing, still there
  EXPECT_EQ(s.periods[3].created, 1u);
  EXPECT_EQ(s.periods[3].closed.won, 1u);
  EXPECT_EQ(s.periods[3].closed.new_logos, 0u);
  EXPECT_EQ(s.without_created_date, 1u);
  EXPECT_EQ(s.closed_without_close_date, 1u);
}

TEST(SalesByPeriod, MonthsAndFiscalYears) {
  Fixture f;
  f.settings.periods = {Granularity::year, 2};
  deal(f.t.deals, "A", Outcome::won, days_from_civil(2024, 1, 10), days_from_civil(2024, 2, 10), 1000);
  const SalesByPeriod s = f.run();
  ASSERT_EQ(s.periods.size(), 2u);
  EXPECT_EQ(s.periods[0].label, "FY2024");
  EXPECT_EQ(s.periods[1].label, "FY2025");
  EXPECT_EQ(s.periods[1].closed.won, 1u);
}

TEST(SalesByPeriod, NoDealsNoPeriods) {
  Fixture f;
  EXPECT_TRUE(f.run().periods.empty());
}

}  // namespace
}  // namespace icp::metrics
