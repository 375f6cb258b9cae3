// Health score by segment (SPEC §2 "Customer success"): the accounts file's health_score of each
// customer (through Customers::account_row), overall and per level of every segment dimension
// (lead_source is the channel, owner the owner of the first won deal): n, mean, median
// with its order-statistic interval (stats/order_statistics.h). Fewer than 6 scores give
// "insufficient data (n=…)" for the mean and the median alike.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/figure.h"
#include "stats/order_statistics.h"

namespace icp::metrics {

struct HealthGroup {
  std::string segment;  // "" overall
  uint64_t n = 0;
  Figure<double> mean;
  Figure<stats::MedianSummary> median;
};

struct HealthScores {
  HealthGroup overall;
  std::vector<std::pair<std::string, std::vector<HealthGroup>>> by_dimension;  // dimension → levels
};

// Null with a reason without an accounts file or without any health score.
Figure<HealthScores> compute_health_scores(const AnalysisInput& input);

}  // namespace icp::metrics
