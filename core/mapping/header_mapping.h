// Column → canonical field from header names, as real exports spell them (FORMATS.md): Salesforce
// report labels and API names, HubSpot (a few of its localized labels too), Pipedrive
// ("Deal - Value"), Zoho, Dynamics, Stripe, Zendesk, snake_case. A name can mean different things in
// different roles ("Status" of a deal, of a subscription, of a ticket), so names are looked up per
// role. Every guess carries a confidence and a reason.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mapping/canonical_field.h"
#include "mapping/role.h"

namespace icp::mapping {

struct ColumnGuess {
  int column = -1;          // 0-based column index
  double confidence = 0;    // 0..1
  std::string reason;       // "header \"Close Date\" is a known name for close_date"
};

struct HeaderMapping {
  std::array<std::optional<ColumnGuess>, kFieldCount> fields;

  bool has(Field f) const { return fields[static_cast<int>(f)].has_value(); }
  int column(Field f) const { return has(f) ? fields[static_cast<int>(f)]->column : -1; }
  const std::optional<ColumnGuess>& guess(Field f) const { return fields[static_cast<int>(f)]; }
  std::optional<ColumnGuess>& slot(Field f) { return fields[static_cast<int>(f)]; }
  bool column_taken(int column) const;
};

// Lower-case ASCII letters and digits only: "Close Date (2)" → "closedate2", "Deal - Stage" → "dealstage".
std::string normalize_header(std::string_view header);

// Maps headers to the fields of one role. When several headers name one field, the best-ranked name
// wins, then the leftmost column (a duplicated header is used once, its first occurrence).
HeaderMapping map_headers(const std::vector<std::string>& headers, Role role);

// The fields a role can use.
bool role_uses(Role role, Field field);

}  // namespace icp::mapping
