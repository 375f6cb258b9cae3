#include "stats/pettitt.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

// Pettitt (1979) Table 1: Page's simulated series (as given in R's wql::pett and trend::PagesData)
// → K = 232, the change after the 17th value, p ≈ 0.0146 (METHODS.md).
TEST(Pettitt, Pettitt1979TableOne) {
  const std::vector<double> y{-1.05, 0.96,  1.22,  0.58, -0.98, -0.03, -1.54, -0.71, -0.35, 0.66,
                              0.44,  0.91,  -0.02, -1.42, 1.26, -1.02, -0.81, 1.66,  1.05,  0.97,
                              2.14,  1.22,  -0.24, 1.60,  0.72, -0.12, 0.44,  0.03,  0.66,  0.56,
                              1.37,  1.66,  0.10,  0.80,  1.29, 0.49,  -0.07, 1.18,  3.29,  1.84};
  ASSERT_EQ(y.size(), 40u);
  const PettittResult r = pettitt(y);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.k, 232);
  EXPECT_EQ(r.change_after, 17u);
  EXPECT_LT(r.u, 0);  // the later values are the larger ones
  EXPECT_NEAR(r.p_value, 0.0146, 5e-5);
  EXPECT_DOUBLE_EQ(r.p_value, 0.0145556);
}

// A hand-computed case: 4 ones then 4 zeros. U_4 = 4·4 = 16 = K, p = 2 exp(−6·256/576) = 0.139...
TEST(Pettitt, HandComputed) {
  const PettittResult r = pettitt({1, 1, 1, 1, 0, 0, 0, 0});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.k, 16);
  EXPECT_EQ(r.u, 16);
  EXPECT_EQ(r.change_after, 4u);
  EXPECT_NEAR(r.p_value, 2 * std::exp(-6.0 * 256 / 576), 1e-6);
}

TEST(Pettitt, ShortSeriesIsInsufficientData) {
  EXPECT_EQ(pettitt({1, 2, 3, 4, 5, 6, 7}).reason, "insufficient data (n=7)");
  EXPECT_EQ(pettitt({1, 2, 3, 4, 5, 6, 7, std::nan("")}).reason, "insufficient data (n=7)");
}

TEST(Pettitt, FlatSeries) {
  const PettittResult r = pettitt(std::vector<double>(10, 3.0));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.k, 0);
  EXPECT_DOUBLE_EQ(r.p_value, 1.0);
}

}  // namespace icp::stats
