#include "stats/order_statistics.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace icp::stats {

std::optional<double> quantile(std::vector<double>& values, double p) {
  if (values.empty()) return std::nullopt;
  const double h = (static_cast<double>(values.size()) - 1) * p;
  const size_t lo = static_cast<size_t>(std::floor(h));
  const size_t hi = std::min(lo + 1, values.size() - 1);
  // The two order statistics by selection, as a sort would place them (the rest is left unordered).
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
  std::nth_element(values.begin(), at, values.end());
  const double low = *at;
  const double high = hi == lo ? low : *std::min_element(at + 1, values.end());
  return low + (h - static_cast<double>(lo)) * (high - low);
}

size_t median_interval_rank(size_t n, double* coverage) {
  // P(Bin(n, 1/2) <= j) accumulated term by term up to the 2.5% tail.
  if (n <= 5) return 0;
  const double nd = static_cast<double>(n);
  const double log_half_n = nd * std::log(0.5);
  const auto log_pmf_of = [&](size_t k) {  // log P(X = k-1)
    const double j = static_cast<double>(k - 1);
    return std::lgamma(nd + 1) - std::lgamma(j + 1) - std::lgamma(nd - j + 1) + log_half_n;
  };
  // Terms under e^-80 (1.8e-35) are far below a unit in the last place of the 2.5% the sum is
  // compared with: start at the first k whose term is not (log P(X = k-1) rises up to n/2), found
  // by bisection. Each later term is the one before times (n - j) / (j + 1), no logarithm: a
  // million values take some 6,000 multiplications, not 20,000 lgamma triples.
  constexpr double kNegligibleBelow = -80;
  size_t first = 1, last = n / 2;
  while (first < last) {
    const size_t mid = first + (last - first) / 2;
    if (log_pmf_of(mid) < kNegligibleBelow) first = mid + 1;
    else last = mid;
  }
  double cdf = 0;  // P(X <= k-1)
  double pmf = std::exp(log_pmf_of(first));
  size_t best = first - 1;
  double best_coverage = first > 1 ? 1 : 0;
  for (size_t k = first; k <= n / 2; ++k) {
    cdf += pmf;
    const double cov = 1 - 2 * cdf;
    if (cov < 0.95) break;
    best = k;
    best_coverage = cov;
    const double j = static_cast<double>(k - 1);  // P(X = j + 1) = P(X = j) (n - j) / (j + 1)
    pmf *= (nd - j) / (j + 1);
  }
  if (coverage) *coverage = best_coverage;
  return best;
}

namespace {

// Puts the values of the given 0-based ranks (sorted, distinct) in their sorted places, as a full
// sort would, by nested selections: about n·log₂(ranks) comparisons instead of n·log₂(n).
void select_ranks(std::vector<double>::iterator begin, std::vector<double>::iterator end, size_t offset,
                  const size_t* ranks, size_t count) {
  if (count == 0 || begin == end) return;
  const size_t mid = count / 2;
  const auto at = begin + static_cast<std::ptrdiff_t>(ranks[mid] - offset);
  std::nth_element(begin, at, end);
  select_ranks(begin, at, offset, ranks, mid);
  select_ranks(at + 1, end, ranks[mid] + 1, ranks + mid + 1, count - mid - 1);
}

// The values at the given 0-based ranks (sorted, distinct) as a sorted copy would hold them, when
// every value is a whole number in a range no wider than twice their count (days of a sales cycle,
// amounts in whole units, scores): one pass to count each whole number, one walk up the counts, no
// value moved. Empty when the values are not such.
std::vector<double> ranks_by_counting(const std::vector<double>& values, const std::vector<size_t>& ranks) {
  constexpr double kMaxWidth = 1 << 24;  // 64 MB of counts at most
  const double max_width = std::min(kMaxWidth, 2 * static_cast<double>(values.size()));
  double low = values.front(), high = values.front();
  for (double v : values) {
    if (!(v == std::floor(v))) return {};  // a fraction, NaN or an infinity
    low = std::min(low, v);
    high = std::max(high, v);
    if (high - low + 1 > max_width) return {};  // too wide already (amounts): no need to look further
  }
  const double width = high - low + 1;
  std::vector<uint32_t> counts(static_cast<size_t>(width), 0);
  for (double v : values) ++counts[static_cast<size_t>(v - low)];
  std::vector<double> out;
  out.reserve(ranks.size());
  size_t below = 0;  // values under the current whole number
  size_t at = 0;
  for (size_t r : ranks) {
    while (below + counts[at] <= r) below += counts[at++];
    out.push_back(low + static_cast<double>(at));
  }
  return out;
}

// The values at the given 0-based ranks (sorted, distinct) as a sorted copy would hold them, for
// many values that are all ≥ +0 and not NaN (amounts): such doubles order as their bit patterns do,
// so one pass finds the patterns' range, a second counts them in 2,048 buckets of that range, and a
// third gathers only the values of the buckets the ranks fall in, which are then selected among
// themselves. Three reading passes instead of nested selections that move every value (a selection
// of doubles is slow in the wasm build). Empty when the values are too few or not such.
std::vector<double> ranks_by_buckets(const std::vector<double>& values, const std::vector<size_t>& ranks) {
  constexpr size_t kMinValues = 512;
  constexpr unsigned kBucketBits = 11;
  constexpr uint64_t kInfinityBits = 0x7FF0000000000000ull;  // above: NaN; the sign bit: below zero
  if (values.size() < kMinValues || ranks.empty()) return {};
  const auto bits_of = [](double v) {  // (std::bit_cast: not in the wasm build's libc++)
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
  };
  uint64_t low = UINT64_MAX, high = 0;
  for (double v : values) {
    const uint64_t b = bits_of(v);
    low = std::min(low, b);
    high = std::max(high, b);
  }
  if (high > kInfinityBits) return {};  // NaN, or a negative value (-0 among them)
  const uint64_t span = high - low;
  const auto width = static_cast<unsigned>(std::bit_width(span));
  const unsigned shift = width > kBucketBits ? width - kBucketBits : 0;
  const size_t buckets = static_cast<size_t>(span >> shift) + 1;
  std::vector<uint32_t> counts(buckets, 0);
  for (double v : values) ++counts[(bits_of(v) - low) >> shift];

  // Each rank's bucket and its rank among the bucket's values; the buckets wanted, in order.
  std::vector<size_t> bucket_of_rank(ranks.size()), rank_in_bucket(ranks.size());
  std::vector<uint32_t> slot_of_bucket(buckets, UINT32_MAX);
  std::vector<size_t> wanted;  // bucket of each slot
  size_t below = 0, b = 0;
  for (size_t i = 0; i < ranks.size(); ++i) {
    while (below + counts[b] <= ranks[i]) below += counts[b++];
    bucket_of_rank[i] = b;
    rank_in_bucket[i] = ranks[i] - below;
    if (slot_of_bucket[b] == UINT32_MAX) {
      slot_of_bucket[b] = static_cast<uint32_t>(wanted.size());
      wanted.push_back(b);
    }
  }
  std::vector<std::vector<double>> gathered(wanted.size());
  for (size_t w = 0; w < wanted.size(); ++w) gathered[w].reserve(counts[wanted[w]]);
  for (double v : values) {
    const uint32_t slot = slot_of_bucket[(bits_of(v) - low) >> shift];
    if (slot != UINT32_MAX) gathered[slot].push_back(v);
  }
  // Within each bucket, its ranks by nested selections (ranks sorted: a bucket's are consecutive).
  std::vector<double> out(ranks.size());
  for (size_t i = 0; i < ranks.size();) {
    const size_t bucket = bucket_of_rank[i];
    size_t j = i;
    std::vector<size_t> local;
    while (j < ranks.size() && bucket_of_rank[j] == bucket) local.push_back(rank_in_bucket[j++]);
    std::vector<double>& in_bucket = gathered[slot_of_bucket[bucket]];
    select_ranks(in_bucket.begin(), in_bucket.end(), 0, local.data(), local.size());
    for (size_t r = i; r < j; ++r) out[r] = in_bucket[rank_in_bucket[r]];
    i = j;
  }
  return out;
}

}  // namespace

namespace {

// The order statistics a MedianSummary reads: the quartiles' and the median's two neighbours each,
// and the interval's ends (0-based ranks, sorted, distinct).
struct SummaryRanks {
  size_t n = 0;
  double coverage = 0;
  size_t k = 0;  // median_interval_rank(n), which sets coverage
  std::vector<size_t> ranks;

  explicit SummaryRanks(size_t count) : n(count) {
    k = median_interval_rank(n, &coverage);
    for (double p : {0.25, 0.5, 0.75}) {
      const auto lo = static_cast<size_t>(std::floor((static_cast<double>(n) - 1) * p));
      ranks.push_back(lo);
      ranks.push_back(std::min(lo + 1, n - 1));
    }
    if (k > 0) {
      ranks.push_back(k - 1);
      ranks.push_back(n - k);
    }
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
  }

  // The summary from the values at `ranks` (ranked[i] at ranks[i]), as a sorted copy gives it.
  MedianSummary summary(const std::vector<double>& ranked) const {
    const auto value_at = [&](size_t rank) {
      return ranked[static_cast<size_t>(std::lower_bound(ranks.begin(), ranks.end(), rank) - ranks.begin())];
    };
    // Type 7 quantile from the two order statistics around (n − 1) p.
    const auto quantile_of = [&](double p) {
      const double h = (static_cast<double>(n) - 1) * p;
      const size_t lo = static_cast<size_t>(std::floor(h));
      const size_t hi = std::min(lo + 1, n - 1);
      return value_at(lo) + (h - static_cast<double>(lo)) * (value_at(hi) - value_at(lo));
    };
    MedianSummary s;
    s.n = n;
    s.median = quantile_of(0.5);
    s.q1 = quantile_of(0.25);
    s.q3 = quantile_of(0.75);
    if (k > 0) {
      s.ci = Interval{value_at(k - 1), value_at(n - k)};
      s.ci_coverage = coverage;
    }
    return s;
  }
};

}  // namespace

std::optional<MedianSummary> summarize_median(std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  // Only the order statistics the figures read are found. The figures are those of a sorted copy,
  // bit for bit.
  const SummaryRanks r(values.size());
  std::vector<double> ranked = ranks_by_counting(values, r.ranks);
  if (ranked.empty()) ranked = ranks_by_buckets(values, r.ranks);
  if (ranked.empty()) {
    select_ranks(values.begin(), values.end(), 0, r.ranks.data(), r.ranks.size());
    for (size_t rank : r.ranks) ranked.push_back(values[rank]);
  }
  return r.summary(ranked);
}

std::optional<MedianSummary> summarize_median(std::vector<int32_t>& values) {
  if (values.empty()) return std::nullopt;
  const SummaryRanks r(values.size());
  const auto [low_at, high_at] = std::minmax_element(values.begin(), values.end());
  const int64_t low = *low_at, width = static_cast<int64_t>(*high_at) - low + 1;
  std::vector<double> ranked;
  ranked.reserve(r.ranks.size());
  // Counted when the range is narrow for the count (days of a sales cycle: a few thousand at most);
  // otherwise selected as doubles (every int32 is one exactly), the same figures either way.
  constexpr int64_t kMinCountedWidth = 4096;
  if (width <= std::max<int64_t>(kMinCountedWidth, 4 * static_cast<int64_t>(values.size()))) {
    std::vector<uint32_t> counts(static_cast<size_t>(width), 0);
    for (int32_t v : values) ++counts[static_cast<size_t>(v - low)];
    size_t below = 0;  // values under the current whole number
    size_t at = 0;
    for (size_t rank : r.ranks) {
      while (below + counts[at] <= rank) below += counts[at++];
      ranked.push_back(static_cast<double>(low + static_cast<int64_t>(at)));
    }
    return r.summary(ranked);
  }
  std::vector<double> as_doubles(values.begin(), values.end());
  select_ranks(as_doubles.begin(), as_doubles.end(), 0, r.ranks.data(), r.ranks.size());
  for (size_t rank : r.ranks) ranked.push_back(as_doubles[rank]);
  return r.summary(ranked);
}

std::optional<MedianSummary> summarize_median_of_counts(std::span<const uint32_t> counts) {
  uint64_t n = 0;
  for (uint32_t c : counts) n += c;
  if (n == 0) return std::nullopt;
  const SummaryRanks r(static_cast<size_t>(n));
  std::vector<double> ranked;
  ranked.reserve(r.ranks.size());
  uint64_t below = 0;  // values under the current whole number
  size_t at = 0;
  for (size_t rank : r.ranks) {
    while (below + counts[at] <= rank) below += counts[at++];
    ranked.push_back(static_cast<double>(at));
  }
  return r.summary(ranked);
}

}  // namespace icp::stats
