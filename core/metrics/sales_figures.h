// The sales figures of a set of deals (SPEC §2 "Sales"): counts, win rate with its Wilson interval
// (strict won/(won+lost) and inclusive won/deals), cycle medians and quartiles for won and lost
// deals, ACV mean and median of won deals, bookings, new logos and pipeline created. The same
// figures are given for all deals (sales.overall), each segment and each period.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "metrics/customers.h"
#include "metrics/figure.h"
#include "stats/order_statistics.h"
#include "stats/wilson_interval.h"
#include "table/deal_table.h"

namespace icp::metrics {

struct SalesFigures {
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
  uint64_t new_logos = 0;                  // won deals that are their customer's first won deal
  double pipeline_created = 0;             // sum of the amounts of every deal (any outcome)
  uint64_t with_amount = 0;                // deals with an amount (for pipeline_created)

  uint64_t closed() const { return won + lost; }
};

// Which deals: every row of the table when `rows` is null. Customers (for new logos) may be null.
SalesFigures compute_sales_figures(const table::DealTable& deals, const Customers* customers,
                                   const std::vector<uint32_t>* rows = nullptr);

// What the figures read of one deal, in 16 bytes: a hundred segment cells each gathering their deals
// read one packed record per deal instead of six columns (deal_facts once, then the overload below).
struct DealFacts {
  double amount = 0;        // NaN when missing or negative (no pipeline, no ACV)
  int32_t cycle_days = -1;  // close − created, −1 without both dates or when close is before created
  mapping::Outcome outcome = mapping::Outcome::open;
  bool new_logo = false;    // won, and its customer's first won deal
};
DealFacts deal_facts_of(const table::DealTable& deals, const Customers* customers, size_t row);
std::vector<DealFacts> deal_facts(const table::DealTable& deals, const Customers* customers);
// The figures of the deals at `rows` (indices into facts), the same as compute_sales_figures gives.
SalesFigures compute_sales_figures(const std::vector<DealFacts>& facts, const std::vector<uint32_t>& rows);
// The figures of each level 0..levels-1 at once (levels ≤ 255), deal d counting for level_of_deal[d]
// (none when it is levels or more, LevelColumn::kNone among them): one pass over the deals in row order, the same figures as gathering each level's rows
// (a gather from a million facts missed the cache on nearly every deal).
std::vector<SalesFigures> compute_sales_figures_by_level(const std::vector<DealFacts>& facts,
                                                         std::span<const uint8_t> level_of_deal, size_t levels);

}  // namespace icp::metrics
