#include "metrics/sales_figures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "metrics/level_column.h"
#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

// A seeded table of deals with every case the figures distinguish: open, won, lost; amounts
// missing, negative or zero; dates missing or a close before the created date.
table::DealTable mixed_deals(size_t n) {
  std::mt19937_64 random(20261202);
  table::DealTable d;
  for (size_t i = 0; i < n; ++i) {
    const Outcome outcomes[] = {Outcome::open, Outcome::won, Outcome::lost};
    d.outcome.push_back(outcomes[random() % 3]);
    const int32_t created = days_from_civil(2024, 1, 1) + static_cast<int32_t>(random() % 400);
    const int32_t closed = created + static_cast<int32_t>(random() % 120) - 10;  // sometimes before
    d.created.push_back(random() % 10 == 0 ? table::kNoDate : created);
    d.closed.push_back(random() % 10 == 0 ? table::kNoDate : closed);
    const double amounts[] = {std::numeric_limits<double>::quiet_NaN(), -500, 0, 1250.5, 98000};
    d.amount.push_back(amounts[random() % 5]);
  }
  return d;
}

void expect_same(const SalesFigures& a, const SalesFigures& b) {
  EXPECT_EQ(a.deals, b.deals);
  EXPECT_EQ(a.won, b.won);
  EXPECT_EQ(a.lost, b.lost);
  EXPECT_EQ(a.open, b.open);
  EXPECT_EQ(a.won_with_amount, b.won_with_amount);
  EXPECT_EQ(a.won_with_cycle, b.won_with_cycle);
  EXPECT_EQ(a.lost_with_cycle, b.lost_with_cycle);
  EXPECT_EQ(a.with_amount, b.with_amount);
  EXPECT_EQ(a.pipeline_created, b.pipeline_created);
  EXPECT_EQ(a.bookings.value, b.bookings.value);
  EXPECT_EQ(a.acv_mean.value, b.acv_mean.value);
  ASSERT_EQ(a.acv_won.value.has_value(), b.acv_won.value.has_value());
  if (a.acv_won.value) {
    EXPECT_EQ(a.acv_won.value->median, b.acv_won.value->median);
  }
  ASSERT_EQ(a.cycle_days_won.value.has_value(), b.cycle_days_won.value.has_value());
  if (a.cycle_days_won.value) {
    EXPECT_EQ(a.cycle_days_won.value->median, b.cycle_days_won.value->median);
  }
  ASSERT_EQ(a.cycle_days_lost.value.has_value(), b.cycle_days_lost.value.has_value());
  if (a.cycle_days_lost.value) {
    EXPECT_EQ(a.cycle_days_lost.value->q3, b.cycle_days_lost.value->q3);
  }
}

TEST(SalesFigures, FactsColumnGivesTheFiguresOfTheTable) {
  const table::DealTable deals = mixed_deals(3000);
  const DealFactsColumn facts = deal_facts(deals, nullptr);
  std::vector<uint32_t> all(deals.size()), some;
  for (uint32_t i = 0; i < all.size(); ++i) {
    all[i] = i;
    if (i % 7 == 3) some.push_back(i);
  }
  expect_same(compute_sales_figures(facts, all), compute_sales_figures(deals, nullptr));
  expect_same(compute_sales_figures(facts, some), compute_sales_figures(deals, nullptr, &some));
}

TEST(SalesFigures, ByLevelInOnePassEqualsEachLevelsRows) {
  const table::DealTable deals = mixed_deals(5000);
  const DealFactsColumn facts = deal_facts(deals, nullptr);
  constexpr size_t kLevels = 6;
  std::mt19937_64 random(7);
  std::vector<uint8_t> level_of_deal(deals.size());
  std::vector<std::vector<uint32_t>> rows(kLevels);
  for (uint32_t d = 0; d < level_of_deal.size(); ++d) {
    // Level 4 stays empty; some deals are in no level (LevelColumn::kNone) or past the last (kLevels).
    const uint32_t pick = static_cast<uint32_t>(random() % 9);
    const uint8_t level = pick == 4 ? 5 : pick < kLevels ? static_cast<uint8_t>(pick) : pick == 6 ? kLevels : LevelColumn::kNone;
    level_of_deal[d] = level;
    if (level < kLevels) rows[level].push_back(d);
  }
  const std::vector<SalesFigures> by_level = compute_sales_figures_by_level(facts, level_of_deal, kLevels);
  ASSERT_EQ(by_level.size(), kLevels);
  for (size_t l = 0; l < kLevels; ++l) {
    SCOPED_TRACE(l);
    expect_same(by_level[l], compute_sales_figures(facts, rows[l]));
    EXPECT_EQ(by_level[l].win_rate.reason, compute_sales_figures(facts, rows[l]).win_rate.reason);
  }
  EXPECT_EQ(by_level[4].deals, 0u);
  EXPECT_EQ(by_level[4].win_rate.reason, "no closed deals (won or lost)");
  EXPECT_GT(by_level[5].deals, by_level[0].deals);
}

TEST(SalesFigures, GroupingsInOnePassEqualEachGroupingsRows) {
  // More deals than a block (1024), two dimensions and their cells; the second dimension's column
  // ends before the table (its later deals are in no cell), as does the first's of another grouping.
  const table::DealTable deals = mixed_deals(4000);
  const DealFactsColumn facts = deal_facts(deals, nullptr);
  constexpr size_t kA = 4, kB = 3;
  std::mt19937_64 random(11);
  std::vector<uint8_t> a(deals.size()), b(deals.size() - 700);
  for (uint8_t& l : a) l = random() % 6 == 0 ? LevelColumn::kNone : static_cast<uint8_t>(random() % kA);
  for (uint8_t& l : b) l = random() % 5 == 0 ? LevelColumn::kNone : static_cast<uint8_t>(random() % kB);
  const std::span<const uint8_t> a_short(a.data(), 2500);
  const std::vector<LevelGrouping> groupings = {
      {a, {}, 0, kA}, {b, {}, 0, kB}, {a, b, kB, kA * kB}, {a_short, {}, 0, kA}};
  const std::vector<std::vector<SalesFigures>> by = compute_sales_figures_by_levels(facts, groupings);
  ASSERT_EQ(by.size(), groupings.size());

  std::vector<std::vector<uint32_t>> rows_a(kA), rows_b(kB), rows_ab(kA * kB), rows_short(kA);
  for (uint32_t d = 0; d < deals.size(); ++d) {
    if (a[d] != LevelColumn::kNone) {
      rows_a[a[d]].push_back(d);
      if (d < a_short.size()) rows_short[a[d]].push_back(d);
    }
    if (d < b.size() && b[d] != LevelColumn::kNone) {
      rows_b[b[d]].push_back(d);
      if (a[d] != LevelColumn::kNone) rows_ab[a[d] * kB + b[d]].push_back(d);
    }
  }
  const std::vector<std::vector<std::vector<uint32_t>>*> rows = {&rows_a, &rows_b, &rows_ab, &rows_short};
  for (size_t g = 0; g < groupings.size(); ++g) {
    ASSERT_EQ(by[g].size(), rows[g]->size());
    for (size_t l = 0; l < by[g].size(); ++l) {
      SCOPED_TRACE(testing::Message() << "grouping " << g << ", level " << l);
      EXPECT_GT((*rows[g])[l].size(), 0u);
      expect_same(by[g][l], compute_sales_figures(facts, (*rows[g])[l]));
    }
  }
  EXPECT_LT(by[3][0].deals, by[0][0].deals);
}

// Cycles of decades (a date typo) are kept apart from the counted days, and the medians are those of
// every cycle together.
TEST(SalesFigures, CycleMediansHoldCyclesOfDecades) {
  table::DealTable d;
  const int32_t start = days_from_civil(1900, 1, 1);
  const int32_t cycles[] = {10, 75000, 20, 30, 90000, 40, 40, 66000, 5};
  std::vector<int32_t> won;
  for (int32_t c : cycles) {
    d.outcome.push_back(Outcome::won);
    d.created.push_back(start);
    d.closed.push_back(start + c);
    d.amount.push_back(100);
    won.push_back(c);
  }
  const SalesFigures f = compute_sales_figures(d, nullptr);
  ASSERT_TRUE(f.cycle_days_won.value);
  const auto expected = stats::summarize_median(won);
  EXPECT_EQ(f.won_with_cycle, won.size());
  EXPECT_EQ(f.cycle_days_won.value->median, expected->median);
  EXPECT_EQ(f.cycle_days_won.value->median, 40);
  EXPECT_EQ(f.cycle_days_won.value->q3, expected->q3);
  EXPECT_EQ(f.cycle_days_won.value->q1, expected->q1);
}

TEST(SalesFigures, FactsOfADeal) {
  table::DealTable d;
  d.outcome = {Outcome::won, Outcome::lost, Outcome::open};
  d.created = {days_from_civil(2024, 1, 1), days_from_civil(2024, 3, 1), days_from_civil(2024, 1, 1)};
  d.closed = {days_from_civil(2024, 1, 31), days_from_civil(2024, 2, 1), days_from_civil(2024, 5, 1)};
  d.amount = {1200, -5, std::numeric_limits<double>::quiet_NaN()};
  const DealFactsColumn f = deal_facts(d, nullptr);
  EXPECT_EQ(f[0].cycle_days, 30);
  EXPECT_EQ(f[0].amount, 1200);
  EXPECT_EQ(f[1].cycle_days, -1);  // closed before it was created
  EXPECT_TRUE(std::isnan(f[1].amount));  // negative: no amount
  EXPECT_EQ(f[2].cycle_days, -1);  // open: no cycle
  EXPECT_TRUE(std::isnan(f[2].amount));
}

TEST(SalesFigures, FactsColumnMarksEachCustomersFirstWonDealAsNewLogo) {
  // 70 deals (past one 64-bit word), every one won; customer d % 3, whose first won deal is its
  // last row (so the bit is not just "the first row of each customer").
  table::DealTable d;
  Customers c;
  c.first_won_deal = {-1, -1, -1};
  for (int32_t i = 0; i < 70; ++i) {
    d.outcome.push_back(Outcome::won);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 2, 1));
    d.amount.push_back(100);
    c.of_deal.push_back(i % 3);
    c.first_won_deal[i % 3] = i;
  }
  c.of_deal[69] = kNoCustomer;  // its customer's first won deal is then row 66
  c.first_won_deal[0] = 66;
  const DealFactsColumn f = deal_facts(d, &c);
  for (size_t i = 0; i < 70; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(f[i].new_logo, deal_facts_of(d, &c, i).new_logo);
    EXPECT_EQ(f[i].new_logo, i == 66 || i == 67 || i == 68);
  }
}

}  // namespace
}  // namespace icp::metrics
