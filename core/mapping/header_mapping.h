// Column → canonical field from header names, as real exports spell them (FORMATS.md): Salesforce
// report labels and API names, HubSpot, Pipedrive ("Deal - Value"), Zoho, Dynamics, snake_case.
// Every guess carries a confidence and a reason.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mapping/canonical_field.h"

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
};

// Lower-case letters and digits only: "Close Date (2)" → "closedate2", "Deal - Stage" → "dealstage".
std::string normalize_header(std::string_view header);

// Maps headers to fields. When several headers name one field, the best-ranked name wins, then the
// leftmost column (a duplicated header is used once, its first occurrence).
HeaderMapping map_headers(const std::vector<std::string>& headers);

}  // namespace icp::mapping
