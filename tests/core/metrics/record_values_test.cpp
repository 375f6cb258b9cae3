#include "metrics/record_values.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace icp::metrics {
namespace {

using table::CodeColumn;

TEST(RecordValuesBuilder, ValuesEqualToTheColumnAreAViewOfIt) {
  const CodeColumn column = {3, 1, 4, 1, 5};
  RecordValuesBuilder<uint32_t> b(column, column.size());
  for (uint32_t v : column) b.push(v);
  const RecordValues<uint32_t> values = std::move(b).finish();
  EXPECT_TRUE(values.is_view());
  EXPECT_EQ(values.data(), column.data());
  EXPECT_EQ(values.owned_bytes(), 0u);
  EXPECT_EQ(values, column.to_vector());
}

TEST(RecordValuesBuilder, AValueThatDiffersMakesACopyWithTheColumnsValuesBeforeIt) {
  const std::vector<uint32_t> codes = {3, 1, 4, 1, 5};
  const CodeColumn column(codes);
  for (size_t differs_at = 0; differs_at < codes.size(); ++differs_at) {
    std::vector<uint32_t> expected = codes;
    expected[differs_at] = 9;
    RecordValuesBuilder<uint32_t> b(column, codes.size());
    for (uint32_t v : expected) b.push(v);
    const RecordValues<uint32_t> values = std::move(b).finish();
    EXPECT_FALSE(values.is_view()) << differs_at;
    EXPECT_FALSE(values.is_gathered()) << differs_at;
    EXPECT_NE(values.data(), column.data());
    EXPECT_EQ(values, expected) << differs_at;
    EXPECT_EQ(values.owned_bytes(), codes.size());  // small codes: a byte each
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

// Deals 0, 1, 3 belong to customers 0, 1, 0; deal 2 to none; deal 4 lies past the keys (none).
TEST(RecordValuesBuilder, ValuesTheKeysGiveAreGatheredNotCopied) {
  const std::vector<int32_t> keys = {0, 1, -1, 0};
  const std::vector<double> by_customer = {10, 20};
  const std::vector<double> column = {10, 21, 30, 11, 50};
  const std::vector<double> expected = {10, 20, 30, 10, 50};  // deal 3 takes its customer's 10
  RecordValuesBuilder<double> b(column, 5, ByKey<double>{keys, by_customer});
  for (double v : expected) b.push(v);
  const RecordValues<double> values = std::move(b).finish();
  EXPECT_TRUE(values.is_gathered());
  EXPECT_FALSE(values.is_view());
  EXPECT_EQ(values, expected);
  EXPECT_EQ(values.owned_bytes(), by_customer.size() * sizeof(double));
  EXPECT_EQ(std::vector<double>(values.begin(), values.end()), expected);

  // A deal without a customer past the column's end has no value.
  RecordValuesBuilder<double> short_column(std::span<const double>(column).first(2), 3,
                                           ByKey<double>{keys, by_customer});
  for (double v : {10.0, 20.0, std::nan("")}) short_column.push(v);
  const RecordValues<double> s = std::move(short_column).finish();
  EXPECT_TRUE(s.is_gathered());
  EXPECT_TRUE(std::isnan(s[2]));
}

TEST(RecordValuesBuilder, AValueNeitherTheColumnNorTheKeysGiveMakesACopyOfWhatTheyGaveBeforeIt) {
  const std::vector<int32_t> keys = {0, 1, -1, 0};
  const std::vector<double> by_customer = {10, 20};
  const std::vector<double> column = {10, 21, 30, 11};
  // Deal 0: both give it (view). Deal 1: the keys only (gathered). Deal 2: a keyless deal off its
  // column, then deal 3 off its customer: copies.
  for (const std::vector<double>& expected : {std::vector<double>{10, 20, 31, 10}, std::vector<double>{10, 20, 30, 12},
                                              std::vector<double>{11, 20, 30, 10}}) {
    RecordValuesBuilder<double> b(column, 4, ByKey<double>{keys, by_customer});
    for (double v : expected) b.push(v);
    const RecordValues<double> values = std::move(b).finish();
    EXPECT_FALSE(values.is_gathered());
    EXPECT_FALSE(values.is_view());
    EXPECT_EQ(values, expected);
  }
  // A gathering must hold from the first deal: deal 1 matches its column, deal 3 neither.
  const std::vector<double> viewed_then_off = {10, 21, 30, 10};
  RecordValuesBuilder<double> b(column, 4, ByKey<double>{keys, by_customer});
  for (double v : viewed_then_off) b.push(v);
  const RecordValues<double> values = std::move(b).finish();
  EXPECT_FALSE(values.is_gathered());
  EXPECT_EQ(values, viewed_then_off);
}

TEST(RecordValues, CopiesAndMovesKeepTheirValuesValid) {
  RecordValues<uint32_t> own(std::vector<uint32_t>{7, 8, 9});
  RecordValues<uint32_t> copy = own;
  EXPECT_NE(copy.data(), own.data());  // a copy owns its own values
  EXPECT_EQ(copy, (std::vector<uint32_t>{7, 8, 9}));
  const void* storage = own.data();
  RecordValues<uint32_t> moved = std::move(own);
  EXPECT_EQ(moved.data(), storage);  // the buffer moved with it
  EXPECT_EQ(moved, (std::vector<uint32_t>{7, 8, 9}));

  const CodeColumn column = {1, 2};
  RecordValues<uint32_t> view = RecordValues<uint32_t>::view_of(column);
  RecordValues<uint32_t> view_copy;
  view_copy = view;
  EXPECT_EQ(view_copy.data(), column.data());  // a view's copy views the same column
  EXPECT_TRUE(view_copy.is_view());
  moved = view;
  EXPECT_TRUE(moved.is_view());
  EXPECT_EQ(moved.owned_bytes(), 0u);

  const std::vector<int32_t> keys = {1, 0};
  const std::vector<uint32_t> by_key = {5, 6};
  RecordValues<uint32_t> gathered = RecordValues<uint32_t>::gathered(ByKey<uint32_t>{keys, by_key}, column, 2);
  const RecordValues<uint32_t> gathered_copy = gathered;
  const RecordValues<uint32_t> gathered_moved = std::move(gathered);
  EXPECT_EQ(gathered_copy, (std::vector<uint32_t>{6, 5}));
  EXPECT_EQ(gathered_moved, (std::vector<uint32_t>{6, 5}));
  EXPECT_TRUE(gathered_moved.is_gathered());
}

}  // namespace
}  // namespace icp::metrics
