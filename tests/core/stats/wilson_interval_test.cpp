#include "stats/wilson_interval.h"

#include <gtest/gtest.h>

namespace icp::stats {

// Reference values from METHODS.md "Intervals".
TEST(WilsonInterval, FourOfTwenty) {
  const Interval ci = wilson_interval(4, 20);
  EXPECT_NEAR(ci.low, 0.0806576625797981, 1e-12);
  EXPECT_NEAR(ci.high, 0.4160174322518935, 1e-12);
}

TEST(WilsonInterval, ZeroOfTen) {
  const Interval ci = wilson_interval(0, 10);
  EXPECT_DOUBLE_EQ(ci.low, 0.0);
  EXPECT_NEAR(ci.high, 0.277533, 1e-6);
}

TEST(WilsonInterval, OneOfTen) {
  const Interval ci = wilson_interval(1, 10);
  EXPECT_NEAR(ci.low, 0.017876, 1e-6);
  EXPECT_NEAR(ci.high, 0.404150, 1e-6);
}

TEST(WilsonInterval, AllSuccessesStaysWithinUnitInterval) {
  const Interval ci = wilson_interval(10, 10);
  EXPECT_LE(ci.high, 1.0);
  EXPECT_NEAR(ci.low, 1 - 0.277533, 1e-6);
}

}  // namespace icp::stats
