// English month names and their three-letter abbreviations ("Mar", "march") → 1..12; 0 otherwise.
#pragma once

#include <string_view>

namespace icp::values {

int month_from_name(std::string_view name);

}  // namespace icp::values
