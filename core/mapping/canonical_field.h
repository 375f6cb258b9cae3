// The canonical fields of SPEC §1: what a column means, whatever the CRM called it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace icp::mapping {

enum class Field : uint8_t {
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
  industry,
  employees,
  annual_revenue,
  country,
  region,
  count_  // number of fields, not a field
};

inline constexpr int kFieldCount = static_cast<int>(Field::count_);

// snake_case name used in reports and mapping files ("close_date").
std::string_view field_name(Field field);
std::optional<Field> field_from_name(std::string_view name);

}  // namespace icp::mapping
