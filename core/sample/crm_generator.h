// The sample's CRM: accounts and their deals with the planted ICP drift (what is planted: the top
// of sample_generator.cpp). Drawn from one seeded stream of its own.
#pragma once

#include <cstdint>

#include "sample/crm_records.h"

namespace icp::sample {

Crm generate_crm(uint64_t seed);

}  // namespace icp::sample
