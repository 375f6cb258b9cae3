#include "metrics/customer_success.h"

namespace icp::metrics {

CustomerSuccess compute_customer_success(const AnalysisInput& in, const MrrMatrix& mrr) {
  CustomerSuccess cs;
  cs.as_of_day = in.as_of_day;
  const std::vector<CustomerLifetime> lives = customer_lifetimes(in, mrr);
  for (const auto& life : lives) cs.customers += life.started();
  cs.tickets = compute_ticket_rates(in, lives);
  cs.time_to_value = compute_time_to_value(in);
  cs.health = compute_health_scores(in);
  return cs;
}

}  // namespace icp::metrics
