// Reading a reporting period: "2024-03", "03/2024", "Mar 2024", "2024-Q1", "Q1 2024", "FY2024", "2024",
// or a whole date (its day). Spend and MRR snapshot files name months and quarters this way.
#pragma once

#include <cstdint>
#include <string_view>

namespace icp::values {

enum class PeriodKind : uint8_t { missing, invalid, day, month, quarter, year };

struct PeriodReading {
  PeriodKind kind = PeriodKind::missing;
  int32_t start = 0;  // day number of the period's first day
};

PeriodReading read_period(std::string_view text);

}  // namespace icp::values
