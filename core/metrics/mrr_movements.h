// Monthly MRR movements (SPEC §2, METHODS.md "Revenue"), customer by customer, month over month:
// new (the customer's first paid month), expansion (up), contraction (down, still paying), churn
// (down to zero) and reactivation (up from zero after having paid before). For every month,
//   end_mrr = start_mrr + new + expansion − contraction − churn + reactivation,
// with contraction and churn written as positive amounts. The first month of the data has no month
// before it: its paying customers are all "new", and it is marked as the opening month.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/figure.h"
#include "metrics/mrr_matrix.h"

namespace icp::metrics {

enum class MrrMove : uint8_t { none, new_customer, expansion, contraction, churn, reactivation };

// The movement of one customer from `before` to `now` (both >= 0); `paid_before` tells whether the
// customer paid in any month before this one.
MrrMove classify_mrr_move(double before, double now, bool paid_before);

struct MrrMovement {
  int32_t month = 0;   // month index (periods.h)
  std::string label;   // "2024-03"
  bool opening = false;  // the first month of the data: "new" holds what was paying already
  double start_mrr = 0;  // MRR of the month before
  double new_mrr = 0;
  double expansion = 0;
  double contraction = 0;
  double churn = 0;
  double reactivation = 0;
  double end_mrr = 0;
  uint64_t customers_start = 0;  // paying in the month before
  uint64_t customers_end = 0;    // paying in the month
  uint64_t new_customers = 0;
  uint64_t expansion_customers = 0;
  uint64_t contraction_customers = 0;
  uint64_t churned_customers = 0;
  uint64_t reactivated_customers = 0;
  Figure<double> logo_churn;  // churned_customers ÷ customers_start
};

// One entry per month of the matrix (first_month .. as_of_month), in month order.
std::vector<MrrMovement> compute_mrr_movements(const MrrMatrix& matrix);

}  // namespace icp::metrics
