#include "mapping/role.h"

namespace icp::mapping {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::deals: return "deals";
    case Role::accounts: return "accounts";
    case Role::revenue: return "revenue";
    case Role::tickets: return "tickets";
    case Role::spend: return "spend";
  }
  return "deals";
}

std::optional<Role> role_from_name(std::string_view name) {
  for (Role r : kAllRoles) {
    if (role_name(r) == name) return r;
  }
  return std::nullopt;
}

bool is_auto_role(std::string_view name) { return name.empty() || name == "auto"; }

}  // namespace icp::mapping
