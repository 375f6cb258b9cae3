// Reads the rows of an accounts file: id, name and firmographics, for joins and segments.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/money_column.h"
#include "ingest/row_accounting.h"
#include "mapping/header_mapping.h"
#include "table/string_dictionary.h"

namespace icp::ingest {

struct AccountTable {
  table::CategoricalColumn id;
  table::CategoricalColumn name;
  table::CategoricalColumn industry;
  table::CategoricalColumn country;
  std::vector<double> employees;       // NaN when missing
  std::vector<double> annual_revenue;  // NaN when missing
  size_t size() const { return id.codes.size(); }
};

class AccountsIngest {
 public:
  AccountsIngest(const mapping::HeaderMapping& mapping, values::DecimalMark mark, RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line);
  void finish(AccountTable& table, std::vector<std::string>& notes);

 private:
  static std::string_view cell(std::span<const std::string_view> fields, int column) {
    return column >= 0 && static_cast<size_t>(column) < fields.size() ? fields[column] : std::string_view();
  }
  RowAccounting& accounting_;
  int id_ = -1, name_ = -1, industry_ = -1, country_ = -1, employees_col_ = -1, revenue_col_ = -1;
  AccountTable rows_;
  MoneyColumn employees_;
  MoneyColumn revenue_;
};

}  // namespace icp::ingest
