// Values of a deals file that read fine but cannot be right: dates far past the file's own present
// and amounts no deal has. They are warned about, with their column and first lines, and read as
// missing (the deal is still counted), so one typo (2099, a pasted phone number in Amount) cannot
// move the data's "today", stretch the periods by decades or make the bookings 1e26.
//
// Nothing reads the clock: "the future" is measured from the file's latest created date (deals are
// created before the export is taken), leaving out stray created dates — those that are themselves
// more than the same 2 years past the created dates' 99th percentile. A file without created dates
// measures from its closed deals' close dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace icp::ingest {

// The latest of days (kNoDate entries ignored), leaving out days more than FutureDateLimit::kYears
// past their 99th percentile; kNoDate when there is none.
int32_t robust_latest_day(std::vector<int32_t> days);

struct FutureDateLimit {
  static constexpr int kYears = 2;
  int32_t reference = 0;  // the file's latest created (or close) date
  int32_t limit = 0;      // kYears after it: later dates are read as missing
  std::string basis;      // "the file's latest created date, 2024-01-01"
};

// From the used deals' created dates, else the closed deals' close dates; nothing without either.
std::optional<FutureDateLimit> future_date_limit(const std::vector<int32_t>& created,
                                                 const std::vector<int32_t>& closed_of_closed_deals);

struct AmountCeiling {
  // Above this, no currency makes a deal amount: 10^12 (a trillion), when the file has too few
  // amounts to tell its scale.
  static constexpr double kAbsolute = 1e12;
  // With enough amounts, the ceiling is this many times their median (four orders of magnitude:
  // a typical B2B file's deals span two or three), which follows the currency's scale.
  static constexpr double kTimesMedian = 1e4;
  static constexpr size_t kMinAmounts = 20;
  double ceiling = kAbsolute;
  std::string basis;  // "1,000,000,000,000" or "10,000 × the file's median amount, 20,000"
};

// From the positive amounts among values (NaN = missing). With enough amounts and none over
// 10,000 × their median, the median is not computed: ceiling is infinity and basis empty.
AmountCeiling amount_ceiling(const std::vector<double>& values);

// "1,234,567" or "1,234.5": grouped digits, at most 2 decimals (integer arithmetic, the same
// native and in wasm).
std::string format_amount(double value);

}  // namespace icp::ingest
