// The sales figures of a set of deals (SPEC §2 "Sales"): counts, win rate with its Wilson interval
// (strict won/(won+lost) and inclusive won/deals), cycle medians and quartiles for won and lost
// deals, ACV mean and median of won deals, bookings, new logos and pipeline created. The same
// figures are given for all deals (sales.overall), each segment and each period.
#pragma once

#include <cstdint>
#include <limits>
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

// What the figures read of one deal.
struct DealFacts {
  double amount = 0;        // NaN when missing or negative (no pipeline, no ACV)
  int32_t cycle_days = -1;  // close − created, −1 without both dates or when close is before created
  mapping::Outcome outcome = mapping::Outcome::open;
  bool new_logo = false;    // won, and its customer's first won deal
};
DealFacts deal_facts_of(const table::DealTable& deals, const Customers* customers, size_t row);
// A deal's facts but new_logo, from its columns (inline: a segment pass reads every deal).
inline DealFacts facts_without_logo(const table::DealTable& d, size_t row) {
  DealFacts f;
  f.outcome = d.outcome[row];
  f.amount = table::has_amount(d.amount[row]) && d.amount[row] >= 0 ? d.amount[row]
                                                                    : std::numeric_limits<double>::quiet_NaN();
  if (f.outcome != mapping::Outcome::open && table::has_date(d.created[row]) && table::has_date(d.closed[row]) &&
      d.closed[row] >= d.created[row]) {
    f.cycle_days = d.closed[row] - d.created[row];
  }
  return f;
}

// The facts of every deal of a table, read from its columns in place: only which deals are new
// logos is kept, a bit each (their customers' first won deals are looked up once, not once per
// segment pass). A hundred segment cells then read the deals' columns in row order; 16-byte records
// of every deal cost 16 MB on a million deals, where the heap peaks. The table must outlive it.
class DealFactsColumn {
 public:
  DealFactsColumn(const table::DealTable& deals, const Customers* customers);
  size_t size() const { return deals_->size(); }
  DealFacts operator[](size_t row) const {
    DealFacts f = facts_without_logo(*deals_, row);
    f.new_logo = (new_logo_[row >> 6] >> (row & 63)) & 1;
    return f;
  }

 private:
  const table::DealTable* deals_;
  std::vector<uint64_t> new_logo_;  // bit row % 64 of word row / 64
};
DealFactsColumn deal_facts(const table::DealTable& deals, const Customers* customers);
// The figures of the deals at `rows` (indices into facts), the same as compute_sales_figures gives.
SalesFigures compute_sales_figures(const DealFactsColumn& facts, const std::vector<uint32_t>& rows);
// The figures of each level 0..levels-1 at once (levels ≤ 255), deal d counting for level_of_deal[d]
// (none when it is levels or more, LevelColumn::kNone among them): one pass over the deals in row order, the same figures as gathering each level's rows
// (a gather from a million facts missed the cache on nearly every deal).
std::vector<SalesFigures> compute_sales_figures_by_level(const DealFactsColumn& facts,
                                                         std::span<const uint8_t> level_of_deal, size_t levels);

// How one set of figures groups the deals: by one dimension (deal d in level first[d]), or by the
// cells of two (deal d in cell first[d] × second_levels + second[d], none when either is
// LevelColumn::kNone). A deal past a span's end, or whose level is `levels` or more, is in none.
struct LevelGrouping {
  std::span<const uint8_t> first;
  std::span<const uint8_t> second;  // empty with second_levels 0: one dimension
  size_t second_levels = 0;
  size_t levels = 0;  // ≤ 255 cells or levels
};
// The figures of every grouping, each as compute_sales_figures_by_level gives them, in one pass over
// the deals: a block of deals' facts is read from the columns once, then added to each grouping's
// levels (nine groupings read a million deals' columns once, not nine times).
std::vector<std::vector<SalesFigures>> compute_sales_figures_by_levels(const DealFactsColumn& facts,
                                                                       std::span<const LevelGrouping> groupings);

}  // namespace icp::metrics
