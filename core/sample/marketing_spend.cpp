#include "sample/marketing_spend.h"

#include <iterator>

#include "sample/random.h"
#include "sample/sample_calendar.h"
#include "sample/sample_generator.h"

namespace icp::sample {
namespace {

constexpr uint64_t kStreamTag = 4;

// The channels are the deals' Lead Source values. Each channel's share of the month's spend (per
// mille) in the first and in the last month, linear in between: the budget moves toward Outbound
// and Event, where the upmarket deals come from.
struct ChannelPlan {
  std::string_view channel;
  int64_t first_share;
  int64_t last_share;
  int64_t jitter;  // per mille, either way, month to month
};
constexpr ChannelPlan kChannels[] = {
    {"Web", 180, 90, 80},       {"Referral", 80, 50, 80}, {"Paid Search", 300, 200, 80},
    {"Outbound", 180, 300, 60}, {"Partner", 120, 110, 80}, {"Event", 140, 250, 350},
};

}  // namespace

std::vector<SpendLine> plan_spend(uint64_t seed) {
  Random r = substream(seed, kStreamTag);
  std::vector<SpendLine> lines;
  const int64_t span = kAsOfMonthIndex - kFirstMonth;
  for (int m = kFirstMonth; m <= kAsOfMonthIndex; ++m) {
    const int64_t t = m - kFirstMonth;
    const int64_t total_usd =
        planted::kSpendFirstMonthUsd + (planted::kSpendLastMonthUsd - planted::kSpendFirstMonthUsd) * t / span;
    for (size_t c = 0; c < std::size(kChannels); ++c) {
      const ChannelPlan& p = kChannels[c];
      const int64_t share = p.first_share + (p.last_share - p.first_share) * t / span;
      int64_t cents = total_usd * 100 * share / 1000;
      cents = cents * (100000 + r.between(-100 * p.jitter, 100 * p.jitter)) / 100000;
      lines.push_back({m, p.channel, cents});
    }
  }
  return lines;
}

}  // namespace icp::sample
