#include "ingest/money_column.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::ingest {

TEST(MoneyColumn, AmbiguousValuesFollowTheColumnsMark) {
  RowAccounting acc;
  MoneyColumn col("amount", values::DecimalMark::point);
  col.push("1,234", 2, acc);   // read as 1234 under the assumed point
  col.push("12,50", 3, acc);   // shows a decimal comma
  col.push("7,5", 4, acc);     // shows a decimal comma
  col.push("", 5, acc);
  std::vector<std::string> notes;
  const std::vector<double> v = col.resolve(notes);
  ASSERT_EQ(v.size(), 4u);
  EXPECT_DOUBLE_EQ(v[0], 1.234);
  EXPECT_DOUBLE_EQ(v[1], 12.5);
  EXPECT_DOUBLE_EQ(v[2], 7.5);
  EXPECT_TRUE(std::isnan(v[3]));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("comma"), std::string::npos);
}

TEST(MoneyColumn, UnreadableValuesAreCountedWithTheirLines) {
  RowAccounting acc;
  MoneyColumn col("amount", values::DecimalMark::point);
  col.push("USD 1,000.00", 2, acc);
  col.push("call me", 3, acc);
  std::vector<std::string> notes;
  const std::vector<double> v = col.resolve(notes);
  EXPECT_DOUBLE_EQ(v[0], 1000);
  EXPECT_TRUE(std::isnan(v[1]));
  ASSERT_EQ(acc.warnings().size(), 1u);
  EXPECT_EQ(acc.warnings()[0].reason, "amount is not a number");
  EXPECT_EQ(acc.warnings()[0].first_lines, std::vector<uint64_t>{3});
}

}  // namespace icp::ingest
