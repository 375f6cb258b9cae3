// Regression (found by tests/fuzz/value_parsers_fuzz): a cell of 309 or more digits read as an
// employee count of infinity (and a range "1-<400 digits>" as one from 1 to infinity), which then
// reached the deals table and every mean and band computed from it. Such a cell is not a count.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "values/employee_count.h"

namespace icp::values {
namespace {

TEST(EmployeeCountOverflow, HundredsOfDigitsAreNotACount) {
  EXPECT_EQ(read_employee_count(std::string(400, '9')).kind, EmployeeKind::invalid);
  EXPECT_EQ(read_employee_count("1-" + std::string(400, '9')).kind, EmployeeKind::invalid);
  EXPECT_EQ(read_employee_count(std::string(306, '9') + "k").kind, EmployeeKind::invalid);
  EXPECT_EQ(read_employee_count(std::string(400, '9') + "+").kind, EmployeeKind::invalid);
}

TEST(EmployeeCountOverflow, LongButFiniteCountsStillRead) {
  const EmployeeReading r = read_employee_count(std::string(300, '9'));
  EXPECT_EQ(r.kind, EmployeeKind::number);
  EXPECT_TRUE(std::isfinite(r.value));
}

}  // namespace
}  // namespace icp::values
