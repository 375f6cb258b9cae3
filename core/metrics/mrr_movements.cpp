#include "metrics/mrr_movements.h"

#include "metrics/periods.h"

namespace icp::metrics {

MrrMove classify_mrr_move(double before, double now, bool paid_before) {
  if (before > 0) {
    if (now <= 0) return MrrMove::churn;
    if (now > before) return MrrMove::expansion;
    if (now < before) return MrrMove::contraction;
    return MrrMove::none;
  }
  if (now <= 0) return MrrMove::none;
  return paid_before ? MrrMove::reactivation : MrrMove::new_customer;
}

std::vector<MrrMovement> compute_mrr_movements(const MrrMatrix& matrix) {
  std::vector<MrrMovement> out(static_cast<size_t>(matrix.months));
  for (int32_t i = 0; i < matrix.months; ++i) {
    MrrMovement& mv = out[i];
    mv.month = matrix.first_month + i;
    mv.label = month_label(mv.month);
    mv.opening = i == 0;
  }
  // Customer by customer in key order, so every sum adds up in the same order on every platform.
  for (size_t c = 0; c < matrix.customers; ++c) {
    const double* row = matrix.mrr.data() + c * matrix.months;
    bool paid_before = false;
    double before = 0;
    for (int32_t i = 0; i < matrix.months; ++i) {
      const double now = row[i];
      MrrMovement& mv = out[i];
      if (before > 0) {
        mv.start_mrr += before;
        ++mv.customers_start;
      }
      if (now > 0) {
        mv.end_mrr += now;
        ++mv.customers_end;
      }
      switch (classify_mrr_move(before, now, paid_before)) {
        case MrrMove::none: break;
        case MrrMove::new_customer: mv.new_mrr += now; ++mv.new_customers; break;
        case MrrMove::expansion: mv.expansion += now - before; ++mv.expansion_customers; break;
        case MrrMove::contraction: mv.contraction += before - now; ++mv.contraction_customers; break;
        case MrrMove::churn: mv.churn += before; ++mv.churned_customers; break;
        case MrrMove::reactivation: mv.reactivation += now; ++mv.reactivated_customers; break;
      }
      paid_before = paid_before || now > 0;
      before = now;
    }
  }
  for (MrrMovement& mv : out) {
    mv.logo_churn = mv.customers_start == 0
                        ? Figure<double>::none("no customers paying at the start of the month")
                        : Figure<double>::of(static_cast<double>(mv.churned_customers) /
                                             static_cast<double>(mv.customers_start));
  }
  return out;
}

}  // namespace icp::metrics
