// The rules for values of any input file that read fine but cannot be right, kept in one place:
// dates far past the file's own present, placeholder dates long before any CRM export, and amounts
// no deal, subscription or spend line has. The ingests warn about them, with their column and first
// lines, and read them as missing (the row is still counted), so one typo (2099, a pasted phone
// number in Amount) or an export's "no date" placeholder (1900-01-01, Excel's 1899-12-30, Unix's
// 1970-01-01) cannot move the data's "today", stretch the periods by decades or make a sum 1e26.
//
// Nothing reads the clock: "the future" is measured from the file's own latest date of a column
// (deals: created dates, as deals are created before the export is taken), leaving out stray dates
// — those that are themselves more than the same 2 years past the column's 99th percentile.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace icp::ingest {

// The latest of days (kNoDate entries ignored), leaving out days more than FutureDateLimit::kYears
// past their 99th percentile; kNoDate when there is none.
int32_t robust_latest_day(std::vector<int32_t> days);

// Dates before this are placeholders, not events of a CRM export: Excel's zero (1899-12-30/31,
// 1900-01-00/01), Unix's (1970-01-01), DOS's (1980-01-01), two-digit years read as 19xx. No CRM,
// billing, support or ad platform whose export this engine reads holds real records from before
// 1990, and a revenue leader reads a deal "created in 1970" as a blank, not as history.
inline constexpr int kEarliestPlausibleYear = 1990;
// 1990-01-01 as days since 1970-01-01.
int32_t earliest_plausible_day();
// day is a date (not kNoDate) before 1990-01-01.
bool implausibly_old(int32_t day);

// The same day (or the month's last day) that many years later.
int32_t years_after(int32_t day, int years);

struct FutureDateLimit {
  static constexpr int kYears = 2;
  int32_t reference = 0;  // the file's latest date of the column the limit is measured from
  int32_t limit = 0;      // years after it: later dates are read as missing
  int years = kYears;
  std::string basis;      // "the file's latest created date, 2024-01-01"
};

// years after the robust latest of days; basis names it: "the file's " + what + ", <day>".
// Nothing when days hold no date.
std::optional<FutureDateLimit> future_date_limit(const std::vector<int32_t>& days, const std::string& what,
                                                 int years = FutureDateLimit::kYears);

struct AmountCeiling {
  // Above this, no currency makes a deal amount, an MRR or a spend line: 10^12 (a trillion), when the file has too few
  // amounts to tell its scale.
  static constexpr double kAbsolute = 1e12;
  // With enough amounts, the ceiling is this many times their median (four orders of magnitude:
  // a typical B2B file's deals span two or three), which follows the currency's scale.
  static constexpr double kTimesMedian = 1e4;
  static constexpr size_t kMinAmounts = 20;
  double ceiling = kAbsolute;
  std::string basis;  // "1,000,000,000,000" or "10,000 × the file's median amount, 20,000"
};

// From the positive amounts among values (NaN = missing); what names them in the basis ("the file's
// median " + what). With enough amounts and none over 10,000 × their median, the median is not
// computed: ceiling is infinity and basis empty.
AmountCeiling amount_ceiling(const std::vector<double>& values, const std::string& what = "amount");

// "1,234,567" or "1,234.5": grouped digits, at most 2 decimals (integer arithmetic, the same
// native and in wasm).
std::string format_amount(double value);

}  // namespace icp::ingest
