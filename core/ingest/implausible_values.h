// Applies the plausibility rules (plausibility.h) to one column of a file: each implausible value is
// warned about under one reason per column and rule — the column's label and header, the rule, and
// what was done — and read as missing, so every file kind words them the same way:
//   "close date far in the future: later than 2026-01-01, 2 years past the file's latest created
//    date, 2024-01-01 (column "Close Date"); read as missing — the deal is counted, …"
//   "created date implausibly old: earlier than 1990-01-01, … (column "Created Date"); read as …"
//   "amount implausibly large: over 1,000,000,000,000 (column "Amount"); read as missing — …"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/plausibility.h"
#include "ingest/row_accounting.h"

namespace icp::ingest {

// Names a column in the warnings, and says what reading one of its values as missing does.
struct ImplausibleColumn {
  std::string label;   // "close date", "MRR", "spend amount"
  std::string header;  // the file's header of the column: "Close Date"
  std::string done;    // after "; ": "read as missing — the deal is counted, without this date (…)"
};

// Dates before 1990-01-01 (placeholders) become kNoDate, each warned about at its row's line.
void drop_old_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const ImplausibleColumn& column,
                    RowAccounting& accounting);

// Dates later than limit.limit become kNoDate, each warned about.
void drop_future_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const FutureDateLimit& limit,
                       const ImplausibleColumn& column, RowAccounting& accounting);

// Both date rules, the future measured from the column's own latest date (what: "latest ticket
// created date"); nothing when it holds no plausible date.
void drop_implausible_dates(std::vector<int32_t>& days, const std::vector<uint64_t>& lines, const std::string& what,
                            const ImplausibleColumn& column, RowAccounting& accounting);

// Amounts over the column's ceiling (amount_ceiling; what names its median: "amount", "MRR")
// become NaN, each warned about.
void drop_large_amounts(std::vector<double>& values, const std::vector<uint64_t>& lines, const std::string& what,
                        const ImplausibleColumn& column, RowAccounting& accounting);

}  // namespace icp::ingest
