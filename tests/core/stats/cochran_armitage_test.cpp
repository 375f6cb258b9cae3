#include "stats/cochran_armitage.h"

#include <gtest/gtest.h>

namespace icp::stats {

// METHODS.md reference: k = (83, 90, 129, 70) of n = (86, 93, 136, 82) → χ² = 8.2249, p = 0.004132.
TEST(CochranArmitage, MethodsReference) {
  const CochranArmitageResult r = cochran_armitage({83, 90, 129, 70}, {86, 93, 136, 82});
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.chi_square, 8.2249, 5e-5);
  EXPECT_NEAR(r.p_value, 0.004132, 5e-7);
  EXPECT_LT(r.z, 0);  // the share falls
  EXPECT_EQ(r.periods, 4u);
}

// METHODS.md reference series → χ² = 15.961, p = 6.465e-5.
TEST(CochranArmitage, ReferenceSeries) {
  const CochranArmitageResult r = cochran_armitage({18, 17, 21, 19, 18, 17, 14, 13, 12, 13, 11, 12},
                                                   {30, 28, 35, 32, 31, 29, 33, 36, 30, 34, 31, 35});
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.chi_square, 15.961, 5e-4);
  EXPECT_NEAR(r.p_value, 6.465e-5, 5e-8);
  EXPECT_DOUBLE_EQ(r.chi_square, 15.9613);  // rounded to 6 significant digits
}

TEST(CochranArmitage, RisingShareHasPositiveZ) {
  const CochranArmitageResult r = cochran_armitage({10, 20, 30, 40}, {100, 100, 100, 100});
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r.z, 0);
}

TEST(CochranArmitage, EmptyPeriodsChangeNothing) {
  const CochranArmitageResult a = cochran_armitage({83, 90, 129, 70}, {86, 93, 136, 82});
  const CochranArmitageResult b = cochran_armitage({83, 90, 129, 70, 0}, {86, 93, 136, 82, 0});
  EXPECT_DOUBLE_EQ(a.chi_square, b.chi_square);
  EXPECT_DOUBLE_EQ(a.p_value, b.p_value);
}

TEST(CochranArmitage, DegenerateInputSaysWhy) {
  EXPECT_FALSE(cochran_armitage({1}, {2}).ok());
  EXPECT_EQ(cochran_armitage({0, 0, 0}, {5, 6, 7}).reason, "the share is 0 in every period");
  EXPECT_EQ(cochran_armitage({5, 6}, {5, 6}).reason, "the share is 1 in every period");
  EXPECT_FALSE(cochran_armitage({3, 2}, {2, 2}).ok());
  EXPECT_FALSE(cochran_armitage({1, 2}, {2, 2, 2}).ok());
  EXPECT_EQ(cochran_armitage({0, 1, 0}, {0, 3, 0}).reason, "insufficient data (n=1)");
}

}  // namespace icp::stats
