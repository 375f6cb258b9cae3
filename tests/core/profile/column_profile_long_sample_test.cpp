// Regression (found by the hostile-input corpus, tests/hostile: "a 50 MB single field"): a column's
// samples were whole cells, so one 50 MB notes cell became a 50 MB sample in the report (52 MB of
// JSON for a three-line export) and in every mapping reason quoting samples. Samples are now cut at
// ColumnProfile::kMaxSampleBytes, on a UTF-8 character boundary, and end with "…".
#include <gtest/gtest.h>

#include <string>

#include "engine/session.h"
#include "profile/column_profile.h"

namespace icp::profile {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

TEST(ColumnProfileLongSample, AHugeCellGivesAShortSample) {
  ColumnProfiler profiler({"notes"});
  profiler.add_row({std::string(1u << 20, 'y')});
  profiler.add_row({"short"});
  const auto p = profiler.take();
  ASSERT_EQ(p[0].samples.size(), 2u);
  EXPECT_EQ(p[0].samples[0], std::string(ColumnProfile::kMaxSampleBytes, 'y') + std::string(kEllipsis));
  EXPECT_EQ(p[0].samples[1], "short");
  EXPECT_EQ(p[0].distinct, 2u);
}

TEST(ColumnProfileLongSample, TheCutNeverSplitsACharacter) {
  for (size_t shift = 0; shift < 4; ++shift) {
    std::string cell(shift, 'a');
    while (cell.size() < 3 * ColumnProfile::kMaxSampleBytes) cell += "\xE2\x82\xAC";  // €
    ColumnProfiler profiler({"c"});
    profiler.add_row({cell});
    const std::string s = profiler.take()[0].samples.at(0);
    ASSERT_GT(s.size(), kEllipsis.size());
    const std::string body = s.substr(0, s.size() - kEllipsis.size());
    EXPECT_LE(body.size(), ColumnProfile::kMaxSampleBytes);
    EXPECT_EQ((body.size() - shift) % 3, 0u) << "shift " << shift << ": whole euro signs only";
    EXPECT_EQ(cell.compare(0, body.size(), body), 0);
  }
}

TEST(ColumnProfileLongSample, TheReportOfAFileWithAHugeCellStaysSmall) {
  const std::string csv = "Stage,Amount,Notes\nClosed Won,100,\"" + std::string(8u << 20, 'z') + "\"\nClosed Lost,5,short\n";
  engine::Session s;
  ASSERT_TRUE(s.begin_file("notes.csv", "auto").is_ok());
  ASSERT_TRUE(s.feed(csv).is_ok());
  const Status end = s.end_file();
  ASSERT_TRUE(end.is_ok()) << end.message();
  EXPECT_LT(s.report_json().size(), 100u * 1024);
}

}  // namespace
}  // namespace icp::profile
