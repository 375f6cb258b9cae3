#include "metrics/revenue_retention.h"

#include <gtest/gtest.h>

#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::RevenueWorld;

// 13 months, 2023-01 .. 2024-01: T = 2024-01, T − 12 = 2023-01.
struct RetentionWorld : RevenueWorld {
  int32_t a, b, c, d, e;
  RetentionWorld() {
    a = add_customer("A");
    b = add_customer("B");
    c = add_customer("C");
    d = add_customer("D");
    e = add_customer("E");
    for (int m = 1; m <= 12; ++m) {
      snapshot(a, 2023, m, 100);
      snapshot(b, 2023, m, 200);
    }
    snapshot(a, 2024, 1, 150);                         // expanded
    snapshot(b, 2024, 1, 100);                         // contracted
    for (int m = 1; m <= 6; ++m) snapshot(c, 2023, m, 100);  // churned in July
    for (int m = 5; m <= 12; ++m) snapshot(d, 2023, m, 500); // new after T − 12: not in NRR
    snapshot(d, 2024, 1, 500);
    snapshot(e, 2023, 1, 50);                          // left in February, back at T
    snapshot(e, 2024, 1, 70);
  }
};

TEST(RevenueRetention, NrrAndGrrByHand) {
  RetentionWorld w;
  const MrrMatrix m = w.matrix();
  ASSERT_EQ(m.months, 13);
  const NetRetention r = net_retention_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(r.n, 4u);  // A, B, C, E paid in 2023-01
  EXPECT_EQ(r.mrr_then, 450);
  EXPECT_EQ(r.mrr_now, 150 + 100 + 0 + 70);
  EXPECT_EQ(r.mrr_kept, 100 + 100 + 0 + 50);
  EXPECT_DOUBLE_EQ(*r.nrr.value, 320.0 / 450);
  EXPECT_DOUBLE_EQ(*r.grr.value, 250.0 / 450);
}

TEST(RevenueRetention, ByGroupAndBelowTheMinimum) {
  RetentionWorld w;
  const MrrMatrix m = w.matrix();
  CustomerGroups groups{{0, 0, 1, kNoLevel, 1}, 3};
  const std::vector<NetRetention> r = net_retention_by_group(m, groups, 1);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_DOUBLE_EQ(*r[0].nrr.value, 250.0 / 300);
  EXPECT_DOUBLE_EQ(*r[0].grr.value, 200.0 / 300);
  EXPECT_DOUBLE_EQ(*r[1].nrr.value, 70.0 / 150);
  EXPECT_DOUBLE_EQ(*r[1].grr.value, 50.0 / 150);
  EXPECT_EQ(r[2].n, 0u);
  EXPECT_EQ(r[2].nrr.reason, "no customers paying in 2023-01");

  const std::vector<NetRetention> strict = net_retention_by_group(m, groups, kMinSegmentCustomers);
  EXPECT_FALSE(strict[0].nrr.value);
  EXPECT_EQ(strict[0].nrr.reason, "insufficient data (n=2)");
  EXPECT_EQ(strict[0].grr.reason, "insufficient data (n=2)");
  EXPECT_EQ(strict[0].n, 2u);
}

TEST(RevenueRetention, NeedsThirteenMonths) {
  RetentionWorld w;
  w.settings.as_of_month = testing::month(2023, 12);
  const MrrMatrix m = w.matrix();
  const NetRetention r = net_retention_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_FALSE(r.nrr.value);
  EXPECT_EQ(r.nrr.reason, "needs 13 months of revenue data, have 12");
  EXPECT_EQ(r.grr.reason, "needs 13 months of revenue data, have 12");
}

TEST(RevenueRetention, NobodyPayingTwelveMonthsBefore) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  w.snapshot(a, 2023, 1, 0);  // a zero snapshot: the data starts here, nobody pays
  w.snapshot(b, 2023, 3, 10);
  w.snapshot(b, 2024, 1, 10);
  const MrrMatrix m = w.matrix();
  const NetRetention r = net_retention_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(r.n, 0u);
  EXPECT_EQ(r.nrr.reason, "no customers paying in 2023-01");
}

TEST(RevenueRetention, NoRevenueData) {
  RevenueWorld w;
  w.add_customer("A");
  const MrrMatrix m = w.matrix();
  const NetRetention r = net_retention_by_group(m, CustomerGroups::everyone(m.customers), 1)[0];
  EXPECT_EQ(r.nrr.reason, "no revenue data");
}

}  // namespace
}  // namespace icp::metrics
