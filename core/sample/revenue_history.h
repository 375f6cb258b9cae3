// What the customers paid: one MRR snapshot per account and month paid (mrr.csv), from the first
// won deal to the as-of month, with expansion, contraction, churn and reactivation. Planted
// targets: planted:: in sample_generator.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sample/crm_records.h"
#include "sample/customer_success.h"

namespace icp::sample {

struct MrrSnapshot {
  size_t account = 0;  // index into crm.accounts
  int month = 0;       // sample_calendar.h's month number
  int64_t cents = 0;   // > 0
};

// Ordered by month, then by account in output order. Drawn from its own stream of `seed`.
std::vector<MrrSnapshot> simulate_revenue(const Crm& crm, const std::vector<CustomerSuccess>& cs, uint64_t seed);

}  // namespace icp::sample
