#include "ingest/row_accounting.h"

namespace icp::ingest {

uint64_t RowAccounting::rows_rejected() const {
  uint64_t total = 0;
  for (const auto& r : rejected_) total += r.count;
  return total;
}

void RowAccounting::add(std::vector<ReasonCount>& list, std::string_view reason, uint64_t line) {
  for (auto& r : list) {
    if (r.reason == reason) {
      ++r.count;
      if (r.first_lines.size() < kFirstLines) r.first_lines.push_back(line);
      return;
    }
  }
  list.push_back(ReasonCount{std::string(reason), 1, {line}});
}

}  // namespace icp::ingest
