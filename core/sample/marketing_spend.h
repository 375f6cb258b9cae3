// Sales & marketing spend per month and channel (spend.csv), the channels being the deals' lead
// sources. It grows faster than new logos do, so CAC rises. Planted targets: planted:: in
// sample_generator.h.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace icp::sample {

struct SpendLine {
  int month = 0;  // sample_calendar.h's month number
  std::string_view channel;
  int64_t cents = 0;
};

// 2023-01 .. the as-of month, each month's channels in a fixed order.
// Drawn from its own stream of `seed`.
std::vector<SpendLine> plan_spend(uint64_t seed);

}  // namespace icp::sample
