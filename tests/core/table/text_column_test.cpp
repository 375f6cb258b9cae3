#include "table/text_column.h"

#include <gtest/gtest.h>

namespace icp::table {
namespace {

TEST(TextColumn, KeepsEachRowsTrimmedTextAndMissingAsEmpty) {
  TextColumn c;
  c.push(" 0065f00001 ");
  c.push_missing();
  c.push("N/A");
  c.push("0065f00002");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c.value(0), "0065f00001");
  EXPECT_EQ(c.value(1), "");
  EXPECT_EQ(c.value(2), "");
  EXPECT_EQ(c.value(3), "0065f00002");
  EXPECT_EQ(c.value(4), "");  // past the end
}

TEST(TextColumn, AppendPutsAnotherFilesRowsAfter) {
  TextColumn a, b, empty;
  a.push("A1");
  b.push_missing();
  b.push("B2");
  empty.append(a);
  a.append(b);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a.value(0), "A1");
  EXPECT_EQ(a.value(1), "");
  EXPECT_EQ(a.value(2), "B2");
  EXPECT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty.value(0), "A1");
}

}  // namespace
}  // namespace icp::table
