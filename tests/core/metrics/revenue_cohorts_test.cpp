#include "metrics/revenue_cohorts.h"

#include <gtest/gtest.h>

#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::RevenueWorld;

TEST(RevenueCohorts, RaggedTablesByAcquisitionQuarter) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B"), c = w.add_customer("C"), d = w.add_customer("D");
  w.add_customer("never paid");
  // 2024-Q1: A from January (100, 100, 0, 50, 50, 50), B from March (300, 300, 330, 330).
  const double a_mrr[] = {100, 100, 0, 50, 50, 50};
  for (int m = 1; m <= 6; ++m) w.snapshot(a, 2024, m, a_mrr[m - 1]);
  const double b_mrr[] = {300, 300, 330, 330};
  for (int m = 3; m <= 6; ++m) w.snapshot(b, 2024, m, b_mrr[m - 3]);
  // 2024-Q2: C from April (40, 0, 0), D from June (60).
  w.snapshot(c, 2024, 4, 40);
  w.snapshot(d, 2024, 6, 60);
  const MrrMatrix m = w.matrix();
  const RevenueCohorts r = compute_revenue_cohorts(m);
  ASSERT_EQ(r.cohorts.size(), 2u);
  EXPECT_EQ(r.groups.of_customer, (std::vector<uint32_t>{0, 0, 1, 1, kNoLevel}));

  const RevenueCohort& q1 = r.cohorts[0];
  EXPECT_EQ(q1.label, "2024-Q1");
  EXPECT_TRUE(q1.opening);  // holds January 2024, the first month of the data
  EXPECT_EQ(q1.customers, 2u);
  EXPECT_EQ(q1.start_mrr, 400);
  // k runs while every member is observed: B started in March, T = June: k = 0..3.
  ASSERT_EQ(q1.revenue_retention.size(), 4u);
  EXPECT_EQ(q1.revenue_retention[0], 1.0);
  EXPECT_DOUBLE_EQ(q1.revenue_retention[1], 400.0 / 400);
  EXPECT_DOUBLE_EQ(q1.revenue_retention[2], 330.0 / 400);  // A at 0, B at 330
  EXPECT_DOUBLE_EQ(q1.revenue_retention[3], 380.0 / 400);
  EXPECT_EQ(q1.logo_retention, (std::vector<double>{1.0, 1.0, 0.5, 1.0}));

  const RevenueCohort& q2 = r.cohorts[1];
  EXPECT_EQ(q2.label, "2024-Q2");
  EXPECT_FALSE(q2.opening);
  EXPECT_EQ(q2.customers, 2u);
  EXPECT_EQ(q2.start_mrr, 100);
  ASSERT_EQ(q2.revenue_retention.size(), 1u);  // D started in June = T
  EXPECT_EQ(q2.revenue_retention[0], 1.0);
  EXPECT_EQ(q2.logo_retention[0], 1.0);
}

TEST(RevenueCohorts, FiscalQuarters) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A");
  w.snapshot(a, 2024, 2, 10);
  w.snapshot(a, 2024, 3, 10);
  const RevenueCohorts r = compute_revenue_cohorts(w.matrix(), /*fiscal_year_start_month=*/2);
  ASSERT_EQ(r.cohorts.size(), 1u);
  EXPECT_EQ(r.cohorts[0].label, "FY2025-Q1");  // the fiscal year Feb 2024 .. Jan 2025
}

TEST(RevenueCohorts, NoRevenueDataNoCohorts) {
  RevenueWorld w;
  w.add_customer("A");
  const RevenueCohorts r = compute_revenue_cohorts(w.matrix());
  EXPECT_TRUE(r.cohorts.empty());
  EXPECT_EQ(r.groups.groups, 0u);
}

}  // namespace
}  // namespace icp::metrics
