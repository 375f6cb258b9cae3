#include "drift/onset.h"

namespace icp::drift {

Onset detect_onset(const FitShareSeries& series) {
  Onset o;
  std::vector<uint64_t> k, n;
  std::vector<size_t> index;  // series period of each kept entry
  for (size_t i = 0; i < series.periods.size(); ++i) {
    if (series.periods[i].total == 0) continue;
    k.push_back(series.periods[i].fit);
    n.push_back(series.periods[i].total);
    index.push_back(i);
  }
  const auto label_at = [&](size_t kept) {
    return kept < index.size() ? series.periods[index[kept]].label : std::string();
  };
  o.reason = stats::binomial_series_problem(k, n);
  o.trend = stats::cochran_armitage(k, n);
  if (!o.reason.empty()) return o;
  o.hinge = stats::binomial_hinge_onset(k, n);
  o.step = stats::binomial_step_change(k, n);
  o.segmentation = stats::pelt_segmentation(k, n);
  o.recent_change = stats::bocpd_recent_change(k, n);
  if (o.hinge.ok()) o.onset_period = label_at(o.hinge.onset_index);
  if (o.step.ok()) o.step_period = label_at(o.step.change_after);
  if (o.segmentation.ok()) {
    for (size_t after : o.segmentation.change_after) o.change_periods.push_back(label_at(after));
  }
  const bool falling = o.trend.ok() && o.trend.z < 0;
  const bool hinge_sig = o.hinge.ok() && o.hinge.p_value < 0.05 && o.hinge.slope < 0;
  const bool step_sig = o.step.ok() && o.step.p_value < 0.05 && o.step.rate_after < o.step.rate_before;
  o.detected = falling && (hinge_sig || step_sig);
  if (!o.detected) o.shape = "none";
  else if (o.hinge.ok() && o.hinge.better_fit == stats::ChangeShape::step && step_sig) o.shape = "step";
  else o.shape = "slide";
  return o;
}

}  // namespace icp::drift
