// Seeded random numbers for the statistics' bootstraps and Monte Carlo p-values (METHODS.md "Mix
// shift": "a Monte Carlo p-value (seeded)"; "ICP-fit share over time and onset": "seeded parametric
// bootstrap p-value").
//
// Why written out here: a report must be byte-identical from the native CLI (g++/glibc) and the page
// (Emscripten/musl). The std:: distributions are implementation-defined (libstdc++ and libc++ give
// different numbers for the same engine), and exp / log / pow / lgamma differ in their last bits
// between C libraries, so every draw below uses only integer arithmetic and + − × ÷ and comparisons
// on doubles, which IEEE 754 rounds the same way everywhere.
//
// - SeededRandom: xoshiro256** (Blackman & Vigna), its state seeded by four steps of splitmix64.
// - uniform(): the top 53 bits of a draw times 2^-53, uniform on [0, 1) with every value exact.
// - below(bound): an integer uniform on [0, bound), without modulo bias (the short last bucket of
//   2^64 is rejected).
// - BinomialSampler: Bin(n, p) by inversion of a precomputed table of its distribution function.
//   The probabilities come from the ratio recurrence f(k+1)/f(k) = (n−k)/(k+1) · p/(1−p), started
//   at 1 at the mode and normalised by their sum (no pow, no exp), and cut where they fall under
//   1e-30 of the mode's, which moves no draw in practice. A draw is one uniform and a binary search,
//   so a bootstrap of 10,000 replicates of 60 periods is cheap whatever n_t is.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace icp::stats {

// The seed every seeded statistic uses unless its caller passes another (documented with each one).
inline constexpr uint64_t kDefaultSeed = 20240601;

// One step of splitmix64: advances state and returns the next output.
constexpr uint64_t splitmix64_step(uint64_t& state) {
  state += 0x9E3779B97F4A7C15ull;
  uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

class SeededRandom {
 public:
  explicit constexpr SeededRandom(uint64_t seed = kDefaultSeed) {
    uint64_t sm = seed;
    for (uint64_t& word : s_) word = splitmix64_step(sm);
  }

  // The next 64 raw bits (xoshiro256**).
  constexpr uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform on [0, 1): the top 53 bits, exactly k · 2^-53.
  constexpr double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Uniform on [0, bound), without modulo bias. bound 0 gives 0.
  constexpr uint64_t below(uint64_t bound) {
    if (bound == 0) return 0;
    const uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
    for (;;) {
      const uint64_t x = next();
      if (x >= threshold) return x % bound;
    }
  }

 private:
  static constexpr uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4] = {};
};

// Draws from Bin(n, p) with a table built once (a bootstrap draws the same n_t and p many times).
class BinomialSampler {
 public:
  BinomialSampler(uint64_t n, double p) : n_(n) {
    if (n == 0 || !(p > 0)) return;  // always 0 (NaN p too)
    if (p >= 1) {
      lo_ = n;
      return;
    }
    const double ratio = p / (1 - p);
    // The mode floor((n+1)p), then the probabilities relative to it in both directions.
    uint64_t mode = static_cast<uint64_t>(static_cast<double>(n + 1) * p);
    if (mode > n) mode = n;
    constexpr double kCut = 1e-30;
    std::vector<double> down;  // f(mode−1), f(mode−2), … relative to f(mode)
    double f = 1;
    for (uint64_t k = mode; k > 0; --k) {
      f = f * static_cast<double>(k) / (static_cast<double>(n - k + 1) * ratio);  // f(k−1)/f(k)
      if (f < kCut) break;
      down.push_back(f);
    }
    std::vector<double> up;  // f(mode+1), f(mode+2), …
    f = 1;
    for (uint64_t k = mode; k < n; ++k) {
      f = f * ratio * static_cast<double>(n - k) / static_cast<double>(k + 1);  // f(k+1)/f(k)
      if (f < kCut) break;
      up.push_back(f);
    }
    lo_ = mode - down.size();
    cdf_.reserve(down.size() + 1 + up.size());
    double total = 0;
    for (size_t i = down.size(); i > 0; --i) cdf_.push_back(total += down[i - 1]);
    cdf_.push_back(total += 1);
    for (double v : up) cdf_.push_back(total += v);
    for (double& c : cdf_) c /= total;
  }

  uint64_t draw(SeededRandom& random) const {
    if (cdf_.empty()) return lo_;
    const double u = random.uniform();
    // The first k whose F(k) exceeds u; u at or above the (rounded) last F gives the last k.
    const auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
    const size_t index = it == cdf_.end() ? cdf_.size() - 1 : static_cast<size_t>(it - cdf_.begin());
    return lo_ + index;
  }

  uint64_t trials() const { return n_; }

 private:
  uint64_t n_ = 0;
  uint64_t lo_ = 0;          // the smallest value in the table (or the constant value)
  std::vector<double> cdf_;  // F(lo_), F(lo_+1), …; empty when the draw is constant
};

}  // namespace icp::stats
