#include "metrics/sales_periods.h"

#include <algorithm>
#include <climits>

namespace icp::metrics {

SalesByPeriod compute_sales_by_period(const AnalysisInput& in) {
  SalesByPeriod out;
  const PeriodScheme& scheme = in.settings.periods;
  out.granularity = scheme.granularity;
  const table::DealTable& deals = in.tables.deals;
  if (!table::has_date(in.as_of_day)) return out;

  const int32_t last = period_of_day(in.as_of_day, scheme);
  int32_t first = INT32_MAX;
  for (size_t d = 0; d < deals.size(); ++d) {
    if (table::has_date(deals.created[d])) first = std::min(first, period_of_day(deals.created[d], scheme));
    if (deals.outcome[d] != mapping::Outcome::open && table::has_date(deals.closed[d])) {
      first = std::min(first, period_of_day(deals.closed[d], scheme));
    }
  }
  if (first == INT32_MAX) {
    for (size_t d = 0; d < deals.size(); ++d) {
      if (!table::has_date(deals.created[d])) ++out.without_created_date;
      if (deals.outcome[d] != mapping::Outcome::open && !table::has_date(deals.closed[d])) ++out.closed_without_close_date;
    }
    return out;
  }
  first = std::max(first, last - kMaxPeriods + 1);
  if (first > last) first = last;
  const size_t count = static_cast<size_t>(last - first + 1);
  std::vector<std::vector<uint32_t>> closed_rows(count);
  out.periods.resize(count);
  for (size_t p = 0; p < count; ++p) {
    out.periods[p].period = first + static_cast<int32_t>(p);
    out.periods[p].label = period_label(first + static_cast<int32_t>(p), scheme);
  }
  for (size_t d = 0; d < deals.size(); ++d) {
    if (!table::has_date(deals.created[d])) {
      ++out.without_created_date;
    } else {
      const int32_t p = period_of_day(deals.created[d], scheme);
      if (p < first || p > last) {
        ++out.outside_range;
      } else {
        PeriodSales& ps = out.periods[p - first];
        ++ps.created;
        if (table::has_amount(deals.amount[d]) && deals.amount[d] >= 0) ps.pipeline_created += deals.amount[d];
      }
    }
    if (deals.outcome[d] == mapping::Outcome::open) continue;
    if (!table::has_date(deals.closed[d])) {
      ++out.closed_without_close_date;
      continue;
    }
    const int32_t p = period_of_day(deals.closed[d], scheme);
    if (p < first || p > last) {
      ++out.outside_range;
      continue;
    }
    closed_rows[p - first].push_back(static_cast<uint32_t>(d));
  }
  for (size_t p = 0; p < count; ++p) {
    out.periods[p].closed = compute_sales_figures(deals, &in.customers, &closed_rows[p]);
  }
  return out;
}

}  // namespace icp::metrics
