// Reads the rows of a deals file: outcome from flags, status or stage; created and close dates;
// amount; the account.
#pragma once

#include <optional>

#include "ingest/date_column.h"
#include "ingest/money_column.h"
#include "ingest/role_ingest.h"
#include "mapping/stage_outcome.h"
#include "mapping/stage_table.h"

namespace icp::ingest {

class DealsIngest : public RoleIngest {
 public:
  DealsIngest(const mapping::HeaderMapping& mapping, const std::vector<std::string>& headers, ValueHabits habits,
              RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line) override;
  void finish(table::Tables& tables, InputSummary& summary) override;
  void reserve(size_t rows) override;

 private:
  // Nothing when the row has no outcome; deleted is set for deleted deals.
  std::optional<mapping::Outcome> outcome_of(std::span<const std::string_view> fields, bool& deleted);
  // Placeholder dates, dates far in the future and implausibly large amounts: warned about, read as
  // missing.
  void drop_implausible(std::vector<int32_t>& created, std::vector<int32_t>& closed, std::vector<double>& amount);

  RowAccounting& accounting_;
  ValueHabits habits_;
  int stage_ = -1, status_ = -1, is_won_ = -1, is_closed_ = -1;
  int created_col_ = -1, close_col_ = -1, amount_col_ = -1, account_id_col_ = -1, account_name_col_ = -1, deal_id_col_ = -1;
  int owner_col_, lead_source_col_, deal_type_col_, product_col_, industry_col_, country_col_, employees_col_;

  mapping::StageTable stage_table_;
  mapping::StageTable status_table_;
  std::string stage_header_, status_header_;
  std::string created_header_, close_header_, amount_header_;
  std::vector<mapping::Outcome> outcome_;
  std::vector<uint64_t> lines_;
  DateColumn created_;
  DateColumn closed_;
  MoneyColumn amount_;
  table::DealTable rows_;  // the categorical and employee columns of this file
};

}  // namespace icp::ingest
