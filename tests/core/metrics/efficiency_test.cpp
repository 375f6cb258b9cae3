#include "metrics/efficiency.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

int32_t day(int y, int m, int d) { return days_from_civil(y, m, d); }
int32_t month(int y, int m) { return y * 12 + (m - 1); }

// A small world built by hand: deals with lead sources, customers, spend, and an MRR matrix.
struct World {
  table::Tables tables;
  Customers customers;
  Segmentation segments;
  AnalysisSettings settings;
  int32_t as_of = day(2024, 9, 30);
  MrrMatrix mrr;

  int32_t add_customer(const std::string& name) {
    customers.account_row.push_back(-1);
    customers.name.push_back(name);
    customers.record_id.push_back("");
    customers.first_won_deal.push_back(-1);
    customers.first_won_close.push_back(table::kNoDate);
    return static_cast<int32_t>(customers.count() - 1);
  }
  void add_deal(int32_t customer, Outcome o, int32_t close, double amount, const std::string& source) {
    table::DealTable& d = tables.deals;
    const int32_t row = static_cast<int32_t>(d.size());
    d.outcome.push_back(o);
    d.created.push_back(close - 30);
    d.closed.push_back(close);
    d.amount.push_back(amount);
    if (source.empty()) d.lead_source.push_missing();
    else d.lead_source.push(source);
    customers.of_deal.push_back(customer);
    if (o == Outcome::won && (customers.first_won_close[customer] == table::kNoDate ||
                              close < customers.first_won_close[customer])) {
      customers.first_won_deal[customer] = row;
      customers.first_won_close[customer] = close;
    }
  }
  void add_spend(int32_t start, const std::string& channel, double amount) {
    tables.spend.period_start.push_back(start);
    if (channel.empty()) tables.spend.channel.push_missing();
    else tables.spend.channel.push(channel);
    tables.spend.amount.push_back(amount);
  }
  // MRR matrix over [first, last] months, all zero.
  void matrix(int32_t first, int32_t last) {
    mrr.first_month = first;
    mrr.months = last - first + 1;
    mrr.customers = customers.count();
    mrr.mrr.assign(mrr.customers * mrr.months, 0);
    mrr.as_of_month = last;
  }
  void pay(int32_t customer, int32_t from, int32_t to, double amount) {
    for (int32_t m = from; m <= to; ++m) mrr.mrr[customer * mrr.months + (m - mrr.first_month)] = amount;
  }
  AnalysisInput input() const { return AnalysisInput{tables, customers, segments, settings, as_of}; }
};

// Customers c0..c7 (see the comments), monthly spend over 2024-Q1 and Q2.
struct SpendWorld : World {
  int32_t c[8];
  SpendWorld() {
    for (int i = 0; i < 8; ++i) c[i] = add_customer("c" + std::to_string(i));
    add_deal(c[0], Outcome::won, day(2024, 2, 10), 12000, "Outbound");
    add_deal(c[1], Outcome::won, day(2024, 3, 5), 24000, "outbound ");
    add_deal(c[2], Outcome::lost, day(2024, 1, 5), 5000, "Webinar");
    add_deal(c[2], Outcome::won, day(2024, 3, 20), 36000, "Outbound");
    add_deal(c[3], Outcome::won, day(2024, 4, 15), 18000, "Paid Search");
    add_deal(c[4], Outcome::won, day(2024, 5, 1), 9600, "Outbound");
    add_deal(c[5], Outcome::won, day(2023, 11, 1), 6000, "Outbound");  // before any spend
    add_deal(c[6], Outcome::lost, day(2024, 5, 2), 1000, "Webinar");
    add_deal(c[7], Outcome::won, day(2024, 6, 10), 7200, "Partner");
    add_deal(c[3], Outcome::won, day(2024, 8, 1), 1000, "Paid Search");  // a later deal: bookings only

    add_spend(day(2024, 1, 1), "Outbound", 3000);
    add_spend(day(2024, 2, 1), "Outbound", 3000);
    add_spend(day(2024, 3, 1), "Outbound", 3000);
    add_spend(day(2024, 4, 1), "Outbound", 6000);
    add_spend(day(2024, 4, 1), "Paid Search", 2000);
    add_spend(day(2024, 5, 1), "paid_search", 1000);
    add_spend(day(2024, 6, 1), "Events", 500);
  }
  void with_revenue() {
    matrix(month(2023, 10), month(2024, 9));
    pay(c[5], month(2023, 11), month(2024, 4), 500);
    pay(c[5], month(2024, 5), month(2024, 9), 1000);  // +500 expansion in May
    pay(c[0], month(2024, 3), month(2024, 7), 1000);  // churns in August
    pay(c[0], month(2024, 9), month(2024, 9), 1000);  // reactivates in September
    pay(c[1], month(2024, 4), month(2024, 9), 2000);
    // c2: no revenue data
    pay(c[3], month(2024, 5), month(2024, 6), 1500);
    pay(c[3], month(2024, 7), month(2024, 9), 1200);  // −300 contraction in July
    pay(c[4], month(2024, 6), month(2024, 9), 800);
    pay(c[7], month(2024, 7), month(2024, 9), 600);
  }
};

TEST(Efficiency, CacAndPaybackPerQuarterFromRevenue) {
  SpendWorld w;
  w.with_revenue();
  const Efficiency e = compute_efficiency(w.input(), w.mrr);
  EXPECT_EQ(e.new_mrr_basis, NewMrrBasis::revenue);
  EXPECT_STREQ(e.spend_granularity, "month");
  EXPECT_DOUBLE_EQ(e.spend_total, 18500);
  EXPECT_EQ(e.new_logos_total, 6u);  // c0 c1 c2 (Q1), c3 c4 c7 (Q2)
  EXPECT_EQ(e.new_logos_outside_spend_periods, 1u);  // c5
  ASSERT_TRUE(e.cac_overall.value);
  EXPECT_DOUBLE_EQ(*e.cac_overall.value, 18500.0 / 6);
  ASSERT_EQ(e.by_period.size(), 2u);

  const EfficiencyPeriod& q1 = e.by_period[0];
  EXPECT_EQ(q1.label, "2024-Q1");
  EXPECT_DOUBLE_EQ(q1.spend, 9000);
  EXPECT_EQ(q1.new_logos, 3u);
  EXPECT_DOUBLE_EQ(*q1.cac.value, 3000);
  // First paid month MRR: c0 1000, c1 2000; c2 has no revenue data.
  EXPECT_EQ(q1.new_logos_with_mrr, 2u);
  EXPECT_DOUBLE_EQ(*q1.new_mrr_per_logo.value, 1500);
  EXPECT_DOUBLE_EQ(*q1.cac_payback_months.value, 3000 / (1500 * 0.8));  // 2.5

  const EfficiencyPeriod& q2 = e.by_period[1];
  EXPECT_EQ(q2.label, "2024-Q2");
  EXPECT_DOUBLE_EQ(q2.spend, 9500);
  EXPECT_EQ(q2.new_logos, 3u);
  EXPECT_DOUBLE_EQ(*q2.cac.value, 9500.0 / 3);
  EXPECT_DOUBLE_EQ(*q2.new_mrr_per_logo.value, (1500.0 + 800 + 600) / 3);
  EXPECT_NEAR(*q2.cac_payback_months.value, 9500.0 / 2320, 1e-12);

  EXPECT_DOUBLE_EQ(*e.new_mrr_per_logo.value, 5900.0 / 5);
  EXPECT_NEAR(*e.cac_payback_months.value, (18500.0 / 6) / (1180 * 0.8), 1e-9);
}

TEST(Efficiency, CacPerChannelMatchesLeadSourcesIgnoringCaseAndSpaces) {
  SpendWorld w;
  w.with_revenue();
  const Efficiency e = compute_efficiency(w.input(), w.mrr);
  ASSERT_TRUE(e.by_channel.value) << e.by_channel.reason;
  const auto& ch = *e.by_channel.value;
  ASSERT_EQ(ch.size(), 3u);  // first appearance order
  EXPECT_EQ(ch[0].channel, "Outbound");
  EXPECT_DOUBLE_EQ(ch[0].spend, 15000);
  EXPECT_EQ(ch[0].new_logos, 4u);  // c0, c1 ("outbound "), c2, c4
  EXPECT_DOUBLE_EQ(*ch[0].cac.value, 3750);
  ASSERT_EQ(ch[0].by_period.size(), 2u);
  EXPECT_DOUBLE_EQ(*ch[0].by_period[0].cac.value, 3000);  // 9000 / 3
  EXPECT_DOUBLE_EQ(*ch[0].by_period[1].cac.value, 6000);  // 6000 / 1
  EXPECT_EQ(ch[1].channel, "Paid Search");  // and "paid_search"
  EXPECT_DOUBLE_EQ(ch[1].spend, 3000);
  EXPECT_EQ(ch[1].new_logos, 1u);
  EXPECT_DOUBLE_EQ(*ch[1].cac.value, 3000);
  EXPECT_FALSE(ch[1].by_period[0].cac.value);
  EXPECT_EQ(ch[1].by_period[0].cac.reason, "no spend in the period");
  EXPECT_EQ(ch[2].channel, "Events");
  EXPECT_FALSE(ch[2].matched);
  EXPECT_FALSE(ch[2].cac.value);
  EXPECT_EQ(e.unmatched_spend_channels, std::vector<std::string>{"Events"});
  EXPECT_EQ(e.lead_sources_without_spend, std::vector<std::string>{"Partner"});
}

TEST(Efficiency, MagicNumberFromMrrMovements) {
  SpendWorld w;
  w.with_revenue();
  const Efficiency e = compute_efficiency(w.input(), w.mrr);
  EXPECT_STREQ(e.magic_number_basis, "revenue");
  ASSERT_EQ(e.magic_number.size(), 2u);  // the quarters after each spend quarter: Q2, Q3
  const MagicNumberQuarter& q2 = e.magic_number[0];
  EXPECT_EQ(q2.label, "2024-Q2");
  // April: c1 new 2000. May: c3 new 1500, c5 +500. June: c4 new 800.
  EXPECT_DOUBLE_EQ(q2.new_mrr, 4300);
  EXPECT_DOUBLE_EQ(q2.expansion_mrr, 500);
  EXPECT_DOUBLE_EQ(*q2.net_new_arr.value, 12 * 4800.0);
  EXPECT_DOUBLE_EQ(*q2.prior_quarter_spend.value, 9000);
  EXPECT_DOUBLE_EQ(*q2.magic_number.value, 57600.0 / 9000);  // 6.4
  const MagicNumberQuarter& q3 = e.magic_number[1];
  EXPECT_EQ(q3.label, "2024-Q3");
  // July: c7 new 600, c3 −300. August: c0 churns 1000. September: c0 reactivates 1000.
  EXPECT_DOUBLE_EQ(q3.new_mrr, 600);
  EXPECT_DOUBLE_EQ(q3.contraction_mrr, 300);
  EXPECT_DOUBLE_EQ(q3.churned_mrr, 1000);
  EXPECT_DOUBLE_EQ(q3.reactivation_mrr, 1000);
  EXPECT_DOUBLE_EQ(*q3.net_new_arr.value, 12 * 300.0);
  EXPECT_DOUBLE_EQ(*q3.prior_quarter_spend.value, 9500);
  EXPECT_DOUBLE_EQ(*q3.magic_number.value, 3600.0 / 9500);
}

TEST(Efficiency, MagicNumberNeedsTheMonthBeforeAndACompleteQuarter) {
  SpendWorld w;
  w.with_revenue();
  w.mrr.as_of_month = month(2024, 8);  // Q3 not complete
  // Spend in 2023-Q3 too, so 2023-Q4 is asked for, but the matrix starts in 2023-10.
  w.add_spend(day(2023, 7, 1), "Outbound", 100);
  const Efficiency e = compute_efficiency(w.input(), w.mrr);
  ASSERT_GE(e.magic_number.size(), 1u);
  EXPECT_EQ(e.magic_number.front().label, "2023-Q4");
  EXPECT_FALSE(e.magic_number.front().net_new_arr.value);
  EXPECT_EQ(e.magic_number.front().net_new_arr.reason,
            "the revenue data starts in 2023-10: the quarter needs the month before it");
  EXPECT_EQ(e.magic_number[1].label, "2024-Q1");
  EXPECT_FALSE(e.magic_number[1].prior_quarter_spend.value);
  EXPECT_EQ(e.magic_number[1].prior_quarter_spend.reason, "no spend in 2023-Q4");
  EXPECT_FALSE(e.magic_number[1].magic_number.value);
  EXPECT_EQ(e.magic_number.back().label, "2024-Q3");
  EXPECT_EQ(e.magic_number.back().net_new_arr.reason, "the quarter is not complete as of 2024-08");
}

TEST(Efficiency, WithoutRevenueUsesDealAmountsAndBookings) {
  SpendWorld w;
  const Efficiency e = compute_efficiency(w.input(), MrrMatrix{});
  EXPECT_EQ(e.new_mrr_basis, NewMrrBasis::deal_amount);
  // Q1: (12000 + 24000 + 36000) / 12 / 3 = 2000.
  EXPECT_DOUBLE_EQ(*e.by_period[0].new_mrr_per_logo.value, 2000);
  EXPECT_EQ(e.by_period[0].new_logos_with_mrr, 3u);
  EXPECT_DOUBLE_EQ(*e.by_period[0].cac_payback_months.value, 3000 / (2000 * 0.8));
  EXPECT_STREQ(e.magic_number_basis, "bookings");
  ASSERT_EQ(e.magic_number.size(), 2u);
  // Q2 bookings: 18000 + 9600 + 7200; Q3: c3's later deal, 1000.
  EXPECT_DOUBLE_EQ(*e.magic_number[0].net_new_arr.value, 34800);
  EXPECT_DOUBLE_EQ(*e.magic_number[0].magic_number.value, 34800.0 / 9000);
  EXPECT_DOUBLE_EQ(*e.magic_number[1].net_new_arr.value, 1000);
  EXPECT_FALSE(e.notes.empty());
}

TEST(Efficiency, BookingsQuarterMustBeComplete) {
  SpendWorld w;
  w.as_of = day(2024, 9, 29);
  const Efficiency e = compute_efficiency(w.input(), MrrMatrix{});
  ASSERT_EQ(e.magic_number.size(), 2u);
  EXPECT_FALSE(e.magic_number[1].net_new_arr.value);
  EXPECT_EQ(e.magic_number[1].net_new_arr.reason, "the quarter is not complete as of 2024-09-29");
}

TEST(Efficiency, MonthlyPeriodsGiveReasonsForEmptyMonths) {
  World w;
  w.settings.periods.granularity = Granularity::month;
  const int32_t a = w.add_customer("a");
  const int32_t b = w.add_customer("b");
  w.add_deal(a, Outcome::won, day(2024, 2, 14), 1200, "");
  w.add_deal(b, Outcome::won, day(2024, 3, 3), 2400, "");
  w.add_spend(day(2024, 1, 1), "", 1000);
  w.add_spend(day(2024, 3, 1), "", 500);
  w.add_spend(day(2024, 3, 1), "", 100);
  const Efficiency e = compute_efficiency(w.input(), MrrMatrix{});
  EXPECT_STREQ(e.spend_granularity, "month");
  ASSERT_EQ(e.by_period.size(), 3u);
  EXPECT_EQ(e.by_period[0].label, "2024-01");
  EXPECT_EQ(e.by_period[0].cac.reason, "no new logos in the period");
  EXPECT_EQ(e.by_period[0].cac_payback_months.reason, "no new logos in the period");
  EXPECT_EQ(e.by_period[1].label, "2024-02");
  EXPECT_EQ(e.by_period[1].spend_rows, 0u);
  EXPECT_EQ(e.by_period[1].cac.reason, "no spend in the period");
  EXPECT_DOUBLE_EQ(*e.by_period[1].new_mrr_per_logo.value, 100);
  EXPECT_DOUBLE_EQ(*e.by_period[2].cac.value, 600);
  EXPECT_DOUBLE_EQ(*e.by_period[2].cac_payback_months.value, 600 / (200 * 0.8));
  EXPECT_DOUBLE_EQ(*e.cac_overall.value, 800);
  EXPECT_FALSE(e.by_channel.value);
  EXPECT_EQ(e.by_channel.reason, "the spend rows have no channels");
  EXPECT_DOUBLE_EQ(e.spend_without_channel, 0);
}

TEST(Efficiency, QuarterlySpendWithMonthlyPeriodsIsCutInQuarters) {
  World w;
  w.settings.periods.granularity = Granularity::month;
  w.settings.gross_margin = 0.5;
  const int32_t a = w.add_customer("a");
  const int32_t b = w.add_customer("b");
  w.add_deal(a, Outcome::won, day(2024, 2, 14), 12000, "Inbound");
  w.add_deal(b, Outcome::won, day(2024, 5, 3), 24000, "Inbound");
  w.add_spend(day(2024, 1, 1), "Inbound", 6000);  // "2024-Q1"
  w.add_spend(day(2024, 4, 1), "Inbound", 9000);  // "2024-Q2"
  const Efficiency e = compute_efficiency(w.input(), MrrMatrix{});
  EXPECT_STREQ(e.spend_granularity, "quarter");
  EXPECT_EQ(e.periods.granularity, Granularity::quarter);
  ASSERT_EQ(e.by_period.size(), 2u);
  EXPECT_EQ(e.by_period[0].label, "2024-Q1");
  EXPECT_DOUBLE_EQ(*e.by_period[0].cac.value, 6000);
  EXPECT_DOUBLE_EQ(*e.by_period[0].cac_payback_months.value, 6000 / (1000 * 0.5));
  EXPECT_DOUBLE_EQ(*e.by_period[1].cac.value, 9000);
  ASSERT_FALSE(e.notes.empty());
  EXPECT_NE(e.notes.front().find("per quarter"), std::string::npos);
  ASSERT_TRUE(e.by_channel.value);
  EXPECT_DOUBLE_EQ(*(*e.by_channel.value)[0].cac.value, 7500);
  EXPECT_TRUE(e.unmatched_spend_channels.empty());
}

TEST(Efficiency, FiscalYearLabelsAndNoNewLogos) {
  World w;
  w.settings.periods.fiscal_year_start_month = 2;  // FY2025 = Feb 2024 .. Jan 2025
  w.add_customer("a");
  w.add_spend(day(2024, 2, 1), "X", 100);
  const Efficiency e = compute_efficiency(w.input(), MrrMatrix{});
  ASSERT_EQ(e.by_period.size(), 1u);
  EXPECT_EQ(e.by_period[0].label, "FY2025-Q1");
  EXPECT_FALSE(e.cac_overall.value);
  EXPECT_EQ(e.cac_overall.reason, "no new logos in the periods with spend");
  EXPECT_EQ(e.new_mrr_per_logo.reason, "no new logos in the periods with spend");
  EXPECT_EQ(e.by_channel.reason, "the deals have no lead sources");
}

TEST(Efficiency, ChannelKey) {
  EXPECT_EQ(channel_key(" Paid Search "), "paidsearch");
  EXPECT_EQ(channel_key("paid_search"), "paidsearch");
  EXPECT_EQ(channel_key("PAID-SEARCH"), "paidsearch");
  EXPECT_EQ(channel_key("   "), "");
}

}  // namespace
}  // namespace icp::metrics
