// Reading the rows of one file of a given role into the tables. One implementation per role; only
// mapped columns are read, values are parsed once, and every row is used, rejected with a reason, or
// kept with a warning about one of its values.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/row_accounting.h"
#include "mapping/header_mapping.h"
#include "mapping/role.h"
#include "table/tables.h"
#include "values/date_value.h"
#include "values/money_value.h"

namespace icp::ingest {

struct ValueHabits {
  values::DecimalMark decimal_mark = values::DecimalMark::point;
  values::DateOrder date_order = values::DateOrder::month_first;  // when a column cannot tell
};

class RoleIngest {
 public:
  virtual ~RoleIngest() = default;
  virtual void on_row(std::span<const std::string_view> fields, uint64_t line) = 0;
  // Settles the columns' date orders and decimal marks; appends to the tables.
  virtual void finish(table::Tables& tables, std::vector<std::string>& notes) = 0;

 protected:
  static std::string_view cell(std::span<const std::string_view> fields, int column) {
    return column >= 0 && static_cast<size_t>(column) < fields.size() ? fields[column] : std::string_view();
  }
};

std::unique_ptr<RoleIngest> make_role_ingest(mapping::Role role, const mapping::HeaderMapping& mapping,
                                             ValueHabits habits, RowAccounting& accounting);

// Appends a column's codes to another dictionary-encoded column (several files merge into one table).
void append_categorical(table::CategoricalColumn& to, const table::CategoricalColumn& from);

}  // namespace icp::ingest
