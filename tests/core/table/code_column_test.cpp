#include "table/code_column.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace icp::table {
namespace {

TEST(CodeColumn, CodesTakeOneByteUntilOneNeedsMore) {
  CodeColumn c;
  c.reserve(1000);
  for (uint32_t code = 0; code < 255; ++code) c.push_back(code);
  c.push_back(kMissingCode);
  EXPECT_EQ(c.width(), 1u);  // 0..254 and the missing cell (255)
  EXPECT_EQ(c[254], 254u);
  EXPECT_EQ(c[255], kMissingCode);
  c.push_back(255);
  EXPECT_EQ(c.width(), 2u);
  EXPECT_GE(c.capacity(), 1000u);  // the reserved room moves to the wider storage
  for (uint32_t code = 0; code < 255; ++code) ASSERT_EQ(c[code], code);
  EXPECT_EQ(c[255], kMissingCode);  // a missing cell stays missing through the widening
  EXPECT_EQ(c[256], 255u);
  c.push_back(65534);
  EXPECT_EQ(c.width(), 2u);
  c.push_back(65535);
  EXPECT_EQ(c.width(), 4u);
  EXPECT_EQ(c[255], kMissingCode);
  EXPECT_EQ(c[257], 65534u);
  EXPECT_EQ(c[258], 65535u);
  EXPECT_EQ(c.size(), 259u);
}

TEST(CodeColumn, ACodeTooLargeForTwoBytesWidensOneByteCodesToFour) {
  CodeColumn c = {1, kMissingCode};
  c.push_back(70000);
  EXPECT_EQ(c.width(), 4u);
  EXPECT_EQ(c.to_vector(), (std::vector<uint32_t>{1, kMissingCode, 70000}));
}

TEST(CodeColumn, ResizePadsWithMissingCellsOrWidensForAWiderCode) {
  CodeColumn c = {3};
  c.resize(3);
  EXPECT_EQ(c.to_vector(), (std::vector<uint32_t>{3, kMissingCode, kMissingCode}));
  EXPECT_EQ(c.width(), 1u);
  c.resize(4, 300);
  EXPECT_EQ(c.width(), 2u);
  EXPECT_EQ(c.to_vector(), (std::vector<uint32_t>{3, kMissingCode, kMissingCode, 300}));
  c.resize(1);
  EXPECT_EQ(c.to_vector(), (std::vector<uint32_t>{3}));
}

TEST(CodeColumn, ASpanReadsEveryWidthAndItsIteratorsOutliveIt) {
  for (uint32_t largest : {7u, 700u, 70000u}) {
    const CodeColumn c = {0, largest, kMissingCode};
    const CodeSpan s = c.span();
    EXPECT_EQ(s.size(), 3u);
    EXPECT_EQ(s.data(), c.data());
    EXPECT_EQ(std::vector<uint32_t>(c.begin(), c.end()), (std::vector<uint32_t>{0, largest, kMissingCode}));
    EXPECT_EQ(s.first(2).size(), 2u);
    EXPECT_EQ(s.first(2)[1], largest);
    EXPECT_EQ(c.storage_bytes(), c.capacity() * c.width());
  }
  EXPECT_TRUE(CodeSpan().empty());
  EXPECT_EQ(CodeColumn({1, 2}), CodeColumn(std::vector<uint32_t>{1, 2}));
  EXPECT_FALSE(CodeColumn({1, 2}) == CodeColumn({1}));
  CodeColumn cleared = {1, 300};
  cleared.clear();
  EXPECT_TRUE(cleared.empty());
  EXPECT_EQ(cleared.width(), 1u);
  EXPECT_EQ(cleared.capacity(), 0u);
}

}  // namespace
}  // namespace icp::table
