// The engine with a mapping file, and with files of every role: what the user corrects takes effect,
// and each role's file is read and accounted for.
#include <gtest/gtest.h>

#include <string>

#include "engine/session.h"
#include "simdjson.h"

namespace icp::engine {
namespace {

struct Analysis {
  Status status;
  std::string json;
};

Analysis analyze(const std::vector<std::pair<std::string, std::string>>& files, std::string_view mapping = {}) {
  Session s;
  if (!mapping.empty()) {
    if (Status st = s.set_mapping(mapping, "mapping.json"); !st.is_ok()) return {st, ""};
  }
  for (const auto& [name, bytes] : files) {
    Status st = s.begin_file(name, "auto");
    if (st.is_ok()) st = s.feed(bytes);
    if (st.is_ok()) st = s.end_file();
    if (!st.is_ok()) return {st, ""};
  }
  return {Status::ok(), s.report_json()};
}

const std::string kDeals =
    "Deal,Phase,Wert,Opened,Closed\n"
    "1,Commit & Signing,\"1.500,00\",03/04/2024,05/04/2024\n"
    "2,Verbal win,\"2.500,00\",03/04/2024,06/04/2024\n"
    "3,Closed Lost,\"500,00\",03/04/2024,07/04/2024\n"
    "4,Closed Won,\"1.000,00\",03/04/2024,08/04/2024\n";

}  // namespace

TEST(SessionMapping, WithoutAMappingTheGuessesAreReported) {
  const Analysis r = analyze({{"deals.csv", kDeals}});
  ASSERT_TRUE(r.status.is_ok()) << r.status.message();
  simdjson::dom::parser parser;
  const auto doc = parser.parse(r.json);
  const auto in = doc["inputs"].at(0);
  EXPECT_EQ(std::string_view(in["date_order_source"]), "assumed");  // every date fits both orders
  const auto table = in["stage_table"].get_array();
  EXPECT_EQ(table.size(), 4u);
  EXPECT_EQ(std::string_view(table.at(1)["value"]), "Verbal win");
  EXPECT_EQ(std::string_view(table.at(1)["outcome"]), "open");  // not a known name: open until confirmed
  EXPECT_EQ(uint64_t(doc["sales"]["overall"]["won"]), 1u);
}

TEST(SessionMapping, TheMappingFileCorrectsStagesDatesAndMarks) {
  const Analysis r = analyze({{"deals.csv", kDeals}}, R"({
    "files": [{"file": "deals.csv", "columns": {"amount": "Wert"}, "date_order": "day_first", "decimal_mark": "comma"}],
    "stages": {"verbal win": "won"}
  })");
  ASSERT_TRUE(r.status.is_ok()) << r.status.message();
  simdjson::dom::parser parser;
  const auto doc = parser.parse(r.json);
  const auto overall = doc["sales"]["overall"];
  EXPECT_EQ(uint64_t(overall["won"]), 2u);
  EXPECT_DOUBLE_EQ(double(overall["bookings"]), 3500.0);  // 2.500,00 + 1.000,00
  EXPECT_EQ(uint64_t(overall["n_won_with_cycle"]), 2u);  // "Opened" and "Closed" both read as dates
  const auto in = doc["inputs"].at(0);
  EXPECT_EQ(std::string_view(in["date_order_source"]), "mapping");
  EXPECT_TRUE(bool(in["mapping_rule_applied"]));
  EXPECT_EQ(std::string_view(in["stage_table"].at(1)["source"]), "mapping");
  EXPECT_EQ(std::string_view(in["mapping_details"].at(3)["reason"]), "set in the mapping");
}

TEST(SessionMapping, AMappingNamingAMissingColumnIsAnError) {
  const Analysis r = analyze({{"deals.csv", kDeals}}, R"({"files": [{"file": "deals.csv", "columns": {"amount": "Betrag"}}]})");
  ASSERT_FALSE(r.status.is_ok());
  EXPECT_NE(r.status.message().find("deals.csv: the mapping sets amount to column \"Betrag\""), std::string::npos)
      << r.status.message();
}

TEST(SessionMapping, TheEffectiveMappingRoundTrips) {
  Session s;
  ASSERT_TRUE(s.begin_file("deals.csv", "auto").is_ok());
  ASSERT_TRUE(s.feed(kDeals).is_ok());
  ASSERT_TRUE(s.end_file().is_ok());
  const std::string saved = s.mapping_json();
  Session again;
  ASSERT_TRUE(again.set_mapping(saved, "saved.json").is_ok()) << saved;
  ASSERT_TRUE(again.begin_file("deals.csv", "auto").is_ok());
  ASSERT_TRUE(again.feed(kDeals).is_ok());
  ASSERT_TRUE(again.end_file().is_ok());
  EXPECT_EQ(again.mapping_json(), saved);
  simdjson::dom::parser p1, p2;
  EXPECT_EQ(simdjson::to_string(p1.parse(s.report_json())["sales"]),
            simdjson::to_string(p2.parse(again.report_json())["sales"]));
}

TEST(SessionRoles, RevenueTicketsAndSpendFilesAreReadAndAccounted) {
  const Analysis r = analyze({
      {"mrr.csv", "account_id,month,mrr_amount\na1,2024-01,100\na1,2024-02,120\n,2024-02,5\na2,,50\n"},
      {"tickets.csv", "Id,Requester,Subject,Status,Priority,Created at,Organization\n"
                      "1,Ann,Help,open,high,2024-02-01 09:30,Acme\n2,Bob,Bug,solved,low,,Acme\n"},
      {"spend.csv", "Month,Channel,Spend\n2024-01,Paid Search,\"12,000\"\n2024-13,Events,5\n"},
  });
  ASSERT_TRUE(r.status.is_ok()) << r.status.message();
  simdjson::dom::parser parser;
  const auto doc = parser.parse(r.json);
  const auto inputs = doc["inputs"].get_array();
  EXPECT_EQ(std::string_view(inputs.at(0)["role"]), "revenue");
  EXPECT_EQ(uint64_t(inputs.at(0)["rows_used"]), 2u);
  EXPECT_EQ(uint64_t(inputs.at(0)["rows_rejected"]), 2u);
  EXPECT_EQ(std::string_view(inputs.at(0)["rejected_by_reason"].at(0)["reason"]), "no account");
  EXPECT_EQ(uint64_t(inputs.at(0)["rejected_by_reason"].at(0)["first_lines"].at(0)), 4u);
  EXPECT_EQ(std::string_view(inputs.at(0)["rejected_by_reason"].at(1)["reason"]), "no month");
  EXPECT_EQ(std::string_view(inputs.at(1)["role"]), "tickets");
  EXPECT_EQ(uint64_t(inputs.at(1)["rows_used"]), 1u);
  EXPECT_EQ(std::string_view(inputs.at(1)["rejected_by_reason"].at(0)["reason"]), "no creation date");
  EXPECT_EQ(std::string_view(inputs.at(2)["role"]), "spend");
  EXPECT_EQ(uint64_t(inputs.at(2)["rows_used"]), 1u);
  EXPECT_EQ(std::string_view(inputs.at(2)["rejected_by_reason"].at(0)["reason"]),
            "period is not a month, quarter or date");
  EXPECT_TRUE(doc["sales"].is_null());
}

}  // namespace icp::engine

namespace icp::engine {

TEST(SessionTitleLines, TitleLinesAboveTheHeaderAreSkippedAndSaid) {
  const Analysis r = analyze({{"report.csv",
                               "Opportunities Report\n"
                               "\"Generated 3/1/2024, by Ann\"\n"
                               "\n"
                               "Stage,Amount,Close Date,Amount\n"
                               "Closed Won,100,2024-01-02,7\n"
                               "Closed Lost,50,2024-01-03,8\n"}});
  ASSERT_TRUE(r.status.is_ok()) << r.status.message();
  simdjson::dom::parser parser;
  const auto doc = parser.parse(r.json);
  const auto in = doc["inputs"].at(0);
  EXPECT_EQ(uint64_t(in["rows_read"]), 2u);
  EXPECT_EQ(uint64_t(in["rows_rejected"]), 0u);
  EXPECT_EQ(std::string_view(in["mapping"]["stage"]), "Stage");
  const auto notes = in["notes"].get_array();
  EXPECT_EQ(std::string_view(notes.at(0)), "line 1: a title line above the header was skipped (\"Opportunities Report\")");
  EXPECT_EQ(std::string_view(notes.at(1)),
            "line 2: a title line above the header was skipped (\"Generated 3/1/2024, by Ann\")");
  EXPECT_EQ(std::string_view(notes.at(2)),
            "header \"Amount\" appears more than once; columns 2 and 4 — the first is the one mapped");
  EXPECT_DOUBLE_EQ(double(doc["sales"]["overall"]["bookings"]), 100.0);
}

}  // namespace icp::engine
