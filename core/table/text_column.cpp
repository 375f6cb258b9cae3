#include "table/text_column.h"

#include "values/missing_marker.h"

namespace icp::table {

void TextColumn::push(std::string_view cell) {
  const std::string_view v = values::trim(cell);
  if (!values::is_trimmed_missing_marker(v)) bytes_.append(v);
  push_end(bytes_.size());
}

void TextColumn::push_end(uint64_t end) {
  if (!wide_ && end > narrow_limit_) [[unlikely]] {
    wide_ends_.reserve(ends_.capacity());
    wide_ends_.assign(ends_.begin(), ends_.end());
    ends_ = std::vector<uint32_t>();
    wide_ = true;
  }
  if (wide_) wide_ends_.push_back(end);
  else ends_.push_back(static_cast<uint32_t>(end));
}

std::string_view TextColumn::value(size_t row) const {
  if (row >= size()) return {};
  const uint64_t begin = row == 0 ? 0 : end(row - 1);
  return std::string_view(bytes_).substr(begin, end(row) - begin);
}

void TextColumn::append(TextColumn&& more) {
  if (size() == 0) {
    *this = std::move(more);
    return;
  }
  append(static_cast<const TextColumn&>(more));
}

void TextColumn::append(const TextColumn& more) {
  if (size() == 0) {
    *this = more;
    return;
  }
  const uint64_t shift = bytes_.size();
  bytes_.append(more.bytes_);
  reserve(size() + more.size());
  for (size_t r = 0; r < more.size(); ++r) push_end(shift + more.end(r));
}

}  // namespace icp::table
