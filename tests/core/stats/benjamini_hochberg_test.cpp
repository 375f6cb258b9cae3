#include "stats/benjamini_hochberg.h"

#include <gtest/gtest.h>

namespace icp::stats {

// Reference from METHODS.md "Intervals and minimum samples".
TEST(BenjaminiHochberg, MethodsReference) {
  const std::vector<double> q = benjamini_hochberg({0.01, 0.04, 0.03, 0.005, 0.20, 0.50, 0.045, 0.30});
  const std::vector<double> want = {0.04, 0.072, 0.072, 0.04, 0.26667, 0.5, 0.072, 0.34286};
  ASSERT_EQ(q.size(), want.size());
  for (size_t i = 0; i < q.size(); ++i) EXPECT_NEAR(q[i], want[i], 5e-6) << i;
}

TEST(BenjaminiHochberg, EmptyAndSingle) {
  EXPECT_TRUE(benjamini_hochberg({}).empty());
  EXPECT_DOUBLE_EQ(benjamini_hochberg({0.3})[0], 0.3);
}

TEST(BenjaminiHochberg, CappedAtOne) {
  const std::vector<double> q = benjamini_hochberg({0.9, 0.95, 1.0});
  for (double v : q) EXPECT_LE(v, 1.0);
}

}  // namespace icp::stats
