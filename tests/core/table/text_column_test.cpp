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

TEST(TextColumn, WidensItsEndsOncePastTheNarrowLimitAndKeepsEveryRow) {
  TextColumn c(10);  // 10 bytes stand for 4 GiB
  c.push("abcd");
  c.push_missing();
  c.push("efgh");
  EXPECT_FALSE(c.wide());
  c.push("ijk");  // ends at 11
  EXPECT_TRUE(c.wide());
  c.push("l");
  ASSERT_EQ(c.size(), 5u);
  EXPECT_EQ(c.value(0), "abcd");
  EXPECT_EQ(c.value(1), "");
  EXPECT_EQ(c.value(2), "efgh");
  EXPECT_EQ(c.value(3), "ijk");
  EXPECT_EQ(c.value(4), "l");
}

TEST(TextColumn, AppendWidensWhenTheRowsAfterPassTheLimit) {
  TextColumn a(6), b;
  a.push("abc");
  b.push("defg");
  b.push("h");
  a.append(b);
  EXPECT_TRUE(a.wide());
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a.value(0), "abc");
  EXPECT_EQ(a.value(1), "defg");
  EXPECT_EQ(a.value(2), "h");
}

}  // namespace
}  // namespace icp::table
