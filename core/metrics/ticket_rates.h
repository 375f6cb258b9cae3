// Support tickets per account-month (SPEC §2 "Customer success"), overall and in the first 90 days,
// for every customer and per segment level and acquisition cohort.
// - A customer is observed from its start to its end (metrics/customer_lifetime.h); its
//   account-months are the days between them ÷ 30.4375 (365.25 / 12).
// - Overall rate: tickets created from the start to the end (both included) ÷ account-months.
// - First 90 days: among customers observed for at least 90 days, tickets created in
//   [start, start + 90) ÷ (those customers × 3 months).
// - Every ticket is counted once in the report: without a customer (no account id or name), without
//   a date, of a customer with no start date, before the customer's start, after its end (a churned
//   customer), or counted in the rates.
// - A rate over fewer than 6 customers is "insufficient data (n=…)" (the median's minimum of
//   METHODS.md, applied to customers).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/customer_lifetime.h"
#include "metrics/figure.h"

namespace icp::metrics {

inline constexpr uint64_t kMinRateCustomers = 6;
inline constexpr double kDaysPerMonth = 30.4375;

struct TicketRate {
  uint64_t customers = 0;       // started customers in the group
  double account_months = 0;
  uint64_t tickets = 0;         // tickets inside the customers' observed spans
  Figure<double> per_account_month;
  uint64_t customers_first_90d = 0;  // observed for at least 90 days
  uint64_t tickets_first_90d = 0;
  Figure<double> per_account_month_first_90d;
};

struct TicketSegmentRate {
  std::string segment;  // level, or cohort label
  TicketRate rate;
};

struct TicketRates {
  uint64_t tickets = 0;  // ticket rows
  uint64_t without_customer = 0;
  uint64_t without_date = 0;
  uint64_t customer_without_start = 0;
  uint64_t before_start = 0;
  uint64_t after_end = 0;
  TicketRate overall;
  std::vector<std::pair<std::string, std::vector<TicketSegmentRate>>> by_dimension;  // dimension → levels
  std::vector<TicketSegmentRate> by_cohort;  // ascending quarters
};

// Null with a reason when there are no ticket rows.
Figure<TicketRates> compute_ticket_rates(const AnalysisInput& input, const std::vector<CustomerLifetime>& lifetimes);

}  // namespace icp::metrics
