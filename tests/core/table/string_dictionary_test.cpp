#include "table/string_dictionary.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <random>
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

// Short texts (1..16 bytes) go through a memo keyed by size, first and last eight bytes: texts that
// differ in one byte anywhere, hold NULs, or evict each other must still get their own codes.
TEST(StringDictionary, ShortTextsKeepTheirOwnCodesThroughTheMemo) {
  std::vector<std::string> texts;
  for (size_t n = 1; n <= 25; ++n) {  // up to one past the longest key (24 bytes)
    const std::string base(n, 'k');
    texts.push_back(base);
    for (size_t at = 0; at < n; ++at) {
      std::string one = base;
      one[at] = 'Z';
      texts.push_back(one);
      one[at] = '\0';
      texts.push_back(one);
    }
  }
  // Far more than the memo holds at its largest (8,192): it grows, clearing, as the texts come.
  for (int i = 0; i < 20000; ++i) texts.push_back("Owner " + std::to_string(i));
  std::mt19937_64 random(11);
  std::map<std::string, uint32_t> expected;
  StringDictionary d;
  for (int pass = 0; pass < 3; ++pass) {
    std::vector<std::string> order = texts;
    std::shuffle(order.begin(), order.end(), random);
    for (const std::string& t : order) {
      const auto [it, added] = expected.try_emplace(t, static_cast<uint32_t>(expected.size()));
      ASSERT_EQ(d.intern(t), it->second) << "pass " << pass << ", \"" << t << "\" (" << t.size() << " bytes)";
      ASSERT_EQ(d.value(it->second), t);
    }
  }
  EXPECT_EQ(d.size(), expected.size());
  // A copy answers from its own memo and table alike.
  StringDictionary copy = d;
  for (const auto& [t, code] : expected) ASSERT_EQ(copy.intern(t), code) << t;
  EXPECT_EQ(copy.intern("a text not seen"), expected.size());
}

TEST(CategoricalColumn, TrimsAndCodesMissingMarkersAsMissing) {
  CategoricalColumn c;
  for (std::string_view cell : {"  Retail ", "Retail", "", "n/a", "N/A", " - ", "Software"}) c.push(cell);
  c.push_missing();
  constexpr uint32_t kMissing = StringDictionary::kMissing;
  EXPECT_EQ(c.codes.to_vector(), (std::vector<uint32_t>{0, 0, kMissing, kMissing, kMissing, kMissing, 1, kMissing}));
  EXPECT_EQ(c.dictionary.size(), 2u);
}

}  // namespace
}  // namespace icp::table
