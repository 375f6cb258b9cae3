#include "metrics/record_values.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace icp::metrics {
namespace {

TEST(RecordValuesBuilder, ValuesEqualToTheColumnAreAViewOfIt) {
  const std::vector<uint32_t> column = {3, 1, 4, 1, 5};
  RecordValuesBuilder<uint32_t> b(column, column.size());
  for (uint32_t v : column) b.push(v);
  const RecordValues<uint32_t> values = std::move(b).finish();
  EXPECT_TRUE(values.is_view());
  EXPECT_EQ(values.span().data(), column.data());
  EXPECT_EQ(values.owned_bytes(), 0u);
  EXPECT_EQ(values, column);
}

TEST(RecordValuesBuilder, AValueThatDiffersMakesACopyWithTheColumnsValuesBeforeIt) {
  const std::vector<uint32_t> column = {3, 1, 4, 1, 5};
  for (size_t differs_at = 0; differs_at < column.size(); ++differs_at) {
    std::vector<uint32_t> expected = column;
    expected[differs_at] = 9;
    RecordValuesBuilder<uint32_t> b(column, column.size());
    for (uint32_t v : expected) b.push(v);
    const RecordValues<uint32_t> values = std::move(b).finish();
    EXPECT_FALSE(values.is_view()) << differs_at;
    EXPECT_NE(values.span().data(), column.data());
    EXPECT_EQ(values, expected) << differs_at;
  }
}

TEST(RecordValuesBuilder, MoreRecordsThanTheColumnHasOrThanAnnouncedAreKept) {
  const std::vector<double> column = {1.5, 2.5};
  RecordValuesBuilder<double> b(column, 3);
  const std::vector<double> pushed = {1.5, 2.5, 7, 8, 9};
  for (double v : pushed) b.push(v);
  const RecordValues<double> values = std::move(b).finish();
  EXPECT_FALSE(values.is_view());
  EXPECT_EQ(values, pushed);

  RecordValuesBuilder<double> none(std::span<const double>(), 2);
  none.push(1);
  none.push(2);
  EXPECT_EQ(std::move(none).finish(), (std::vector<double>{1, 2}));
}

TEST(RecordValuesBuilder, NumbersCompareBitForBitSoNaNMatchesItselfAndMinusZeroDoesNotMatchZero) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> column = {nan, 0.0};
  RecordValuesBuilder<double> same(column, 2);
  same.push(nan);
  same.push(0.0);
  EXPECT_TRUE(std::move(same).finish().is_view());
  RecordValuesBuilder<double> signed_zero(column, 2);
  signed_zero.push(nan);
  signed_zero.push(-0.0);
  const RecordValues<double> v = std::move(signed_zero).finish();
  ASSERT_FALSE(v.is_view());
  EXPECT_TRUE(std::isnan(v[0]));
  EXPECT_TRUE(std::signbit(v[1]));
}

TEST(RecordValues, CopiesAndMovesKeepTheirValuesValid) {
  RecordValues<uint32_t> own(std::vector<uint32_t>{7, 8, 9});
  RecordValues<uint32_t> copy = own;
  EXPECT_NE(copy.span().data(), own.span().data());  // a copy owns its own values
  EXPECT_EQ(copy, (std::vector<uint32_t>{7, 8, 9}));
  const uint32_t* storage = own.span().data();
  RecordValues<uint32_t> moved = std::move(own);
  EXPECT_EQ(moved.span().data(), storage);  // the buffer moved with it
  EXPECT_EQ(moved, (std::vector<uint32_t>{7, 8, 9}));

  const std::vector<uint32_t> column = {1, 2};
  RecordValues<uint32_t> view = RecordValues<uint32_t>::view_of(column);
  RecordValues<uint32_t> view_copy;
  view_copy = view;
  EXPECT_EQ(view_copy.span().data(), column.data());  // a view's copy views the same column
  EXPECT_TRUE(view_copy.is_view());
  moved = view;
  EXPECT_TRUE(moved.is_view());
  EXPECT_EQ(moved.owned_bytes(), 0u);
}

}  // namespace
}  // namespace icp::metrics
