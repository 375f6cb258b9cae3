#include "icp/derived_icp.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <set>
#include <string>

#include "icp/icp_evaluation.h"
#include "metrics/analysis_input.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "metrics/mrr_matrix.h"
#include "metrics/periods.h"
#include "metrics/segments.h"
#include "report/derived_icp_json.h"
#include "util/civil_date.h"

namespace icp::ideal {
namespace {

using mapping::Outcome;

const char* const kIndustries[] = {"Software", "Financial Services", "Healthcare", "Retail",
                                   "Manufacturing", "Education", "Logistics", "Media"};
const double kIndustryWeights[] = {25, 20, 12, 12, 10, 8, 7, 6};
const char* const kCountries[] = {"United States", "Canada", "Germany", "United Kingdom", "France"};
const double kCountryWeights[] = {40, 15, 15, 15, 15};
// Employee bands of segments.h: [1, 10], [11, 50], [51, 200], [201, 500], [501, 1000], [1001, 5000].
const double kBandLow[] = {1, 11, 51, 201, 501, 1001};
const double kBandHigh[] = {10, 50, 200, 500, 1000, 5000};
const double kBandWeights[] = {10, 20, 30, 25, 10, 5};
const char* const kOwners[] = {"Ann", "Bob", "Cho", "Dee"};
const char* const kSources[] = {"Referral", "Outbound", "Inbound", "Partner"};
const char* const kProducts[] = {"Platform", "Analytics"};

constexpr int kQuarters = 15;  // 2022-Q1 .. 2025-Q3
const int32_t kStart = days_from_civil(2022, 1, 1);

struct Company {
  std::string name, industry, country;
  double employees = 0;
  bool planted = false;  // in the planted ICP: Software or Financial Services, 51–500 employees
};

enum class Signal { planted, changes_in_last_year, none };

// A seeded world: companies with firmographics, one or two deals each over 15 quarters; the good
// (won) rate is 0.6 inside the planted ICP and 0.08 outside (Signal::planted). Owner "Ann" and lead
// source "Referral" go with the planted ICP, so they correlate with winning as strongly as the ICP.
struct PlantedWorld {
  table::Tables t;
  std::vector<Company> companies;
  std::vector<size_t> company_of_deal;
  std::vector<int> quarter_of_deal;  // 0 .. kQuarters-1 by created date
  metrics::Customers customers;
  std::unique_ptr<metrics::Attributes> attributes;
  metrics::Segmentation segments;
  metrics::AnalysisSettings settings;
  GoodCustomers labels;
  int32_t as_of = table::kNoDate;

  // with_revenue: monthly MRR from each won company's first close; planted companies keep paying up
  // to 2025-09, the others stop after 6 months 70% of the time (so good = won and retained).
  PlantedWorld(Signal signal, uint64_t seed, int n_companies = 2600, bool with_revenue = false) {
    // Only the engine's raw outputs (fixed by the standard), so the world is the same with any library.
    std::mt19937_64 engine(seed);
    const auto unit = [&](std::mt19937_64&) { return static_cast<double>(engine() >> 11) * 0x1.0p-53; };
    const auto pick = [&](const auto& weights) {
      double total = 0;
      for (double x : weights) total += x;
      double r = unit(engine) * total;
      int i = 0;
      for (double x : weights) {
        if (r < x) return i;
        r -= x;
        ++i;
      }
      return i - 1;
    };
    std::mt19937_64& rng = engine;
    const auto industry = [&](std::mt19937_64&) { return pick(kIndustryWeights); };
    const auto country = [&](std::mt19937_64&) { return pick(kCountryWeights); };
    const auto band = [&](std::mt19937_64&) { return pick(kBandWeights); };
    for (int i = 0; i < n_companies; ++i) {
      Company c;
      c.name = "Company " + std::to_string(i);
      c.industry = kIndustries[industry(rng)];
      c.country = kCountries[country(rng)];
      const int b = band(rng);
      c.employees = std::floor(kBandLow[b] + unit(rng) * (kBandHigh[b] - kBandLow[b] + 1));
      c.planted = (c.industry == "Software" || c.industry == "Financial Services") && c.employees >= 51 &&
                  c.employees <= 500;
      companies.push_back(c);
      const int n_deals = unit(rng) < 0.2 ? 2 : 1;
      for (int k = 0; k < n_deals; ++k) {
        const int32_t created = kStart + static_cast<int32_t>(unit(rng) * (kQuarters * 91.25 - 1));
        const int q = quarter_index(created);
        double p = c.planted ? 0.6 : 0.08;
        if (signal == Signal::none) p = 0.2;
        if (signal == Signal::changes_in_last_year && q >= kQuarters - 4) {
          p = c.industry == "Healthcare" || c.industry == "Retail" ? 0.6 : 0.08;
        }
        const bool won = unit(rng) < p;
        const bool icp_like = c.planted ? unit(rng) < 0.85 : unit(rng) < 0.15;
        const std::string owner = icp_like ? "Ann" : kOwners[1 + static_cast<int>(unit(rng) * 3)];
        const std::string source = icp_like ? "Referral" : kSources[1 + static_cast<int>(unit(rng) * 3)];
        deal(c, won ? Outcome::won : Outcome::lost, created, created + 20 + static_cast<int32_t>(unit(rng) * 60),
             owner, source, kProducts[unit(rng) < 0.5 ? 0 : 1]);
        company_of_deal.push_back(companies.size() - 1);
        quarter_of_deal.push_back(q);
      }
      if (with_revenue) {
        int32_t first_close = table::kNoDate;
        for (size_t d = t.deals.size() - n_deals; d < t.deals.size(); ++d) {
          if (t.deals.outcome[d] == Outcome::won && (first_close == table::kNoDate || t.deals.closed[d] < first_close)) {
            first_close = t.deals.closed[d];
          }
        }
        if (first_close == table::kNoDate) continue;
        const bool retained = c.planted || unit(rng) < 0.3;
        const int32_t last = 2025 * 12 + 8;  // 2025-09
        const int32_t from = metrics::month_of_day(first_close);
        const int32_t to = retained ? last : std::min(last, from + 5);
        for (int32_t m = from; m <= to; ++m) {
          t.revenue.account_id.push_missing();
          t.revenue.account_name.push(c.name);
          t.revenue.start.push_back(metrics::first_day_of_month(m));
          t.revenue.end.push_back(table::kNoDate);
          t.revenue.mrr.push_back(1000);
        }
      }
    }
    build();
  }

  static int quarter_index(int32_t day) {
    const CivilDate d = civil_from_days(day);
    return (d.year - 2022) * 4 + (d.month - 1) / 3;
  }

  void deal(const Company& c, Outcome o, int32_t created, int32_t closed, const std::string& owner,
            const std::string& source, const std::string& product) {
    table::DealTable& d = t.deals;
    d.outcome.push_back(o);
    d.created.push_back(created);
    d.closed.push_back(closed);
    d.amount.push_back(20000);
    d.deal_id.push_missing();
    d.account_id.push_missing();
    d.account_name.push(c.name);
    d.industry.push(c.industry);
    d.country.push(c.country);
    d.employees.push_back(c.employees);
    d.owner.push(owner);
    d.lead_source.push(source);
    d.product.push(product);
    d.deal_type.push_missing();
  }

  void build() {
    std::vector<join::JoinStats> joins;
    customers = metrics::build_customers(t, {true, false, !t.revenue.mrr.empty(), false}, &joins);
    attributes = std::make_unique<metrics::Attributes>(metrics::build_attributes(t, customers));
    segments = metrics::build_segments(*attributes);
    as_of = metrics::data_as_of_day(t);
    const metrics::MrrMatrix mrr = metrics::build_mrr_matrix(t.revenue, customers, settings);
    labels = label_good_customers(t.deals, customers, mrr, GoodDefinition::won_and_retained);
  }

  DerivedIcp derive(const DerivedIcpOptions& options = {}) const {
    const metrics::AnalysisInput input{t, customers, segments, settings, as_of, {true, false, false, false}};
    return derive_icp(input, *attributes, labels, options);
  }

  // Share of customers on which the derived rules and the planted ICP agree.
  double agreement(const IcpDefinition& icp) const {
    const IcpEvaluation e = evaluate_icp(icp, *attributes);
    size_t agree = 0;
    for (size_t k = 0; k < customers.count(); ++k) {
      const int32_t deal = attributes->speaking_deal[k];
      const bool planted = companies[company_of_deal[deal]].planted;
      agree += (e.customers.fit[k] == Fit::fit) == planted;
    }
    return static_cast<double>(agree) / static_cast<double>(customers.count());
  }
};

std::string json_of(const DerivedIcp& d) {
  report::JsonWriter w;
  report::write_derived_icp(w, d);
  return w.finish();
}

TEST(DerivedIcp, RecoversThePlantedIcp) {
  const PlantedWorld w(Signal::planted, 20240611);
  const DerivedIcp d = w.derive();
  EXPECT_EQ(d.outcome, GoodDefinition::won);  // no revenue data
  ASSERT_TRUE(d.rules) << d.rules_reason;
  const IcpDefinition& icp = *d.rules;
  EXPECT_EQ(icp.name, "Derived ICP");
  EXPECT_EQ(icp.match, MatchMode::all);
  EXPECT_EQ(icp.defined_on, w.as_of);
  ASSERT_EQ(icp.rules.size(), 2u) << json_of(d);
  const Rule* industry = nullptr;
  const Rule* employees = nullptr;
  for (const Rule& r : icp.rules) {
    if (r.field == "industry") industry = &r;
    if (r.field == "employees") employees = &r;
  }
  ASSERT_NE(industry, nullptr) << json_of(d);
  ASSERT_NE(employees, nullptr) << json_of(d);
  EXPECT_EQ(industry->op, RuleOp::in);
  EXPECT_EQ(std::set<std::string>(industry->values.begin(), industry->values.end()),
            (std::set<std::string>{"Software", "Financial Services"}));
  EXPECT_EQ(employees->op, RuleOp::between);
  EXPECT_EQ(employees->min, 51);
  EXPECT_EQ(employees->max, 500);

  EXPECT_GE(w.agreement(icp), 0.8);
  EXPECT_DOUBLE_EQ(w.agreement(icp), 1.0);

  // In sample and out of time, the rule lifts well above 1 and meets the qualification bar.
  ASSERT_TRUE(d.in_sample.lift.value);
  EXPECT_GT(*d.in_sample.lift.value, 2);
  ASSERT_TRUE(d.in_sample.lift_ci);
  EXPECT_GT(d.in_sample.lift_ci->low, 1);
  EXPECT_LE(d.in_sample.lift_ci->low, *d.in_sample.lift.value);
  EXPECT_GE(d.in_sample.lift_ci->high, *d.in_sample.lift.value);
  ASSERT_TRUE(d.validation.done) << d.validation.reason;
  ASSERT_TRUE(d.validation.rules) << d.validation.rules_reason;
  ASSERT_TRUE(d.validation.test.lift.value);
  EXPECT_GT(d.validation.test.lift_ci->low, 1);
  ASSERT_TRUE(d.validation.meets_qualification_bar);
  EXPECT_TRUE(*d.validation.meets_qualification_bar) << json_of(d);
  ASSERT_TRUE(d.in_sample.precision.value && d.in_sample.recall.value && d.in_sample.coverage.value);
  EXPECT_NEAR(*d.in_sample.precision.value, 0.6, 0.06);
  EXPECT_EQ(d.attributes, (std::vector<std::string>{"industry", "country", "product", "employees"}));
}

TEST(DerivedIcp, OwnerAndLeadSourceNeverAppearInRules) {
  // Owner "Ann" and source "Referral" are as predictive as the ICP in this world: still never rules.
  for (uint64_t seed : {1u, 2u, 3u}) {
    const PlantedWorld w(Signal::planted, seed, 1500);
    const DerivedIcp d = w.derive();
    for (const std::optional<IcpDefinition>* icp : {&d.rules, &d.validation.rules}) {
      if (!*icp) continue;
      for (const Rule& r : (*icp)->rules) {
        EXPECT_NE(r.field, "owner");
        EXPECT_NE(r.field, "lead_source");
        EXPECT_NE(r.field, "deal_type");
        EXPECT_NE(r.field, "amount");
      }
    }
    for (const std::string& a : d.attributes) {
      EXPECT_NE(a, "owner");
      EXPECT_NE(a, "lead_source");
    }
  }
}

TEST(DerivedIcp, OutOfTimeFiguresComeFromTheLastFourQuartersOnly) {
  const PlantedWorld w(Signal::planted, 77);
  const DerivedIcp d = w.derive();
  ASSERT_TRUE(d.validation.done);
  EXPECT_EQ(d.validation.test_periods, (std::vector<std::string>{"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"}));
  EXPECT_EQ(d.validation.train_until, days_from_civil(2024, 9, 30));
  uint64_t test = 0, train = 0, test_good = 0;
  for (size_t deal = 0; deal < w.quarter_of_deal.size(); ++deal) {
    const bool recent = w.quarter_of_deal[deal] >= kQuarters - 4;
    (recent ? test : train) += 1;
    if (recent) test_good += w.t.deals.outcome[deal] == Outcome::won;
  }
  EXPECT_EQ(d.validation.test.n, test);
  EXPECT_EQ(d.validation.test.good, test_good);
  EXPECT_EQ(d.validation.train_n, train);
  EXPECT_EQ(d.decided, test + train);
  EXPECT_EQ(d.in_sample.n, test + train);
  EXPECT_EQ(d.after_horizon, 0u);
  // The rules validated were fitted on the training periods: defined on their last day.
  EXPECT_EQ(d.validation.rules->defined_on, days_from_civil(2024, 9, 30));
}

TEST(DerivedIcp, WithRetentionTheRecentUndecidedQuartersAreLeftOut) {
  const PlantedWorld w(Signal::planted, 31, 2600, true);
  const DerivedIcp d = w.derive();
  EXPECT_EQ(d.outcome, GoodDefinition::won_and_retained);
  EXPECT_GT(w.labels.retention.young, 0u);
  EXPECT_GT(w.labels.retention.churned, 0u);
  // Won deals of the last year are mostly young customers, undecided: the horizon stops before.
  ASSERT_TRUE(d.horizon_end);
  EXPECT_LT(*d.horizon_end, days_from_civil(2025, 1, 1));
  EXPECT_GT(d.after_horizon, 0u);
  ASSERT_EQ(d.validation.test_periods.size(), 4u);
  EXPECT_EQ(d.validation.train_until, metrics::first_day_of_period(metrics::period_of_day(*d.horizon_end, {}) - 3, {}) - 1);
  // Every decided deal is in exactly one of: the refit, after the horizon (none undated here).
  EXPECT_EQ(d.decided + d.after_horizon, w.labels.deals.good + w.labels.deals.bad);
  EXPECT_EQ(d.validation.train_n + d.validation.test.n, d.decided);
  ASSERT_TRUE(d.rules) << d.rules_reason;
  EXPECT_GE(w.agreement(*d.rules), 0.8) << json_of(d);
  EXPECT_NE(json_of(d).find("left out: most won deals of those quarters are not decided yet"), std::string::npos);
}

TEST(DerivedIcp, APatternThatChangesInTheLastYearShowsALowerOutOfTimeLift) {
  const PlantedWorld w(Signal::changes_in_last_year, 99);
  const DerivedIcp d = w.derive();
  ASSERT_TRUE(d.validation.done);
  ASSERT_TRUE(d.validation.rules) << d.validation.rules_reason;
  ASSERT_TRUE(d.rules) << d.rules_reason;
  ASSERT_TRUE(d.in_sample.lift.value);
  ASSERT_TRUE(d.validation.test.lift.value) << d.validation.test.lift.reason;
  EXPECT_LT(*d.validation.test.lift.value, *d.in_sample.lift.value) << json_of(d);
  EXPECT_LT(*d.validation.test.lift.value, 1);  // on the recent deals, the old ICP is worse than average
  EXPECT_FALSE(d.validation.meets_qualification_bar.value_or(true));
}

TEST(DerivedIcp, NoSignalGivesNoConfidentFakeIcp) {
  for (uint64_t seed : {11u, 12u, 13u, 14u}) {
    const PlantedWorld w(Signal::none, seed);
    const DerivedIcp d = w.derive();
    if (d.rules) {
      ASSERT_TRUE(d.in_sample.lift_ci);
      EXPECT_LE(d.in_sample.lift_ci->low, 1) << json_of(d);
    } else {
      EXPECT_FALSE(d.rules_reason.empty());
      EXPECT_EQ(d.rules_reason.rfind("no rule beats the base rate", 0), 0u) << d.rules_reason;
      EXPECT_FALSE(d.in_sample.lift.value);
    }
    if (d.validation.rules && d.validation.test.lift_ci) {
      EXPECT_LE(d.validation.test.lift_ci->low, 1) << json_of(d);
    }
  }
}

TEST(DerivedIcp, SameInputSameBytes) {
  const PlantedWorld a(Signal::planted, 5, 1200);
  const PlantedWorld b(Signal::planted, 5, 1200);
  const std::string first = json_of(a.derive());
  EXPECT_EQ(first, json_of(a.derive()));
  EXPECT_EQ(first, json_of(b.derive()));
}

TEST(DerivedIcp, TooFewDecidedDealsSayInsufficientData) {
  const PlantedWorld w(Signal::planted, 8, 12);
  const DerivedIcp d = w.derive();
  EXPECT_FALSE(d.rules);
  EXPECT_EQ(d.rules_reason, "insufficient data (n=" + std::to_string(d.decided) + ")");
  EXPECT_FALSE(d.in_sample.precision.value);
  EXPECT_FALSE(d.validation.done);
}

TEST(DerivedIcp, SearchOptionsAreKept) {
  const PlantedWorld w(Signal::planted, 20240611, 1500);
  DerivedIcpOptions o;
  o.max_conditions = 1;
  const DerivedIcp d = w.derive(o);
  EXPECT_EQ(d.options.max_conditions, 1u);
  ASSERT_TRUE(d.rules);
  EXPECT_EQ(d.rules->rules.size(), 1u);
  EXPECT_GT(d.candidates, 0u);
  EXPECT_GT(d.gate_z, 1.96);
}

}  // namespace
}  // namespace icp::ideal
