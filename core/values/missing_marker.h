// Cell texts that mean "no value": empty, "-", "N/A", "null", … (FORMATS.md: Salesforce writes "-").
#pragma once

#include <string_view>

namespace icp::values {

// Surrounding spaces and tabs removed.
std::string_view trim(std::string_view text);

bool is_missing_marker(std::string_view text);

}  // namespace icp::values
