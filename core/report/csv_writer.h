// Writing CSV for people to open in a spreadsheet: RFC 4180 quoting, CRLF, and cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) neutralised with a leading
// apostrophe, so an export never attacks the program it is opened in.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace icp::report {

void append_csv_cell(std::string& out, std::string_view cell);
void append_csv_row(std::string& out, std::span<const std::string> cells);

}  // namespace icp::report
