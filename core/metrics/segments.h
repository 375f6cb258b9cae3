// Segment dimensions (SPEC §2): every categorical canonical field, numeric firmographics in bands,
// with rare levels folded into "Other". Each dimension gives a level for every deal and for every
// customer:
// - account attributes (industry, country, region, employees_band, annual_revenue_band) come from
//   the accounts file, else from the deal export when it carries them; a deal takes its customer's.
// - deal attributes (owner, lead_source, deal_type, product, acv_band) belong to each deal; a
//   customer takes those of its first won deal (the deal that made it a customer), else of its
//   first deal.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "metrics/level_column.h"
#include "table/tables.h"

namespace icp::metrics {

// Band edges of SPEC §2 (lower bounds; the last band is open).
struct Band {
  const char* label;
  double low;  // inclusive
};
inline constexpr Band kEmployeeBands[] = {{"1-10", 0},      {"11-50", 11},     {"51-200", 51},   {"201-500", 201},
                                          {"501-1000", 501}, {"1001-5000", 1001}, {"5001+", 5001}};
inline constexpr Band kAcvBands[] = {{"<12k", 0},         {"12-25k", 12000},   {"25-50k", 25000},
                                     {"50-100k", 50000},  {"100-250k", 100000}, {">250k", 250000}};
inline constexpr Band kAnnualRevenueBands[] = {{"<1M", 0},          {"1-10M", 1e6},     {"10-50M", 10e6},
                                               {"50-100M", 50e6},   {"100M-1B", 100e6}, {"1B+", 1e9}};

struct Dimension {
  std::string name;       // "industry", "employees_band", "owner", ...
  bool account_attribute = false;  // true: describes the customer (ICP material); false: the deal
  bool banded = false;    // levels are numeric bands, in band order
  std::vector<std::string> levels;  // categoricals by deal count (desc, then text), "Other" last
  std::vector<std::string> folded;  // values folded into "Other" (under 1% of deals, or past 12 levels)
  LevelColumn of_deal;      // level per deal row, kNoLevel when missing
  LevelColumn of_customer;  // level per customer key, kNoLevel when missing
  uint64_t deals_missing = 0;         // deals with no level
};

struct Segmentation {
  std::vector<Dimension> dimensions;  // only those with at least 2 levels among the deals or customers
  const Dimension* find(std::string_view name) const;
};

Segmentation build_segments(const Attributes& attributes);
// The same, building the attributes on the way.
Segmentation build_segments(const table::Tables& tables, const Customers& customers);

// The band holding a value (index into bands), or kNoLevel for NaN / negative.
template <size_t N>
uint32_t band_of(const Band (&bands)[N], double value) {
  if (!(value >= 0)) return kNoLevel;
  uint32_t b = 0;
  while (b + 1 < N && value >= bands[b + 1].low) ++b;
  return b;
}

}  // namespace icp::metrics
