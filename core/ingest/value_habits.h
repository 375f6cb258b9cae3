// How a file writes its values, where the values alone cannot tell: the decimal mark of its amounts
// and the order of its numeric dates — guessed from the file (a ';' delimiter suggests European
// Excel) or given by the user in the mapping — and the user's stage → outcome table.
#pragma once

#include "mapping/stage_table.h"
#include "values/date_value.h"
#include "values/money_value.h"

namespace icp::ingest {

struct ValueHabits {
  values::DecimalMark decimal_mark = values::DecimalMark::point;
  values::DateOrder date_order = values::DateOrder::month_first;  // when a column cannot tell
  bool date_order_given = false;      // the user set it: it holds even against the data
  bool decimal_mark_given = false;
  const mapping::StageOverrides* stages = nullptr;  // the user's stage → outcome table
};

}  // namespace icp::ingest
