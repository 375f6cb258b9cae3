// A short text's key holds the text itself: equal keys exactly when the texts are equal.
#include "text/short_text_key.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace icp::text {
namespace {

TEST(ShortTextKey, FitsOneToTwentyFourBytes) {
  EXPECT_FALSE(ShortTextKey::fits(""));
  EXPECT_TRUE(ShortTextKey::fits("a"));
  EXPECT_TRUE(ShortTextKey::fits(std::string(24, 'x')));
  EXPECT_FALSE(ShortTextKey::fits(std::string(25, 'x')));
}

TEST(ShortTextKey, ShortWordIsTheBytesLittleEndian) {
  EXPECT_EQ(short_word("", 0), 0u);
  EXPECT_EQ(short_word("a", 1), 0x61u);
  EXPECT_EQ(short_word("ab", 2), 0x6261u);
  EXPECT_EQ(short_word("abc", 3), 0x636261u);
  EXPECT_EQ(short_word("abcdefg", 7), 0x67666564636261u);
}

TEST(ShortTextKey, TextsOverSixteenBytesDifferingInTheMiddleHaveTwoKeys) {
  // Bytes 8..15 of an 18-byte text are in neither the first eight nor the last eight.
  EXPECT_FALSE(ShortTextKey::of("Perception Analysis") == ShortTextKey::of("Perception Anxlysis"));
  EXPECT_FALSE(ShortTextKey::of("abcdefgh12345678ij") == ShortTextKey::of("abcdefgh12345679ij"));
  EXPECT_TRUE(ShortTextKey::of("abcdefgh12345678ij") == ShortTextKey::of(std::string("abcdefgh12345678ij")));
}

TEST(ShortTextKey, EqualKeysExactlyForEqualTexts) {
  // Seeded: texts of 1..24 bytes over a small alphabet (with a zero byte), so that many pairs share
  // a prefix, a suffix or all bytes but their size; a third of them over 16 bytes, where the middle
  // word counts.
  std::mt19937 random(20261204);
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    std::string s(1 + random() % 24, ' ');
    for (char& c : s) c = "ab\0"[random() % 3];
    texts.push_back(s);
  }
  for (size_t i = 0; i < texts.size(); i += 7) {
    for (size_t j = 0; j < texts.size(); ++j) {
      ASSERT_EQ(ShortTextKey::of(texts[i]) == ShortTextKey::of(texts[j]), texts[i] == texts[j])
          << i << " " << j;
    }
  }
  // The slot spreads texts: 3,000 random ones touch most of the 256 slots.
  std::vector<bool> used(256);
  for (const auto& t : texts) used[ShortTextKey::of(t).slot()] = true;
  size_t slots = 0;
  for (bool u : used) slots += u;
  EXPECT_GT(slots, 200u);
}

}  // namespace
}  // namespace icp::text
