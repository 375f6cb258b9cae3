#include "values/date_value.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "util/civil_date.h"

namespace icp::values {

namespace {
int32_t exact_days(std::string_view text) {
  const DateReading r = read_date(text);
  EXPECT_EQ(r.kind, DateKind::exact) << text;
  return r.days;
}
}  // namespace

// read_date reads plain numeric dates ("3/7/2024") on a fast path of its own: it must give exactly
// what the general rules give, on that shape and on everything near it.
void expect_same_date(const std::string& text) {
  const DateReading fast = read_date(text);
  const DateReading general = read_date_general(text);
  EXPECT_EQ(fast.kind, general.kind) << text;
  EXPECT_EQ(fast.days, general.days) << text;
  EXPECT_EQ(fast.year, general.year) << text;
  EXPECT_EQ(fast.first, general.first) << text;
  EXPECT_EQ(fast.second, general.second) << text;
  EXPECT_EQ(fast.dotted, general.dotted) << text;
}

TEST(ReadDate, FastPathAgreesWithTheGeneralRules) {
  for (const char* text : {"8/3/2025", "12/31/2024", "31/12/2024", "2/29/2023", "2/29/2024", "29.02.2024", "13/13/2024",
                           "0/5/2024", "5/0/2024", "1/1/0000", "1/1/9999", "07-03-2024", "7/3-2024", "123/4/2024",
                           "1/2/20245", "1/2/24", " 3/7/2024 ", "3/7/2024 10:00", "2024-03-07", "1/2/202a"}) {
    expect_same_date(text);
  }
  std::mt19937_64 random(20261203);
  const std::string alphabet = "0123456789/.- ";
  for (int n = 0; n < 200'000; ++n) {
    std::string text;
    if (random() % 4 != 0) {
      const char sep = "/.-"[random() % 3];
      text = std::to_string(random() % 40) + sep + std::to_string(random() % 40) + (random() % 16 ? sep : '/') +
             std::to_string(1990 + random() % 50);
      if (random() % 6 == 0) text.insert(random() % (text.size() + 1), 1, alphabet[random() % alphabet.size()]);
    } else {
      for (int k = static_cast<int>(1 + random() % 11); k > 0; --k) text += alphabet[random() % alphabet.size()];
    }
    expect_same_date(text);
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(ReadDate, IsoWithTimesAndZones) {
  const int32_t d = days_from_civil(2024, 3, 7);
  EXPECT_EQ(exact_days("2024-03-07"), d);
  EXPECT_EQ(exact_days("2024-03-07T10:15:00Z"), d);
  EXPECT_EQ(exact_days("2024-03-07T10:15:00.000+02:00"), d);
  EXPECT_EQ(exact_days("2024-03-07 09:30"), d);
  EXPECT_EQ(exact_days("2024/03/07"), d);
  EXPECT_EQ(exact_days(" 2024-3-7 "), d);
}

TEST(ReadDate, MonthNames) {
  const int32_t d = days_from_civil(2024, 3, 7);
  EXPECT_EQ(exact_days("Mar 7, 2024"), d);
  EXPECT_EQ(exact_days("March 7 2024"), d);
  EXPECT_EQ(exact_days("7 Mar 2024"), d);
  EXPECT_EQ(exact_days("07-Mar-2024"), d);
  EXPECT_EQ(exact_days("7-mar-24"), d);
}

TEST(ReadDate, ExcelSerials) {
  EXPECT_EQ(exact_days("45358"), days_from_civil(2024, 3, 7));
  EXPECT_EQ(exact_days("45358.5"), days_from_civil(2024, 3, 7));
  EXPECT_EQ(read_date("123").kind, DateKind::invalid);  // an ordinary count, not a date
}

TEST(ReadDate, NumericDatesKeepBothReadings) {
  const DateReading r = read_date("03/04/2024");
  ASSERT_EQ(r.kind, DateKind::numeric);
  EXPECT_EQ(*resolve_date(r, DateOrder::month_first), days_from_civil(2024, 3, 4));
  EXPECT_EQ(*resolve_date(r, DateOrder::day_first), days_from_civil(2024, 4, 3));
  const DateReading with_time = read_date("3/4/24 9:30 AM");
  ASSERT_EQ(with_time.kind, DateKind::numeric);
  EXPECT_EQ(with_time.year, 2024);
}

TEST(ReadDate, MissingAndInvalid) {
  EXPECT_EQ(read_date("").kind, DateKind::missing);
  EXPECT_EQ(read_date("-").kind, DateKind::missing);
  EXPECT_EQ(read_date("N/A").kind, DateKind::missing);
  EXPECT_EQ(read_date("soon").kind, DateKind::invalid);
  EXPECT_EQ(read_date("2024-02-30").kind, DateKind::invalid);
  EXPECT_EQ(read_date("13/13/2024").kind, DateKind::invalid);
}

TEST(DateOrderVote, DecidesFromValuesOverTwelve) {
  DateOrderVote day_first;
  day_first.add(read_date("03/04/2024"));
  day_first.add(read_date("16/10/2025"));
  EXPECT_EQ(day_first.decided(), DateOrder::day_first);

  DateOrderVote month_first;
  month_first.add(read_date("03/04/2024"));
  month_first.add(read_date("10/16/2025"));
  EXPECT_EQ(month_first.decided(), DateOrder::month_first);

  DateOrderVote undecided;
  undecided.add(read_date("03/04/2024"));
  EXPECT_EQ(undecided.decided(), DateOrder::undecided);

  DateOrderVote conflicting;
  conflicting.add(read_date("16/10/2025"));
  conflicting.add(read_date("10/16/2025"));
  EXPECT_EQ(conflicting.decided(), DateOrder::undecided);
  EXPECT_TRUE(conflicting.conflicting());
}

// resolve_date gives the civil calendar's day, or nothing, for every year from 1890 to 2110, every
// month and day number a reading can hold (0..33 tried in either place), in both orders.
TEST(DateValue, ResolvedNumericDatesAgreeWithTheCivilCalendar) {
  for (int year = 1890; year <= 2110; ++year) {
    for (int a = 0; a <= 33; ++a) {
      for (int b = 0; b <= 33; ++b) {
        DateReading r;
        r.kind = DateKind::numeric;
        r.year = static_cast<uint16_t>(year);
        r.first = static_cast<uint8_t>(a);
        r.second = static_cast<uint8_t>(b);
        for (const DateOrder order : {DateOrder::month_first, DateOrder::day_first}) {
          const int month = order == DateOrder::day_first ? b : a;
          const int day = order == DateOrder::day_first ? a : b;
          const std::optional<int32_t> want =
              is_valid_civil(year, month, day) ? std::optional<int32_t>(days_from_civil(year, month, day)) : std::nullopt;
          ASSERT_EQ(resolve_date(r, order), want) << year << " " << a << " " << b;
        }
      }
    }
  }
}

}  // namespace icp::values
