#include "metrics/health_scores.h"

#include <cmath>

namespace icp::metrics {
namespace {

HealthGroup summarize(std::string segment, std::vector<double> values) {
  HealthGroup g;
  g.segment = std::move(segment);
  g.n = values.size();
  if (values.size() < stats::kMinMedianSample) {
    const std::string why = values.empty() ? std::string("no health scores") : insufficient(values.size());
    g.mean.reason = why;
    g.median.reason = why;
    return g;
  }
  double sum = 0;
  for (double v : values) sum += v;  // in customer-key order: the same bits everywhere
  g.mean.value = sum / static_cast<double>(values.size());
  g.median.value = stats::summarize_median(values);
  return g;
}

}  // namespace

Figure<HealthScores> compute_health_scores(const AnalysisInput& in) {
  const table::AccountTable& accounts = in.tables.accounts;
  if (accounts.size() == 0) return Figure<HealthScores>::none("no accounts file with health scores was given");
  const Customers& c = in.customers;
  const size_t n = c.count();
  std::vector<double> score(n, std::nan(""));
  bool any = false;
  for (size_t k = 0; k < n; ++k) {
    const int32_t row = c.account_row[k];
    if (row < 0 || static_cast<size_t>(row) >= accounts.health_score.size()) continue;
    score[k] = accounts.health_score[row];
    any = any || !std::isnan(score[k]);
  }
  if (!any) return Figure<HealthScores>::none("no health scores in the accounts file");

  HealthScores out;
  std::vector<double> all;
  for (double s : score) {
    if (!std::isnan(s)) all.push_back(s);
  }
  out.overall = summarize("", std::move(all));
  for (const Dimension& d : in.segments.dimensions) {
    std::vector<std::vector<double>> levels(d.levels.size());
    for (size_t k = 0; k < n; ++k) {
      if (std::isnan(score[k]) || k >= d.of_customer.size() || d.of_customer[k] >= levels.size()) continue;
      levels[d.of_customer[k]].push_back(score[k]);
    }
    std::vector<HealthGroup> rows;
    for (size_t l = 0; l < levels.size(); ++l) {
      if (!levels[l].empty()) rows.push_back(summarize(d.levels[l], std::move(levels[l])));
    }
    out.by_dimension.emplace_back(d.name, std::move(rows));
  }
  return Figure<HealthScores>::of(std::move(out));
}

}  // namespace icp::metrics
