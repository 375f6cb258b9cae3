#include "report/csv_writer.h"

namespace icp::report {

void append_csv_cell(std::string& out, std::string_view cell) {
  const bool formula = !cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                                         cell[0] == '\t' || cell[0] == '\r');
  const bool quote = formula || cell.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(cell);
    return;
  }
  out.push_back('"');
  if (formula) out.push_back('\'');
  for (char c : cell) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_csv_row(std::string& out, std::span<const std::string> cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(',');
    append_csv_cell(out, cells[i]);
  }
  out += "\r\n";
}

}  // namespace icp::report
