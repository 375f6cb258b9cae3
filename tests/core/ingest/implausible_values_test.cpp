// Deals files with values that read but cannot be right: far-future dates and implausible
// amounts are warned about (column, count, first lines, what was done) and read as missing; NUL
// bytes in cells are warned about with the line and column of the first, whatever the chunking.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/session.h"
#include "simdjson.h"

namespace icp::engine {
namespace {

struct Read {
  std::string error;
  std::string input;   // the file's inputs[] entry
  std::string report;  // the whole report
};

Read read(const std::string& name, const std::string& bytes, size_t chunk) {
  Session s;
  Status st = s.begin_file(name, "auto");
  for (size_t i = 0; st.is_ok() && i < bytes.size(); i += chunk) st = s.feed(std::string_view(bytes).substr(i, chunk));
  if (st.is_ok()) st = s.end_file();
  if (!st.is_ok()) return {st.message(), "", ""};
  return {"", s.input_json(0), s.report_json()};
}

struct Warning {
  std::string reason;
  uint64_t count = 0;
  std::vector<uint64_t> first_lines;
};

std::vector<Warning> warnings(const std::string& input_json) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(input_json).get(doc), simdjson::SUCCESS);
  std::vector<Warning> out;
  for (simdjson::dom::element w : doc["warnings"].get_array()) {
    Warning x;
    x.reason = std::string(std::string_view(w["reason"]));
    x.count = uint64_t(w["count"]);
    for (simdjson::dom::element l : w["first_lines"].get_array()) x.first_lines.push_back(uint64_t(l));
    out.push_back(std::move(x));
  }
  return out;
}

const Warning* find(const std::vector<Warning>& ws, std::string_view starts) {
  for (const Warning& w : ws) {
    if (w.reason.starts_with(starts)) return &w;
  }
  return nullptr;
}

// The value at a JSON pointer of a report, as compact JSON text ("400", "\"2024-02-01\"").
std::string at(const std::string& json, std::string_view pointer) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(json).get(doc), simdjson::SUCCESS);
  simdjson::dom::element v;
  if (doc.at_pointer(pointer).get(v) != simdjson::SUCCESS) return "(none)";
  return simdjson::minify(v);
}

bool has_warning(const std::string& input_json, std::string_view starts) {
  const std::vector<Warning> ws = warnings(input_json);
  return find(ws, starts) != nullptr;
}

std::string deals_with_nul(size_t rows, size_t nul_row) {
  std::string csv = "Deal Name,Stage,Amount,Created Date,Close Date\r\n";
  for (size_t i = 0; i < rows; ++i) {
    csv += "D" + std::to_string(i) + "," + (i == nul_row ? std::string("Closed\0Won", 10) : "Closed Won") +
           ",10,2024-01-01,2024-02-01\r\n";
  }
  return csv;
}

TEST(NulBytes, ACellWithOneIsWarnedAboutWithItsLineAndColumnWhateverTheChunks) {
  const std::string csv = deals_with_nul(200, 7);
  const Read whole = read("deals.csv", csv, csv.size());
  ASSERT_EQ(whole.error, "");
  const std::vector<Warning> ws = warnings(whole.input);
  ASSERT_EQ(ws.size(), 1u);
  EXPECT_EQ(ws[0].reason,
            "NUL byte (code 0) in 1 cell of 1 row, the first at line 9, column 2 (\"Stage\"): kept as read, so a "
            "stage, date or number holding one is not recognised");
  EXPECT_EQ(ws[0].count, 1u);
  EXPECT_EQ(ws[0].first_lines, std::vector<uint64_t>{9});
  for (size_t chunk : {size_t{1}, size_t{7}, size_t{4096}, size_t{65536}}) {
    const Read part = read("deals.csv", csv, chunk);
    EXPECT_EQ(part.report, whole.report) << "chunk " << chunk;
  }
}

TEST(NulBytes, ManyCellsAndRowsAreCountedAndTheFirstFiveLinesGiven) {
  std::string csv = "Stage,Amount,Notes\n";
  for (int i = 0; i < 2000; ++i) {
    csv += "Closed Won,10,";
    csv += i % 100 == 50 ? std::string("a\0b\0", 4) : "note";
    csv += "\n";
  }
  const Read r = read("deals.csv", csv, 1000);
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  const Warning* w = find(ws, "NUL byte");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->reason.substr(0, w->reason.find(':')),
            "NUL byte (code 0) in 20 cells of 20 rows, the first at line 52, column 3 (\"Notes\")");
  EXPECT_EQ(w->count, 20u);
  EXPECT_EQ(w->first_lines, (std::vector<uint64_t>{52, 152, 252, 352, 452}));
}

TEST(NulBytes, OneInTheHeaderIsNotARowsWarningAndTheRowsAfterItAreStillChecked) {
  std::string csv = std::string("Stage,Amount,No\0tes\n", 20);
  for (int i = 0; i < 30; ++i) csv += "Closed Won,10,x\n";
  Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  EXPECT_FALSE(has_warning(r.input, "NUL byte"));
  csv += std::string("Closed Lost,5,y\0\n", 16);
  r = read("deals.csv", csv, 5);
  const std::vector<Warning> ws = warnings(r.input);
  const Warning* w = find(ws, "NUL byte");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->first_lines, std::vector<uint64_t>{32});
}

TEST(NulBytes, ARejectedRowIsReportedAsRejectedOnly) {
  std::string csv = "Stage,Amount,Notes\n";
  for (int i = 0; i < 30; ++i) csv += "Closed Won,10,x\n";
  csv += std::string("Closed\0Won,10\n", 14);  // line 32: too few fields
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  EXPECT_FALSE(has_warning(r.input, "NUL byte"));
  EXPECT_EQ(at(r.input, "/rejected_by_reason"), R"j([{"reason":"too few fields (expected 3)","count":1,"first_lines":[32]}])j");
}

TEST(NulBytes, AnEscapedNulInAJsonStringIsWarnedAbout) {
  std::string json = "[\n";
  for (int i = 0; i < 30; ++i) json += "{\"Stage\": \"Closed Won\", \"Amount\": 10},\n";
  json += "{\"Stage\": \"Closed\\u0000Won\", \"Amount\": 10}\n]\n";
  const Read r = read("deals.json", json, 100);
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  const Warning* w = find(ws, "NUL byte");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->first_lines, std::vector<uint64_t>{32});
  EXPECT_NE(w->reason.find("line 32, column 1 (\"Stage\")"), std::string::npos) << w->reason;
}

TEST(NulBytes, AFileWithoutAnyHasNoWarning) {
  const std::string csv = deals_with_nul(200, 1000);
  const Read r = read("deals.csv", csv, 4096);
  ASSERT_EQ(r.error, "");
  EXPECT_TRUE(warnings(r.input).empty());
}

TEST(ImplausibleValues, FarFutureDatesAndAHugeAmountAreReadAsMissingAndWarnedAbout) {
  const std::string csv =
      "Deal Name,Stage,Amount,Created Date,Close Date\r\n"
      "D1,Closed Won,100,2024-01-01,2099-02-01\r\n"
      "D2,Closed Won,99999999999999999999999999,2098-01-01,2099-01-01\r\n"
      "D3,Closed Won,300,2024-01-01,2024-02-01\r\n"
      "D4,Negotiation,50,2024-01-01,2031-06-30\r\n";
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  const std::string tail =
      ", 2 years past the file's latest created date, 2024-01-01 (column \"Close Date\"); read as missing — the "
      "deal is counted, without this date (no cycle time, no period by it, not the data's as-of day)";
  const Warning* close = find(ws, "close date far in the future");
  ASSERT_NE(close, nullptr);
  EXPECT_EQ(close->reason, "close date far in the future: later than 2026-01-01" + tail);
  EXPECT_EQ(close->count, 3u);  // an open deal's expected close date in 2031 too
  EXPECT_EQ(close->first_lines, (std::vector<uint64_t>{2, 3, 5}));
  const Warning* created = find(ws, "created date far in the future");
  ASSERT_NE(created, nullptr);
  EXPECT_EQ(created->first_lines, std::vector<uint64_t>{3});
  const Warning* amount = find(ws, "amount implausibly large");
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->reason,
            "amount implausibly large: over 1,000,000,000,000 (column \"Amount\"); read as missing — the deal is "
            "counted, without an amount (not in ACV, bookings, pipeline or deal size)");
  EXPECT_EQ(amount->first_lines, std::vector<uint64_t>{3});
  EXPECT_EQ(at(r.report, "/sales/overall/bookings"), "400");
  EXPECT_EQ(at(r.report, "/sales/overall/n_with_amount"), "3");
  EXPECT_EQ(at(r.report, "/settings/as_of_day"), "\"2024-02-01\"");
}

TEST(ImplausibleValues, AnAmountTenThousandTimesTheMedianIsLeftOutOfTheAmountFigures) {
  std::string csv = "Stage,Amount,Close Date\n";
  for (int i = 0; i < 30; ++i) csv += "Closed Won," + std::to_string(1000 + i) + ",2024-03-01\n";
  csv += "Closed Won,4155550123,2024-03-01\n";  // line 32
  csv += "Closed Won,10000000,2024-03-01\n";    // line 33: under 10,000 × the median, kept
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  ASSERT_EQ(ws.size(), 1u);
  EXPECT_EQ(ws[0].reason,
            "amount implausibly large: over 10,000 × the file's median amount, 1,015.5 (column \"Amount\"); read as "
            "missing — the deal is counted, without an amount (not in ACV, bookings, pipeline or deal size)");
  EXPECT_EQ(ws[0].first_lines, std::vector<uint64_t>{32});
  EXPECT_EQ(at(r.report, "/sales/overall/n_won_with_amount"), "31");
}

TEST(ImplausibleValues, PlaceholderDatesBefore1990AreReadAsMissing) {
  const std::string csv =
      "Deal Name,Stage,Amount,Created Date,Close Date\r\n"
      "D1,Closed Won,100,1900-01-01,2024-02-01\r\n"
      "D2,Closed Won,200,1970-01-01,1899-12-30\r\n"
      "D3,Closed Won,300,2024-01-01,2024-02-01\r\n"
      "D4,Closed Lost,50,2023-12-01,1990-01-01\r\n";  // 1990 is kept
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  ASSERT_EQ(ws.size(), 3u) << r.input;
  const std::string placeholder =
      " implausibly old: earlier than 1990-01-01, a placeholder (such as 1900-01-01, Excel's 1899-12-30 or Unix's "
      "1970-01-01) rather than a real date (column \"";
  const std::string tail =
      "\"); read as missing — the deal is counted, without this date (no cycle time, no period by it, not the "
      "data's as-of day)";
  EXPECT_EQ(ws[0].reason, "created date" + placeholder + "Created Date" + tail);
  EXPECT_EQ(ws[0].count, 2u);
  EXPECT_EQ(ws[0].first_lines, (std::vector<uint64_t>{2, 3}));
  EXPECT_EQ(ws[1].reason, "close date" + placeholder + "Close Date" + tail);
  EXPECT_EQ(ws[1].first_lines, std::vector<uint64_t>{3});
  EXPECT_EQ(ws[2].reason, "close date before created date (left out of cycle times)");  // 1990 is a date
  EXPECT_EQ(at(r.report, "/sales/overall/deals"), "4");
  EXPECT_EQ(at(r.report, "/sales/overall/n_won_with_cycle"), "1");
  EXPECT_EQ(at(r.report, "/sales/overall/n_lost_with_cycle"), "0");
}

TEST(ImplausibleValues, WithOnlyPlaceholderCreatedDatesTheFutureIsMeasuredFromCloseDates) {
  const std::string csv =
      "Stage,Amount,Created Date,Close Date\n"
      "Closed Won,100,1900-01-01,2024-02-01\n"
      "Closed Won,100,1900-01-01,2024-03-01\n"
      "Negotiation,100,1900-01-01,2099-01-01\n";
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::vector<Warning> ws = warnings(r.input);
  const Warning* close = find(ws, "close date far in the future");
  ASSERT_NE(close, nullptr) << r.input;
  EXPECT_NE(close->reason.find("later than 2026-03-01, 2 years past the file's latest close date of a closed deal, "
                               "2024-03-01"),
            std::string::npos)
      << close->reason;
  EXPECT_EQ(close->first_lines, std::vector<uint64_t>{4});
}

TEST(ImplausibleValues, OrdinaryFilesHaveNoSuchWarning) {
  std::string csv = "Stage,Amount,Created Date,Close Date\n";
  for (int i = 0; i < 40; ++i) {
    csv += std::string(i % 3 ? "Closed Won" : "Negotiation") + "," + std::to_string(500 * (i + 1)) + ",2024-01-" +
           (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + ",2025-12-31\n";
  }
  const Read r = read("deals.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  EXPECT_TRUE(warnings(r.input).empty()) << r.input;
}

}  // namespace
}  // namespace icp::engine
