#include "metrics/logo_churn.h"

#include <gtest/gtest.h>

#include <cmath>

#include "metrics/revenue_retention.h"
#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::RevenueWorld;

// 40 customers paying from 2024-01 to 2025-01 (13 months), but customer 0 stops after February,
// 1 after April, 2 after July and 3 after October: they churn in March, May, August, November.
struct ChurnWorld : RevenueWorld {
  ChurnWorld() {
    const int last_paid[4] = {2, 4, 7, 10};
    for (int k = 0; k < 40; ++k) {
      const int32_t c = add_customer("C" + std::to_string(k));
      for (int m = 1; m <= 13; ++m) {
        if (k < 4 && m > last_paid[k]) break;
        snapshot(c, 2024 + (m - 1) / 12, (m - 1) % 12 + 1, 100);
      }
    }
  }
};

TEST(RevenueLogoChurn, AnnualisesByCompounding) {
  EXPECT_DOUBLE_EQ(annualize_monthly_churn(0), 0);
  EXPECT_DOUBLE_EQ(annualize_monthly_churn(1), 1);
  EXPECT_NEAR(annualize_monthly_churn(0.01), 1 - std::pow(0.99, 12), 1e-15);
  EXPECT_NEAR(annualize_monthly_churn(0.05), 0.45963991233736334, 1e-15);
  EXPECT_LT(annualize_monthly_churn(0.05), 12 * 0.05);  // never 12·m
}

TEST(RevenueLogoChurn, TrailingTwelveMonthsByHand) {
  ChurnWorld w;
  const MrrMatrix m = w.matrix();
  ASSERT_EQ(m.months, 13);
  const LogoChurn l = logo_churn_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  // Paying at the start of Feb..Jan: 40 40 39 39 38 38 38 37 37 37 36 36.
  EXPECT_EQ(l.months, 12);
  EXPECT_EQ(l.customer_months, 455u);
  EXPECT_EQ(l.churned, 4u);
  EXPECT_EQ(l.customers, 40u);
  EXPECT_DOUBLE_EQ(*l.monthly.value, 4.0 / 455);
  EXPECT_NEAR(*l.annualized.value, 1 - std::pow(1 - 4.0 / 455, 12), 1e-15);
  const stats::Interval ci = stats::wilson_interval(4, 455);
  EXPECT_DOUBLE_EQ(l.monthly_ci->low, ci.low);
  EXPECT_DOUBLE_EQ(l.monthly_ci->high, ci.high);
  EXPECT_NEAR(l.annualized_ci->low, 1 - std::pow(1 - ci.low, 12), 1e-15);
  EXPECT_NEAR(l.annualized_ci->high, 1 - std::pow(1 - ci.high, 12), 1e-15);
  EXPECT_LT(l.annualized_ci->low, *l.annualized.value);
  EXPECT_GT(l.annualized_ci->high, *l.annualized.value);
}

TEST(RevenueLogoChurn, TheWindowIsTheTwelveMonthsEndingT) {
  ChurnWorld w;
  w.settings.as_of_month = testing::month(2024, 6);  // Feb..Jun: 40 40 39 39 38, 2 churned
  const MrrMatrix m = w.matrix();
  const LogoChurn l = logo_churn_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(l.months, 5);
  EXPECT_EQ(l.customer_months, 196u);
  EXPECT_EQ(l.churned, 2u);
  EXPECT_DOUBLE_EQ(*l.monthly.value, 2.0 / 196);
}

TEST(RevenueLogoChurn, SegmentsNeedThirtyCustomers) {
  ChurnWorld w;
  const MrrMatrix m = w.matrix();
  CustomerGroups groups{std::vector<uint32_t>(40, 0), 2};
  for (int k = 0; k < 10; ++k) groups.of_customer[k] = 1;
  const std::vector<LogoChurn> l = logo_churn_by_group(m, groups, kMinSegmentCustomers);
  EXPECT_EQ(l[0].customers, 30u);
  EXPECT_DOUBLE_EQ(*l[0].monthly.value, 0.0);  // all four churners are in group 1
  EXPECT_EQ(l[1].customers, 10u);
  EXPECT_FALSE(l[1].annualized.value);
  EXPECT_EQ(l[1].annualized.reason, "insufficient data (n=10)");
}

TEST(RevenueLogoChurn, AWideIntervalIsInsufficientData) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  w.snapshot(a, 2024, 1, 10);
  w.snapshot(b, 2024, 1, 10);
  w.snapshot(a, 2024, 2, 10);
  w.snapshot(a, 2024, 3, 10);
  const MrrMatrix m = w.matrix();
  const LogoChurn l = logo_churn_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(l.customer_months, 3u);  // Feb: A, B; Mar: A
  EXPECT_EQ(l.churned, 1u);
  EXPECT_FALSE(l.monthly.value);
  EXPECT_EQ(l.monthly.reason, "insufficient data (n=3)");
  ASSERT_TRUE(l.monthly_ci);  // the interval is still given
}

TEST(RevenueLogoChurn, OneMonthOfDataHasNoMonthStart) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A");
  w.snapshot(a, 2024, 1, 10);
  const MrrMatrix m = w.matrix();
  const LogoChurn l = logo_churn_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(l.annualized.reason, "needs 2 months of revenue data, have 1");
  EXPECT_FALSE(l.monthly_ci);
}

}  // namespace
}  // namespace icp::metrics
