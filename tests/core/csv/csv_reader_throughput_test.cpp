// Throughput of the CSV reader, run by hand (disabled in the suite: timings belong to a quiet
// machine and a Release build, not to CI):
//
//   cmake --preset native-release && cmake --build --preset native-release --target icp_core_tests
//   build/native-release/tests/core/icp_core_tests --gtest_also_run_disabled_tests --gtest_filter='CsvReaderThroughput.*'
//
// Reads a generated 100 MB Salesforce-like opportunity export (14 columns, ~14 bytes a cell) fed
// in 1 MB chunks, with and without every field quoted, and prints the best of three runs in MB/s.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>

#include "csv/csv_reader.h"

namespace icp::csv {
namespace {

class CountingSink : public RecordSink {
 public:
  void on_record(const Record& record) override {
    ++records;
    for (std::string_view field : record.fields) bytes += field.size();  // touch every cell
  }
  uint64_t records = 0;
  uint64_t bytes = 0;
};

// A deterministic export of about `target` bytes; returns it and its number of records.
std::pair<std::string, uint64_t> make_export(size_t target, bool quote_all) {
  static const char* const kStages[] = {"Closed Won", "Closed Lost", "Prospecting", "Negotiation/Review"};
  static const char* const kIndustries[] = {"Software", "Financial Services", "Healthcare", "Manufacturing"};
  uint64_t state = 88172645463325252ull;
  const auto next = [&state](uint64_t bound) {  // xorshift64
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state % bound;
  };
  std::string out;
  out.reserve(target + 1024);
  std::string cell;
  const auto add = [&](const std::string& value, bool last = false) {
    if (quote_all) out += '"';
    out += value;
    if (quote_all) out += '"';
    out += last ? '\n' : ',';
  };
  const std::string header[] = {"Id", "Name", "StageName", "Amount", "CloseDate", "CreatedDate", "Type",
                                "LeadSource", "Industry", "NumberOfEmployees", "BillingCountry", "OwnerId",
                                "IsWon", "Description"};
  for (size_t i = 0; i < 14; ++i) add(header[i], i == 13);
  uint64_t records = 1;
  while (out.size() < target) {
    ++records;
    add("0065g" + std::to_string(1000000000 + records) + "AAB");
    add("Acme " + std::to_string(records) + " - Expansion");
    add(kStages[next(4)]);
    add(std::to_string(next(200000)) + "." + std::to_string(10 + next(90)));
    add("2023-" + std::to_string(10 + next(3)) + "-" + std::to_string(10 + next(19)));
    add("2022-" + std::to_string(10 + next(3)) + "-" + std::to_string(10 + next(19)) + "T10:15:00.000Z");
    add("New Business");
    add("Web");
    add(kIndustries[next(4)]);
    add(std::to_string(next(5000)));
    add("United States");
    add("0055g00000Ab" + std::to_string(1000 + next(50)) + "QAA");
    add(next(2) ? "true" : "false");
    // The description is always quoted: one in four holds a delimiter and escaped quotes.
    out += next(4) == 0 ? "\"Renewal, \"\"priority\"\" account\"\n" : "\"Inbound lead\"\n";
  }
  return {std::move(out), records};
}

void measure(bool quote_all) {
  const auto [input, records] = make_export(100u << 20, quote_all);
  constexpr size_t kChunk = 1 << 20;
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    CountingSink sink;
    const auto start = std::chrono::steady_clock::now();
    CsvReader reader(sink);
    for (size_t at = 0; at < input.size(); at += kChunk) ASSERT_TRUE(reader.feed(std::string_view(input).substr(at, kChunk)));
    ASSERT_TRUE(reader.finish());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, seconds);
    EXPECT_EQ(sink.records, records);
    EXPECT_EQ(reader.stats().issues, 0u);
  }
  const double mb = static_cast<double>(input.size()) / (1 << 20);
  std::printf("%s: %.0f MB in %.3f s = %.0f MB/s\n", quote_all ? "every field quoted" : "mostly unquoted   ", mb, best,
              mb / best);
}

TEST(CsvReaderThroughput, DISABLED_HundredMegabytesMostlyUnquoted) { measure(false); }

TEST(CsvReaderThroughput, DISABLED_HundredMegabytesEveryFieldQuoted) { measure(true); }

}  // namespace
}  // namespace icp::csv
