// The stage table: one entry per distinct trimmed text, its rows counted, missing texts without one;
// the memo in front of the hash table must not change any answer, however many short texts share its
// slots.
#include "mapping/stage_table.h"

#include <gtest/gtest.h>

#include <string>

namespace icp::mapping {
namespace {

TEST(StageTable, OneEntryPerTrimmedTextWithItsRowsCounted) {
  StageTable table;
  const StageTable::Entry* won = table.lookup("Closed Won");
  ASSERT_NE(won, nullptr);
  EXPECT_EQ(won->outcome, Outcome::won);
  table.lookup("  Closed Won\t");
  table.lookup("Closed Lost");
  const StageTable::Entry* again = table.lookup("Closed Won");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->rows, 3u);
  ASSERT_EQ(table.entries().size(), 2u);
  EXPECT_EQ(table.entries()[0].text, "Closed Won");
  EXPECT_EQ(table.entries()[1].text, "Closed Lost");
  EXPECT_EQ(table.entries()[1].outcome, Outcome::lost);
}

TEST(StageTable, EmptyAndMissingTextsHaveNoEntry) {
  StageTable table;
  for (const char* text : {"", "   ", "n/a", " NULL ", "-", "(blank)"}) {
    EXPECT_EQ(table.lookup(text), nullptr) << text;
    EXPECT_EQ(table.lookup(text), nullptr) << text << " (again, from the memo)";
  }
  EXPECT_TRUE(table.entries().empty());
}

TEST(StageTable, ManyShortAndLongTextsKeepTheirOwnEntries) {
  // 2,000 distinct texts of 1 to 40 bytes, each looked up 3 times in turns: far more short texts than
  // the memo's 256 slots, so most lookups find a slot holding another text.
  StageTable table;
  const auto text_of = [](int i) {
    std::string s = "S" + std::to_string(i);
    s.resize(1 + static_cast<size_t>(i % 40), static_cast<char>('a' + i % 26));
    return s;
  };
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 2000; ++i) {
      const StageTable::Entry* e = table.lookup(text_of(i));
      ASSERT_NE(e, nullptr);
      EXPECT_EQ(e->text, text_of(i));
    }
  }
  // Texts that differ only past their first 8 bytes, or only in size, are different entries.
  EXPECT_NE(table.lookup("Stage 123456789")->text, table.lookup("Stage 123456780")->text);
  EXPECT_EQ(table.lookup("abc")->text, "abc");
  EXPECT_EQ(table.lookup(std::string("abc\0", 4))->text, std::string("abc\0", 4));
  size_t distinct = 0;
  uint64_t rows = 0;
  for (const auto& e : table.entries()) {
    ++distinct;
    rows += e.rows;
  }
  EXPECT_EQ(distinct, table.entries().size());
  EXPECT_EQ(rows, 3u * 2000 + 2 + 1 + 1);
}

TEST(StageTable, TheUsersOutcomeOutranksTheName) {
  const StageOverrides overrides = {{"signed", Outcome::won}, {"closed won", Outcome::lost}};
  StageTable table(&overrides);
  EXPECT_EQ(table.lookup("Signed")->outcome, Outcome::won);
  EXPECT_TRUE(table.lookup("Signed")->from_user);
  EXPECT_EQ(table.lookup("Closed Won")->outcome, Outcome::lost);
  EXPECT_FALSE(table.lookup("Negotiation")->from_user);
}

}  // namespace
}  // namespace icp::mapping
