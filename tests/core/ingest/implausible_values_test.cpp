// Files with values that read but cannot be right: far-future dates, placeholder dates before 1990
// and implausible amounts are warned about (column, count, first lines, what was done) and read as
// missing, in deals, revenue, tickets, spend and accounts files alike; negative MRR and spend are
// said too (MRR left out, spend kept as a refund); NUL
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

Read read(const std::string& name, const std::string& bytes, size_t chunk, const std::string& role = "auto") {
  Session s;
  Status st = s.begin_file(name, role);
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

const std::string kPlaceholder =
    " implausibly old: earlier than 1990-01-01, a placeholder (such as 1900-01-01, Excel's 1899-12-30 or Unix's "
    "1970-01-01) rather than a real date (column \"";

std::vector<std::vector<std::string>> reasons_counts_lines(const std::vector<Warning>& ws) {
  std::vector<std::vector<std::string>> out;
  for (const Warning& w : ws) {
    std::string lines;
    for (uint64_t l : w.first_lines) lines += (lines.empty() ? "" : " ") + std::to_string(l);
    out.push_back({w.reason, std::to_string(w.count), lines});
  }
  return out;
}

TEST(ImplausibleRevenue, SnapshotMonthsAndMrrAreReadAsMissingAndNegativeMrrIsSaid) {
  const std::string csv =
      "Account ID,Month,MRR\n"
      "a1,2024-01,100\n"
      "a1,2024-02,100\n"
      "a2,1970-01,200\n"
      "a2,2099-05,200\n"
      "a3,2024-02,-30\n"
      "a4,2024-02,999999999999999\n";
  const Read r = read("mrr.csv", csv, 7, "revenue");
  ASSERT_EQ(r.error, "");
  const std::string counted = "; read as missing — the row is counted, ";
  EXPECT_EQ(reasons_counts_lines(warnings(r.input)),
            (std::vector<std::vector<std::string>>{
                {"MRR implausibly large: over 1,000,000,000,000 (column \"MRR\")" + counted +
                     "without MRR (it adds nothing to MRR)",
                 "1", "7"},
                {"negative MRR (left out of MRR)", "1", "6"},
                {"month" + kPlaceholder + "Month\")" + counted + "in no month (it adds nothing to MRR)", "1", "4"},
                {"month far in the future: later than 2026-02-01, 2 years past the file's latest month, 2024-02-01 "
                 "(column \"Month\")" +
                     counted + "in no month (it adds nothing to MRR)",
                 "1", "5"},
            }));
  EXPECT_EQ(at(r.report, "/revenue/rows_without_start"), "2");
  EXPECT_EQ(at(r.report, "/revenue/rows_negative_mrr"), "1");
  EXPECT_EQ(at(r.report, "/revenue/rows_without_mrr"), "1");
}

TEST(ImplausibleRevenue, ASubscriptionEndingInTenYearsOrMoreOrBefore1990HasNoEnd) {
  const std::string csv =
      "Customer ID,Start Date,End Date,MRR\n"
      "c1,2023-01-01,9999-12-31,100\n"  // "no end"
      "c2,2023-06-01,2026-06-01,200\n"  // a three-year contract: kept
      "c3,1900-01-01,,300\n"
      "c4,2024-05-01,1970-01-01,50\n"   // a null end written as Unix's zero
      "c5,2099-01-01,,400\n"
      "c6,2024-01-01,2034-05-01,10\n";  // exactly 10 years past the latest start: kept
  const Read r = read("subscriptions.csv", csv, csv.size(), "revenue");
  ASSERT_EQ(r.error, "");
  const std::string open_ended =
      "; read as no end date — the subscription is open-ended, active from its start on, as with an empty end";
  const std::string no_start = "; read as missing — the row is counted, without a start (it adds nothing to MRR)";
  EXPECT_EQ(reasons_counts_lines(warnings(r.input)),
            (std::vector<std::vector<std::string>>{
                {"start date" + kPlaceholder + "Start Date\")" + no_start, "1", "4"},
                {"start date far in the future: later than 2026-05-01, 2 years past the file's latest start date, "
                 "2024-05-01 (column \"Start Date\")" +
                     no_start,
                 "1", "6"},
                {"end date" + kPlaceholder + "End Date\")" + open_ended, "1", "5"},
                {"end date far in the future: later than 2034-05-01, 10 years past the file's latest start date, "
                 "2024-05-01 (column \"End Date\")" +
                     open_ended,
                 "1", "2"},
            }));
  EXPECT_EQ(at(r.report, "/revenue/rows_without_start"), "2");
}

TEST(ImplausibleSpend, PeriodsAndAmountsAreReadAsMissingAndANegativeLineIsKeptAsARefund) {
  std::string csv = "Month,Channel,Spend\n";
  for (int m = 1; m <= 12; ++m) {
    csv += "2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + ",Paid Search,1000\n";
    csv += "2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + ",Events,3000\n";
  }
  csv += "2024-03,Paid Search,-200\n";       // line 26: a refund
  csv += "1900-01,Events,500\n";             // 27
  csv += "2099-01,Events,500\n";             // 28
  csv += "2024-04,Events,4155550123\n";      // 29: over 10,000 × the median
  const Read r = read("spend.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::string no_spend = " (not in the spend total, CAC or payback)";
  EXPECT_EQ(reasons_counts_lines(warnings(r.input)),
            (std::vector<std::vector<std::string>>{
                {"period" + kPlaceholder + "Month\"); read as missing — the row is counted, without a period" + no_spend,
                 "1", "27"},
                {"period far in the future: later than 2026-12-01, 2 years past the file's latest period, 2024-12-01 "
                 "(column \"Month\"); read as missing — the row is counted, without a period" +
                     no_spend,
                 "1", "28"},
                {"spend amount implausibly large: over 10,000 × the file's median spend amount, 1,000 (column "
                 "\"Spend\"); read as missing — the row is counted, without an amount" +
                     no_spend,
                 "1", "29"},
                {"negative spend amount (kept as a refund or credit: it lowers its period's spend)", "1", "26"},
            }));
  EXPECT_EQ(at(r.report, "/efficiency/spend_total"), "47800");
}

TEST(ImplausibleTickets, PlaceholderAndFarFutureCreatedDatesAreReadAsMissing) {
  const std::string csv =
      "Id,Subject,Status,Priority,Created at,Organization\n"
      "1,Help,solved,high,2024-02-01 09:30,Acme\n"
      "2,Help,solved,low,1899-12-30,Acme\n"
      "3,Help,open,low,2098-01-01,Beta\n"
      "4,Help,open,high,2024-03-01,Beta\n";
  const Read r = read("tickets.csv", csv, csv.size());
  ASSERT_EQ(r.error, "");
  const std::string done = "; read as missing — the ticket is counted, without a date (in no ticket rate)";
  EXPECT_EQ(reasons_counts_lines(warnings(r.input)),
            (std::vector<std::vector<std::string>>{
                {"ticket created date" + kPlaceholder + "Created at\")" + done, "1", "3"},
                {"ticket created date far in the future: later than 2026-03-01, 2 years past the file's latest ticket "
                 "created date, 2024-03-01 (column \"Created at\")" +
                     done,
                 "1", "4"},
            }));
}

TEST(ImplausibleAccounts, PlaceholderGoLiveAndCreatedDatesAreReadAsMissing) {
  const std::string csv =
      "Account ID,Account Name,Industry,Employees,Created Date,Go-Live Date\n"
      "a1,Acme,Software,50,2022-01-01,2022-03-01\n"
      "a2,Beta,Retail,10,1900-01-01,1970-01-01\n"
      "a3,Gamma,Software,200,2023-01-01,2099-01-01\n";
  const Read r = read("accounts.csv", csv, csv.size(), "accounts");
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(reasons_counts_lines(warnings(r.input)),
            (std::vector<std::vector<std::string>>{
                {"account created date" + kPlaceholder +
                     "Created Date\"); read as missing — the account is counted, without this date",
                 "1", "3"},
                {"go-live date" + kPlaceholder +
                     "Go-Live Date\"); read as missing — the account is counted, without a go-live date (no time to "
                     "value from it)",
                 "1", "3"},
                {"go-live date far in the future: later than 2024-03-01, 2 years past the file's latest go-live date, "
                 "2022-03-01 (column \"Go-Live Date\"); read as missing — the account is counted, without a go-live "
                 "date (no time to value from it)",
                 "1", "4"},
            }));
}

}  // namespace
}  // namespace icp::engine
