// Reads revenue rows: MRR snapshots (account, month, MRR or ARR) or subscription intervals (account,
// start, end, MRR / ARR / amount with a billing interval, as Stripe exports them).
#pragma once

#include "ingest/date_column.h"
#include "ingest/money_column.h"
#include "ingest/role_ingest.h"

namespace icp::ingest {

class RevenueIngest : public RoleIngest {
 public:
  RevenueIngest(const mapping::HeaderMapping& mapping, const std::vector<std::string>& headers, ValueHabits habits,
                RowAccounting& accounting);
  void on_row(std::span<const std::string_view> fields, uint64_t line) override;
  void finish(table::Tables& tables, InputSummary& summary) override;

 private:
  // Subscription ends past this many years after the file's latest start mean "no end".
  static constexpr int kOpenEndYears = 10;
  // Placeholder and far-future starts read as missing; such ends read as no end (open-ended).
  void drop_implausible_starts_and_ends(std::vector<int32_t>& start, std::vector<int32_t>& end);

  RowAccounting& accounting_;
  ValueHabits habits_;
  int account_id_, account_name_, month_col_, start_col_, end_col_, mrr_col_, arr_col_, amount_col_, interval_col_;
  bool intervals_;
  std::string month_header_, start_header_, end_header_, money_header_, money_label_;
  std::vector<uint64_t> lines_;
  std::vector<uint8_t> yearly_;  // the amount is billed per year
  table::CategoricalColumn account_ids_;
  table::CategoricalColumn account_names_;
  std::vector<int32_t> months_;  // snapshots: first day of the month
  DateColumn start_;
  DateColumn end_;
  MoneyColumn money_;
};

}  // namespace icp::ingest
