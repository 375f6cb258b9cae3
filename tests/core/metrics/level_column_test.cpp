#include "metrics/level_column.h"

#include <gtest/gtest.h>

#include <vector>

namespace icp::metrics {
namespace {

TEST(LevelColumn, ReadsBackEveryLevelAndNoLevel) {
  const std::vector<uint32_t> levels = {0, 12, kNoLevel, 3, 254, kNoLevel};
  const LevelColumn column(levels);
  ASSERT_EQ(column.size(), levels.size());
  for (size_t i = 0; i < levels.size(); ++i) EXPECT_EQ(column[i], levels[i]) << i;
  EXPECT_EQ(column.widened(), levels);
  EXPECT_EQ(column.back(), kNoLevel);
}

TEST(LevelColumn, BytesHoldTheLevelsWithNoneAs255) {
  const LevelColumn column = {1, kNoLevel, 7};
  const std::span<const uint8_t> bytes = column.bytes();
  ASSERT_EQ(bytes.size(), 3u);
  EXPECT_EQ(bytes[0], 1);
  EXPECT_EQ(bytes[1], LevelColumn::kNone);
  EXPECT_EQ(bytes[2], 7);
}

TEST(LevelColumn, SetAssignAndResize) {
  LevelColumn column;
  EXPECT_TRUE(column.empty());
  column.assign(4, 2);
  column.set(1, kNoLevel);
  column.resize(6);
  column.push_back(9);
  EXPECT_EQ(column.widened(), (std::vector<uint32_t>{2, kNoLevel, 2, 2, kNoLevel, kNoLevel, 9}));
  EXPECT_EQ(column, LevelColumn({2, kNoLevel, 2, 2, kNoLevel, kNoLevel, 9}));
}

}  // namespace
}  // namespace icp::metrics
