#include "ingest/deal_plausibility.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "table/deal_table.h"
#include "util/civil_date.h"

namespace icp::ingest {

namespace {

int32_t years_after(int32_t day, int years) {
  const CivilDate c = civil_from_days(day);
  const int year = c.year + years;
  return days_from_civil(year, c.month, std::min(c.day, days_in_month(year, c.month)));
}

}  // namespace

int32_t robust_latest_day(std::vector<int32_t> days) {
  std::erase_if(days, [](int32_t d) { return !table::has_date(d); });
  if (days.empty()) return table::kNoDate;
  std::sort(days.begin(), days.end());
  const int32_t p99 = days[(days.size() - 1) * 99 / 100];
  const int32_t limit = years_after(p99, FutureDateLimit::kYears);
  int32_t latest = p99;
  for (int32_t d : days) {
    if (d <= limit) latest = std::max(latest, d);
  }
  return latest;
}

std::optional<FutureDateLimit> future_date_limit(const std::vector<int32_t>& created,
                                                 const std::vector<int32_t>& closed_of_closed_deals) {
  FutureDateLimit out;
  std::string what = "latest created date";
  out.reference = robust_latest_day(created);
  if (!table::has_date(out.reference)) {
    what = "latest close date of a closed deal";
    out.reference = robust_latest_day(closed_of_closed_deals);
  }
  if (!table::has_date(out.reference)) return std::nullopt;
  out.limit = years_after(out.reference, FutureDateLimit::kYears);
  out.basis = "the file's " + what + ", " + format_iso_date(out.reference);
  return out;
}

AmountCeiling amount_ceiling(const std::vector<double>& values) {
  AmountCeiling out;
  out.basis = format_amount(AmountCeiling::kAbsolute);
  std::vector<double> positive;
  for (double v : values) {
    if (v > 0 && std::isfinite(v)) positive.push_back(v);
  }
  if (positive.size() < AmountCeiling::kMinAmounts) return out;
  const size_t mid = positive.size() / 2;
  std::nth_element(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(mid), positive.end());
  double median = positive[mid];
  if (positive.size() % 2 == 0) {
    const double below = *std::max_element(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(mid));
    median = (median + below) / 2;
  }
  out.ceiling = AmountCeiling::kTimesMedian * median;
  out.basis = format_amount(AmountCeiling::kTimesMedian) + " × the file's median amount, " + format_amount(median);
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
