// Everything read from the input files, by role. Several files of one role are appended.
#pragma once

#include "table/account_table.h"
#include "table/deal_table.h"
#include "table/revenue_table.h"

namespace icp::table {

struct Tables {
  DealTable deals;
  AccountTable accounts;
  RevenueTable revenue;
  TicketTable tickets;
  SpendTable spend;
};

}  // namespace icp::table
