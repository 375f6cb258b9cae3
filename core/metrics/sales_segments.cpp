#include "metrics/sales_segments.h"

#include "stats/benjamini_hochberg.h"
#include "stats/two_proportion_test.h"

namespace icp::metrics {

SalesBySegment compute_sales_by_segment(const AnalysisInput& in, const SalesFigures* all_figures) {
  SalesBySegment out;
  const table::DealTable& deals = in.tables.deals;
  const SalesFigures all = all_figures ? *all_figures : compute_sales_figures(deals, &in.customers);
  const DealFactsColumn facts = deal_facts(deals, &in.customers);

  std::vector<double> p_values;
  std::vector<std::pair<size_t, size_t>> tested;  // (dimension, segment) of each p-value
  for (const Dimension& dim : in.segments.dimensions) {
    DimensionSales ds;
    ds.dimension = dim.name;
    std::vector<SalesFigures> figures = compute_sales_figures_by_level(facts, dim.of_deal.bytes(), dim.levels.size());
    for (size_t l = 0; l < dim.levels.size(); ++l) {
      SegmentSales s;
      s.segment = dim.levels[l];
      s.figures = std::move(figures[l]);
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

  const auto& dims = in.segments.dimensions;
  for (size_t a = 0; a < dims.size(); ++a) {
    if (dims[a].levels.size() > kMaxCombinationLevels) continue;
    for (size_t b = a + 1; b < dims.size(); ++b) {
      if (dims[b].levels.size() > kMaxCombinationLevels) continue;
      const size_t nb = dims[b].levels.size();
      // Each deal's cell (at most 8 × 8; kNone outside both dimensions), then every cell's figures in
      // one pass.
      const size_t cells = dims[a].levels.size() * nb;
      const std::span<const uint8_t> of_a = dims[a].of_deal.bytes(), of_b = dims[b].of_deal.bytes();
      std::vector<uint8_t> cell_of_deal(deals.size(), LevelColumn::kNone);
      for (size_t d = 0; d < deals.size() && d < of_a.size() && d < of_b.size(); ++d) {
        const uint8_t la = of_a[d], lb = of_b[d];
        if (la != LevelColumn::kNone && lb != LevelColumn::kNone) cell_of_deal[d] = static_cast<uint8_t>(la * nb + lb);
      }
      std::vector<SalesFigures> figures = compute_sales_figures_by_level(facts, cell_of_deal, cells);
      CombinationSales c;
      c.first = dims[a].name;
      c.second = dims[b].name;
      for (size_t cell = 0; cell < cells; ++cell) {
        if (figures[cell].closed() < kMinCombinationClosed) continue;
        const uint32_t la = static_cast<uint32_t>(cell / nb), lb = static_cast<uint32_t>(cell % nb);
        c.cells.push_back({dims[a].levels[la], dims[b].levels[lb], std::move(figures[cell])});
      }
      if (!c.cells.empty()) out.combinations.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace icp::metrics
