#include "ingest/implausible_values.h"

#include <limits>

#include "table/deal_table.h"
#include "util/civil_date.h"

namespace icp::ingest {

namespace {

std::string column_of(const ImplausibleColumn& c) { return " (column \"" + c.header + "\"); " + c.done; }

}  // namespace

void drop_old_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const ImplausibleColumn& column,
                    RowAccounting& accounting) {
  const std::string reason = column.label + " implausibly old: earlier than " + format_iso_date(earliest_plausible_day()) +
                             ", a placeholder (such as 1900-01-01, Excel's 1899-12-30 or Unix's 1970-01-01) rather "
                             "than a real date" +
                             column_of(column);
  for (size_t r = 0; r < days.size(); ++r) {
    if (implausibly_old(days[r])) {
      accounting.warn(reason, lines[r]);
      days[r] = table::kNoDate;
    }
  }
}

void drop_future_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const FutureDateLimit& limit,
                       const ImplausibleColumn& column, RowAccounting& accounting) {
  const std::string reason = column.label + " far in the future: later than " + format_iso_date(limit.limit) + ", " +
                             std::to_string(limit.years) + " years past " + limit.basis + column_of(column);
  for (size_t r = 0; r < days.size(); ++r) {
    if (table::has_date(days[r]) && days[r] > limit.limit) {
      accounting.warn(reason, lines[r]);
      days[r] = table::kNoDate;
    }
  }
}

void drop_implausible_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const std::string& what,
                            const ImplausibleColumn& column, RowAccounting& accounting) {
  drop_old_dates(days, lines, column, accounting);
  if (const std::optional<FutureDateLimit> limit = future_date_limit(days, what)) {
    drop_future_dates(days, lines, *limit, column, accounting);
  }
}

void drop_large_amounts(std::vector<double>& values, const std::vector<uint64_t>& lines, const std::string& what,
                        const ImplausibleColumn& column, RowAccounting& accounting) {
  const AmountCeiling ceiling = amount_ceiling(values, what);
  const std::string reason = column.label + " implausibly large: over " + ceiling.basis + column_of(column);
  for (size_t r = 0; r < values.size(); ++r) {
    if (table::has_amount(values[r]) && values[r] > ceiling.ceiling) {
      accounting.warn(reason, lines[r]);
      values[r] = std::numeric_limits<double>::quiet_NaN();
    }
  }
}

}  // namespace icp::ingest
