// When each customer started and until when it is observed, for the customer-success figures.
// - Start: its go-live date (accounts go_live_date), else its first won deal's close date, else the
//   first day of its first paid month (MRR matrix).
// - End: the data's as-of day, or the first day of its churn month when the revenue data shows it
//   stopped paying before the matrix's as-of month and did not return (never after the as-of day).
// - Acquisition cohort: the quarter (of the settings' fiscal year) of its first won close, else of
//   its first paid month, else of its start.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/mrr_matrix.h"
#include "metrics/periods.h"

namespace icp::metrics {

inline constexpr int32_t kNoCohort = std::numeric_limits<int32_t>::min();

enum class StartBasis : uint8_t { none, go_live, first_won_close, first_paid_month };

struct CustomerLifetime {
  int32_t start = table::kNoDate;
  StartBasis start_basis = StartBasis::none;
  int32_t end = table::kNoDate;
  bool churned = false;
  int32_t cohort = kNoCohort;  // period in cohort_scheme()

  bool started() const { return start != table::kNoDate; }
  // Days observed (0 when the end is before the start or there is no start).
  int32_t days() const { return started() && end != table::kNoDate && end > start ? end - start : 0; }
};

// One per customer key.
std::vector<CustomerLifetime> customer_lifetimes(const AnalysisInput& input, const MrrMatrix& mrr);

// Quarters of the settings' fiscal year.
PeriodScheme cohort_scheme(const AnalysisSettings& settings);

// A customer's go-live day from the accounts file, or kNoDate.
int32_t go_live_of(const AnalysisInput& input, size_t customer);

}  // namespace icp::metrics
