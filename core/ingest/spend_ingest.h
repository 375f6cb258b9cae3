// Reads sales & marketing spend: period (month, quarter or date), channel, amount.
#pragma once

#include "ingest/money_column.h"
#include "ingest/role_ingest.h"

namespace icp::ingest {

class SpendIngest : public RoleIngest {
 public:
  SpendIngest(const mapping::HeaderMapping& mapping, const std::vector<std::string>& headers, ValueHabits habits,
                RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line) override;
  void finish(table::Tables& tables, InputSummary& summary) override;

 private:
  RowAccounting& accounting_;
  int period_col_, channel_col_, amount_col_;
  std::string period_header_, amount_header_;
  std::vector<uint64_t> lines_;
  std::vector<int32_t> periods_;
  table::CategoricalColumn channels_;
  MoneyColumn amount_;
};

}  // namespace icp::ingest
