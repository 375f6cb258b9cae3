#include "metrics/mrr_matrix.h"

#include <gtest/gtest.h>

#include "metrics/revenue_rows.h"
#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::month;
using testing::RevenueWorld;

TEST(MrrMatrix, NoRevenueRowsGiveAnEmptyMatrix) {
  RevenueWorld w;
  w.add_customer("Acme");
  const MrrMatrix m = w.matrix();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.customers, 1u);
  EXPECT_EQ(m.at(0, month(2024, 1)), 0);
  EXPECT_FALSE(m.first_paid_month(0));
}

TEST(MrrMatrix, SnapshotsOfOneCustomerMonthAddUp) {
  RevenueWorld w;
  const int32_t a = w.add_customer("Acme");
  const int32_t b = w.add_customer("Beta");
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(a, 2024, 1, 50);  // a second subscription of the same customer in the same month
  w.snapshot(a, 2024, 3, 120);
  w.snapshot(b, 2024, 2, 10);
  w.snapshot(b, 2024, 2, 5);
  w.snapshot(b, 2024, 2, 0);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.first_month, month(2024, 1));
  EXPECT_EQ(m.months, 3);
  EXPECT_EQ(m.as_of_month, month(2024, 3));  // the last month any snapshot names
  EXPECT_EQ(m.at(a, month(2024, 1)), 150);
  EXPECT_EQ(m.at(a, month(2024, 2)), 0);  // no row: nothing paid
  EXPECT_EQ(m.at(a, month(2024, 3)), 120);
  EXPECT_EQ(m.at(b, month(2024, 2)), 15);
  EXPECT_EQ(*m.first_paid_month(a), month(2024, 1));
  EXPECT_EQ(*m.first_paid_month(b), month(2024, 2));
}

TEST(MrrMatrix, RowsWithoutCustomerAndNegativeMrrAreLeftOutAndCounted) {
  RevenueWorld w;
  const int32_t a = w.add_customer("Acme");
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(kNoCustomer, 2024, 1, 999);
  w.snapshot(kNoCustomer, 2024, 5, 999);  // would push the as-of month, but has no customer
  w.snapshot(a, 2024, 2, -40);            // a credit note: not a subscription
  w.snapshot(a, 2024, 2, 100);
  w.snapshot(a, 2024, 3, std::nan(""));
  w.row(a, table::kNoDate, table::kNoDate, 70);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.months, 2);
  EXPECT_EQ(m.as_of_month, month(2024, 2));
  EXPECT_EQ(m.at(a, month(2024, 1)), 100);
  EXPECT_EQ(m.at(a, month(2024, 2)), 100);
  const RevenueRowCounts c = count_revenue_rows(w.tables.revenue, w.customers);
  EXPECT_EQ(c.used, 2u);
  EXPECT_EQ(c.without_customer, 2u);
  EXPECT_EQ(c.negative_mrr, 1u);
  EXPECT_EQ(c.without_mrr, 1u);
  EXPECT_EQ(c.without_start, 1u);
}

TEST(MrrMatrix, IntervalsCountOnTheFirstDayOfEachMonthWithAnExclusiveEnd) {
  RevenueWorld w(/*intervals=*/true);
  const int32_t a = w.add_customer("Acme");
  const int32_t b = w.add_customer("Beta");
  const int32_t c = w.add_customer("Gamma");
  w.interval(a, days_from_civil(2024, 1, 15), days_from_civil(2024, 5, 1), 100);  // Feb..Apr
  w.interval(b, days_from_civil(2024, 1, 1), days_from_civil(2024, 5, 2), 30);    // Jan..May
  w.interval(b, days_from_civil(2024, 3, 1), table::kNoDate, 20);                 // open, adds up
  w.interval(c, days_from_civil(2024, 6, 20), days_from_civil(2024, 6, 25), 10);  // no first day inside
  w.interval(c, days_from_civil(2024, 7, 31), days_from_civil(2024, 8, 10), 0);   // the latest date
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.first_month, month(2024, 1));
  // The latest date, 2024-08-10, is inside August: the last complete month is July.
  EXPECT_EQ(m.as_of_month, month(2024, 7));
  EXPECT_EQ(m.months, 7);
  EXPECT_EQ(m.at(a, month(2024, 1)), 0);
  EXPECT_EQ(m.at(a, month(2024, 2)), 100);
  EXPECT_EQ(m.at(a, month(2024, 4)), 100);
  EXPECT_EQ(m.at(a, month(2024, 5)), 0);
  EXPECT_EQ(m.at(b, month(2024, 1)), 30);
  EXPECT_EQ(m.at(b, month(2024, 3)), 50);
  EXPECT_EQ(m.at(b, month(2024, 5)), 50);
  EXPECT_EQ(m.at(b, month(2024, 6)), 20);
  EXPECT_EQ(m.at(b, month(2024, 7)), 20);
  EXPECT_FALSE(m.first_paid_month(c));
}

TEST(MrrMatrix, IntervalsEndingOnAMonthsLastDayMakeItComplete) {
  RevenueWorld w(/*intervals=*/true);
  const int32_t a = w.add_customer("Acme");
  w.interval(a, days_from_civil(2024, 1, 1), days_from_civil(2024, 4, 30), 100);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.as_of_month, month(2024, 4));
  EXPECT_EQ(m.at(a, month(2024, 4)), 100);  // active on April 1st (the end, April 30, is exclusive)
}

TEST(MrrMatrix, AnnualContractIsSpreadOverItsTwelveMonths) {
  // The ingest divides a yearly amount by 12: a 12,000 contract is 1,000 of MRR for a year.
  RevenueWorld w(/*intervals=*/true);
  const int32_t a = w.add_customer("Acme");
  const int32_t b = w.add_customer("Beta");
  w.interval(a, days_from_civil(2024, 1, 1), days_from_civil(2025, 1, 1), 12000.0 / 12);
  w.interval(b, days_from_civil(2024, 1, 1), days_from_civil(2025, 6, 30), 10);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.as_of_month, month(2025, 6));
  for (int mo = 1; mo <= 12; ++mo) EXPECT_EQ(m.at(a, month(2024, mo)), 1000) << mo;
  EXPECT_EQ(m.at(a, month(2025, 1)), 0);
}

TEST(MrrMatrix, TheSettingsAsOfMonthCutsTheMatrix) {
  RevenueWorld w;
  const int32_t a = w.add_customer("Acme");
  for (int mo = 1; mo <= 6; ++mo) w.snapshot(a, 2024, mo, 100 * mo);
  w.settings.as_of_month = month(2024, 4);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.as_of_month, month(2024, 4));
  EXPECT_EQ(m.months, 4);
  EXPECT_EQ(m.at(a, month(2024, 4)), 400);
  EXPECT_EQ(m.at(a, month(2024, 5)), 0);  // after the as-of month: outside the matrix
}

TEST(MrrMatrix, AStrayDateDecadesBackDoesNotMakeCenturiesOfColumns) {
  RevenueWorld w;
  const int32_t a = w.add_customer("Acme");
  w.snapshot(a, 1900, 1, 100);
  w.snapshot(a, 2024, 6, 100);
  const MrrMatrix m = w.matrix();
  EXPECT_EQ(m.as_of_month, month(2024, 6));
  EXPECT_EQ(m.months, 360);
  EXPECT_EQ(*m.first_paid_month(a), month(2024, 6));
}

}  // namespace
}  // namespace icp::metrics
