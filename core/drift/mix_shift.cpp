#include "drift/mix_shift.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "metrics/figure.h"
#include "stats/benjamini_hochberg.h"
#include "stats/cochran_armitage.h"
#include "stats/mann_kendall.h"
#include "stats/order_statistics.h"

namespace icp::drift {
namespace {

enum class Window { none, baseline, recent };

constexpr uint8_t kNoSlot = 255;

}  // namespace

MixShift compute_mix_shift(const metrics::AnalysisInput& in, const DriftWindows& w, const metrics::Attributes& attributes) {
  MixShift m;
  if (!w.ok()) {
    m.reason = w.reason;
    return m;
  }
  m.baseline_window = w.label(w.baseline_first) + " – " + w.label(w.recent_first - 1);
  m.recent_window = w.label(w.recent_first) + " – " + w.label(w.last);
  const auto& created = in.tables.deals.created;
  // Each deal's quarter, found once, as a slot from lo (the earlier of the first quarter followed
  // and the baseline's first) to the last: kNoSlot without a created date or outside. Every
  // dimension is then one pass over its level bytes, counting each level per slot; the windows'
  // counts and the trend's are sums of those (whole numbers: the counts of counting them apart).
  // The range is at most 80 quarters (kMaxDriftQuarters; the windows are 24 at most).
  static_assert(kMaxDriftQuarters < kNoSlot);
  const int32_t lo = std::max(std::min(w.first, w.baseline_first), w.last - (kNoSlot - 1));
  const size_t slots = static_cast<size_t>(w.last - lo + 1);
  std::vector<uint8_t> slot(created.size(), kNoSlot);
  std::vector<Window> win(created.size(), Window::none);
  for (size_t d = 0; d < created.size(); ++d) {
    if (!table::has_date(created[d])) continue;
    const int32_t q = metrics::period_of_day(created[d], w.quarters);
    if (q < lo || q > w.last) continue;
    slot[d] = static_cast<uint8_t>(q - lo);
    win[d] = w.in_recent(q) ? Window::recent : w.in_baseline(q) ? Window::baseline : Window::none;
  }

  std::vector<double> p_values;
  std::vector<std::pair<bool, size_t>> tested;  // (categorical?, index)
  std::vector<uint64_t> hist;
  for (const metrics::Dimension& dim : in.segments.dimensions) {
    CategoricalShift c;
    c.dimension = dim.name;
    c.account_attribute = dim.account_attribute;
    c.levels = dim.levels;
    const size_t levels = dim.levels.size();
    c.baseline.assign(levels, 0);
    c.recent.assign(levels, 0);
    hist.assign(levels * slots, 0);  // hist[level * slots + slot]
    const std::span<const uint8_t> level_of = dim.of_deal.bytes();
    const size_t n = std::min(level_of.size(), slot.size());
    for (size_t d = 0; d < n; ++d) {
      const uint8_t l = level_of[d], s = slot[d];
      if (l < levels && s != kNoSlot) ++hist[l * slots + s];
    }
    uint64_t nb = 0, nr = 0;
    for (size_t l = 0; l < levels; ++l) {
      for (size_t s = 0; s < slots; ++s) {
        const int32_t q = lo + static_cast<int32_t>(s);
        const uint64_t count = hist[l * slots + s];
        if (w.in_recent(q)) c.recent[l] += count, nr += count;
        else if (w.in_baseline(q)) c.baseline[l] += count, nb += count;
      }
    }
    if (nb < kMinWindowRows || nr < kMinWindowRows) {
      c.reason = metrics::insufficient(std::min(nb, nr));
    } else {
      c.test = stats::homogeneity_test(c.baseline, c.recent);
      c.distance = stats::mix_shift_distance(c.baseline, c.recent);
      if (!c.test.ok()) c.reason = c.test.reason;
      double best = -1;
      for (size_t l = 0; l < c.levels.size(); ++l) {
        const double gain = static_cast<double>(c.recent[l]) / nr - static_cast<double>(c.baseline[l]) / nb;
        if (gain > best + 1e-12) {
          best = gain;
          c.largest_gain = c.levels[l];
        }
      }
      c.largest_gain_share = best;
      if (c.reason.empty()) {
        p_values.push_back(c.test.p_value);
        tested.emplace_back(true, m.categorical.size());
      }
    }
    // Trend of each level's share over every quarter.
    if (w.count() >= 8) {
      const size_t nq = w.count();
      std::vector<std::vector<uint64_t>> per(levels, std::vector<uint64_t>(nq, 0));
      std::vector<uint64_t> totals(nq, 0);
      for (size_t l = 0; l < levels; ++l) {
        for (size_t i = 0; i < nq; ++i) {
          const uint64_t count = hist[l * slots + static_cast<size_t>(w.first - lo) + i];
          per[l][i] = count;
          totals[i] += count;
        }
      }
      double best_p = 2, best_z = 0;
      for (size_t l = 0; l < dim.levels.size(); ++l) {
        std::vector<uint64_t> k, n;
        for (size_t i = 0; i < nq; ++i) {
          if (totals[i] == 0) continue;
          k.push_back(per[l][i]);
          n.push_back(totals[i]);
        }
        const stats::CochranArmitageResult ca = stats::cochran_armitage(k, n);
        if (!ca.ok()) continue;
        if (ca.z > best_z) {
          best_z = ca.z;
          c.rising_level = dim.levels[l];
        }
        if (ca.p_value < best_p) {
          best_p = ca.p_value;
          c.trend_level = dim.levels[l];
          c.trend_z = ca.z;
        }
      }
      if (best_p <= 1) c.trend_p = std::min(1.0, best_p * static_cast<double>(dim.levels.size()));
    }
    m.categorical.push_back(std::move(c));
  }
  // The deals of each window and of each quarter from the first followed: the most values a
  // numeric field can have there (its vectors are sized once, not grown a value at a time).
  size_t window_deals[3] = {0, 0, 0};
  for (Window x : win) ++window_deals[static_cast<size_t>(x)];
  std::vector<size_t> quarter_deals(w.count(), 0);
  for (size_t d = 0; d < slot.size(); ++d) {
    if (slot[d] != kNoSlot && lo + slot[d] >= w.first) ++quarter_deals[static_cast<size_t>(lo + slot[d] - w.first)];
  }
  for (const char* field : {"employees", "amount"}) {
    const metrics::NumberAttribute* a = attributes.number_field(field);
    if (!a) continue;
    NumericShift s;
    s.field = field;
    std::vector<double> base(window_deals[static_cast<size_t>(Window::baseline)]);
    std::vector<double> recent(window_deals[static_cast<size_t>(Window::recent)]);
    size_t nb = 0, nr = 0;
    for (size_t d = 0; d < a->of_deal.size() && d < win.size(); ++d) {
      const double v = a->of_deal[d];
      if (std::isnan(v) || win[d] == Window::none) continue;
      if (win[d] == Window::baseline) base[nb++] = v;
      else recent[nr++] = v;
    }
    base.resize(nb);
    recent.resize(nr);
    s.baseline_n = base.size();
    s.recent_n = recent.size();
    if (base.size() < kMinWindowRows || recent.size() < kMinWindowRows) {
      if (base.empty() && recent.empty()) continue;  // the data has no such values
      s.reason = metrics::insufficient(std::min(base.size(), recent.size()));
    } else {
      // Both tests walk the samples sorted: sorted once here (base and recent hold no NaN), while the
      // median shift keeps the deals' order (its bootstrap draws by index).
      std::vector<double> base_sorted = base, recent_sorted = recent;
      std::sort(base_sorted.begin(), base_sorted.end());
      std::sort(recent_sorted.begin(), recent_sorted.end());
      s.ks = stats::two_sample_ks_of_sorted(base_sorted, recent_sorted);
      s.wasserstein = stats::wasserstein_distance_of_sorted(base_sorted, recent_sorted);
      s.median = stats::median_shift(base, recent);
      if (!s.ks.ok()) s.reason = s.ks.reason;
      if (s.reason.empty()) {
        p_values.push_back(s.ks.p_value);
        tested.emplace_back(false, m.numeric.size());
      }
    }
    // The windows' samples are not needed past their tests: given back before the trend's.
    base = std::vector<double>();
    recent = std::vector<double>();
    if (w.count() >= 8) {
      std::vector<std::vector<double>> per(w.count());
      for (size_t q = 0; q < per.size(); ++q) per[q].reserve(quarter_deals[q]);
      for (size_t d = 0; d < a->of_deal.size() && d < created.size(); ++d) {
        if (std::isnan(a->of_deal[d]) || slot[d] == kNoSlot) continue;
        const int32_t q = lo + slot[d];
        if (q >= w.first) per[q - w.first].push_back(a->of_deal[d]);
      }
      std::vector<double> medians;
      for (auto& v : per) {
        if (v.size() >= stats::kMinMedianSample) medians.push_back(*stats::quantile(v, 0.5));
      }
      const stats::MannKendallResult mk = stats::mann_kendall(medians);
      if (mk.ok() && medians.size() >= 8) {
        s.trend_p = mk.p_value;
        s.trend_s = mk.s;
      }
    }
    m.numeric.push_back(std::move(s));
  }
  // Trends: BH across dimensions.
  {
    std::vector<double> tp;
    std::vector<std::pair<bool, size_t>> at;
    for (size_t i = 0; i < m.categorical.size(); ++i) {
      if (m.categorical[i].trend_p) tp.push_back(*m.categorical[i].trend_p), at.emplace_back(true, i);
    }
    for (size_t i = 0; i < m.numeric.size(); ++i) {
      if (m.numeric[i].trend_p) tp.push_back(*m.numeric[i].trend_p), at.emplace_back(false, i);
    }
    const std::vector<double> tq = stats::benjamini_hochberg(tp);
    for (size_t i = 0; i < tq.size(); ++i) {
      if (at[i].first) {
        m.categorical[at[i].second].trend_q = tq[i];
        m.categorical[at[i].second].trending = tq[i] < stats::kFalseDiscoveryRate;
      } else {
        m.numeric[at[i].second].trend_q = tq[i];
        m.numeric[at[i].second].trending = tq[i] < stats::kFalseDiscoveryRate;
      }
    }
  }
  const std::vector<double> q = stats::benjamini_hochberg(p_values);
  for (size_t i = 0; i < q.size(); ++i) {
    if (tested[i].first) {
      m.categorical[tested[i].second].q_value = q[i];
      m.categorical[tested[i].second].shifted = q[i] < stats::kFalseDiscoveryRate;
    } else {
      m.numeric[tested[i].second].q_value = q[i];
      m.numeric[tested[i].second].shifted = q[i] < stats::kFalseDiscoveryRate;
    }
  }
  return m;
}

}  // namespace icp::drift
