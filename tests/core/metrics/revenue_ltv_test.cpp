#include "metrics/revenue_ltv.h"

#include <gtest/gtest.h>

#include "metrics/revenue_retention.h"
#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::RevenueWorld;

// 2024-01 .. 2024-07: T = July, the window is February .. July.
//   A 100 every month; B 200, down to 150 from April; C 100 until May (churns in June);
//   D 10, up to 20 from March (expansion does not offset churn: the rate is gross).
struct LtvWorld : RevenueWorld {
  LtvWorld() {
    const int32_t a = add_customer("A"), b = add_customer("B"), c = add_customer("C"), d = add_customer("D");
    for (int m = 1; m <= 7; ++m) {
      snapshot(a, 2024, m, 100);
      snapshot(b, 2024, m, m < 4 ? 200 : 150);
      if (m <= 5) snapshot(c, 2024, m, 100);
      snapshot(d, 2024, m, m < 3 ? 10 : 20);
    }
  }
};

TEST(RevenueLtv, ByHand) {
  LtvWorld w;
  const MrrMatrix m = w.matrix();
  const CustomerLtv l = ltv_by_group(m, CustomerGroups::everyone(m.customers), 0.8, 1)[0];
  // Starts Feb..Jul: 410 410 420 370 370 270; lost: April 50 (B), June 100 (C).
  const double churn = (50.0 / 420 + 100.0 / 370) / 6;
  EXPECT_EQ(l.churn_months, 6);
  EXPECT_EQ(l.paying, 3u);
  EXPECT_EQ(l.mrr, 270);
  EXPECT_DOUBLE_EQ(*l.arpa.value, 90);
  EXPECT_DOUBLE_EQ(*l.revenue_churn.value, churn);
  EXPECT_DOUBLE_EQ(l.gross_margin, 0.8);
  EXPECT_DOUBLE_EQ(*l.ltv.value, 90 * 0.8 / churn);
}

TEST(RevenueLtv, ZeroChurnHasNoLtv) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  for (int m = 1; m <= 9; ++m) {
    w.snapshot(a, 2024, m, 100);
    w.snapshot(b, 2024, m, 10.0 * m);  // only expansion
  }
  const MrrMatrix m = w.matrix();
  const CustomerLtv l = ltv_by_group(m, CustomerGroups::everyone(m.customers), 0.8, 1)[0];
  EXPECT_EQ(*l.revenue_churn.value, 0);
  EXPECT_DOUBLE_EQ(*l.arpa.value, 95);
  EXPECT_FALSE(l.ltv.value);
  EXPECT_EQ(l.ltv.reason, "no revenue churn in the trailing 6 months");
}

TEST(RevenueLtv, ChurnBeforeTheWindowDoesNotCount) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  for (int m = 1; m <= 10; ++m) w.snapshot(a, 2024, m, 100);
  for (int m = 1; m <= 3; ++m) w.snapshot(b, 2024, m, 100);  // churns in April; the window is May..Oct
  const MrrMatrix m = w.matrix();
  const CustomerLtv l = ltv_by_group(m, CustomerGroups::everyone(m.customers), 0.8, 1)[0];
  EXPECT_EQ(l.ltv.reason, "no revenue churn in the trailing 6 months");
}

TEST(RevenueLtv, SegmentsBelowTheMinimumAndGroupsWithoutPayingCustomers) {
  LtvWorld w;
  const MrrMatrix m = w.matrix();
  CustomerGroups groups{{0, 0, 1, 0}, 2};
  const std::vector<CustomerLtv> l = ltv_by_group(m, groups, 0.8, kMinSegmentCustomers);
  EXPECT_EQ(l[0].arpa.reason, "insufficient data (n=3)");
  EXPECT_EQ(l[0].ltv.reason, "insufficient data (n=3)");
  EXPECT_EQ(l[1].paying, 0u);  // C churned
  EXPECT_EQ(l[1].arpa.reason, "no customers paying in 2024-07");
  // The group's own churn rate is still given: C lost all of it in June.
  EXPECT_DOUBLE_EQ(*l[1].revenue_churn.value, 1.0 / 5);  // months with MRR at start: Feb..Jun
  EXPECT_EQ(l[1].churn_months, 5);
}

}  // namespace
}  // namespace icp::metrics
