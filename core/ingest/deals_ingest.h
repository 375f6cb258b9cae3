// Reads the rows of a deals file into a DealTable: outcome from flags, status or stage; created and
// close dates; amount; the account. Only mapped columns are read.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/date_column.h"
#include "ingest/money_column.h"
#include "ingest/row_accounting.h"
#include "mapping/header_mapping.h"
#include "table/deal_table.h"

namespace icp::ingest {

struct ValueHabits {
  values::DecimalMark decimal_mark = values::DecimalMark::point;
  values::DateOrder date_order = values::DateOrder::month_first;  // when a column cannot tell
};

class DealsIngest {
 public:
  DealsIngest(const mapping::HeaderMapping& mapping, ValueHabits habits, RowAccounting& accounting);

  void on_row(std::span<const std::string_view> fields, uint64_t line);
  // Settles the columns' date orders and decimal marks; appends to table.
  void finish(table::DealTable& table, std::vector<std::string>& notes);

 private:
  std::optional<mapping::Outcome> outcome_of(std::span<const std::string_view> fields) const;
  static std::string_view cell(std::span<const std::string_view> fields, int column) {
    return column >= 0 && static_cast<size_t>(column) < fields.size() ? fields[column] : std::string_view();
  }

  RowAccounting& accounting_;
  ValueHabits habits_;
  int stage_ = -1, status_ = -1, is_won_ = -1, is_closed_ = -1;
  int created_col_ = -1, close_col_ = -1, amount_col_ = -1, account_col_ = -1;

  std::vector<mapping::Outcome> outcome_;
  std::vector<uint64_t> lines_;
  DateColumn created_;
  DateColumn closed_;
  MoneyColumn amount_;
  table::CategoricalColumn account_;
};

}  // namespace icp::ingest
