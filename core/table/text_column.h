// A text column kept as it is, for values that are nearly all distinct (a CRM's record ids): the
// texts side by side in one buffer, each row its end offset. A dictionary would hash and store every
// one of them for nothing; this is one append per row and no allocation beyond the buffer's growth.
// Cells are trimmed; an empty cell or a missing marker (values/missing_marker.h) reads as "".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::table {

class TextColumn {
 public:
  void push(std::string_view cell);
  void push_missing() { ends_.push_back(bytes_.size()); }
  // Row's text, "" when missing (or past the end).
  std::string_view value(size_t row) const;
  size_t size() const { return ends_.size(); }
  void reserve(size_t rows) { ends_.reserve(rows); }
  // Another column's rows after this one's.
  void append(const TextColumn& more);
  void append(TextColumn&& more);  // takes more's storage when this one is empty

 private:
  std::string bytes_;
  std::vector<uint64_t> ends_;  // per row: where its text ends in bytes_ (it starts where the previous ends)
};

}  // namespace icp::table
