// The file's size as a hint: the deals columns are reserved for the rows it implies (from the
// profiled rows' width), instead of growing by doubling — and the report does not depend on it.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "engine/session.h"
#include "ingest/file_ingest.h"
#include "ingest/record_stream.h"
#include "table/tables.h"

namespace icp::ingest {
namespace {

constexpr size_t kRows = 5000;

std::string deals_csv() {
  std::string csv = "Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date,Industry\r\n";
  for (size_t i = 0; i < kRows; ++i) {
    const int month = 1 + static_cast<int>(i % 12), day = 1 + static_cast<int>(i % 28);
    csv += std::to_string(100000 + i) + ",\"Acme " + std::to_string(i % 700) + ", Inc.\"," +
           (i % 3 == 0 ? "Closed Won" : i % 3 == 1 ? "Closed Lost" : "Prospecting") + ",\"USD " +
           std::to_string(1000 + i % 5000) + ".00\"," + std::to_string(month) + "/" + std::to_string(day) +
           "/2024," + std::to_string(month) + "/" + std::to_string(day) + "/2025," +
           (i % 2 ? "Software" : "Healthcare") + "\r\n";
  }
  return csv;
}

// The deals table after reading bytes with the given size hint (none when 0), in 64 KB chunks.
table::Tables read_deals(const std::string& bytes, uint64_t hint) {
  FileIngest ingest("deals.csv", std::nullopt);
  RecordStream stream("deals.csv", ingest);
  if (hint > 0) stream.expect_size(hint);
  for (size_t i = 0; i < bytes.size(); i += 65536) {
    EXPECT_TRUE(stream.feed(std::string_view(bytes).substr(i, 65536)).is_ok());
  }
  EXPECT_TRUE(stream.finish().is_ok());
  table::Tables tables;
  EXPECT_TRUE(ingest.finish(tables).is_ok());
  return tables;
}

TEST(FileSizeHint, ReservesTheColumnsForTheRowsTheSizeImplies) {
  const std::string csv = deals_csv();
  const table::Tables tables = read_deals(csv, csv.size());
  ASSERT_EQ(tables.deals.size(), kRows);
  // The estimate counts the profiled cells' bytes (without quotes) and adds 2%: a little over.
  EXPECT_GE(tables.deals.outcome.capacity(), kRows);
  EXPECT_LE(tables.deals.outcome.capacity(), kRows * 11 / 10);
  EXPECT_GE(tables.deals.industry.codes.capacity(), kRows);
  EXPECT_LE(tables.deals.industry.codes.capacity(), kRows * 11 / 10);
}

TEST(FileSizeHint, AUtf16FileIsEstimatedOnItsDecodedText) {
  const std::string csv = deals_csv();
  std::string utf16 = "\xFF\xFE";  // UTF-16LE with its byte order mark
  for (char c : csv) {
    utf16 += c;
    utf16 += '\0';
  }
  const table::Tables tables = read_deals(utf16, utf16.size());
  ASSERT_EQ(tables.deals.size(), kRows);
  EXPECT_GE(tables.deals.outcome.capacity(), kRows);
  EXPECT_LE(tables.deals.outcome.capacity(), kRows * 11 / 10);
}

std::string report_with_hint(const std::string& csv, std::optional<uint64_t> hint) {
  engine::Session s;
  EXPECT_TRUE(s.begin_file("deals.csv", "auto").is_ok());
  if (hint) s.expect_file_size(*hint);
  for (size_t i = 0; i < csv.size(); i += 100000) EXPECT_TRUE(s.feed(std::string_view(csv).substr(i, 100000)).is_ok());
  EXPECT_TRUE(s.end_file().is_ok());
  return s.report_json();
}

TEST(FileSizeHint, TheReportIsTheSameWithAnyHintOrNone) {
  const std::string csv = deals_csv();
  const std::string without = report_with_hint(csv, std::nullopt);
  for (uint64_t hint : {uint64_t{1}, uint64_t{csv.size() / 10}, uint64_t{csv.size()}, uint64_t{csv.size() * 3}}) {
    EXPECT_EQ(report_with_hint(csv, hint), without) << "hint " << hint;
  }
}

TEST(FileSizeHint, NoFileOpenIgnoresTheHint) {
  engine::Session s;
  s.expect_file_size(1000);  // nothing to apply it to; no crash, no effect
  EXPECT_FALSE(s.file_open());
}

}  // namespace
}  // namespace icp::ingest
