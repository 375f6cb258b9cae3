#include "table/text_column.h"

#include "values/missing_marker.h"

namespace icp::table {

void TextColumn::push(std::string_view cell) {
  const std::string_view v = values::trim(cell);
  if (!values::is_trimmed_missing_marker(v)) bytes_.append(v);
  ends_.push_back(bytes_.size());
}

std::string_view TextColumn::value(size_t row) const {
  if (row >= ends_.size()) return {};
  const uint64_t begin = row == 0 ? 0 : ends_[row - 1];
  return std::string_view(bytes_).substr(begin, ends_[row] - begin);
}

void TextColumn::append(TextColumn&& more) {
  if (ends_.empty()) {
    *this = std::move(more);
    return;
  }
  append(static_cast<const TextColumn&>(more));
}

void TextColumn::append(const TextColumn& more) {
  if (ends_.empty()) {
    *this = more;
    return;
  }
  const uint64_t shift = bytes_.size();
  bytes_.append(more.bytes_);
  ends_.reserve(ends_.size() + more.ends_.size());
  for (uint64_t end : more.ends_) ends_.push_back(shift + end);
}

}  // namespace icp::table
