#include "icp/fit_score.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <random>
#include <set>

#include "icp/icp_evaluation.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "metrics/segments.h"
#include "report/icp_json.h"
#include "util/civil_date.h"

namespace icp::ideal {
namespace {

using mapping::Outcome;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const char* const kIndustries[] = {"Software", "Fintech", "Retail", "Healthcare", "Manufacturing",
                                   "Education", "Media", "Logistics"};
const char* const kCountries[] = {"United States", "USA", "Germany", "DE", "France", "Canada", "United Kingdom", "UK"};

// A seeded world: accounts with an industry, a country and an employee count; good customers are
// planted in Software and Fintech and in the 51-200 band. Three more accounts are in Mining.
struct World {
  table::Tables t;
  std::vector<int8_t> labels;
  std::vector<bool> planted_industry, planted_size;
  metrics::Customers customers;
  metrics::Attributes attributes;

  void add(std::string_view id, std::string_view industry, std::string_view country, double employees, int8_t label,
           std::string_view owner) {
    t.accounts.id.push(id);
    t.accounts.name.push(std::string("Company ") + std::string(id));
    if (industry.empty()) t.accounts.industry.push_missing(); else t.accounts.industry.push(industry);
    if (country.empty()) t.accounts.country.push_missing(); else t.accounts.country.push(country);
    t.accounts.region.push_missing();
    t.accounts.employees.push_back(employees);
    t.accounts.annual_revenue.push_back(kNaN);
    table::DealTable& d = t.deals;
    d.outcome.push_back(label == kGood ? Outcome::won : label == kBad ? Outcome::lost : Outcome::open);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 3, 1));
    d.amount.push_back(20000);
    d.account_id.push(id);
    d.account_name.push(std::string("Company ") + std::string(id));
    d.owner.push(owner);  // the owner knows the label: it must never be used
    for (auto* col : {&d.lead_source, &d.deal_type, &d.product, &d.industry, &d.country}) col->push_missing();
    d.employees.push_back(kNaN);
    labels.push_back(label);
  }
};

std::unique_ptr<World> make_world(uint64_t seed) {
  auto w = std::make_unique<World>();
  std::mt19937_64 rng(seed);
  const auto uniform = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  for (int i = 0; i < 2000; ++i) {
    const char* industry = kIndustries[rng() % 8];
    const char* country = kCountries[rng() % 8];
    const auto band = rng() % 7;
    const double low = metrics::kEmployeeBands[band].low;
    const double high = band + 1 < 7 ? metrics::kEmployeeBands[band + 1].low : 20000;
    const double employees = std::floor(std::max(1.0, low) + uniform() * (high - std::max(1.0, low)));
    const bool pi = std::string_view(industry) == "Software" || std::string_view(industry) == "Fintech";
    const bool ps = band == 2;  // 51-200
    const double p_good = 0.08 + 0.4 * pi + 0.35 * ps;
    int8_t label = uniform() < p_good ? kGood : kBad;
    if (uniform() < 0.1) label = kUnlabelled;
    w->planted_industry.push_back(pi);
    w->planted_size.push_back(ps);
    w->add("C" + std::to_string(i), industry, country, employees, label, label == kGood ? "Winner" : "Other");
  }
  // A rare level: three customers, one good, as the overall rate has it.
  for (int i = 0; i < 3; ++i) {
    w->planted_industry.push_back(false);
    w->planted_size.push_back(false);
    w->add("M" + std::to_string(i), "Mining", "France", 3000, i == 0 ? kGood : kBad, "Other");
  }
  // A customer with nothing known.
  w->planted_industry.push_back(false);
  w->planted_size.push_back(false);
  w->add("X", "", "", kNaN, kUnlabelled, "Other");
  std::vector<join::JoinStats> joins;
  w->customers = metrics::build_customers(w->t, {true, true, false, false}, &joins);
  w->attributes = metrics::build_attributes(w->t, w->customers);
  return w;
}

const AttributePoints* find(const ScoringModel& m, std::string_view field) {
  for (const auto& a : m.attributes) {
    if (a.field == field) return &a;
  }
  return nullptr;
}

const LevelPoints* level(const AttributePoints& a, std::string_view name) {
  for (const auto& l : a.levels) {
    if (l.level == name) return &l;
  }
  return nullptr;
}

// One default for what passes: tiers A and B, the fit score's 60 and the ICP's own pass score agree.
TEST(FitScore, PassScoreIsOneDefaultWithTheIcp) {
  EXPECT_EQ(ScoringOptions{}.pass_score, 60);
  IcpDefinition plain;
  EXPECT_EQ(effective_pass_score(plain), 60);
  EXPECT_EQ(scoring_options_for(nullptr).pass_score, 60);
  EXPECT_EQ(scoring_options_for(&plain).pass_score, 60);
  EXPECT_TRUE(scoring_options_for(&plain).tiers.empty());

  IcpDefinition custom;
  custom.match = MatchMode::score;
  custom.tiers = {{"Gold", 70}, {"Silver", 45}, {"Bronze", 20}, {"Lead", 0}};
  EXPECT_EQ(effective_pass_score(custom), 45);
  const ScoringOptions from_custom = scoring_options_for(&custom);
  EXPECT_EQ(from_custom.pass_score, 45);
  ASSERT_EQ(from_custom.tiers.size(), 4u);
  EXPECT_EQ(from_custom.tiers[0].name, "Gold");
  custom.pass_score = 52.5;
  EXPECT_EQ(scoring_options_for(&custom).pass_score, 52.5);
  custom.pass_score.reset();
  custom.tiers = {{"Fit", 50}, {"Other", 0}};
  EXPECT_EQ(effective_pass_score(custom), 50);
}

TEST(FitScore, PlantedValuesGetTheTopPoints) {
  const auto w = make_world(20240630);
  ASSERT_EQ(w->customers.count(), 2004u);
  const ScoringModel m = build_scoring_model(w->attributes, w->labels);
  EXPECT_GT(m.labelled, 1700u);
  EXPECT_GT(m.base_rate, 0.2);
  EXPECT_LT(m.base_rate, 0.45);
  EXPECT_GT(m.calibration, 0.5);
  EXPECT_LE(m.calibration, 1);
  EXPECT_EQ(find(m, "owner"), nullptr);  // never who sold the deal
  EXPECT_EQ(find(m, "lead_source"), nullptr);
  EXPECT_EQ(find(m, "amount"), nullptr);

  const AttributePoints* industry = find(m, "industry");
  ASSERT_NE(industry, nullptr);
  std::vector<const LevelPoints*> by_points;
  for (const auto& l : industry->levels) by_points.push_back(&l);
  std::sort(by_points.begin(), by_points.end(), [](auto* a, auto* b) { return a->points > b->points; });
  const std::set<std::string> top = {by_points[0]->level, by_points[1]->level};
  EXPECT_EQ(top, (std::set<std::string>{"Software", "Fintech"}));
  EXPECT_GT(by_points[1]->points, 0.5);

  const AttributePoints* size = find(m, "employees");
  ASSERT_NE(size, nullptr);
  EXPECT_TRUE(size->banded);
  ASSERT_EQ(size->levels.size(), 7u);
  EXPECT_EQ(size->levels[0].level, "1-10");  // band order
  const LevelPoints* best = &size->levels[0];
  for (const auto& l : size->levels) {
    if (l.points > best->points) best = &l;
  }
  EXPECT_EQ(best->level, "51-200");
  EXPECT_GT(best->points, 0.5);

  // The rare level shrinks to about nothing.
  const LevelPoints* mining = level(*industry, "Mining");
  ASSERT_NE(mining, nullptr);
  EXPECT_EQ(mining->n, 3u);
  EXPECT_EQ(mining->good, 1u);
  EXPECT_LT(std::fabs(mining->points), 0.2);
  EXPECT_LT(std::fabs(mining->points), by_points[1]->points / 5);

  // Countries are one level per country, shown by their ISO name, and say nothing here.
  const AttributePoints* country = find(m, "country");
  ASSERT_NE(country, nullptr);
  ASSERT_NE(level(*country, "United States"), nullptr);
  EXPECT_EQ(level(*country, "USA"), nullptr);
  EXPECT_EQ(country->levels.size(), 5u);
  for (const auto& l : country->levels) EXPECT_LT(std::fabs(l.points), 0.3) << l.level;
}

TEST(FitScore, PlantedCustomersScoreHigherAndSayWhy) {
  const auto w = make_world(7);
  const ScoringModel m = build_scoring_model(w->attributes, w->labels);
  const ScoredRecords s = score_records(m, w->attributes, RecordKind::customers);
  ASSERT_EQ(s.size(), w->customers.count());
  double planted_sum = 0, rest_sum = 0;
  size_t planted_n = 0, rest_n = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    EXPECT_GE(s.score[k], 0);
    EXPECT_LE(s.score[k], 100);
    if (w->planted_industry[k] && w->planted_size[k]) {
      planted_sum += s.score[k];
      ++planted_n;
    } else {
      rest_sum += s.score[k];
      ++rest_n;
    }
  }
  ASSERT_GT(planted_n, 50u);
  EXPECT_GE(planted_sum / planted_n, rest_sum / rest_n + 20) << planted_sum / planted_n << " vs " << rest_sum / rest_n;

  // The top reasons of a planted customer name the planted attributes, largest first.
  size_t k = 0;
  while (!(w->planted_industry[k] && w->planted_size[k])) ++k;
  const std::vector<Reason> reasons = top_reasons(m, s, k);
  ASSERT_GE(reasons.size(), 2u);
  const std::set<std::string_view> fields = {reasons[0].field, reasons[1].field};
  EXPECT_EQ(fields, (std::set<std::string_view>{"industry", "employees"}));
  EXPECT_GT(reasons[0].score_points, 0);
  EXPECT_GE(reasons[0].score_points, reasons[1].score_points);
  for (const Reason& r : reasons) EXPECT_NE(r.score_points, 0);
  const std::string text = format_reason(reasons[0]);
  EXPECT_TRUE(text.rfind("industry = ", 0) == 0 || text.rfind("employees = 51-200: +", 0) == 0) << text;
  EXPECT_EQ(s.tier[k], tier_of(m.tiers, s.score[k]));
  EXPECT_EQ(s.pass[k], s.score[k] >= 60);

  // A customer with nothing known scores 50: the odds of the average customer.
  const size_t x = s.size() - 1;
  EXPECT_EQ(s.score[x], 50);
  EXPECT_TRUE(top_reasons(m, s, x).empty());
  EXPECT_EQ(s.tier[x], 2);  // C

  // A deal takes its customer's account attributes, so its score.
  const ScoredRecords d = score_records(m, w->attributes, RecordKind::deals);
  ASSERT_EQ(d.size(), w->t.deals.size());
  for (size_t i = 0; i < d.size(); ++i) EXPECT_EQ(d.score[i], s.score[w->customers.of_deal[i]]);
}

// Without levels the scores are the same; the summary counts them as the records say.
TEST(FitScore, ScoresWithoutLevelsAndTheirSummary) {
  const auto w = make_world(11);
  const ScoringModel m = build_scoring_model(w->attributes, w->labels);
  const ScoredRecords full = score_records(m, w->attributes, RecordKind::deals);
  const ScoredRecords lean = score_records(m, w->attributes, RecordKind::deals, false);
  EXPECT_TRUE(lean.levels.empty());
  EXPECT_EQ(full.levels.size(), m.attributes.size() * full.size());
  EXPECT_EQ(lean.score, full.score);
  EXPECT_EQ(lean.total, full.total);
  EXPECT_EQ(lean.tier, full.tier);
  EXPECT_EQ(lean.pass, full.pass);

  const ScoreSummary summary = summarize_scores(m, lean);
  EXPECT_EQ(summary.n, full.size());
  ASSERT_EQ(summary.per_tier.size(), m.tiers.size());
  uint64_t pass = 0, tiered = 0;
  double sum = 0;
  std::vector<uint64_t> per_tier(m.tiers.size(), 0);
  for (size_t i = 0; i < full.size(); ++i) {
    pass += full.score[i] >= m.pass_score;
    sum += full.score[i];
    if (full.tier[i] < per_tier.size()) ++per_tier[full.tier[i]];
  }
  for (uint64_t t : per_tier) tiered += t;
  EXPECT_GT(pass, 0u);
  EXPECT_LT(pass, full.size());
  EXPECT_EQ(summary.pass, pass);
  EXPECT_EQ(summary.score_sum, sum);
  EXPECT_EQ(summary.per_tier, per_tier);
  EXPECT_EQ(tiered, full.size());
}

TEST(FitScore, DeterministicAndWritten) {
  const auto a = make_world(99);
  const auto b = make_world(99);
  const ScoringModel ma = build_scoring_model(a->attributes, a->labels);
  const ScoringModel mb = build_scoring_model(b->attributes, b->labels);
  report::JsonWriter wa, wb;
  report::write_scoring_model(wa, ma);
  report::write_scoring_model(wb, mb);
  const std::string ja = wa.finish();
  EXPECT_EQ(ja, wb.finish());
  EXPECT_NE(ja.find("\"field\": \"industry\""), std::string::npos);
  EXPECT_NE(ja.find("\"level\": \"51-200\""), std::string::npos);
  EXPECT_NE(ja.find("\"prior_strength\": 10"), std::string::npos);
  // Points are rounded to 6 significant digits before anything is written.
  for (const auto& attribute : ma.attributes) {
    for (const auto& l : attribute.levels) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.5e", l.points);
      EXPECT_EQ(std::strtod(buf, nullptr), l.points);
    }
  }
}

TEST(FitScore, NoContrastScoresEveryone50) {
  const auto w = make_world(3);
  std::vector<int8_t> all_good(w->labels.size(), kGood);
  const ScoringModel m = build_scoring_model(w->attributes, all_good);
  ASSERT_EQ(m.notes.size(), 1u);
  EXPECT_EQ(m.notes[0], "every labelled customer has the same label: every score is 50");
  const ScoredRecords s = score_records(m, w->attributes, RecordKind::customers);
  for (double x : s.score) EXPECT_EQ(x, 50);
  const ScoringModel none = build_scoring_model(w->attributes, {});
  EXPECT_EQ(none.labelled, 0u);
  EXPECT_EQ(none.notes[0], "no labelled customers to learn from: every score is 50");
}

TEST(FitScore, PriorStrengthShrinksRareLevels) {
  const auto w = make_world(11);
  ScoringOptions weak;
  weak.prior_strength = 1;
  ScoringOptions strong;
  strong.prior_strength = 100;
  const ScoringModel mw = build_scoring_model(w->attributes, w->labels, weak);
  const ScoringModel ms = build_scoring_model(w->attributes, w->labels, strong);
  const LevelPoints* lw = level(*find(mw, "industry"), "Mining");
  const LevelPoints* ls = level(*find(ms, "industry"), "Mining");
  ASSERT_TRUE(lw && ls);
  EXPECT_GT(std::fabs(lw->log_odds), std::fabs(ls->log_odds));
}

TEST(FitScore, ScoredCsvNeutralisesFormulas) {
  auto w = make_world(5);
  // A company name a spreadsheet would run.
  w->customers.name[0] = "=HYPERLINK(\"http://x\",\"y\")";
  const ScoringModel m = build_scoring_model(w->attributes, w->labels);
  const ScoredRecords s = score_records(m, w->attributes, RecordKind::customers);
  const std::string csv = report::write_scored_csv(m, s, w->t, w->customers);
  ASSERT_EQ(csv.rfind("record_id,name,score,tier,pass,reasons\r\n", 0), 0u);
  const size_t first = csv.find("\r\n") + 2;
  const std::string row = csv.substr(first, csv.find("\r\n", first) - first);
  EXPECT_EQ(row.rfind("C0,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", 0), 0u) << row;
  size_t rows = 0;
  for (size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) ++rows;
  EXPECT_EQ(rows, s.size() + 1);

  const ScoredRecords d = score_records(m, w->attributes, RecordKind::deals);
  report::ScoredCsvOptions open_only;
  open_only.open_deals_only = true;
  const std::string deals_csv = report::write_scored_csv(m, d, w->t, w->customers, open_only);
  size_t open = 0;
  for (Outcome o : w->t.deals.outcome) open += o == Outcome::open;
  rows = 0;
  for (size_t p = deals_csv.find("\r\n"); p != std::string::npos; p = deals_csv.find("\r\n", p + 2)) ++rows;
  EXPECT_EQ(rows, open + 1);
  // Without deal ids, a deal row carries its account's id.
  const size_t first_deal = deals_csv.find("\r\n") + 2;
  EXPECT_EQ(deals_csv[first_deal], 'C') << deals_csv.substr(0, 200);

  // With the CRM's deal ids (kept for open deals), the deal's own.
  for (size_t i = 0; i < w->t.deals.size(); ++i) {
    if (w->t.deals.outcome[i] == Outcome::open) w->t.deals.deal_id.push("006" + std::to_string(i));
    else w->t.deals.deal_id.push_missing();
  }
  const std::string with_ids = report::write_scored_csv(m, d, w->t, w->customers, open_only);
  for (size_t p = with_ids.find("\r\n"); p + 2 < with_ids.size(); p = with_ids.find("\r\n", p + 2)) {
    EXPECT_EQ(with_ids.compare(p + 2, 3, "006"), 0) << with_ids.substr(p + 2, 40);
  }
}

}  // namespace
}  // namespace icp::ideal
