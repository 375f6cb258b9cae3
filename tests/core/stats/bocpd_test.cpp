#include "stats/bocpd.h"

#include <gtest/gtest.h>

#include <numeric>

namespace icp::stats {
namespace {

const std::vector<uint64_t> kRefN{30, 28, 35, 32, 31, 29, 33, 36, 30, 34, 31, 35};
const std::vector<uint64_t> kRefK{18, 17, 21, 19, 18, 17, 14, 13, 12, 13, 11, 12};

std::vector<uint64_t> first(const std::vector<uint64_t>& v, size_t count) {
  return {v.begin(), v.begin() + static_cast<std::ptrdiff_t>(count)};
}

}  // namespace

// METHODS.md: the reference series → P(run length ≤ 2) ≈ 0.646 at t = 8, i.e. after the 8th period
// (the series cut after its 8th period, the last one given).
TEST(Bocpd, MethodsReferenceAfterTheEighthPeriod) {
  const BocpdResult r = bocpd_recent_change(first(kRefK, 8), first(kRefN, 8));
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.p_recent_change, 0.646, 5e-4);
  ASSERT_EQ(r.run_length.size(), 9u);
  EXPECT_NEAR(std::accumulate(r.run_length.begin(), r.run_length.end(), 0.0), 1.0, 1e-5);
  EXPECT_NEAR(r.run_length[0], 1.0 / 8, 1e-6);  // a change right after t always has the hazard's mass
}

// The full 12 periods: the change after period 6 is no longer recent (0.1829 from the same recursion
// written independently in Python with lgamma).
TEST(Bocpd, FullReferenceSeries) {
  const BocpdResult r = bocpd_recent_change(kRefK, kRefN);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.p_recent_change, 0.1829, 5e-4);
  EXPECT_EQ(r.most_likely_run, 6u);  // the regime began at period 7
}

TEST(Bocpd, LargeCountsDoNotUnderflow) {
  std::vector<uint64_t> n(10, 5000), k;
  for (int t = 0; t < 10; ++t) k.push_back(t < 9 ? 3000 : 1500);
  const BocpdResult r = bocpd_recent_change(k, n);
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r.p_recent_change, 0.99);  // the last period is a new regime beyond doubt
  const BocpdResult steady = bocpd_recent_change(std::vector<uint64_t>(10, 3000), n);
  EXPECT_LT(steady.p_recent_change, 0.3);
}

TEST(Bocpd, EmptyPeriodsAdvanceTime) {
  std::vector<uint64_t> n = kRefN, k = kRefK;
  n.insert(n.begin() + 3, 0);
  k.insert(k.begin() + 3, 0);
  const BocpdResult r = bocpd_recent_change(k, n);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.run_length.size(), 14u);
}

TEST(Bocpd, ShortSeriesIsInsufficientData) {
  EXPECT_EQ(bocpd_recent_change(first(kRefK, 7), first(kRefN, 7)).reason, "insufficient data (n=7)");
  EXPECT_FALSE(bocpd_recent_change(kRefK, kRefN, 0).ok());
}

}  // namespace icp::stats
