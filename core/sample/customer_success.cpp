#include "sample/customer_success.h"

#include <algorithm>

#include "sample/random.h"
#include "sample/sample_calendar.h"
#include "sample/sample_generator.h"

namespace icp::sample {
namespace {

constexpr uint64_t kStreamTag = 1;

// Days from the first won close to go-live: the class's median times a lognormal-like spread
// (sigma 0.45) and a +/-10% jitter, at least a week, moved to a workday.
int32_t draw_time_to_value(Random& r, bool icp) {
  const int64_t median = icp ? planted::kMedianTtvDaysIcp : planted::kMedianTtvDaysOffIcp;
  int64_t days = (median * r.one_of(kLognormalSpreadPerMille) + 500) / 1000;
  days = (days * r.between(900, 1100) + 500) / 1000;
  return static_cast<int32_t>(std::max<int64_t>(days, 7));
}

// Mean plus the sum of three uniform draws in [-s, s] (standard deviation s), within 0..100.
int draw_health(Random& r, bool icp) {
  const int64_t mean = icp ? planted::kHealthMeanIcp : planted::kHealthMeanOffIcp;
  const int64_t s = icp ? planted::kHealthSpreadIcp : planted::kHealthSpreadOffIcp;
  int64_t h = mean + r.between(-s, s);
  h += r.between(-s, s);
  h += r.between(-s, s);
  return static_cast<int>(std::clamp<int64_t>(h, 0, 100));
}

}  // namespace

std::vector<CustomerSuccess> plant_customer_success(const Crm& crm, uint64_t seed) {
  std::vector<CustomerSuccess> out(crm.accounts.size(), CustomerSuccess{kNoDay, kNoDay, -1});
  for (const Deal& d : crm.deals) {
    if (d.outcome == Outcome::won) out[d.account].first_won_close = std::min(out[d.account].first_won_close, d.close);
  }
  Random r = substream(seed, kStreamTag);
  for (size_t k : crm.account_order) {
    CustomerSuccess& cs = out[k];
    if (cs.first_won_close == kNoDay) continue;
    const bool icp = is_icp(crm.accounts[k].segment);
    const int32_t live = next_workday(cs.first_won_close + draw_time_to_value(r, icp));
    cs.go_live = live <= kAsOf ? live : kNoDay;  // not live yet: censored
    cs.health = draw_health(r, icp);
  }
  return out;
}

}  // namespace icp::sample
