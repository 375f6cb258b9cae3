#include "metrics/analysis_input.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "metrics/periods.h"

namespace icp::metrics {

// The data's "today" is the latest date of an event the files record: a deal created or closed (an
// open deal's close date is only expected, so it is left out), a revenue month (its last day) or a
// subscription start or end, a ticket, a go-live. A stray far-future value (a typo such as 2099)
// must not move it: dates more than a quarter past the 99.9th percentile of all dates are ignored.
int32_t data_as_of_day(const table::Tables& t) {
  std::vector<int32_t> days;
  const auto take = [&](int32_t d) {
    if (table::has_date(d)) days.push_back(d);
  };
  for (size_t i = 0; i < t.deals.size(); ++i) {
    take(t.deals.created[i]);
    if (t.deals.outcome[i] != mapping::Outcome::open) take(t.deals.closed[i]);
  }
  for (size_t i = 0; i < t.revenue.size(); ++i) {
    if (t.revenue.intervals) {
      take(t.revenue.start[i]);
      take(t.revenue.end[i]);
    } else if (table::has_date(t.revenue.start[i])) {
      take(first_day_of_month(month_of_day(t.revenue.start[i]) + 1) - 1);
    }
  }
  for (int32_t d : t.tickets.created) take(d);
  for (int32_t d : t.accounts.go_live) take(d);
  if (days.empty()) return table::kNoDate;
  // The 99.9th percentile day by selection (a sort of every date was 3% of analyze).
  // (In 64 bits: in wasm size_t is 32, and 999 times 4.3 million dates wraps.)
  const size_t p999 = static_cast<size_t>(static_cast<uint64_t>(days.size() - 1) * 999 / 1000);
  std::nth_element(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(p999), days.end());
  const int32_t limit = days[p999] + 92;
  int32_t as_of = days[p999];
  for (int32_t d : days) {
    if (d <= limit) as_of = std::max(as_of, d);
  }
  return as_of;
}

}  // namespace icp::metrics
