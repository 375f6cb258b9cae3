// A grouping of customers for the revenue figures: the segment levels of one dimension, the
// acquisition cohorts, or everyone in one group. Each customer key is in at most one group; the
// figures of every group are computed in one pass over the MRR matrix, groups in index order.
#pragma once

#include <cstdint>
#include <vector>

#include "metrics/segments.h"

namespace icp::metrics {

struct CustomerGroups {
  std::vector<uint32_t> of_customer;  // group per customer key, kNoLevel when in no group
  size_t groups = 0;

  uint32_t group(size_t customer) const { return customer < of_customer.size() ? of_customer[customer] : kNoLevel; }

  // Everyone in group 0.
  static CustomerGroups everyone(size_t customers) { return {std::vector<uint32_t>(customers, 0), 1}; }
};

}  // namespace icp::metrics
