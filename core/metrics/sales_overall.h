// sales.overall (SPEC §2, §7): counts, win rate with its Wilson interval, cycle and ACV medians.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "stats/order_statistics.h"
#include "stats/wilson_interval.h"
#include "table/deal_table.h"

namespace icp::metrics {

// A figure or the reason there is none ("insufficient data (n=4)", "no close dates").
template <class T>
struct Figure {
  std::optional<T> value;
  std::string reason;
};

struct SalesOverall {
  uint64_t deals = 0;
  uint64_t won = 0;
  uint64_t lost = 0;
  uint64_t open = 0;
  Figure<double> win_rate;                 // won / (won + lost)
  std::optional<stats::Interval> win_rate_ci;
  Figure<double> win_rate_inclusive;       // won / deals
  Figure<stats::MedianSummary> cycle_days_won;   // close − created of won deals
  Figure<stats::MedianSummary> cycle_days_lost;
  Figure<stats::MedianSummary> acv_won;    // amount of won deals
  Figure<double> acv_mean;
  Figure<double> bookings;                 // sum of won amounts
  uint64_t won_with_amount = 0;
  uint64_t won_with_cycle = 0;
  uint64_t lost_with_cycle = 0;
};

SalesOverall compute_sales_overall(const table::DealTable& deals);

}  // namespace icp::metrics
