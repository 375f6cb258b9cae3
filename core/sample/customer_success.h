// After the sale: when each customer went live and how healthy it is (accounts.csv's Go-Live Date
// and Health Score). Planted targets: planted:: in sample_generator.h.
#pragma once

#include <cstdint>
#include <vector>

#include "sample/crm_records.h"

namespace icp::sample {

struct CustomerSuccess {
  int32_t first_won_close = 0;  // kNoDay when the account never won a deal (not a customer)
  int32_t go_live = 0;          // kNoDay when not live by the as-of date (censored) or not a customer
  int health = -1;              // 0..100; -1 for accounts that are not customers (left blank)
};

// One per account, indexed like crm.accounts. Drawn from its own stream of `seed`.
std::vector<CustomerSuccess> plant_customer_success(const Crm& crm, uint64_t seed);

}  // namespace icp::sample
