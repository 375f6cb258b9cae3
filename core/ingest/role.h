// What one input file holds (SPEC §1), told from its header when the user did not say.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mapping/header_mapping.h"

namespace icp::ingest {

enum class Role { deals, accounts };

std::string_view role_name(Role role);
// "deals" / "accounts"; "auto" or "" give nothing (detect). Unknown names are an error for the caller.
std::optional<Role> role_from_name(std::string_view name);
bool is_auto_role(std::string_view name);

struct RoleGuess {
  std::optional<Role> role;  // nothing: could not tell
  double confidence = 0;
  std::string reason;
};

RoleGuess detect_role(const mapping::HeaderMapping& mapping);

}  // namespace icp::ingest
