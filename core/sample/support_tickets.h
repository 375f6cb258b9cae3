// The customers' support tickets (tickets.csv, a Zendesk export): raised while an account pays,
// more of them from off-ICP accounts and in the first 90 days after go-live. Planted targets:
// planted:: in sample_generator.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "sample/crm_records.h"
#include "sample/customer_success.h"
#include "sample/revenue_history.h"

namespace icp::sample {

struct Ticket {
  int64_t id = 0;
  size_t account = 0;  // index into crm.accounts
  int64_t requester = 0;
  std::string_view subject;
  std::string_view priority;
  std::string_view status;
  int32_t day = 0;
  int seconds = 0;  // since midnight
};

// Ordered by creation time (ids grow with it). Drawn from its own stream of `seed`.
std::vector<Ticket> raise_tickets(const Crm& crm, const std::vector<CustomerSuccess>& cs,
                                  const std::vector<MrrSnapshot>& revenue, uint64_t seed);

}  // namespace icp::sample
