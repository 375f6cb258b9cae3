#include "metrics/revenue_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "revenue_world.h"

namespace icp::metrics {
namespace {

using testing::month;
using testing::RevenueWorld;

Dimension dimension(std::string name, std::vector<std::string> levels, std::vector<uint32_t> of_customer) {
  Dimension d;
  d.name = std::move(name);
  d.account_attribute = true;
  d.levels = std::move(levels);
  d.of_customer = std::move(of_customer);
  return d;
}

TEST(RevenueMetrics, NoRevenueData) {
  RevenueWorld w;
  w.add_customer("A");
  const RevenueMetrics r = compute_revenue(w.matrix(), w.input());
  EXPECT_FALSE(r.as_of_month.value);
  EXPECT_EQ(r.as_of_month.reason, "no revenue data");
  EXPECT_EQ(r.overall.customers, 0u);
  EXPECT_EQ(r.overall.retention.nrr.reason, "no revenue data");
  EXPECT_EQ(r.overall.ltv.arpa.reason, "no revenue data");
  EXPECT_TRUE(r.movements.empty());
  EXPECT_TRUE(r.by_cohort.empty());
}

TEST(RevenueMetrics, ASingleCustomer) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A");
  for (int m = 1; m <= 14; ++m) w.snapshot(a, 2023 + (m - 1) / 12, (m - 1) % 12 + 1, 250);
  const RevenueMetrics r = compute_revenue(w.matrix(), w.input());
  EXPECT_EQ(*r.as_of_month.value, month(2024, 2));
  EXPECT_EQ(r.months, 14);
  EXPECT_EQ(r.overall.customers, 1u);
  EXPECT_EQ(r.overall.paying, 1u);
  EXPECT_EQ(r.overall.mrr, 250);
  EXPECT_EQ(r.overall.retention.n, 1u);
  EXPECT_EQ(*r.overall.retention.nrr.value, 1.0);
  EXPECT_EQ(*r.overall.retention.grr.value, 1.0);
  // 12 customer-months without churn: Wilson [0, 0.2425], half-width 0.12, so the rate is given.
  EXPECT_EQ(r.overall.logo_churn.customer_months, 12u);
  EXPECT_EQ(*r.overall.logo_churn.annualized.value, 0.0);
  EXPECT_EQ(*r.overall.ltv.arpa.value, 250);
  EXPECT_EQ(r.overall.ltv.ltv.reason, "no revenue churn in the trailing 6 months");
  ASSERT_EQ(r.by_cohort.size(), 1u);
  EXPECT_EQ(r.by_cohort[0].cohort.label, "2023-Q1");
  EXPECT_EQ(r.by_cohort[0].cohort.revenue_retention.size(), 14u);
  // A cohort of one is under the segment minimum.
  EXPECT_EQ(r.by_cohort[0].figures.retention.nrr.reason, "insufficient data (n=1)");
  EXPECT_EQ(r.by_cohort[0].figures.logo_churn.annualized.reason, "insufficient data (n=1)");
}

TEST(RevenueMetrics, RowsWithoutCustomerAndNegativeRowsAreCounted) {
  RevenueWorld w;
  const int32_t a = w.add_customer("A");
  w.snapshot(a, 2024, 1, 100);
  w.snapshot(kNoCustomer, 2024, 1, 100);
  w.snapshot(kNoCustomer, 2024, 2, 100);
  w.snapshot(a, 2024, 2, -30);
  const RevenueMetrics r = compute_revenue(w.matrix(), w.input());
  EXPECT_EQ(r.rows.used, 1u);
  EXPECT_EQ(r.rows.without_customer, 2u);
  EXPECT_EQ(r.rows.negative_mrr, 1u);
  EXPECT_EQ(r.months, 1);  // neither the customerless nor the negative row names February
  EXPECT_EQ(r.overall.mrr, 100);
}

TEST(RevenueMetrics, AnnualContractsAsIntervals) {
  RevenueWorld w(/*intervals=*/true);
  const int32_t a = w.add_customer("A"), b = w.add_customer("B");
  // Two yearly contracts of 12,000 and 6,000 (MRR 1,000 and 500); B does not renew.
  w.interval(a, days_from_civil(2023, 1, 1), days_from_civil(2024, 1, 1), 1000);
  w.interval(a, days_from_civil(2024, 1, 1), days_from_civil(2025, 1, 1), 1200);  // renewed up
  w.interval(b, days_from_civil(2023, 1, 1), days_from_civil(2024, 1, 1), 500);
  w.settings.as_of_month = month(2024, 1);
  const RevenueMetrics r = compute_revenue(w.matrix(), w.input());
  EXPECT_TRUE(r.intervals);
  EXPECT_EQ(r.months, 13);
  EXPECT_DOUBLE_EQ(*r.overall.retention.nrr.value, 1200.0 / 1500);
  EXPECT_DOUBLE_EQ(*r.overall.retention.grr.value, 1000.0 / 1500);
  const MrrMovement& jan = r.movements.back();
  EXPECT_EQ(jan.label, "2024-01");
  EXPECT_EQ(jan.expansion, 200);
  EXPECT_EQ(jan.churn, 500);
  EXPECT_EQ(jan.churned_customers, 1u);
  for (size_t i = 1; i + 1 < r.movements.size(); ++i) {
    EXPECT_EQ(r.movements[i].end_mrr, 1500) << r.movements[i].label;  // spread evenly, no spikes
  }
}

TEST(RevenueMetrics, SegmentsUseTheDimensionsLevelPerCustomer) {
  RevenueWorld w;
  std::vector<uint32_t> level;
  // 40 "Software" customers growing 100 → 110, 10 "Retail" customers, 3 with no industry.
  for (int k = 0; k < 53; ++k) {
    const int32_t c = w.add_customer("C" + std::to_string(k));
    level.push_back(k < 40 ? 0 : k < 50 ? 1 : kNoLevel);
    for (int m = 1; m <= 13; ++m) w.snapshot(c, 2023 + (m - 1) / 12, (m - 1) % 12 + 1, m == 13 && k < 40 ? 110 : 100);
  }
  w.segments.dimensions.push_back(dimension("industry", {"Software", "Retail"}, level));
  const RevenueMetrics r = compute_revenue(w.matrix(), w.input());
  ASSERT_EQ(r.by_dimension.size(), 1u);
  const RevenueDimension& d = r.by_dimension[0];
  EXPECT_EQ(d.name, "industry");
  EXPECT_EQ(d.customers_without_level, 3u);
  ASSERT_EQ(d.segments.size(), 2u);
  EXPECT_EQ(d.segments[0].segment, "Software");
  EXPECT_EQ(d.segments[0].figures.customers, 40u);
  EXPECT_EQ(d.segments[0].figures.retention.n, 40u);
  EXPECT_DOUBLE_EQ(*d.segments[0].figures.retention.nrr.value, 1.1);
  EXPECT_DOUBLE_EQ(*d.segments[0].figures.retention.grr.value, 1.0);
  EXPECT_EQ(d.segments[0].figures.mrr, 4400);
  EXPECT_DOUBLE_EQ(*d.segments[0].figures.ltv.arpa.value, 110);
  EXPECT_EQ(d.segments[1].segment, "Retail");
  EXPECT_EQ(d.segments[1].figures.retention.nrr.reason, "insufficient data (n=10)");
  EXPECT_EQ(d.segments[1].figures.ltv.arpa.reason, "insufficient data (n=10)");
  EXPECT_DOUBLE_EQ(*r.overall.retention.nrr.value, (40 * 110.0 + 13 * 100) / (53 * 100));
}

// A generated world: 300 customers over 30 months (2023-01 .. 2025-06) with known monthly
// probabilities of churn, expansion, contraction and return, written as snapshot rows (some
// customer-months split over two rows, plus rows with no customer and negative rows). Every figure
// is recomputed here from the generated series, without the engine's functions.
struct GeneratedWorld {
  static constexpr int kCustomers = 300;
  static constexpr int kMonths = 30;
  static constexpr int kLevels = 3;
  RevenueWorld w;
  std::vector<std::vector<double>> mrr;  // truth: [customer][month column]
  std::vector<uint32_t> level;

  GeneratedWorld() {
    std::mt19937_64 rng(0x1CD21F7);
    const auto uniform = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    mrr.assign(kCustomers, std::vector<double>(kMonths, 0.0));
    for (int c = 0; c < kCustomers; ++c) {
      w.add_customer("Customer " + std::to_string(c));
      level.push_back(uniform() < 0.05 ? kNoLevel : static_cast<uint32_t>(rng() % kLevels));
      const int start = static_cast<int>(rng() % kMonths);
      double v = 100 + static_cast<double>(rng() % 901);
      mrr[c][start] = v;
      for (int i = start + 1; i < kMonths; ++i) {
        const double u = uniform();
        if (v > 0) {
          if (u < 0.03) v = 0;                                                    // churn
          else if (u < 0.08) v += 10 + static_cast<double>(rng() % 100);           // expansion
          else if (u < 0.11 && v > 2) v -= 1 + static_cast<double>(rng() % static_cast<uint64_t>(v - 1));  // contraction
        } else if (u < 0.10) {
          v = 100 + static_cast<double>(rng() % 500);                             // return
        }
        mrr[c][i] = v;
      }
    }
    w.segments.dimensions.push_back(dimension("industry", {"Software", "Retail", "Health"}, level));
    for (int c = 0; c < kCustomers; ++c) {
      for (int i = 0; i < kMonths; ++i) {
        const int y = 2023 + i / 12, m = i % 12 + 1;
        const double v = mrr[c][i];
        if (v == 0) {
          if (uniform() < 0.1) w.snapshot(c, y, m, 0);  // an explicit zero now and then
          continue;
        }
        if (uniform() < 0.2) {
          const double part = std::floor(v / 3);
          w.snapshot(c, y, m, part);
          w.snapshot(c, y, m, v - part);
        } else {
          w.snapshot(c, y, m, v);
        }
      }
    }
    for (int k = 0; k < 7; ++k) w.snapshot(kNoCustomer, 2024, 1 + k, 500);
    for (int k = 0; k < 5; ++k) w.snapshot(static_cast<int32_t>(rng() % kCustomers), 2024, 3, -200);
  }
};

TEST(RevenueMetrics, GeneratedWorldMatchesAnIndependentComputation) {
  GeneratedWorld g;
  const auto& mrr = g.mrr;
  const int n = GeneratedWorld::kCustomers, months = GeneratedWorld::kMonths, t = months - 1;
  const RevenueMetrics r = compute_revenue(g.w.matrix(), g.w.input());
  ASSERT_TRUE(r.as_of_month.value);
  EXPECT_EQ(*r.as_of_month.value, month(2025, 6));
  EXPECT_EQ(r.months, months);
  EXPECT_EQ(r.rows.without_customer, 7u);
  EXPECT_EQ(r.rows.negative_mrr, 5u);

  // Movements, month by month.
  uint64_t churns = 0, expansions = 0, contractions = 0, returns = 0;
  ASSERT_EQ(r.movements.size(), static_cast<size_t>(months));
  for (int i = 0; i < months; ++i) {
    double start = 0, end = 0, fresh = 0, up = 0, down = 0, lost = 0, back = 0;
    uint64_t at_start = 0, at_end = 0, fresh_n = 0, lost_n = 0, back_n = 0;
    for (int c = 0; c < n; ++c) {
      const double before = i > 0 ? mrr[c][i - 1] : 0, now = mrr[c][i];
      bool paid_before = false;
      for (int j = 0; j < i; ++j) paid_before = paid_before || mrr[c][j] > 0;
      if (before > 0) { start += before; ++at_start; }
      if (now > 0) { end += now; ++at_end; }
      if (before == 0 && now > 0) {
        if (paid_before) { back += now; ++back_n; } else { fresh += now; ++fresh_n; }
      } else if (before > 0 && now == 0) {
        lost += before; ++lost_n;
      } else if (before > 0 && now > before) {
        up += now - before; ++expansions;
      } else if (before > 0 && now < before) {
        down += before - now; ++contractions;
      }
    }
    const MrrMovement& mv = r.movements[i];
    EXPECT_EQ(mv.start_mrr, start) << i;
    EXPECT_EQ(mv.end_mrr, end) << i;
    EXPECT_EQ(mv.new_mrr, fresh) << i;
    EXPECT_EQ(mv.expansion, up) << i;
    EXPECT_EQ(mv.contraction, down) << i;
    EXPECT_EQ(mv.churn, lost) << i;
    EXPECT_EQ(mv.reactivation, back) << i;
    EXPECT_EQ(mv.customers_start, at_start) << i;
    EXPECT_EQ(mv.customers_end, at_end) << i;
    EXPECT_EQ(mv.new_customers, fresh_n) << i;
    EXPECT_EQ(mv.churned_customers, lost_n) << i;
    EXPECT_EQ(mv.reactivated_customers, back_n) << i;
    churns += lost_n;
    returns += back_n;
  }
  EXPECT_GT(churns, 50u);
  EXPECT_GT(expansions, 50u);
  EXPECT_GT(contractions, 50u);
  EXPECT_GT(returns, 5u);

  // NRR / GRR overall and per level.
  std::vector<double> then(GeneratedWorld::kLevels + 1), now(GeneratedWorld::kLevels + 1), kept(GeneratedWorld::kLevels + 1);
  std::vector<uint64_t> base(GeneratedWorld::kLevels + 1);
  for (int c = 0; c < n; ++c) {
    if (mrr[c][t - 12] <= 0) continue;
    for (const uint32_t l : {static_cast<uint32_t>(GeneratedWorld::kLevels), g.level[c]}) {
      if (l == kNoLevel) continue;
      then[l] += mrr[c][t - 12];
      now[l] += mrr[c][t];
      kept[l] += std::min(mrr[c][t], mrr[c][t - 12]);
      ++base[l];
    }
  }
  const size_t all = GeneratedWorld::kLevels;
  EXPECT_EQ(r.overall.retention.n, base[all]);
  EXPECT_DOUBLE_EQ(*r.overall.retention.nrr.value, now[all] / then[all]);
  EXPECT_DOUBLE_EQ(*r.overall.retention.grr.value, kept[all] / then[all]);
  ASSERT_EQ(r.by_dimension.size(), 1u);
  int levels_with_figures = 0;
  for (size_t l = 0; l < all; ++l) {
    const RevenueGroupFigures& f = r.by_dimension[0].segments[l].figures;
    EXPECT_EQ(f.retention.n, base[l]);
    if (base[l] >= 30) {
      ++levels_with_figures;
      EXPECT_DOUBLE_EQ(*f.retention.nrr.value, now[l] / then[l]);
      EXPECT_DOUBLE_EQ(*f.retention.grr.value, kept[l] / then[l]);
    } else {
      EXPECT_EQ(f.retention.nrr.reason, "insufficient data (n=" + std::to_string(base[l]) + ")");
    }
  }
  EXPECT_GE(levels_with_figures, 2);

  // Logo churn over the 12 months ending T.
  uint64_t customer_months = 0, churned = 0;
  for (int i = t - 11; i <= t; ++i) {
    for (int c = 0; c < n; ++c) {
      if (mrr[c][i - 1] <= 0) continue;
      ++customer_months;
      if (mrr[c][i] == 0) ++churned;
    }
  }
  const double monthly = static_cast<double>(churned) / static_cast<double>(customer_months);
  EXPECT_EQ(r.overall.logo_churn.customer_months, customer_months);
  EXPECT_EQ(r.overall.logo_churn.churned, churned);
  EXPECT_DOUBLE_EQ(*r.overall.logo_churn.monthly.value, monthly);
  EXPECT_NEAR(*r.overall.logo_churn.annualized.value, 1 - std::pow(1 - monthly, 12), 1e-14);
  EXPECT_NEAR(r.overall.logo_churn.annualized_ci->low,
              1 - std::pow(1 - stats::wilson_interval(churned, customer_months).low, 12), 1e-14);

  // LTV: ARPA at T × 0.8 ÷ the mean monthly revenue churn of the 6 months ending T.
  double rate_sum = 0, mrr_t = 0;
  uint64_t paying_t = 0;
  for (int i = t - 5; i <= t; ++i) {
    double start = 0, lost = 0;
    for (int c = 0; c < n; ++c) {
      const double before = mrr[c][i - 1], after = mrr[c][i];
      if (before <= 0) continue;
      start += before;
      if (after < before) lost += before - after;
    }
    rate_sum += lost / start;
  }
  for (int c = 0; c < n; ++c) {
    if (mrr[c][t] > 0) { mrr_t += mrr[c][t]; ++paying_t; }
  }
  const double churn_rate = rate_sum / 6;
  const double arpa = mrr_t / static_cast<double>(paying_t);
  EXPECT_EQ(r.overall.paying, paying_t);
  EXPECT_EQ(r.overall.mrr, mrr_t);
  EXPECT_DOUBLE_EQ(*r.overall.ltv.revenue_churn.value, churn_rate);
  EXPECT_DOUBLE_EQ(*r.overall.ltv.arpa.value, arpa);
  EXPECT_DOUBLE_EQ(*r.overall.ltv.ltv.value, arpa * 0.8 / churn_rate);

  // Cohorts by calendar quarter of the first paid month.
  std::map<int, std::vector<int>> cohort;  // quarter since 2023-Q1 → members
  std::vector<int> first(n, -1);
  for (int c = 0; c < n; ++c) {
    for (int i = 0; i < months && first[c] < 0; ++i) if (mrr[c][i] > 0) first[c] = i;
    if (first[c] >= 0) cohort[first[c] / 3].push_back(c);
  }
  ASSERT_EQ(r.by_cohort.size(), cohort.size());
  size_t index = 0;
  for (const auto& [quarter, members] : cohort) {
    const RevenueCohort& rc = r.by_cohort[index++].cohort;
    EXPECT_EQ(rc.label, std::to_string(2023 + quarter / 4) + "-Q" + std::to_string(quarter % 4 + 1));
    EXPECT_EQ(rc.customers, members.size());
    int latest = 0;
    double start = 0;
    for (int c : members) {
      latest = std::max(latest, first[c]);
      start += mrr[c][first[c]];
    }
    EXPECT_EQ(rc.start_mrr, start);
    ASSERT_EQ(rc.revenue_retention.size(), static_cast<size_t>(months - latest)) << rc.label;
    for (int k = 0; k < months - latest; ++k) {
      double sum = 0;
      int paying = 0;
      for (int c : members) {
        sum += mrr[c][first[c] + k];
        paying += mrr[c][first[c] + k] > 0;
      }
      EXPECT_DOUBLE_EQ(rc.revenue_retention[k], sum / start) << rc.label << " k=" << k;
      EXPECT_DOUBLE_EQ(rc.logo_retention[k], static_cast<double>(paying) / static_cast<double>(members.size()));
    }
  }
}

}  // namespace
}  // namespace icp::metrics
