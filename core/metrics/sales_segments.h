// Sales figures by segment (SPEC §2): for every dimension, each level's figures; each level's win
// rate tested against all other closed deals, with Benjamini–Hochberg across every segment of every
// dimension (METHODS.md); and two-dimension combinations where counts allow.
#pragma once

#include <string>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/sales_figures.h"

namespace icp::metrics {

struct SegmentSales {
  std::string segment;
  SalesFigures figures;
  // Win rate against every other closed deal: two-sided p, BH-adjusted q; absent when the segment
  // or the rest has no closed deal.
  std::optional<double> p_value;
  std::optional<double> q_value;
};

struct DimensionSales {
  std::string dimension;
  std::vector<SegmentSales> segments;  // in the dimension's level order
};

struct CombinationSales {
  std::string first, second;  // dimension names
  struct Cell {
    std::string first_level, second_level;
    SalesFigures figures;
  };
  std::vector<Cell> cells;  // only cells with at least kMinCombinationClosed closed deals
};

struct SalesBySegment {
  std::vector<DimensionSales> by_dimension;
  std::vector<CombinationSales> combinations;
};

// Combinations are formed for pairs of dimensions with at most this many levels each, and a cell is
// shown with at least this many closed deals (the minimum of a distribution test, METHODS.md).
inline constexpr size_t kMaxCombinationLevels = 8;
inline constexpr uint64_t kMinCombinationClosed = 30;

// `all`: the figures of every deal (compute_sales_figures of the deals and customers) when the caller
// has them already; found here otherwise.
SalesBySegment compute_sales_by_segment(const AnalysisInput& input, const SalesFigures* all = nullptr);

}  // namespace icp::metrics
