#include "stats/bocpd.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "stats/seeded_random.h"

namespace icp::stats {
namespace {

const std::vector<uint64_t> kRefN{30, 28, 35, 32, 31, 29, 33, 36, 30, 34, 31, 35};
const std::vector<uint64_t> kRefK{18, 17, 21, 19, 18, 17, 14, 13, 12, 13, 11, 12};

// The same recursion written in log space with lgamma: an independent reference for the product
// of per-trial factors the engine takes.
std::vector<double> log_space_run_lengths(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                          double hazard, double a0, double b0) {
  std::vector<double> log_prob{0.0}, a{a0}, b{b0};
  for (size_t t = 0; t < n.size(); ++t) {
    const double kt = static_cast<double>(k[t]), ft = static_cast<double>(n[t] - k[t]);
    std::vector<double> w(log_prob.size());
    double top = -INFINITY;
    for (size_t i = 0; i < log_prob.size(); ++i) {
      w[i] = log_prob[i] + std::lgamma(a[i] + kt) - std::lgamma(a[i]) + std::lgamma(b[i] + ft) - std::lgamma(b[i]) -
             (std::lgamma(a[i] + b[i] + kt + ft) - std::lgamma(a[i] + b[i]));
      top = std::max(top, w[i]);
    }
    std::vector<double> next(w.size() + 1, 0.0);
    double change = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      const double v = std::exp(w[i] - top);
      next[i + 1] = v * (1 - hazard);
      change += v * hazard;
    }
    next[0] = change;
    const double total = std::accumulate(next.begin(), next.end(), 0.0);
    log_prob.clear();
    for (double v : next) log_prob.push_back(std::log(v / total));
    for (size_t i = 0; i < a.size(); ++i) {
      a[i] += kt;
      b[i] += ft;
    }
    a.insert(a.begin(), a0);
    b.insert(b.begin(), b0);
  }
  std::vector<double> out;
  for (double v : log_prob) out.push_back(std::exp(v));
  return out;
}

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

// Seeded series, counts up to a few thousand a period, and priors from the default to ones so
// small that a single trial's factor is far below 2^-100 (the engine rescales its product then).
TEST(Bocpd, MatchesALogSpaceReference) {
  SeededRandom random(20261203);
  const std::vector<std::pair<double, double>> priors{{1, 1}, {0.5, 2}, {1e-200, 1e-200}, {1e-300, 3}};
  for (int series = 0; series < 12; ++series) {
    std::vector<uint64_t> k, n;
    const size_t periods = 8 + random.next() % 20;
    for (size_t t = 0; t < periods; ++t) {
      n.push_back(random.next() % (series < 6 ? 60 : 4000));
      k.push_back(n.back() == 0 ? 0 : random.next() % (n.back() + 1));
    }
    for (const auto& [a, b] : priors) {
      const BocpdResult r = bocpd_recent_change(k, n, kBocpdHazard, kBocpdRecentRun, a, b);
      ASSERT_TRUE(r.ok()) << r.reason;
      const std::vector<double> want = log_space_run_lengths(k, n, kBocpdHazard, a, b);
      ASSERT_EQ(r.run_length.size(), want.size());
      for (size_t i = 0; i < want.size(); ++i) {
        EXPECT_NEAR(r.run_length[i], want[i], 1e-5 * want[i] + 1e-12)
            << "series " << series << ", prior (" << a << ", " << b << "), run " << i;
      }
    }
  }
}

}  // namespace icp::stats
