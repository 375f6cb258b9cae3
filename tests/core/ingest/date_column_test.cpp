#include "ingest/date_column.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "table/deal_table.h"
#include "values/date_value.h"

namespace icp::ingest {
namespace {

using values::DateKind;
using values::DateOrder;
using values::DateReading;

// A stored reading resolves as the reading itself does, in either day/month order: exact dates
// (before 1970 too, and far ahead), numeric ones of every day and month, missing and invalid cells.
TEST(DateColumn, AStoredReadingResolvesAsTheReadingItself) {
  std::vector<std::string> texts = {"", "n/a", "not a date", "1900-01-01", "1969-12-31", "1970-01-01",
                                    "2024-02-29", "9999-12-31", "March 7, 2024", "45000", "13/13/2024",
                                    "07.03.2024", "7-3-24", "2024-03-07T10:00:00Z"};
  for (int a = 1; a <= 31; ++a) {
    for (int b = 1; b <= 31; b += 3) texts.push_back(std::to_string(a) + "/" + std::to_string(b) + "/2023");
  }
  size_t exact = 0, numeric = 0;
  for (const std::string& t : texts) {
    const DateReading r = values::read_date(t);
    const DateReading back = DateColumn::reading_of(DateColumn::store(r));
    EXPECT_EQ(back.kind, r.kind) << t;
    for (DateOrder order : {DateOrder::month_first, DateOrder::day_first}) {
      EXPECT_EQ(values::resolve_date(back, order), values::resolve_date(r, order)) << t;
    }
    exact += r.kind == DateKind::exact;
    numeric += r.kind == DateKind::numeric;
  }
  EXPECT_GE(exact, 6u);
  EXPECT_GE(numeric, 200u);  // (a pair of numbers both above 12 is invalid)
}

// A column resolves each row as resolve_date does, whatever the memos in front of it hold (the texts
// read at push, the readings resolved at the end): more
// distinct numeric dates than its entries (every day of 30 years, both orders' readings, some not a
// date in the column's order), each several times in a scrambled order, and unreadable ones warned.
TEST(DateColumn, AColumnResolvesEachRowAsResolveDateDoes) {
  std::vector<std::string> texts;
  for (int year = 1995; year < 2025; ++year) {
    for (int a = 1; a <= 31; ++a) {
      for (int b = 1; b <= 12; ++b) texts.push_back(std::to_string(b) + "/" + std::to_string(a) + "/" + std::to_string(year));
    }
  }
  texts.push_back("2/30/2024");   // 30 February, or day 2 of month 30: not a date at all
  texts.push_back("13/2/2024");   // a date only day-first: read as numeric, unreadable month-first
  texts.push_back("2024-02-29");  // exact
  texts.push_back("n/a");
  std::vector<std::string> rows;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < texts.size(); ++i) rows.push_back(texts[(i * 7919 + static_cast<size_t>(round) * 13) % texts.size()]);
  }
  DateColumn column("close date");
  std::vector<uint64_t> lines;
  for (size_t i = 0; i < rows.size(); ++i) {
    column.push(rows[i]);
    lines.push_back(i + 2);
  }
  RowAccounting accounting;
  InputSummary summary;
  ValueHabits habits;
  const std::vector<int32_t> days = column.resolve(habits, lines, accounting, summary);
  ASSERT_EQ(days.size(), rows.size());
  uint64_t unreadable = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const DateReading r = values::read_date(rows[i]);
    const auto expected = r.kind == DateKind::missing ? std::nullopt : values::resolve_date(r, DateOrder::month_first);
    if (r.kind != DateKind::missing && !expected) ++unreadable;
    ASSERT_EQ(days[i], expected.value_or(table::kNoDate)) << rows[i];
  }
  EXPECT_GT(unreadable, 3u * 30 * 6);  // 31 of the short months, 30 (and 29) February; 13/2 each round
  uint64_t warned = 0;
  for (const auto& w : accounting.warnings()) warned += w.count;
  EXPECT_EQ(warned, unreadable);
}

}  // namespace
}  // namespace icp::ingest
