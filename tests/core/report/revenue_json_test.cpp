#include "report/revenue_json.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metrics/revenue_world.h"
#include "simdjson.h"

namespace icp::report {
namespace {

using metrics::testing::RevenueWorld;

std::string document(const metrics::RevenueMetrics& m) {
  JsonWriter w;
  w.begin_object();
  w.key("revenue");
  write_revenue(w, m);
  w.end_object();
  return w.finish();
}

std::vector<std::string> keys(simdjson::dom::object o) {
  std::vector<std::string> out;
  for (auto field : o) out.emplace_back(field.key);
  return out;
}

// 14 months of one or two customers, and a "industry" dimension.
struct JsonWorld : RevenueWorld {
  JsonWorld() {
    const int32_t a = add_customer("A"), b = add_customer("B");
    for (int m = 1; m <= 14; ++m) snapshot(a, 2023 + (m - 1) / 12, (m - 1) % 12 + 1, m < 10 ? 100 : 150);
    for (int m = 1; m <= 5; ++m) snapshot(b, 2023, m, 50);
    snapshot(metrics::kNoCustomer, 2023, 2, 10);
    metrics::Dimension d;
    d.name = "industry";
    d.levels = {"Software"};
    d.of_customer = {0, 0};
    segments.dimensions.push_back(d);
  }
};

TEST(RevenueJson, WritesTheContractsKeys) {
  JsonWorld w;
  const std::string json = document(metrics::compute_revenue(w.matrix(), w.input()));
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS) << json;
  simdjson::dom::object r;
  ASSERT_EQ(doc["revenue"].get(r), simdjson::SUCCESS);
  const std::vector<std::string> contract = {
      "as_of", "basis", "months", "customers", "rows_without_customer", "mrr", "arr", "paying_customers",
      "nrr_trailing_12m", "grr_trailing_12m", "nrr_n", "logo_churn_monthly", "logo_churn_monthly_ci",
      "logo_churn_annualized", "logo_churn_annualized_ci", "logo_churn_n", "revenue_churn_monthly_6m", "arpa",
      "gross_margin", "ltv", "movements", "by_dimension", "by_cohort"};
  const std::vector<std::string> have = keys(r);
  for (const std::string& k : contract) EXPECT_NE(std::find(have.begin(), have.end(), k), have.end()) << k;

  EXPECT_EQ(std::string_view(r["as_of"]), "2024-02");
  EXPECT_EQ(std::string_view(r["basis"]), "snapshots");
  EXPECT_EQ(int64_t(r["months"]), 14);
  EXPECT_EQ(int64_t(r["customers"]), 2);
  EXPECT_EQ(int64_t(r["rows_without_customer"]), 1);
  EXPECT_EQ(double(r["mrr"]), 150);
  EXPECT_EQ(double(r["arr"]), 1800);
  EXPECT_EQ(int64_t(r["paying_customers"]), 1);
  EXPECT_EQ(int64_t(r["nrr_n"]), 2);  // A and B paid in 2023-02
  EXPECT_DOUBLE_EQ(double(r["nrr_trailing_12m"]), 150.0 / 150);
  EXPECT_NEAR(double(r["grr_trailing_12m"]), 100.0 / 150, 1e-11);  // 12 significant digits
  EXPECT_EQ(double(r["gross_margin"]), 0.8);
  // No revenue churn in the 6 months ending T (A only grew): LTV is null with its reason.
  EXPECT_TRUE(r["ltv"].is_null());
  EXPECT_EQ(std::string_view(r["ltv_reason"]), "no revenue churn in the trailing 6 months");
  simdjson::dom::array ci;
  ASSERT_EQ(r["logo_churn_annualized_ci"].get(ci), simdjson::SUCCESS);
  EXPECT_EQ(ci.size(), 2u);

  simdjson::dom::array movements;
  ASSERT_EQ(r["movements"].get(movements), simdjson::SUCCESS);
  ASSERT_EQ(movements.size(), 14u);
  const std::vector<std::string> movement_keys = {
      "month", "start_mrr", "new", "expansion", "contraction", "churn", "reactivation", "end_mrr",
      "customers_start", "customers_end", "new_customers", "churned_customers", "reactivated_customers", "logo_churn"};
  const std::vector<std::string> first = keys(movements.at(0));
  for (const std::string& k : movement_keys) EXPECT_NE(std::find(first.begin(), first.end(), k), first.end()) << k;
  EXPECT_EQ(std::string_view(movements.at(0)["month"]), "2023-01");
  EXPECT_TRUE(movements.at(0)["logo_churn"].is_null());
  EXPECT_EQ(std::string_view(movements.at(0)["logo_churn_reason"]), "no customers paying at the start of the month");
  EXPECT_EQ(std::string_view(movements.at(5)["month"]), "2023-06");
  EXPECT_EQ(double(movements.at(5)["churn"]), 50);
  EXPECT_EQ(double(movements.at(5)["logo_churn"]), 0.5);

  simdjson::dom::array industry;
  ASSERT_EQ(r["by_dimension"]["industry"].get(industry), simdjson::SUCCESS);
  ASSERT_EQ(industry.size(), 1u);
  const std::vector<std::string> segment_keys = {"segment", "customers", "nrr_n", "nrr_trailing_12m", "grr_trailing_12m",
                                                 "logo_churn_annualized", "ltv", "mrr"};
  const std::vector<std::string> seg = keys(industry.at(0));
  for (const std::string& k : segment_keys) EXPECT_NE(std::find(seg.begin(), seg.end(), k), seg.end()) << k;
  EXPECT_EQ(std::string_view(industry.at(0)["segment"]), "Software");
  EXPECT_TRUE(industry.at(0)["nrr_trailing_12m"].is_null());
  EXPECT_EQ(std::string_view(industry.at(0)["nrr_trailing_12m_reason"]), "insufficient data (n=2)");

  simdjson::dom::array cohorts;
  ASSERT_EQ(r["by_cohort"].get(cohorts), simdjson::SUCCESS);
  ASSERT_EQ(cohorts.size(), 1u);
  const std::vector<std::string> cohort_keys = {"cohort", "customers", "start_mrr", "nrr_n", "nrr_trailing_12m",
                                                "grr_trailing_12m", "logo_churn_annualized", "revenue_retention",
                                                "logo_retention"};
  const std::vector<std::string> co = keys(cohorts.at(0));
  for (const std::string& k : cohort_keys) EXPECT_NE(std::find(co.begin(), co.end(), k), co.end()) << k;
  EXPECT_EQ(std::string_view(cohorts.at(0)["cohort"]), "2023-Q1");
  EXPECT_EQ(double(cohorts.at(0)["start_mrr"]), 150);
  simdjson::dom::array retention;
  ASSERT_EQ(cohorts.at(0)["revenue_retention"].get(retention), simdjson::SUCCESS);
  EXPECT_EQ(retention.size(), 14u);
  EXPECT_EQ(double(retention.at(0)), 1.0);
  EXPECT_EQ(double(retention.at(13)), 1.0);  // A at 150 of the 150 the cohort started with
}

TEST(RevenueJson, NoRevenueDataIsNullWithReasons) {
  RevenueWorld w;
  w.add_customer("A");
  const std::string json = document(metrics::compute_revenue(w.matrix(), w.input()));
  EXPECT_NE(json.find("\"as_of\": null,\n    \"as_of_reason\": \"no revenue data\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"mrr\": null,\n    \"mrr_reason\": \"no revenue data\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"nrr_trailing_12m\": null,\n    \"nrr_trailing_12m_reason\": \"no revenue data\""),
            std::string::npos);
  EXPECT_NE(json.find("\"movements\": []"), std::string::npos);
  EXPECT_NE(json.find("\"by_cohort\": []"), std::string::npos);
}

TEST(RevenueJson, IsTheSameDocumentEveryTime) {
  JsonWorld w;
  const std::string one = document(metrics::compute_revenue(w.matrix(), w.input()));
  const std::string two = document(metrics::compute_revenue(w.matrix(), w.input()));
  EXPECT_EQ(one, two);
  EXPECT_EQ(one.find("nan"), std::string::npos);
}

}  // namespace
}  // namespace icp::report
