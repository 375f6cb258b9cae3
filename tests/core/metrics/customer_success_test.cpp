#include "metrics/customer_success.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

int32_t day(int y, int m, int d) { return days_from_civil(y, m, d); }
int32_t month(int y, int m) { return y * 12 + (m - 1); }
const int32_t kNo = table::kNoDate;

struct World {
  table::Tables tables;
  Customers customers;
  Segmentation segments;
  AnalysisSettings settings;
  int32_t as_of = day(2024, 12, 31);
  MrrMatrix mrr;

  // A customer with an accounts row (go-live, health) unless with_account is false.
  int32_t add_customer(bool with_account, int32_t go_live = kNo, double health = std::nan("")) {
    int32_t row = -1;
    if (with_account) {
      table::AccountTable& a = tables.accounts;
      row = static_cast<int32_t>(a.size());
      a.id.push("A" + std::to_string(row));
      a.go_live.push_back(go_live);
      a.health_score.push_back(health);
    }
    customers.account_row.push_back(row);
    customers.name.push_back("c" + std::to_string(customers.count()));
    customers.record_id.push_back("");
    customers.first_won_deal.push_back(-1);
    customers.first_won_close.push_back(kNo);
    return static_cast<int32_t>(customers.count() - 1);
  }
  void won(int32_t k, int32_t close) {
    table::DealTable& d = tables.deals;
    customers.first_won_deal[k] = static_cast<int32_t>(d.size());
    customers.first_won_close[k] = close;
    d.outcome.push_back(Outcome::won);
    d.created.push_back(close - 10);
    d.closed.push_back(close);
    d.amount.push_back(1000);
    customers.of_deal.push_back(k);
  }
  void ticket(int32_t k, int32_t created) {
    tables.tickets.created.push_back(created);
    tables.tickets.account_id.push_missing();
    customers.of_ticket.push_back(k);
  }
  // A dimension with one level per customer (kNoLevel for ""): levels in order of first mention.
  void dimension(const std::string& name, const std::vector<std::string>& level_of_customer) {
    Dimension d;
    d.name = name;
    for (const auto& l : level_of_customer) {
      if (l.empty()) {
        d.of_customer.push_back(kNoLevel);
        continue;
      }
      uint32_t i = 0;
      while (i < d.levels.size() && d.levels[i] != l) ++i;
      if (i == d.levels.size()) d.levels.push_back(l);
      d.of_customer.push_back(i);
    }
    segments.dimensions.push_back(std::move(d));
  }
  AnalysisInput input() const { return AnalysisInput{tables, customers, segments, settings, as_of}; }
};

// Nine customers with tickets (see the comments), revenue for one of them.
struct TicketWorld : World {
  int32_t k[9];
  TicketWorld() {
    k[0] = add_customer(true, day(2024, 1, 31));
    won(k[0], day(2024, 1, 1));
    k[1] = add_customer(true, day(2024, 3, 1));
    won(k[1], day(2024, 2, 1));
    k[2] = add_customer(true);  // never went live: starts at its close
    won(k[2], day(2024, 3, 15));
    k[3] = add_customer(true, day(2024, 3, 20));  // go-live before its close
    won(k[3], day(2024, 4, 1));
    k[4] = add_customer(true);  // revenue only: paid June..August, then churned
    k[5] = add_customer(true, day(2024, 11, 1));
    won(k[5], day(2024, 10, 15));
    k[6] = add_customer(true, day(2024, 5, 21));
    won(k[6], day(2024, 5, 1));
    k[7] = add_customer(true);  // a prospect: no start
    k[8] = add_customer(false);  // no accounts row
    won(k[8], day(2024, 7, 1));

    mrr.first_month = month(2024, 1);
    mrr.months = 12;
    mrr.customers = customers.count();
    mrr.mrr.assign(mrr.customers * 12, 0);
    mrr.as_of_month = month(2024, 12);
    for (int m = 5; m <= 7; ++m) mrr.mrr[k[4] * 12 + m] = 300;

    ticket(k[0], day(2024, 2, 10));   // first 90 days
    ticket(k[0], day(2024, 6, 1));
    ticket(k[0], day(2024, 1, 15));   // before its go-live
    ticket(kNoCustomer, day(2024, 5, 5));
    ticket(k[1], day(2024, 3, 1));    // its first day
    ticket(k[4], day(2024, 8, 15));   // first 90 days
    ticket(k[4], day(2024, 10, 1));   // after it churned (end 2024-09-01)
    ticket(k[7], day(2024, 5, 5));    // a customer with no start
    ticket(k[5], day(2024, 11, 20));  // observed under 90 days
    ticket(k[2], kNo);
    ticket(k[8], day(2024, 12, 31));  // the as-of day itself

    dimension("industry", {"Software", "Software", "Software", "Retail", "Retail", "Retail", "Software", "", "Software"});
  }
};

TEST(CustomerSuccessLifetime, StartEndAndCohort) {
  TicketWorld w;
  const auto lives = customer_lifetimes(w.input(), w.mrr);
  ASSERT_EQ(lives.size(), 9u);
  EXPECT_EQ(lives[0].start, day(2024, 1, 31));
  EXPECT_EQ(lives[0].start_basis, StartBasis::go_live);
  EXPECT_EQ(lives[0].end, w.as_of);
  EXPECT_EQ(lives[2].start, day(2024, 3, 15));
  EXPECT_EQ(lives[2].start_basis, StartBasis::first_won_close);
  EXPECT_EQ(lives[4].start, day(2024, 6, 1));
  EXPECT_EQ(lives[4].start_basis, StartBasis::first_paid_month);
  EXPECT_TRUE(lives[4].churned);
  EXPECT_EQ(lives[4].end, day(2024, 9, 1));
  EXPECT_FALSE(lives[7].started());
  EXPECT_EQ(lives[7].days(), 0);
  const PeriodScheme q = cohort_scheme(w.settings);
  EXPECT_EQ(period_label(lives[0].cohort, q), "2024-Q1");  // the close, not the go-live
  EXPECT_EQ(period_label(lives[4].cohort, q), "2024-Q2");  // the first paid month
  EXPECT_EQ(period_label(lives[3].cohort, q), "2024-Q2");
}

TEST(CustomerSuccessTickets, PerAccountMonthWithEveryTicketAccountedFor) {
  TicketWorld w;
  const CustomerSuccess cs = compute_customer_success(w.input(), w.mrr);
  EXPECT_EQ(cs.customers, 8u);
  ASSERT_TRUE(cs.tickets.value) << cs.tickets.reason;
  const TicketRates& t = *cs.tickets.value;
  EXPECT_EQ(t.tickets, 11u);
  EXPECT_EQ(t.without_customer, 1u);
  EXPECT_EQ(t.without_date, 1u);
  EXPECT_EQ(t.customer_without_start, 1u);
  EXPECT_EQ(t.before_start, 1u);
  EXPECT_EQ(t.after_end, 1u);
  EXPECT_EQ(t.overall.tickets, 6u);
  EXPECT_EQ(t.tickets, t.without_customer + t.without_date + t.customer_without_start + t.before_start +
                           t.after_end + t.overall.tickets);
  EXPECT_EQ(t.overall.customers, 8u);
  const double days = (w.as_of - day(2024, 1, 31)) + (w.as_of - day(2024, 3, 1)) + (w.as_of - day(2024, 3, 15)) +
                      (w.as_of - day(2024, 3, 20)) + (day(2024, 9, 1) - day(2024, 6, 1)) +
                      (w.as_of - day(2024, 11, 1)) + (w.as_of - day(2024, 5, 21)) + (w.as_of - day(2024, 7, 1));
  EXPECT_DOUBLE_EQ(days, 1776);
  EXPECT_DOUBLE_EQ(t.overall.account_months, 1776 / 30.4375);
  ASSERT_TRUE(t.overall.per_account_month.value);
  EXPECT_DOUBLE_EQ(*t.overall.per_account_month.value, 6 / (1776 / 30.4375));
  // Observed 90 days: all but k5; their first-90-day tickets: k0, k1, k4.
  EXPECT_EQ(t.overall.customers_first_90d, 7u);
  EXPECT_EQ(t.overall.tickets_first_90d, 3u);
  EXPECT_DOUBLE_EQ(*t.overall.per_account_month_first_90d.value, 3.0 / 21);
}

TEST(CustomerSuccessTickets, BySegmentAndCohortWithSmallGroups) {
  TicketWorld w;
  const CustomerSuccess cs = compute_customer_success(w.input(), w.mrr);
  const TicketRates& t = *cs.tickets.value;
  ASSERT_EQ(t.by_dimension.size(), 1u);
  EXPECT_EQ(t.by_dimension[0].first, "industry");
  const auto& rows = t.by_dimension[0].second;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].segment, "Software");
  EXPECT_EQ(rows[0].rate.customers, 5u);  // k0 k1 k2 k6 k8
  EXPECT_EQ(rows[0].rate.tickets, 4u);
  EXPECT_FALSE(rows[0].rate.per_account_month.value);
  EXPECT_EQ(rows[0].rate.per_account_month.reason, "insufficient data (n=5)");
  EXPECT_EQ(rows[1].segment, "Retail");
  EXPECT_EQ(rows[1].rate.customers, 3u);
  EXPECT_EQ(rows[1].rate.customers_first_90d, 2u);
  EXPECT_EQ(rows[1].rate.per_account_month_first_90d.reason, "insufficient data (n=2)");
  ASSERT_EQ(t.by_cohort.size(), 4u);
  EXPECT_EQ(t.by_cohort[0].segment, "2024-Q1");  // k0 k1 k2
  EXPECT_EQ(t.by_cohort[0].rate.customers, 3u);
  EXPECT_EQ(t.by_cohort[1].segment, "2024-Q2");  // k3 k4 k6
  EXPECT_EQ(t.by_cohort[2].segment, "2024-Q3");  // k8
  EXPECT_EQ(t.by_cohort[3].segment, "2024-Q4");  // k5
}

TEST(CustomerSuccessTickets, NoTicketsGiveAReason) {
  World w;
  w.won(w.add_customer(true), day(2024, 1, 1));
  const CustomerSuccess cs = compute_customer_success(w.input(), MrrMatrix{});
  EXPECT_FALSE(cs.tickets.value);
  EXPECT_FALSE(cs.tickets.reason.empty());
  EXPECT_EQ(cs.customers, 1u);
}

TEST(CustomerSuccessTtv, NeverLiveIsCensoredAndGoLiveBeforeCloseIsLeftOut) {
  TicketWorld w;
  const CustomerSuccess cs = compute_customer_success(w.input(), w.mrr);
  ASSERT_TRUE(cs.time_to_value.value) << cs.time_to_value.reason;
  const TimeToValue& t = *cs.time_to_value.value;
  // Won: k0 (30 days), k1 (29), k2 (never live: censored at 291), k3 (go-live before close), k5 (17),
  // k6 (20), k8 (no accounts row: censored at 183).
  EXPECT_EQ(t.go_live_before_close, 1u);
  EXPECT_EQ(t.overall.n, 6u);
  EXPECT_EQ(t.overall.events, 4u);
  EXPECT_EQ(t.overall.censored, 2u);
  EXPECT_FALSE(t.overall.median_days.value);
  EXPECT_EQ(t.overall.median_days.reason, "insufficient data (n=6, events=4)");
  ASSERT_FALSE(t.curve.empty());
  EXPECT_DOUBLE_EQ(t.curve.front().time, 17);
  EXPECT_DOUBLE_EQ(t.curve.back().time, 291);
  EXPECT_EQ(t.curve.back().censored, 1u);
  EXPECT_EQ(t.curve.back().at_risk, 1u);
  EXPECT_DOUBLE_EQ(t.curve.back().survival, 2.0 / 6);
}

// Freireich's 6-MP times as days from close to go-live; "+" (censored) ones never went live and
// closed that many days before the as-of day.
struct FreireichWorld : World {
  FreireichWorld() {
    const int times[] = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    const bool event[] = {1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
    std::vector<std::string> level;
    for (int i = 0; i < 21; ++i) {
      const int32_t close = event[i] ? day(2024, 1, 10) : as_of - times[i];
      const int32_t k = add_customer(true, event[i] ? close + times[i] : kNo);
      won(k, close);
      level.push_back(i < 11 ? "A" : "B");
    }
    const int32_t bad = add_customer(true, day(2024, 1, 1));
    won(bad, day(2024, 2, 1));
    level.push_back("B");
    dimension("lead_source", level);
  }
};

TEST(CustomerSuccessTtv, KaplanMeierMedianOfTheFreireichData) {
  FreireichWorld w;
  const CustomerSuccess cs = compute_customer_success(w.input(), MrrMatrix{});
  ASSERT_TRUE(cs.time_to_value.value) << cs.time_to_value.reason;
  const TimeToValue& t = *cs.time_to_value.value;
  EXPECT_EQ(t.overall.n, 21u);
  EXPECT_EQ(t.overall.events, 9u);
  EXPECT_EQ(t.overall.censored, 12u);
  EXPECT_EQ(t.go_live_before_close, 1u);
  ASSERT_TRUE(t.overall.median_days.value) << t.overall.median_days.reason;
  EXPECT_DOUBLE_EQ(*t.overall.median_days.value, 23);
  EXPECT_EQ(t.overall.median_low, 16);
  EXPECT_FALSE(t.overall.median_high);

  ASSERT_EQ(t.by_dimension.size(), 1u);
  const auto& rows = t.by_dimension[0].second;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].segment, "A");
  EXPECT_EQ(rows[0].n, 11u);
  EXPECT_EQ(rows[0].events, 7u);
  // 6,6,6,6+,7,9+,10,10+,11+,13,16: S(7) = 8/11 · 6/7, S(10) = that · 4/5 < 0.5.
  EXPECT_DOUBLE_EQ(*rows[0].median_days.value, 10);
  EXPECT_EQ(rows[1].segment, "B");
  EXPECT_EQ(rows[1].n, 10u);
  EXPECT_EQ(rows[1].median_days.reason, "insufficient data (n=10, events=2)");

  // Cohorts by close quarter: every event closed in 2024-Q1, every censored one in 2024-Q4.
  ASSERT_EQ(t.by_cohort.size(), 2u);
  EXPECT_EQ(t.by_cohort[0].segment, "2024-Q1");
  EXPECT_EQ(t.by_cohort[0].events, 9u);
  EXPECT_DOUBLE_EQ(*t.by_cohort[0].median_days.value, 10);  // 6,6,6,7,10: S(10) = 4/9
  EXPECT_EQ(t.by_cohort[1].segment, "2024-Q4");
  EXPECT_EQ(t.by_cohort[1].median_days.reason, "insufficient data (n=12, events=0)");
}

TEST(CustomerSuccessTtv, MedianNotReached) {
  World w;
  for (int i = 0; i < 20; ++i) {
    const bool live = i < 6;
    const int32_t close = day(2024, 1, 1) + i;
    w.won(w.add_customer(true, live ? close + 5 : kNo), close);
  }
  const CustomerSuccess cs = compute_customer_success(w.input(), MrrMatrix{});
  const TimeToValue& t = *cs.time_to_value.value;
  EXPECT_EQ(t.overall.events, 6u);
  EXPECT_FALSE(t.overall.median_days.value);
  EXPECT_EQ(t.overall.median_days.reason, "median not reached (n=20, events=6)");
}

TEST(CustomerSuccessTtv, ReasonsWithoutGoLiveData) {
  World w;
  w.won(w.add_customer(false), day(2024, 1, 1));
  EXPECT_EQ(compute_customer_success(w.input(), MrrMatrix{}).time_to_value.reason,
            "no accounts file with go-live dates was given");
  w.add_customer(true);
  EXPECT_EQ(compute_customer_success(w.input(), MrrMatrix{}).time_to_value.reason,
            "no go-live dates in the accounts file");
  World v;
  v.add_customer(true, day(2024, 3, 1));
  EXPECT_EQ(compute_customer_success(v.input(), MrrMatrix{}).time_to_value.reason, "no won deals with a close date");
}

TEST(CustomerSuccessHealth, BySegmentWithInsufficientData) {
  World w;
  const double ann[] = {70, 80, 90, 60, 50, 100};
  const double bob[] = {10, 20, 30};
  std::vector<std::string> owner;
  for (double s : ann) {
    w.add_customer(true, kNo, s);
    owner.push_back("Ann");
  }
  for (double s : bob) {
    w.add_customer(true, kNo, s);
    owner.push_back("Bob");
  }
  w.add_customer(true);  // no score
  owner.push_back("Bob");
  w.add_customer(false);  // no accounts row
  owner.push_back("Ann");
  w.dimension("owner", owner);
  const CustomerSuccess cs = compute_customer_success(w.input(), MrrMatrix{});
  ASSERT_TRUE(cs.health.value) << cs.health.reason;
  const HealthScores& h = *cs.health.value;
  EXPECT_EQ(h.overall.n, 9u);
  EXPECT_DOUBLE_EQ(*h.overall.mean.value, 510.0 / 9);
  EXPECT_DOUBLE_EQ(h.overall.median.value->median, 60);
  ASSERT_EQ(h.by_dimension.size(), 1u);
  EXPECT_EQ(h.by_dimension[0].first, "owner");
  const auto& rows = h.by_dimension[0].second;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].segment, "Ann");
  EXPECT_EQ(rows[0].n, 6u);
  EXPECT_DOUBLE_EQ(*rows[0].mean.value, 75);
  EXPECT_DOUBLE_EQ(rows[0].median.value->median, 75);
  ASSERT_TRUE(rows[0].median.value->ci);
  EXPECT_DOUBLE_EQ(rows[0].median.value->ci->low, 50);  // n = 6: [x(1), x(6)]
  EXPECT_DOUBLE_EQ(rows[0].median.value->ci->high, 100);
  EXPECT_EQ(rows[1].segment, "Bob");
  EXPECT_EQ(rows[1].n, 3u);
  EXPECT_FALSE(rows[1].mean.value);
  EXPECT_EQ(rows[1].mean.reason, "insufficient data (n=3)");
  EXPECT_EQ(rows[1].median.reason, "insufficient data (n=3)");
}

TEST(CustomerSuccessHealth, Reasons) {
  World w;
  w.add_customer(false);
  EXPECT_EQ(compute_customer_success(w.input(), MrrMatrix{}).health.reason,
            "no accounts file with health scores was given");
  w.add_customer(true);
  EXPECT_EQ(compute_customer_success(w.input(), MrrMatrix{}).health.reason, "no health scores in the accounts file");
}

}  // namespace
}  // namespace icp::metrics
