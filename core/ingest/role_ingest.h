// Reading the rows of one file of a given role into the tables. One implementation per role; only
// mapped columns are read, values are parsed once, and every row is used, rejected with a reason, or
// kept with a warning about one of its values.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_summary.h"
#include "ingest/row_accounting.h"
#include "ingest/value_habits.h"
#include "mapping/header_mapping.h"
#include "mapping/role.h"
#include "mapping/stage_table.h"
#include "table/tables.h"
#include "values/date_value.h"
#include "values/money_value.h"

namespace icp::ingest {


class RoleIngest {
 public:
  virtual ~RoleIngest() = default;
  virtual void on_row(std::span<const std::string_view> fields, uint64_t line) = 0;
  // Settles the columns' date orders and decimal marks, appends to the tables, and adds what the
  // user should see about this file (notes, stage table) to its summary.
  virtual void finish(table::Tables& tables, InputSummary& summary) = 0;
  // Room for about this many rows in the columns (an estimate from the file's size; a hint only).
  virtual void reserve(size_t /*rows*/) {}

  // Unmapped columns that read as categories (custom CRM fields such as "Segment"), kept for
  // segments: (column index, header). Only deals and accounts keep them.
  void keep_custom_columns(const std::vector<std::pair<int, std::string>>& columns);

 protected:
  // For each row used: its custom columns' values.
  void push_custom(std::span<const std::string_view> fields);
  // Appends this file's custom columns to a table's (matched by name; a column one file lacks is
  // missing for its rows). rows_before: the table's rows before this file's were added.
  void append_custom(std::vector<table::CustomColumn>& to, size_t rows_before, size_t rows_added);

  // The file's header of a mapped column, empty when it is not mapped.
  static std::string header_of(const std::vector<std::string>& headers, int column) {
    return column >= 0 && static_cast<size_t>(column) < headers.size() ? headers[column] : std::string();
  }
  static std::string_view cell(std::span<const std::string_view> fields, int column) {
    return column >= 0 && static_cast<size_t>(column) < fields.size() ? fields[column] : std::string_view();
  }

 private:
  std::vector<int> custom_index_;
  std::vector<table::CustomColumn> custom_;
};

std::unique_ptr<RoleIngest> make_role_ingest(mapping::Role role, const mapping::HeaderMapping& mapping,
                                             const std::vector<std::string>& headers, ValueHabits habits,
                                             RowAccounting& accounting);

// Appends a column's codes to another dictionary-encoded column (several files merge into one table).
void append_categorical(table::CategoricalColumn& to, const table::CategoricalColumn& from);
// The same, taking from's storage when to is still empty (the first file of its role).
void append_categorical(table::CategoricalColumn& to, table::CategoricalColumn&& from);
// A file's column after the table's first rows_before rows, in a table whose columns may stop short
// of its rows (a file without the column adds no codes: deal_table.h). to is padded with missing
// codes up to rows_before first; a from without codes adds nothing.
void append_categorical_rows(table::CategoricalColumn& to, size_t rows_before, table::CategoricalColumn&& from);

// A file's values after the table's: the first file of its role hands its storage over (a second
// copy of every column at the end of a file was the peak of memory).
template <class T>
void append_values(std::vector<T>& to, std::vector<T>&& from) {
  if (to.empty()) {
    to = std::move(from);
    return;
  }
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace icp::ingest
