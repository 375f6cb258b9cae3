#include "stats/binomial_change_point.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "stats/rounding.h"

namespace icp::stats {
namespace {

double tolerance_of(double x) { return kLikelihoodTolerance * std::max(1.0, std::fabs(x)); }

// The best split given prefix sums, without any allocation (the bootstrap calls it per replicate).
std::optional<StepSplit> best_split_of(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  const size_t periods = n.size();
  if (periods < 2 * kMinStepSide) return std::nullopt;
  uint64_t total_k = 0, total_n = 0;
  for (size_t t = 0; t < periods; ++t) {
    total_k += k[t];
    total_n += n[t];
  }
  const double whole = binomial_segment_cost(total_k, total_n);
  std::optional<StepSplit> best;
  uint64_t left_k = 0, left_n = 0;
  for (size_t tau = 1; tau + kMinStepSide <= periods; ++tau) {
    left_k += k[tau - 1];
    left_n += n[tau - 1];
    if (tau < kMinStepSide) continue;
    if (left_n == 0 || left_n == total_n) continue;
    const double lr = whole - binomial_segment_cost(left_k, left_n) -
                      binomial_segment_cost(total_k - left_k, total_n - left_n);
    if (!best || lr > best->lr + tolerance_of(best->lr)) best = StepSplit{lr, tau};
  }
  return best;
}

}  // namespace

std::string binomial_series_problem(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                    size_t min_periods) {
  if (k.size() != n.size()) return "counts and totals differ in length";
  size_t with_data = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    if (k[t] > n[t]) return "period " + std::to_string(t + 1) + " has more successes than trials";
    if (n[t] > 0) ++with_data;
  }
  if (with_data < min_periods) return "insufficient data (n=" + std::to_string(with_data) + ")";
  return {};
}

double binomial_segment_cost(uint64_t successes, uint64_t trials) {
  if (trials == 0) return 0;
  const double s = static_cast<double>(successes), m = static_cast<double>(trials);
  double loglik = 0;
  if (successes > 0) loglik += s * std::log(s / m);
  if (successes < trials) loglik += (m - s) * std::log((m - s) / m);
  return -2 * loglik;
}

std::optional<StepSplit> best_step_split(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  if (k.size() != n.size()) return std::nullopt;
  return best_split_of(k, n);
}

std::vector<double> step_null_max_lr(const std::vector<uint64_t>& n, double rate, size_t replicates,
                                     uint64_t seed) {
  std::map<uint64_t, BinomialSampler> samplers;  // one table per distinct n_t
  std::vector<const BinomialSampler*> by_period;
  by_period.reserve(n.size());
  for (uint64_t trials : n) by_period.push_back(&samplers.try_emplace(trials, trials, rate).first->second);
  SeededRandom random(seed);
  std::vector<uint64_t> k(n.size());
  std::vector<double> out;
  out.reserve(replicates);
  for (size_t b = 0; b < replicates; ++b) {
    for (size_t t = 0; t < n.size(); ++t) k[t] = by_period[t]->draw(random);
    const std::optional<StepSplit> split = best_split_of(k, n);
    out.push_back(split ? split->lr : 0.0);
  }
  return out;
}

StepChangeResult binomial_step_change(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                      size_t replicates, uint64_t seed) {
  StepChangeResult r;
  r.seed = seed;
  r.reason = binomial_series_problem(k, n);
  if (!r.ok()) return r;
  const std::optional<StepSplit> split = best_split_of(k, n);
  if (!split) {
    r.reason = "no split leaves 2 periods with data on each side";
    return r;
  }
  uint64_t before_k = 0, before_n = 0, total_k = 0, total_n = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    total_k += k[t];
    total_n += n[t];
    if (t < split->change_after) {
      before_k += k[t];
      before_n += n[t];
    }
  }
  r.lr = round_significant(split->lr, 6);
  r.change_after = split->change_after;
  r.rate_before = static_cast<double>(before_k) / static_cast<double>(before_n);
  r.rate_after = static_cast<double>(total_k - before_k) / static_cast<double>(total_n - before_n);
  r.replicates = replicates;
  const double pooled = static_cast<double>(total_k) / static_cast<double>(total_n);
  const std::vector<double> null_lr = step_null_max_lr(n, pooled, replicates, seed);
  const double threshold = split->lr - tolerance_of(split->lr);
  size_t at_least = 0;
  for (double v : null_lr) at_least += v >= threshold ? 1 : 0;
  r.p_value = round_significant(static_cast<double>(1 + at_least) / static_cast<double>(1 + replicates), 6);
  return r;
}

SegmentationResult pelt_segmentation(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                     std::optional<double> penalty, size_t min_segment) {
  SegmentationResult r;
  r.reason = binomial_series_problem(k, n);
  if (!r.ok()) return r;
  const size_t periods = n.size();
  if (min_segment == 0) min_segment = 1;
  const double beta = penalty ? *penalty : 3 * std::log(static_cast<double>(periods));
  std::vector<uint64_t> cum_k(periods + 1, 0), cum_n(periods + 1, 0);
  for (size_t t = 0; t < periods; ++t) {
    cum_k[t + 1] = cum_k[t] + k[t];
    cum_n[t + 1] = cum_n[t] + n[t];
  }
  const auto cost = [&](size_t from, size_t to) {  // periods from+1..to
    return binomial_segment_cost(cum_k[to] - cum_k[from], cum_n[to] - cum_n[from]);
  };
  // best[t]: the least penalised cost of periods 1..t (+β per segment); last[t]: its last change.
  std::vector<double> best(periods + 1, 0);
  std::vector<size_t> last(periods + 1, 0);
  std::vector<bool> reachable(periods + 1, false);
  reachable[0] = true;
  for (size_t t = min_segment; t <= periods; ++t) {
    bool found = false;
    for (size_t s = 0; s + min_segment <= t; ++s) {
      if (!reachable[s]) continue;
      const double candidate = (s == 0 ? 0.0 : best[s] + beta) + cost(s, t);
      if (!found || candidate < best[t] - tolerance_of(best[t])) {
        best[t] = candidate;
        last[t] = s;
        found = true;
      }
    }
    reachable[t] = found;
  }
  std::vector<size_t> bounds;  // segment ends, from the last one back
  for (size_t t = periods; t > 0; t = last[t]) bounds.push_back(t);
  std::reverse(bounds.begin(), bounds.end());
  size_t start = 0;
  for (size_t end : bounds) {
    Segment seg;
    seg.first = start;
    seg.last = end - 1;
    seg.successes = cum_k[end] - cum_k[start];
    seg.trials = cum_n[end] - cum_n[start];
    seg.rate = seg.trials > 0 ? static_cast<double>(seg.successes) / static_cast<double>(seg.trials) : 0.0;
    r.segments.push_back(seg);
    if (end != periods) r.change_after.push_back(end);
    start = end;
  }
  r.penalty = round_significant(beta, 6);
  r.cost = round_significant(best[periods], 6);
  return r;
}

}  // namespace icp::stats
