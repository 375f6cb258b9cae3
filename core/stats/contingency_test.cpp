#include "stats/contingency_test.h"

#include <algorithm>

#include <boost/math/distributions/chi_squared.hpp>

#include "stats/rounding.h"

namespace icp::stats {
namespace {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

// Pearson X² of the 2×K table with first row `row` and column totals `columns`.
double pearson(const std::vector<uint64_t>& row, const std::vector<uint64_t>& columns,
               const std::vector<double>& expected_first, const std::vector<double>& expected_second) {
  double x2 = 0;
  for (size_t j = 0; j < columns.size(); ++j) {
    const double a = static_cast<double>(row[j]), b = static_cast<double>(columns[j] - row[j]);
    const double da = a - expected_first[j], db = b - expected_second[j];
    x2 += da * da / expected_first[j] + db * db / expected_second[j];
  }
  return x2;
}

}  // namespace

ContingencyResult homogeneity_test(const std::vector<uint64_t>& baseline, const std::vector<uint64_t>& recent,
                                   size_t replicates, uint64_t seed) {
  ContingencyResult r;
  r.seed = seed;
  if (baseline.size() != recent.size()) {
    r.reason = "the two windows have different levels";
    return r;
  }
  std::vector<uint64_t> first, columns;
  uint64_t m = 0, total = 0;
  for (size_t i = 0; i < baseline.size(); ++i) {
    if (baseline[i] + recent[i] == 0) continue;
    first.push_back(baseline[i]);
    columns.push_back(baseline[i] + recent[i]);
    m += baseline[i];
    total += baseline[i] + recent[i];
  }
  r.levels = columns.size();
  if (m == 0 || m == total) {
    r.reason = m == 0 ? "the baseline window is empty" : "the recent window is empty";
    return r;
  }
  if (r.levels < 2) {
    r.reason = "only one level is present";
    return r;
  }
  r.df = r.levels - 1;
  const double n_total = static_cast<double>(total);
  std::vector<double> e1(r.levels), e2(r.levels);
  size_t under_5 = 0;
  double min_expected = 0;
  for (size_t j = 0; j < r.levels; ++j) {
    const double c = static_cast<double>(columns[j]);
    e1[j] = c * static_cast<double>(m) / n_total;
    e2[j] = c * static_cast<double>(total - m) / n_total;
    under_5 += (e1[j] < 5) + (e2[j] < 5);
    const double lower = std::min(e1[j], e2[j]);
    if (j == 0 || lower < min_expected) min_expected = lower;
  }
  r.min_expected = round_significant(min_expected, 6);
  r.share_expected_under_5 = static_cast<double>(under_5) / static_cast<double>(2 * r.levels);
  const double x2 = pearson(first, columns, e1, e2);
  r.statistic = round_significant(x2, 6);
  // Cochran's rule: over 20% of cells under 5 (5·under_5 > cells), or any under 1.
  const bool sparse = 5 * under_5 > 2 * r.levels || min_expected < 1;
  if (!sparse) {
    const boost::math::chi_squared_distribution<double, NoThrowPolicy> chi(static_cast<double>(r.df));
    r.p_value = round_significant(boost::math::cdf(boost::math::complement(chi, x2)), 6);
    return r;
  }
  r.monte_carlo = true;
  r.replicates = replicates;
  // The N observations by level; the drawn row is the smaller window, drawn without replacement.
  std::vector<uint32_t> labels;
  labels.reserve(total);
  for (size_t j = 0; j < r.levels; ++j) labels.insert(labels.end(), columns[j], static_cast<uint32_t>(j));
  const bool draw_baseline = m <= total - m;
  const uint64_t draws = draw_baseline ? m : total - m;
  SeededRandom random(seed);
  std::vector<uint64_t> row(r.levels);
  const double threshold = x2 - 1e-9 * std::max(1.0, x2);
  size_t at_least = 0;
  for (size_t b = 0; b < replicates; ++b) {
    std::fill(row.begin(), row.end(), 0);
    for (uint64_t i = 0; i < draws; ++i) {
      const uint64_t pick = i + random.below(total - i);
      std::swap(labels[i], labels[pick]);
      ++row[labels[i]];
    }
    if (!draw_baseline)
      for (size_t j = 0; j < r.levels; ++j) row[j] = columns[j] - row[j];
    at_least += pearson(row, columns, e1, e2) >= threshold ? 1 : 0;
  }
  r.p_value = round_significant(static_cast<double>(1 + at_least) / static_cast<double>(1 + replicates), 6);
  return r;
}

}  // namespace icp::stats
