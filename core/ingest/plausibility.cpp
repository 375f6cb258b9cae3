#include "ingest/plausibility.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "table/deal_table.h"
#include "util/civil_date.h"

namespace icp::ingest {

int32_t earliest_plausible_day() { return days_from_civil(kEarliestPlausibleYear, 1, 1); }

bool implausibly_old(int32_t day) { return table::has_date(day) && day < earliest_plausible_day(); }

int32_t years_after(int32_t day, int years) {
  const CivilDate c = civil_from_days(day);
  const int year = c.year + years;
  return days_from_civil(year, c.month, std::min(c.day, days_in_month(year, c.month)));
}

int32_t robust_latest_day(std::vector<int32_t> days) {
  std::erase_if(days, [](int32_t d) { return !table::has_date(d); });
  if (days.empty()) return table::kNoDate;
  // Of the 99th percentile, ascending; in 64 bits (wasm's size_t is 32).
  const size_t rank = static_cast<size_t>(static_cast<uint64_t>(days.size() - 1) * 99 / 100);
  // Usually no day is stray: when at least days.size() - rank of them lie within 730 days (never
  // more than 2 years) of the latest, the 99th percentile is that close too and the latest is the
  // answer, found in two linear passes.
  const int32_t latest = *std::max_element(days.begin(), days.end());
  const int32_t near = latest - 730;
  const auto close_to_latest = static_cast<size_t>(std::count_if(days.begin(), days.end(), [&](int32_t d) { return d >= near; }));
  if (close_to_latest >= days.size() - rank) return latest;
  const auto at = days.begin() + static_cast<std::ptrdiff_t>(rank);
  std::nth_element(days.begin(), at, days.end());
  const int32_t p99 = *at;
  const int32_t limit = years_after(p99, FutureDateLimit::kYears);
  int32_t out = p99;
  for (int32_t d : days) {
    if (d <= limit) out = std::max(out, d);
  }
  return out;
}

std::optional<FutureDateLimit> future_date_limit(const std::vector<int32_t>& days, const std::string& what,
                                                 int years) {
  FutureDateLimit out;
  out.reference = robust_latest_day(days);
  if (!table::has_date(out.reference)) return std::nullopt;
  out.years = years;
  out.limit = years_after(out.reference, years);
  out.basis = "the file's " + what + ", " + format_iso_date(out.reference);
  return out;
}

AmountCeiling amount_ceiling(const std::vector<double>& values, const std::string& what) {
  AmountCeiling out;
  out.basis = format_amount(AmountCeiling::kAbsolute);
  // One pass: how many positive amounts, the largest, and how many fall in each binary order of
  // magnitude, which bounds the median from below. Only when the largest is over 10,000 × that
  // bound is the median found exactly (a copy and an nth_element): most files never pay for it.
  uint64_t n = 0;
  double largest = 0;
  std::array<uint64_t, 2048> by_exponent{};
  for (double v : values) {
    if (!(v > 0) || !std::isfinite(v)) continue;
    ++n;
    largest = std::max(largest, v);
    uint64_t bits;  // std::bit_cast is missing from Emscripten 3.1.6's libc++
    std::memcpy(&bits, &v, sizeof bits);
    ++by_exponent[(bits >> 52) & 0x7ff];
  }
  if (n < AmountCeiling::kMinAmounts) return out;
  const uint64_t lower_middle = (n - 1) / 2;  // 0-based rank of the lower of the middle values
  uint64_t seen = 0;
  size_t exponent = 0;
  while (seen + by_exponent[exponent] <= lower_middle) seen += by_exponent[exponent++];
  // A double of biased exponent e (normal: e > 0) is at least 2^(e - 1023).
  const double median_at_least = exponent == 0 ? 0.0 : std::ldexp(1.0, static_cast<int>(exponent) - 1023);
  out.basis.clear();
  out.ceiling = std::numeric_limits<double>::infinity();
  if (largest <= AmountCeiling::kTimesMedian * median_at_least) return out;  // no amount is over it
  std::vector<double> positive;
  positive.reserve(n);
  for (double v : values) {
    if (v > 0 && std::isfinite(v)) positive.push_back(v);
  }
  const size_t mid = positive.size() / 2;
  std::nth_element(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(mid), positive.end());
  double median = positive[mid];
  if (positive.size() % 2 == 0) {
    const double below = *std::max_element(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(mid));
    median = (median + below) / 2;
  }
  out.ceiling = AmountCeiling::kTimesMedian * median;
  out.basis = format_amount(AmountCeiling::kTimesMedian) + " × the file's median " + what + ", " + format_amount(median);
  return out;
}

std::string format_amount(double value) {
  if (!std::isfinite(value)) return value > 0 ? "infinity" : value < 0 ? "-infinity" : "NaN";
  const bool negative = value < 0;
  const double a = std::fabs(value);
  if (a >= 1e15) {  // cents no longer exact in a double: "1.5e+20"
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
  }
  const auto cents = static_cast<uint64_t>(std::llround(a * 100));
  std::string digits = std::to_string(cents / 100);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  const uint64_t fraction = cents % 100;
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
  return (negative ? "-" : "") + out;
}

}  // namespace icp::ingest
