#include "report/efficiency_json.h"

#include <gtest/gtest.h>

#include <string>

namespace icp::report {
namespace {

using metrics::Figure;

std::string write(const metrics::Efficiency& e) {
  JsonWriter w;
  write_efficiency(w, e);
  return w.finish();
}

metrics::Efficiency sample() {
  metrics::Efficiency e;
  e.new_mrr_basis = metrics::NewMrrBasis::revenue;
  e.spend_total = 18500;
  e.new_logos_total = 6;
  e.cac_overall = Figure<double>::of(3000);
  e.new_mrr_per_logo = Figure<double>::of(1500);
  e.cac_payback_months = Figure<double>::of(2.5);
  metrics::EfficiencyPeriod q1;
  q1.label = "2024-Q1";
  q1.spend = 9000;
  q1.spend_rows = 3;
  q1.new_logos = 3;
  q1.cac = Figure<double>::of(3000);
  q1.new_mrr_per_logo = Figure<double>::of(1500);
  q1.cac_payback_months = Figure<double>::of(2.5);
  metrics::EfficiencyPeriod q2;
  q2.label = "2024-Q2";
  q2.new_logos = 1;
  q2.cac = Figure<double>::none("no spend in the period");
  q2.new_mrr_per_logo = Figure<double>::none("no new logo of the period has revenue data");
  q2.cac_payback_months = Figure<double>::none("no spend in the period");
  e.by_period = {q1, q2};
  e.by_channel = Figure<std::vector<metrics::ChannelEfficiency>>::none("the spend rows have no channels");
  metrics::MagicNumberQuarter mq;
  mq.label = "2024-Q2";
  mq.new_mrr = 400;
  mq.net_new_arr = Figure<double>::of(4800);
  mq.prior_quarter_spend = Figure<double>::of(9000);
  mq.magic_number = Figure<double>::of(4800.0 / 9000);
  e.magic_number = {mq};
  return e;
}

TEST(EfficiencyJson, FiguresAndReasons) {
  const std::string json = write(sample());
  EXPECT_NE(json.find("\"gross_margin\": 0.8,\n  \"new_mrr_basis\": \"revenue\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"spend_total\": 18500"), std::string::npos);
  EXPECT_NE(json.find("\"new_logos_total\": 6"), std::string::npos);
  EXPECT_NE(json.find("\"cac_overall\": 3000"), std::string::npos);
  EXPECT_NE(json.find("\"period\": \"2024-Q1\",\n      \"spend\": 9000,\n      \"new_logos\": 3"), std::string::npos);
  // A period with no spend row: null spend with its reason, CAC null with its reason.
  EXPECT_NE(json.find("\"spend\": null,\n      \"spend_reason\": \"no spend rows for the period\""), std::string::npos);
  EXPECT_NE(json.find("\"cac\": null,\n      \"cac_reason\": \"no spend in the period\""), std::string::npos);
  EXPECT_NE(json.find("\"by_channel\": null,\n  \"by_channel_reason\": \"the spend rows have no channels\""),
            std::string::npos);
  EXPECT_NE(json.find("\"unmatched_spend_channels\": []"), std::string::npos);
  EXPECT_NE(json.find("\"quarter\": \"2024-Q2\",\n      \"net_new_arr\": 4800,\n      \"new_mrr\": 400"),
            std::string::npos);
  EXPECT_NE(json.find("\"magic_number\": 0.533333333333"), std::string::npos);
  EXPECT_NE(json.find("\"bucketed_by\": {\n    \"spend\": \"spend period\",\n    \"new_logos\": \"close date of the "
                      "first won deal\""),
            std::string::npos);
  EXPECT_EQ(json, write(sample()));
}

TEST(EfficiencyJson, ChannelsAndUnmatched) {
  metrics::Efficiency e = sample();
  metrics::ChannelEfficiency out;
  out.channel = "Outbound";
  out.matched = true;
  out.spend = 15000;
  out.new_logos = 4;
  out.cac = Figure<double>::of(3750);
  out.by_period.push_back({"2024-Q1", 9000, 3, Figure<double>::of(3000)});
  metrics::ChannelEfficiency events;
  events.channel = "Events";
  events.spend = 500;
  events.cac = Figure<double>::none("no lead source of the deals matches this channel");
  e.by_channel = Figure<std::vector<metrics::ChannelEfficiency>>::of({out, events});
  e.unmatched_spend_channels = {"Events"};
  const std::string json = write(e);
  EXPECT_NE(json.find("\"channel\": \"Outbound\",\n      \"matched\": true,\n      \"spend\": 15000,\n      "
                      "\"new_logos\": 4,\n      \"cac\": 3750"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"cac_reason\": \"no lead source of the deals matches this channel\""), std::string::npos);
  EXPECT_NE(json.find("\"unmatched_spend_channels\": [\n    \"Events\"\n  ]"), std::string::npos);
}

}  // namespace
}  // namespace icp::report
