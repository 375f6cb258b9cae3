#include "metrics/mrr_matrix.h"

#include <algorithm>
#include <limits>

#include "metrics/periods.h"
#include "metrics/revenue_rows.h"
#include "table/deal_table.h"

namespace icp::metrics {
namespace {

// At most 30 years of columns end at the as-of month: a stray date decades back (a 1900 default,
// a typo) would otherwise make a matrix of customers × centuries. Months before it are left out.
constexpr int32_t kMaxMonths = 360;

// Intervals: the months whose first day falls inside [start, end) (end exclusive, open when absent).
int32_t first_active_month(int32_t start) {
  const int32_t m = month_of_day(start);
  return first_day_of_month(m) == start ? m : m + 1;
}
int32_t last_active_month(int32_t end) {
  return end == table::kNoDate ? std::numeric_limits<int32_t>::max() : month_of_day(end - 1);
}

}  // namespace

std::optional<int32_t> MrrMatrix::first_paid_month(int32_t customer) const {
  if (customer < 0 || static_cast<size_t>(customer) >= customers) return std::nullopt;
  const double* row = mrr.data() + static_cast<size_t>(customer) * months;
  for (int32_t i = 0; i < months; ++i) {
    if (row[i] > 0) return first_month + i;
  }
  return std::nullopt;
}

MrrMatrix build_mrr_matrix(const table::RevenueTable& revenue, const Customers& customers,
                           const AnalysisSettings& settings) {
  MrrMatrix m;
  m.customers = customers.count();
  const bool intervals = revenue.intervals;

  // The months the rows cover, and the data's own as-of month.
  bool any = false;
  int32_t first = std::numeric_limits<int32_t>::max();
  int32_t last_snapshot = std::numeric_limits<int32_t>::min();
  int32_t latest_date = std::numeric_limits<int32_t>::min();
  for (size_t row = 0; row < revenue.size(); ++row) {
    if (revenue_row_use(revenue, customers, row) != RevenueRowUse::used) continue;
    any = true;
    const int32_t start = revenue.start[row];
    if (intervals) {
      first = std::min(first, first_active_month(start));
      latest_date = std::max(latest_date, start);
      const int32_t end = row < revenue.end.size() ? revenue.end[row] : table::kNoDate;
      if (end != table::kNoDate) latest_date = std::max(latest_date, end);
    } else {
      const int32_t month = month_of_day(start);
      first = std::min(first, month);
      last_snapshot = std::max(last_snapshot, month);
    }
  }

  if (settings.as_of_month) {
    m.as_of_month = *settings.as_of_month;
  } else if (!any) {
    return m;
  } else if (intervals) {
    // The month before the one holding the latest date, unless that date closes its month.
    const int32_t month = month_of_day(latest_date);
    const bool month_end = month_of_day(latest_date + 1) != month;
    m.as_of_month = month_end ? month : month - 1;
  } else {
    m.as_of_month = last_snapshot;
  }
  if (!any) return m;

  // Columns run from the first month of the data to the as-of month: nothing after it is read.
  first = std::max(first, m.as_of_month - kMaxMonths + 1);
  if (first > m.as_of_month) return m;
  m.first_month = first;
  m.months = m.as_of_month - first + 1;
  m.mrr.assign(m.customers * static_cast<size_t>(m.months), 0.0);

  for (size_t row = 0; row < revenue.size(); ++row) {
    if (revenue_row_use(revenue, customers, row) != RevenueRowUse::used) continue;
    const size_t base = static_cast<size_t>(revenue_row_customer(customers, row)) * m.months;
    const double value = revenue.mrr[row];
    if (intervals) {
      const int32_t end = row < revenue.end.size() ? revenue.end[row] : table::kNoDate;
      const int32_t from = std::max(first_active_month(revenue.start[row]), m.first_month);
      const int32_t to = std::min(last_active_month(end), m.as_of_month);
      for (int32_t month = from; month <= to; ++month) m.mrr[base + (month - m.first_month)] += value;
    } else {
      const int32_t month = month_of_day(revenue.start[row]);
      if (month >= m.first_month && month <= m.as_of_month) m.mrr[base + (month - m.first_month)] += value;
    }
  }
  return m;
}

}  // namespace icp::metrics
