#include "metrics/sales_segments.h"

#include <algorithm>
#include <span>

#include "stats/benjamini_hochberg.h"
#include "stats/two_proportion_test.h"

namespace icp::metrics {

SalesBySegment compute_sales_by_segment(const AnalysisInput& in, const SalesFigures* all_figures) {
  SalesBySegment out;
  const table::DealTable& deals = in.tables.deals;
  const SalesFigures all = all_figures ? *all_figures : compute_sales_figures(deals, &in.customers);
  const DealFactsColumn facts = deal_facts(deals, &in.customers);

  // Every dimension's levels, then the cells of each pair of small dimensions: one pass for all.
  const auto& dims = in.segments.dimensions;
  std::vector<LevelGrouping> groupings;
  for (const Dimension& dim : dims) groupings.push_back({dim.of_deal.bytes(), {}, 0, dim.levels.size()});
  std::vector<std::pair<size_t, size_t>> pairs;  // (a, b) of each combination's grouping, after the dimensions'
  for (size_t a = 0; a < dims.size(); ++a) {
    if (dims[a].levels.size() > kMaxCombinationLevels) continue;
    for (size_t b = a + 1; b < dims.size(); ++b) {
      if (dims[b].levels.size() > kMaxCombinationLevels) continue;
      const size_t nb = dims[b].levels.size();
      groupings.push_back({dims[a].of_deal.bytes(), dims[b].of_deal.bytes(), nb, dims[a].levels.size() * nb});
      pairs.emplace_back(a, b);
    }
  }
  // A few groupings per pass: each holds the amount of every won deal until its medians are taken
  // (a few MB a grouping on a million deals; the cycles are counts per day), so all nine at once
  // would raise the heap's peak for the few instructions one pass saves over three.
  constexpr size_t kGroupingsPerPass = 3;
  std::vector<std::vector<SalesFigures>> figures;
  for (size_t g = 0; g < groupings.size(); g += kGroupingsPerPass) {
    const size_t count = std::min(kGroupingsPerPass, groupings.size() - g);
    for (auto& f : compute_sales_figures_by_levels(facts, std::span(groupings).subspan(g, count))) {
      figures.push_back(std::move(f));
    }
  }

  std::vector<double> p_values;
  std::vector<std::pair<size_t, size_t>> tested;  // (dimension, segment) of each p-value
  for (size_t g = 0; g < dims.size(); ++g) {
    const Dimension& dim = dims[g];
    DimensionSales ds;
    ds.dimension = dim.name;
    for (size_t l = 0; l < dim.levels.size(); ++l) {
      SegmentSales s;
      s.segment = dim.levels[l];
      s.figures = std::move(figures[g][l]);
      const uint64_t closed = s.figures.closed();
      const uint64_t rest_closed = all.closed() - closed;
      if (closed > 0 && rest_closed > 0) {
        s.p_value = stats::two_proportion_test(s.figures.won, closed, all.won - s.figures.won, rest_closed).p_value;
        p_values.push_back(*s.p_value);
        tested.emplace_back(out.by_dimension.size(), ds.segments.size());
      }
      ds.segments.push_back(std::move(s));
    }
    out.by_dimension.push_back(std::move(ds));
  }
  const std::vector<double> q = stats::benjamini_hochberg(p_values);
  for (size_t i = 0; i < q.size(); ++i) out.by_dimension[tested[i].first].segments[tested[i].second].q_value = q[i];

  for (size_t c = 0; c < pairs.size(); ++c) {
    const auto [a, b] = pairs[c];
    const size_t nb = dims[b].levels.size();
    std::vector<SalesFigures>& cell_figures = figures[dims.size() + c];
    CombinationSales combination;
    combination.first = dims[a].name;
    combination.second = dims[b].name;
    for (size_t cell = 0; cell < cell_figures.size(); ++cell) {
      if (cell_figures[cell].closed() < kMinCombinationClosed) continue;
      const uint32_t la = static_cast<uint32_t>(cell / nb), lb = static_cast<uint32_t>(cell % nb);
      combination.cells.push_back({dims[a].levels[la], dims[b].levels[lb], std::move(cell_figures[cell])});
    }
    if (!combination.cells.empty()) out.combinations.push_back(std::move(combination));
  }
  return out;
}

}  // namespace icp::metrics
