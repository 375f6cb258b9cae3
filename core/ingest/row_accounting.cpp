#include "ingest/row_accounting.h"

namespace icp::ingest {

size_t RowAccounting::add(std::vector<ReasonCount>& list, std::string_view reason, uint64_t line) {
  for (size_t i = 0; i < list.size(); ++i) {
    ReasonCount& r = list[i];
    if (r.reason == reason) {
      ++r.count;
      if (r.first_lines.size() < kFirstLines) r.first_lines.push_back(line);
      return i;
    }
  }
  list.push_back(ReasonCount{std::string(reason), 1, {line}});
  return list.size() - 1;
}

void RowAccounting::reword_warning(std::string_view reason, std::string wording) {
  for (ReasonCount& r : warnings_) {
    if (r.reason == reason) {
      r.reason = std::move(wording);
      return;
    }
  }
}

}  // namespace icp::ingest
