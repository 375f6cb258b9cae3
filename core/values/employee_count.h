// Reading an employee count: "120", "1,200", "51-200", "1,001-5,000", "10K+", "5000+", "1k-5k".
// A range reads as its midpoint (an open range as its lower bound) and keeps its bounds.
#pragma once

#include <string_view>

namespace icp::values {

enum class EmployeeKind : unsigned char { missing, invalid, number, range };

struct EmployeeReading {
  EmployeeKind kind = EmployeeKind::missing;
  double value = 0;  // the count, or the range's midpoint / lower bound
  double low = 0;
  double high = 0;   // 0 for an open range ("10K+")
};

EmployeeReading read_employee_count(std::string_view text);

}  // namespace icp::values
