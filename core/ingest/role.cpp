#include "ingest/role.h"

namespace icp::ingest {

using mapping::Field;

std::string_view role_name(Role role) { return role == Role::deals ? "deals" : "accounts"; }

std::optional<Role> role_from_name(std::string_view name) {
  if (name == "deals") return Role::deals;
  if (name == "accounts") return Role::accounts;
  return std::nullopt;
}

bool is_auto_role(std::string_view name) { return name.empty() || name == "auto"; }

RoleGuess detect_role(const mapping::HeaderMapping& m) {
  const bool outcome = m.has(Field::stage) || m.has(Field::status) || m.has(Field::is_won);
  if (outcome && (m.has(Field::amount) || m.has(Field::close_date) || m.has(Field::created_date))) {
    return {Role::deals, 0.9, "has a stage or outcome column beside amounts or dates"};
  }
  if (outcome) return {Role::deals, 0.6, "has a stage or outcome column"};
  const bool firmographic = m.has(Field::industry) || m.has(Field::employees) ||
                            m.has(Field::annual_revenue) || m.has(Field::country);
  if ((m.has(Field::account_name) || m.has(Field::account_id) || m.has(Field::deal_id)) && firmographic) {
    return {Role::accounts, 0.8, "has company names or ids with firmographics and no stage"};
  }
  return {std::nullopt, 0, "no stage, outcome or firmographic column was recognised"};
}

}  // namespace icp::ingest
