// Reads the rows of an accounts file: id, name, firmographics, dates, health.
#pragma once

#include "ingest/date_column.h"
#include "ingest/money_column.h"
#include "ingest/role_ingest.h"

namespace icp::ingest {

class AccountsIngest : public RoleIngest {
 public:
  AccountsIngest(const mapping::HeaderMapping& mapping, const std::vector<std::string>& headers, ValueHabits habits,
                RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line) override;
  void finish(table::Tables& tables, InputSummary& summary) override;

 private:
  RowAccounting& accounting_;
  ValueHabits habits_;
  int id_, name_, industry_, country_, region_, employees_col_, revenue_col_, created_col_, go_live_col_, health_col_;
  std::string created_header_, go_live_header_;
  table::AccountTable rows_;
  std::vector<uint64_t> lines_;
  DateColumn created_;
  DateColumn go_live_;
  MoneyColumn revenue_;
  MoneyColumn health_;
};

}  // namespace icp::ingest
