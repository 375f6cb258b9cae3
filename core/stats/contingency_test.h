// 2×K homogeneity test of a categorical mix, baseline window against recent window (METHODS.md
// "Mix shift", "Categorical"): did the distribution over K levels (industries, regions, …) change?
//
// Both windows are samples, so this is a test of homogeneity on the 2×K contingency table, not a
// goodness-of-fit that would treat the baseline as exact. The statistic is Pearson's
//   X² = Σ (O − E)² / E,  E = row total × column total / N,  df = K − 1
// (levels with no count in either window are dropped first). Why Pearson rather than G: its χ²
// approximation holds up better than G's when expected counts are small (Larntz 1978; Agresti,
// Categorical Data Analysis), which is the CRM case, and it uses only + − × ÷, so the statistic
// is the same bits natively and in wasm and the Monte Carlo comparisons X²* ≥ X² cannot differ
// between the two.
//
// p-value: the χ²_{K−1} upper tail (Boost.Math), unless expected counts are < 5 in over 20% of the
// cells or any is < 1 (Cochran's rule, METHODS.md); then a seeded Monte Carlo p-value: B tables
// with the observed margins, each the baseline row drawn as a random subset (a partial Fisher–Yates
// shuffle) of the N labelled observations, p = (1 + #{X²* ≥ X²}) / (1 + B), with X²* ≥ X² allowing a
// relative 1e-9 so that tables with the same X² in exact arithmetic count (R's
// chisq.test(simulate.p.value = TRUE) allows a tolerance too); default B = 9999 and seed
// kDefaultSeed. Its cost is O(B · min(baseline, recent)).
// X² and p are rounded to 6 significant digits (rounding.h). The caller folds levels under 1% into
// "Other" and applies METHODS.md's "< 30 rows in a window" rule before calling.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stats/seeded_random.h"

namespace icp::stats {

inline constexpr size_t kDefaultContingencyReplicates = 9999;

struct ContingencyResult {
  double statistic = 0;        // Pearson X²
  size_t df = 0;               // levels used − 1
  double p_value = 1;
  bool monte_carlo = false;    // the p-value is the Monte Carlo one (sparse table)
  size_t replicates = 0;       // Monte Carlo tables drawn (0 when the χ² tail was used)
  uint64_t seed = 0;
  size_t levels = 0;           // levels with a count in either window
  double min_expected = 0;     // the smallest expected count
  double share_expected_under_5 = 0;  // share of the 2·levels cells with E < 5
  std::string reason;          // non-empty: not tested, and why
  bool ok() const { return reason.empty(); }
};

// baseline[i] and recent[i]: the counts of level i in each window (same length).
ContingencyResult homogeneity_test(const std::vector<uint64_t>& baseline, const std::vector<uint64_t>& recent,
                                   size_t replicates = kDefaultContingencyReplicates,
                                   uint64_t seed = kDefaultSeed);

}  // namespace icp::stats
