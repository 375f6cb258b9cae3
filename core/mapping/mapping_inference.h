// The role of a file and the column of each canonical field, inferred from the header names and from
// the values of the first rows (a column of dates, of money, of stage names), each guess with a
// confidence and a reason. Header names are tried for every role; the role whose fields are best
// covered wins.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mapping/header_mapping.h"
#include "mapping/role.h"
#include "profile/column_profile.h"

namespace icp::mapping {

struct RoleScore {
  Role role;
  double score = 0;
  std::string reason;
};

struct FileMapping {
  Role role = Role::deals;
  double role_confidence = 0;
  std::string role_reason;
  HeaderMapping columns;
  std::vector<RoleScore> scores;  // every role, best first
};

// The role is detected unless forced. Nothing when no role fits (why_not says why).
std::optional<FileMapping> infer_mapping(const std::vector<std::string>& headers,
                                         const std::vector<profile::ColumnProfile>& profiles,
                                         std::optional<Role> forced, std::string* why_not);

}  // namespace icp::mapping
