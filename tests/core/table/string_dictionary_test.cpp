#include "table/string_dictionary.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace icp::table {
namespace {

// The hash as first written: eight bytes at a time, the tail copied into a zeroed word.
uint64_t reference_hash(std::string_view value) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ value.size();
  const auto mix = [&h](uint64_t word) {
    h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  size_t i = 0;
  for (; i + 8 <= value.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, value.data() + i, 8);
    mix(word);
  }
  if (i < value.size()) {
    uint64_t word = 0;
    std::memcpy(&word, value.data() + i, value.size() - i);
    mix(word);
  }
  h ^= h >> 29;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

TEST(StringDictionary, HashOfEveryLengthEqualsTheReference) {
  std::string text;
  for (int n = 0; n <= 40; ++n) {
    // Bytes above 0x7f and NULs too: the tail's bytes must not be sign-extended or dropped.
    EXPECT_EQ(StringDictionary::hash(text), reference_hash(text)) << "length " << n;
    text.push_back(static_cast<char>(n % 3 == 0 ? 0xE9 : n % 5 == 0 ? 0 : 'a' + n % 26));
  }
}

TEST(StringDictionary, HashSeesEveryByteOfTheTail) {
  for (size_t n = 1; n <= 23; ++n) {
    std::string a(n, 'x');
    std::string b = a;
    b.back() = 'y';
    EXPECT_NE(StringDictionary::hash(a), StringDictionary::hash(b)) << n;
  }
}

TEST(StringDictionary, CodesInOrderOfFirstAppearance) {
  StringDictionary d;
  EXPECT_EQ(d.find("Retail"), StringDictionary::kMissing);
  EXPECT_EQ(d.intern("Retail"), 0u);
  EXPECT_EQ(d.intern("Software"), 1u);
  EXPECT_EQ(d.intern("Retail"), 0u);
  EXPECT_EQ(d.intern(std::string_view("a\0b", 3)), 2u);
  EXPECT_EQ(d.intern("a"), 3u);
  EXPECT_EQ(d.size(), 4u);
  EXPECT_EQ(d.value(1), "Software");
  EXPECT_EQ(d.value(2), std::string_view("a\0b", 3));
  EXPECT_EQ(d.find("Software"), 1u);
  EXPECT_EQ(d.find("software"), StringDictionary::kMissing);
}

TEST(StringDictionary, ManyValuesGrowTheTableAndKeepTheirCodes) {
  StringDictionary d;
  constexpr uint32_t kValues = 50'000;
  for (uint32_t i = 0; i < kValues; ++i) ASSERT_EQ(d.intern("Account " + std::to_string(i)), i);
  for (uint32_t i = 0; i < kValues; i += 7) {
    ASSERT_EQ(d.intern("Account " + std::to_string(i)), i);
    ASSERT_EQ(d.value(i), "Account " + std::to_string(i));
  }
  EXPECT_EQ(d.size(), kValues);
  EXPECT_EQ(d.find("Account 50000"), StringDictionary::kMissing);
}

TEST(CategoricalColumn, TrimsAndCodesMissingMarkersAsMissing) {
  CategoricalColumn c;
  for (std::string_view cell : {"  Retail ", "Retail", "", "n/a", "N/A", " - ", "Software"}) c.push(cell);
  c.push_missing();
  constexpr uint32_t kMissing = StringDictionary::kMissing;
  EXPECT_EQ(c.codes, (std::vector<uint32_t>{0, 0, kMissing, kMissing, kMissing, kMissing, 1, kMissing}));
  EXPECT_EQ(c.dictionary.size(), 2u);
}

}  // namespace
}  // namespace icp::table
