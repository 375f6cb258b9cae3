// The canonical fields of SPEC §1: what a column means, whatever the CRM called it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace icp::mapping {

enum class Field : uint8_t {
  // deals
  deal_id,
  account_id,
  account_name,
  stage,
  status,      // an outcome column: Pipedrive "Status" (open/won/lost), Dynamics "Status" (Open/Won/Lost)
  is_won,      // Salesforce IsWon, HubSpot hs_is_closed_won
  is_closed,   // Salesforce IsClosed
  created_date,
  close_date,
  amount,
  currency,
  owner,
  lead_source,
  deal_type,
  product,
  // accounts (firmographics may also ride on a deal export)
  industry,
  employees,
  annual_revenue,
  country,
  region,
  go_live_date,
  health_score,
  // revenue: MRR snapshots (account × month), subscription intervals, churn events
  month,
  start_date,
  end_date,
  mrr,
  arr,
  billing_interval,  // month / year
  subscription_id,
  event_type,        // churn events: "churn", "cancel", …
  // tickets
  ticket_id,
  priority,
  // spend
  period,
  channel,
  count_  // number of fields, not a field
};

inline constexpr int kFieldCount = static_cast<int>(Field::count_);

// snake_case name used in reports and mapping files ("close_date").
std::string_view field_name(Field field);
std::optional<Field> field_from_name(std::string_view name);

}  // namespace icp::mapping
