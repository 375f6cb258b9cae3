// Customer success (SPEC §2): tickets per account-month (metrics/ticket_rates.h), time-to-value
// with Kaplan–Meier (metrics/time_to_value.h) and health score by segment
// (metrics/health_scores.h), each null with its reason when its inputs are missing.
#pragma once

#include <cstdint>

#include "metrics/analysis_input.h"
#include "metrics/customer_lifetime.h"
#include "metrics/figure.h"
#include "metrics/health_scores.h"
#include "metrics/mrr_matrix.h"
#include "metrics/ticket_rates.h"
#include "metrics/time_to_value.h"

namespace icp::metrics {

struct CustomerSuccess {
  int32_t as_of_day = table::kNoDate;
  uint64_t customers = 0;  // customers with a start (go-live, won close or paid month)
  Figure<TicketRates> tickets;
  Figure<TimeToValue> time_to_value;
  Figure<HealthScores> health;
};

// An empty matrix means no revenue data (customers then start at go-live or first won close and
// are observed to the as-of day).
CustomerSuccess compute_customer_success(const AnalysisInput& input, const MrrMatrix& mrr);

}  // namespace icp::metrics
