#include "metrics/sales_figures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "metrics/level_column.h"

namespace icp::metrics {

using mapping::Outcome;


namespace {

// The median figure of n values: a reason when there are none or too few, else summary().
template <class Summary>
Figure<stats::MedianSummary> median_figure(size_t n, const std::string& what, Summary summary) {
  Figure<stats::MedianSummary> f;
  if (n == 0) {
    f.reason = "no " + what;
  } else if (n < stats::kMinMedianSample) {
    f.reason = insufficient(n);
  } else {
    f.value = summary();
  }
  return f;
}

}  // namespace

namespace {

bool is_new_logo(const table::DealTable& deals, const Customers* customers, size_t i) {
  if (deals.outcome[i] != Outcome::won || !customers || i >= customers->of_deal.size()) return false;
  const int32_t k = customers->of_deal[i];
  return k != kNoCustomer && customers->first_won_deal[k] == static_cast<int32_t>(i);
}

}  // namespace

DealFactsColumn::DealFactsColumn(const table::DealTable& deals, const Customers* customers)
    : deals_(&deals), new_logo_((deals.size() + 63) / 64, 0) {
  for (size_t i = 0; i < deals.size(); ++i) {
    if (is_new_logo(deals, customers, i)) new_logo_[i >> 6] |= uint64_t{1} << (i & 63);
  }
}

DealFacts deal_facts_of(const table::DealTable& deals, const Customers* customers, size_t i) {
  DealFacts f = facts_without_logo(deals, i);
  f.new_logo = is_new_logo(deals, customers, i);
  return f;
}

DealFactsColumn deal_facts(const table::DealTable& deals, const Customers* customers) {
  return DealFactsColumn(deals, customers);
}

namespace {

// Whole days (a sales cycle: 0 or more) counted per day, not kept one by one: their medians and
// quartiles are read from the counts, and a segment pass holds a few kB per level instead of every
// closed deal's cycle. Days from kMaxCounted on (decades: a date typo) are kept apart as values.
class DayCounts {
 public:
  void add(int32_t day) {
    ++n_;
    const auto d = static_cast<uint32_t>(day);
    if (d < counts_.size()) [[likely]] {
      ++counts_[d];
      return;
    }
    add_beyond(d);
  }
  size_t size() const { return n_; }

  std::optional<stats::MedianSummary> summary() const {
    if (beyond_.empty()) return stats::summarize_median_of_counts(counts_);
    std::vector<int32_t> all = beyond_;
    for (size_t d = 0; d < counts_.size(); ++d) all.insert(all.end(), counts_[d], static_cast<int32_t>(d));
    return stats::summarize_median(all);
  }

 private:
  static constexpr uint32_t kMaxCounted = 1 << 16;  // 179 years of days
  [[gnu::noinline]] void add_beyond(uint32_t d) {
    if (d >= kMaxCounted) {
      beyond_.push_back(static_cast<int32_t>(d));
      return;
    }
    counts_.resize(std::min<size_t>(kMaxCounted, std::max<size_t>(d + 1, 2 * counts_.size())), 0);
    ++counts_[d];
  }

  size_t n_ = 0;
  std::vector<uint32_t> counts_;
  std::vector<int32_t> beyond_;
};

// The figures of a set of deals, taken one deal at a time (in the order of their rows: the sums
// then add in the same order whichever way the deals are gathered).
class FiguresAccumulator {
 public:
  void add(const DealFacts& f) {
    ++s.deals;
    const bool has_amount = !std::isnan(f.amount);
    if (has_amount) {
      s.pipeline_created += f.amount;
      ++s.with_amount;
    }
    if (f.outcome == Outcome::open) {
      ++s.open;
      return;
    }
    const bool dated = f.cycle_days >= 0;
    if (f.outcome == Outcome::won) {
      ++s.won;
      if (f.new_logo) ++s.new_logos;
      if (dated) cycle_won.add(f.cycle_days);
      if (has_amount) {
        acv.push_back(f.amount);
        bookings += f.amount;
      }
    } else {
      ++s.lost;
      if (dated) cycle_lost.add(f.cycle_days);
    }
  }

  SalesFigures finish();

 private:
  SalesFigures s;
  DayCounts cycle_won, cycle_lost;
  std::vector<double> acv;
  double bookings = 0;
};

SalesFigures FiguresAccumulator::finish() {
  s.won_with_amount = acv.size();
  s.won_with_cycle = cycle_won.size();
  s.lost_with_cycle = cycle_lost.size();

  const uint64_t closed = s.won + s.lost;
  if (closed == 0) {
    s.win_rate.reason = "no closed deals (won or lost)";
  } else {
    s.win_rate_ci = stats::wilson_interval(s.won, closed);
    const double half = (s.win_rate_ci->high - s.win_rate_ci->low) / 2;
    if (half > stats::kMaxConfidentHalfWidth) {
      s.win_rate.reason = insufficient(closed);
    } else {
      s.win_rate.value = static_cast<double>(s.won) / static_cast<double>(closed);
    }
  }
  if (s.deals == 0) {
    s.win_rate_inclusive.reason = "no deals";
  } else {
    s.win_rate_inclusive.value = static_cast<double>(s.won) / static_cast<double>(s.deals);
  }

  s.cycle_days_won = median_figure(cycle_won.size(), "won deals with created and close dates",
                                   [&] { return cycle_won.summary(); });
  s.cycle_days_lost = median_figure(cycle_lost.size(), "lost deals with created and close dates",
                                    [&] { return cycle_lost.summary(); });
  s.acv_won = median_figure(acv.size(), "won deals with an amount", [&] { return stats::summarize_median(acv); });
  if (acv.empty()) {
    s.acv_mean.reason = s.acv_won.reason;
    s.bookings.reason = s.won == 0 ? "no won deals" : "no won deals with an amount";
  } else {
    s.acv_mean.value = bookings / static_cast<double>(acv.size());
    s.bookings.value = bookings;
  }
  return std::move(s);
}

// The figures of `count` deals, the j-th of which has the facts fact_of(j).
template <class FactOf>
SalesFigures figures_of(size_t count, FactOf fact_of) {
  FiguresAccumulator acc;
  for (size_t j = 0; j < count; ++j) acc.add(fact_of(j));
  return acc.finish();
}

}  // namespace

SalesFigures compute_sales_figures(const table::DealTable& deals, const Customers* customers,
                                   const std::vector<uint32_t>* rows) {
  const size_t count = rows ? rows->size() : deals.size();
  return figures_of(count, [&](size_t j) { return deal_facts_of(deals, customers, rows ? (*rows)[j] : j); });
}

SalesFigures compute_sales_figures(const DealFactsColumn& facts, const std::vector<uint32_t>& rows) {
  return figures_of(rows.size(), [&](size_t j) { return facts[rows[j]]; });
}

}  // namespace icp::metrics

namespace icp::metrics {

std::vector<SalesFigures> compute_sales_figures_by_level(const DealFactsColumn& facts,
                                                         std::span<const uint8_t> level_of_deal, size_t levels) {
  const LevelGrouping g{level_of_deal, {}, 0, levels};
  return std::move(compute_sales_figures_by_levels(facts, std::span<const LevelGrouping>(&g, 1)).front());
}

std::vector<std::vector<SalesFigures>> compute_sales_figures_by_levels(const DealFactsColumn& facts,
                                                                       std::span<const LevelGrouping> groupings) {
  std::vector<std::vector<FiguresAccumulator>> acc(groupings.size());
  for (size_t g = 0; g < groupings.size(); ++g) acc[g].resize(groupings[g].levels);

  // Blocks of deals small enough for their facts to stay in the cache while every grouping reads them.
  constexpr size_t kBlock = 1024;
  std::array<DealFacts, kBlock> block;
  const size_t n = facts.size();
  for (size_t start = 0; start < n; start += kBlock) {
    const size_t count = std::min(kBlock, n - start);
    for (size_t j = 0; j < count; ++j) block[j] = facts[start + j];
    for (size_t g = 0; g < groupings.size(); ++g) {
      const LevelGrouping& grouping = groupings[g];
      std::vector<FiguresAccumulator>& levels = acc[g];
      const size_t end = std::min(start + count, grouping.first.size());
      if (grouping.second_levels == 0) {
        for (size_t d = start; d < end; ++d) {
          const uint8_t l = grouping.first[d];
          if (l < grouping.levels) levels[l].add(block[d - start]);
        }
        continue;
      }
      const size_t both_end = std::min(end, grouping.second.size());
      for (size_t d = start; d < both_end; ++d) {
        const uint8_t la = grouping.first[d], lb = grouping.second[d];
        if (la == LevelColumn::kNone || lb == LevelColumn::kNone) continue;
        const size_t cell = la * grouping.second_levels + lb;
        if (cell < grouping.levels) levels[cell].add(block[d - start]);
      }
    }
  }

  std::vector<std::vector<SalesFigures>> out(groupings.size());
  for (size_t g = 0; g < groupings.size(); ++g) {
    out[g].reserve(acc[g].size());
    for (FiguresAccumulator& a : acc[g]) out[g].push_back(a.finish());
  }
  return out;
}

}  // namespace icp::metrics
