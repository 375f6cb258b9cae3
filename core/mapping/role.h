// What one input file holds (SPEC §1).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace icp::mapping {

enum class Role : uint8_t { deals, accounts, revenue, tickets, spend };

inline constexpr std::array<Role, 5> kAllRoles = {Role::deals, Role::accounts, Role::revenue, Role::tickets,
                                                   Role::spend};

std::string_view role_name(Role role);
// "deals", "accounts", "revenue", "tickets", "spend". "auto" and "" give nothing (detect); so does an
// unknown name — use is_auto_role to tell them apart.
std::optional<Role> role_from_name(std::string_view name);
bool is_auto_role(std::string_view name);

}  // namespace icp::mapping
