// Accounts, column by column: ids, names and firmographics for joins and segments.
#pragma once

#include <vector>

#include "table/string_dictionary.h"

namespace icp::table {

struct AccountTable {
  CategoricalColumn id;
  CategoricalColumn name;
  CategoricalColumn industry;
  CategoricalColumn country;
  CategoricalColumn region;
  std::vector<double> employees;       // NaN when missing (a range reads as its midpoint)
  std::vector<double> annual_revenue;  // NaN when missing
  std::vector<int32_t> created;        // kNoDate when missing
  std::vector<int32_t> go_live;        // kNoDate when missing
  std::vector<double> health_score;    // NaN when missing
  std::vector<CustomColumn> custom;    // categorical columns no canonical field names
  size_t size() const { return id.codes.size(); }
};

}  // namespace icp::table
