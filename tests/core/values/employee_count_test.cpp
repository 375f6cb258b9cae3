#include "values/employee_count.h"

#include <gtest/gtest.h>

namespace icp::values {

TEST(ReadEmployeeCount, NumbersAndRanges) {
  EXPECT_EQ(read_employee_count("120").kind, EmployeeKind::number);
  EXPECT_DOUBLE_EQ(read_employee_count("1,200").value, 1200);
  const EmployeeReading r = read_employee_count("51-200");
  EXPECT_EQ(r.kind, EmployeeKind::range);
  EXPECT_DOUBLE_EQ(r.low, 51);
  EXPECT_DOUBLE_EQ(r.high, 200);
  EXPECT_DOUBLE_EQ(r.value, 125.5);
  const EmployeeReading wide = read_employee_count("1,001-5,000");
  EXPECT_DOUBLE_EQ(wide.low, 1001);
  EXPECT_DOUBLE_EQ(wide.high, 5000);
  const EmployeeReading open = read_employee_count("10K+");
  EXPECT_EQ(open.kind, EmployeeKind::range);
  EXPECT_DOUBLE_EQ(open.value, 10000);
  EXPECT_DOUBLE_EQ(open.high, 0);
  EXPECT_DOUBLE_EQ(read_employee_count("1k-5k").high, 5000);
  EXPECT_DOUBLE_EQ(read_employee_count("51 \xE2\x80\x93 200").low, 51);  // en dash
  EXPECT_DOUBLE_EQ(read_employee_count("11 to 50").high, 50);
}

TEST(ReadEmployeeCount, MissingAndInvalid) {
  EXPECT_EQ(read_employee_count("").kind, EmployeeKind::missing);
  EXPECT_EQ(read_employee_count("-").kind, EmployeeKind::missing);
  EXPECT_EQ(read_employee_count("many").kind, EmployeeKind::invalid);
  EXPECT_EQ(read_employee_count("200-51").kind, EmployeeKind::invalid);
  EXPECT_EQ(read_employee_count("51-200 people").kind, EmployeeKind::invalid);
}

}  // namespace icp::values
