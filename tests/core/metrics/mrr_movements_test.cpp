#include "metrics/mrr_movements.h"

#include <gtest/gtest.h>

#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::RevenueWorld;

TEST(MrrMovements, ClassifiesEachMove) {
  EXPECT_EQ(classify_mrr_move(0, 100, false), MrrMove::new_customer);
  EXPECT_EQ(classify_mrr_move(0, 100, true), MrrMove::reactivation);
  EXPECT_EQ(classify_mrr_move(100, 150, true), MrrMove::expansion);
  EXPECT_EQ(classify_mrr_move(100, 60, true), MrrMove::contraction);
  EXPECT_EQ(classify_mrr_move(100, 0, true), MrrMove::churn);
  EXPECT_EQ(classify_mrr_move(100, 100, true), MrrMove::none);
  EXPECT_EQ(classify_mrr_move(0, 0, true), MrrMove::none);
  EXPECT_EQ(classify_mrr_move(0, 0, false), MrrMove::none);
}

TEST(MrrMovements, EachMonthAddsUpFromStartToEnd) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B"), c = w.add_customer("C"), d = w.add_customer("D");
  // Jan: A 100, B 200.  Feb: A 150 (expansion), B 120 (contraction), C 50 (new).
  // Mar: A 0 (churn), B 120, C 80 (expansion), D 10 (new).
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(b, 2024, 1, 200);
  w.snapshot(a, 2024, 2, 150);
  w.snapshot(b, 2024, 2, 120);
  w.snapshot(c, 2024, 2, 50);
  w.snapshot(b, 2024, 3, 120);
  w.snapshot(c, 2024, 3, 80);
  w.snapshot(d, 2024, 3, 10);
  const std::vector<MrrMovement> mv = compute_mrr_movements(w.matrix());
  ASSERT_EQ(mv.size(), 3u);

  EXPECT_EQ(mv[0].label, "2024-01");
  EXPECT_TRUE(mv[0].opening);
  EXPECT_EQ(mv[0].start_mrr, 0);
  EXPECT_EQ(mv[0].new_mrr, 300);
  EXPECT_EQ(mv[0].new_customers, 2u);
  EXPECT_EQ(mv[0].end_mrr, 300);
  EXPECT_FALSE(mv[0].logo_churn.value);
  EXPECT_EQ(mv[0].logo_churn.reason, "no customers paying at the start of the month");

  EXPECT_EQ(mv[1].label, "2024-02");
  EXPECT_FALSE(mv[1].opening);
  EXPECT_EQ(mv[1].start_mrr, 300);
  EXPECT_EQ(mv[1].customers_start, 2u);
  EXPECT_EQ(mv[1].new_mrr, 50);
  EXPECT_EQ(mv[1].expansion, 50);
  EXPECT_EQ(mv[1].contraction, 80);
  EXPECT_EQ(mv[1].churn, 0);
  EXPECT_EQ(mv[1].end_mrr, 320);
  EXPECT_EQ(mv[1].customers_end, 3u);
  EXPECT_EQ(mv[1].expansion_customers, 1u);
  EXPECT_EQ(mv[1].contraction_customers, 1u);
  EXPECT_EQ(*mv[1].logo_churn.value, 0);

  EXPECT_EQ(mv[2].start_mrr, 320);
  EXPECT_EQ(mv[2].churn, 150);
  EXPECT_EQ(mv[2].churned_customers, 1u);
  EXPECT_EQ(mv[2].expansion, 30);
  EXPECT_EQ(mv[2].new_mrr, 10);
  EXPECT_EQ(mv[2].end_mrr, 210);
  EXPECT_DOUBLE_EQ(*mv[2].logo_churn.value, 1.0 / 3);
  for (const MrrMovement& m : mv) {
    EXPECT_EQ(m.end_mrr, m.start_mrr + m.new_mrr + m.expansion - m.contraction - m.churn + m.reactivation) << m.label;
  }
}

TEST(MrrMovements, ACustomerWhoChurnsAndReturnsIsReactivatedNotNew) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A");
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(a, 2024, 2, 100);
  // March and April: nothing. May: back at 80.
  w.snapshot(a, 2024, 5, 80);
  const std::vector<MrrMovement> mv = compute_mrr_movements(w.matrix());
  ASSERT_EQ(mv.size(), 5u);
  EXPECT_EQ(mv[0].new_customers, 1u);
  EXPECT_EQ(mv[2].churned_customers, 1u);
  EXPECT_EQ(mv[2].churn, 100);
  EXPECT_EQ(mv[4].reactivated_customers, 1u);
  EXPECT_EQ(mv[4].reactivation, 80);
  EXPECT_EQ(mv[4].new_customers, 0u);
  EXPECT_EQ(mv[4].new_mrr, 0);
  uint64_t news = 0;
  for (const MrrMovement& m : mv) news += m.new_customers;
  EXPECT_EQ(news, 1u);
}

TEST(MrrMovements, AMonthWithNoCustomersIsAGap) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(b, 2024, 1, 50);
  // February: no snapshot at all.
  w.snapshot(a, 2024, 3, 100);
  w.snapshot(b, 2024, 4, 50);
  const std::vector<MrrMovement> mv = compute_mrr_movements(w.matrix());
  ASSERT_EQ(mv.size(), 4u);
  EXPECT_EQ(mv[1].label, "2024-02");
  EXPECT_EQ(mv[1].end_mrr, 0);
  EXPECT_EQ(mv[1].customers_end, 0u);
  EXPECT_EQ(mv[1].churned_customers, 2u);
  EXPECT_EQ(*mv[1].logo_churn.value, 1.0);
  // March starts with nobody paying: no logo churn rate, one reactivation.
  EXPECT_EQ(mv[2].customers_start, 0u);
  EXPECT_FALSE(mv[2].logo_churn.value);
  EXPECT_EQ(mv[2].logo_churn.reason, "no customers paying at the start of the month");
  EXPECT_EQ(mv[2].reactivated_customers, 1u);
  EXPECT_EQ(mv[2].new_customers, 0u);
  EXPECT_EQ(mv[3].reactivated_customers, 1u);
  EXPECT_EQ(mv[3].churned_customers, 1u);  // A leaves in April
}

TEST(MrrMovements, NoRevenueDataGivesNoMonths) {
  RevenueWorld w;
  w.add_customer("A");
  EXPECT_TRUE(compute_mrr_movements(w.matrix()).empty());
}

}  // namespace
}  // namespace icp::metrics
