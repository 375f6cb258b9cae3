// Seeded pseudo-random numbers for the built-in sample dataset.
//
// xoshiro256** (Blackman & Vigna) seeded through splitmix64, both written out here, and every draw
// derived from them with integer arithmetic only. The std:: distributions are
// implementation-defined (libstdc++ and libc++ give different numbers for the same engine), so
// they are never used: the same seed must give the same bytes natively and in WebAssembly.
#pragma once

#include <cstddef>
#include <cstdint>

namespace icp::sample {

// One step of splitmix64: advances state and returns the next output.
constexpr uint64_t splitmix64_next(uint64_t& state) {
  state += 0x9E3779B97F4A7C15ull;
  uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A value and its relative weight, for Random::pick.
template <class T>
struct Weighted {
  T value;
  uint32_t weight;
};

// Quantiles (i + 0.5) / 32 of exp(0.45 * Z), in per mille: a lognormal spread without exp() (its
// median is 1000). Draw one with Random::one_of.
inline constexpr int kLognormalSpreadPerMille[] = {
    379, 470,  528,  575,  616,  653,  688,  722,  754,  787,  818,  850,  883,  915,  948,  983,
    1018, 1054, 1093, 1133, 1176, 1222, 1271, 1325, 1385, 1453, 1531, 1624, 1739, 1893, 2126, 2636};

class Random {
 public:
  explicit constexpr Random(uint64_t seed) {
    uint64_t sm = seed;
    for (uint64_t& word : s_) word = splitmix64_next(sm);
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

  // Uniform in [0, bound), without modulo bias (rejection of the short last bucket). bound 0 gives 0.
  constexpr uint64_t below(uint64_t bound) {
    if (bound == 0) return 0;
    const uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
    for (;;) {
      const uint64_t r = next();
      if (r >= threshold) return r % bound;
    }
  }

  // Uniform in [lo, hi], both included; lo <= hi.
  constexpr int64_t between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(below(static_cast<uint64_t>(hi - lo) + 1));
  }

  // True with probability per_mille / 1000.
  constexpr bool chance(uint32_t per_mille) { return below(1000) < per_mille; }

  // One value, drawn with probability weight / (sum of weights).
  template <class T, size_t N>
  constexpr const T& pick(const Weighted<T> (&table)[N]) {
    uint64_t total = 0;
    for (const Weighted<T>& w : table) total += w.weight;
    uint64_t r = below(total);
    for (const Weighted<T>& w : table) {
      if (r < w.weight) return w.value;
      r -= w.weight;
    }
    return table[N - 1].value;
  }

  // One element, uniformly.
  template <class T, size_t N>
  constexpr const T& one_of(const T (&table)[N]) {
    return table[below(N)];
  }

 private:
  static constexpr uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4] = {};
};

// An independent stream for one part of the sample: the seed mixed with a fixed tag, so drawing
// more or fewer numbers in one part never shifts the numbers of another.
constexpr Random substream(uint64_t seed, uint64_t tag) {
  uint64_t sm = seed ^ (tag * 0xD1B54A32D192ED03ull);
  return Random(splitmix64_next(sm));
}

}  // namespace icp::sample
