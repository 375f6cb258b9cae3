// Deals, column by column: what the metrics read. Dates are days since 1970-01-01 (kNoDate when
// missing or unreadable), amounts are NaN when missing.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "mapping/stage_outcome.h"
#include "table/string_dictionary.h"
#include "table/text_column.h"

namespace icp::table {

inline constexpr int32_t kNoDate = std::numeric_limits<int32_t>::min();

// The categorical columns may stop short of the rows: a file without the column (no product, no
// account id in a plain opportunities export) adds no codes, and a row past a column's end has no
// value there (StringDictionary::kMissing), as every reader takes it.
struct DealTable {
  std::vector<mapping::Outcome> outcome;
  std::vector<int32_t> created;
  std::vector<int32_t> closed;
  std::vector<double> amount;
  TextColumn deal_id;              // the CRM's record id, kept for open deals only (missing otherwise)
  CategoricalColumn account_id;    // missing when the file has no account id column
  CategoricalColumn account_name;
  // Attributes of the deal or its account as the deal export carries them (SPEC §1), for segments.
  CategoricalColumn owner;
  CategoricalColumn lead_source;
  CategoricalColumn deal_type;
  CategoricalColumn product;
  CategoricalColumn industry;
  CategoricalColumn country;
  std::vector<double> employees;  // NaN when missing
  std::vector<CustomColumn> custom;    // categorical columns no canonical field names

  size_t size() const { return outcome.size(); }
};

inline bool has_date(int32_t day) { return day != kNoDate; }
inline bool has_amount(double value) { return !std::isnan(value); }

}  // namespace icp::table
