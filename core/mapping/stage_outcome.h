// Stage → outcome (won / lost / open), from stage names (Salesforce "Closed Won", HubSpot
// "closedwon", Dynamics status reasons "Out-Sold"), outcome columns (Pipedrive status won/lost/open)
// and IsWon / IsClosed flags, which are the most reliable when present.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace icp::mapping {

enum class Outcome : uint8_t { open = 0, won = 1, lost = 2 };

std::string_view outcome_name(Outcome outcome);

// From a stage or status text. Unknown custom stages are open (they are shown in the stage table for
// the user to confirm). Returns nothing for an empty text.
std::optional<Outcome> outcome_from_stage(std::string_view stage);

// "true", "1", "yes", "y", "x" → true; "false", "0", "no", "n", "" → false; anything else: nothing.
std::optional<bool> read_flag(std::string_view text);

// Deleted deals (Pipedrive "deleted") are not deals: the row is rejected with a reason.
bool is_deleted_stage(std::string_view stage);

}  // namespace icp::mapping
