// Is one group's rate different from another's? Two-sided p-value of a 2×2 table: Fisher's exact
// test when an expected count is under 5, else the Pearson chi-square (two-proportion z) test.
#pragma once

#include <cstdint>

namespace icp::stats {

struct TwoProportionResult {
  double p_value = 1;
  bool exact = false;  // Fisher's exact test was used
};

// x1 successes of n1 against x2 of n2. A group with n = 0 gives p = 1.
TwoProportionResult two_proportion_test(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2);

// Fisher's exact two-sided p-value (sum of the probabilities of tables no more likely than the one seen).
double fisher_exact_two_sided(uint64_t a, uint64_t b, uint64_t c, uint64_t d);

}  // namespace icp::stats
