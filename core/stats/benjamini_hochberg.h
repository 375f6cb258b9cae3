// Benjamini–Hochberg adjusted p-values (METHODS.md: many segments tested at once, FDR 5%).
#pragma once

#include <vector>

namespace icp::stats {

// q_i = min over j with p_(j) >= p_i of p_(j) · m / rank(j), capped at 1; same order as the input.
std::vector<double> benjamini_hochberg(const std::vector<double>& p_values);

inline constexpr double kFalseDiscoveryRate = 0.05;

}  // namespace icp::stats
