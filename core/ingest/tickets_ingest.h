// Reads support tickets: account (organization), creation date, priority.
#pragma once

#include "ingest/date_column.h"
#include "ingest/role_ingest.h"

namespace icp::ingest {

class TicketsIngest : public RoleIngest {
 public:
  TicketsIngest(const mapping::HeaderMapping& mapping, const std::vector<std::string>& headers, ValueHabits habits,
                RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line) override;
  void finish(table::Tables& tables, InputSummary& summary) override;

 private:
  RowAccounting& accounting_;
  ValueHabits habits_;
  int account_id_, account_name_, created_col_, priority_;
  std::string created_header_;
  std::vector<uint64_t> lines_;
  table::CategoricalColumn account_ids_;
  table::CategoricalColumn account_names_;
  table::CategoricalColumn priorities_;
  DateColumn created_;
};

}  // namespace icp::ingest
