#include "ingest/date_column.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace icp::ingest
