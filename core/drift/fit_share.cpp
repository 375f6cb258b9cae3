#include "drift/fit_share.h"

namespace icp::drift {
namespace {

FitShareSeries empty_series(const char* of, const DriftWindows& w) {
  FitShareSeries s;
  s.of = of;
  for (int32_t q = w.first; q <= w.last; ++q) s.periods.push_back({q, w.label(q), 0, 0, 0, {}, std::nullopt});
  return s;
}

void count(FitShareSeries& s, const DriftWindows& w, int32_t day, ideal::Fit fit) {
  if (!table::has_date(day)) return;
  const int32_t q = metrics::period_of_day(day, w.quarters);
  if (q < w.first || q > w.last) return;
  FitSharePeriod& p = s.periods[q - w.first];
  if (fit == ideal::Fit::unknown) {
    ++p.unknown;
    return;
  }
  ++p.total;
  if (fit == ideal::Fit::fit) ++p.fit;
}

void finish(FitShareSeries& s) {
  for (FitSharePeriod& p : s.periods) {
    if (p.total == 0) {
      p.share.reason = p.unknown ? "every record's fit is unknown" : "none in this quarter";
      continue;
    }
    p.ci = stats::wilson_interval(p.fit, p.total);
    if ((p.ci->high - p.ci->low) / 2 > stats::kMaxConfidentHalfWidth) {
      p.share.reason = metrics::insufficient(p.total);
    } else {
      p.share.value = static_cast<double>(p.fit) / static_cast<double>(p.total);
    }
  }
}

}  // namespace

std::vector<uint64_t> FitShareSeries::k() const {
  std::vector<uint64_t> out;
  for (const auto& p : periods) out.push_back(p.fit);
  return out;
}

std::vector<uint64_t> FitShareSeries::n() const {
  std::vector<uint64_t> out;
  for (const auto& p : periods) out.push_back(p.total);
  return out;
}

FitShareSeries fit_share_of_new_deals(const metrics::AnalysisInput& in, const DriftWindows& w,
                                      const std::vector<ideal::Fit>& deal_fit) {
  FitShareSeries s = empty_series("new_deals", w);
  if (!w.ok()) return s;
  const auto& created = in.tables.deals.created;
  for (size_t d = 0; d < created.size() && d < deal_fit.size(); ++d) count(s, w, created[d], deal_fit[d]);
  finish(s);
  return s;
}

FitShareSeries fit_share_of_new_customers(const metrics::AnalysisInput& in, const DriftWindows& w,
                                          const std::vector<ideal::Fit>& customer_fit) {
  FitShareSeries s = empty_series("new_customers", w);
  if (!w.ok()) return s;
  const auto& close = in.customers.first_won_close;
  for (size_t k = 0; k < close.size() && k < customer_fit.size(); ++k) count(s, w, close[k], customer_fit[k]);
  finish(s);
  return s;
}

}  // namespace icp::drift
