// A text column kept as it is, for values that are nearly all distinct (a CRM's record ids): the
// texts side by side in one buffer, each row its end offset. A dictionary would hash and store every
// one of them for nothing; this is one append per row and no allocation beyond the buffer's growth.
// Cells are trimmed; an empty cell or a missing marker (values/missing_marker.h) reads as "".
// The ends take 4 bytes a row (on a million deals 4 MB, not 8) until the texts pass 4 GiB, where the
// column widens them to 8 once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::table {

class TextColumn {
 public:
  TextColumn() = default;
  // The byte count past which the ends widen to 8 bytes (4 GiB; smaller only in tests).
  explicit TextColumn(uint64_t narrow_limit) : narrow_limit_(narrow_limit) {}

  void push(std::string_view cell);
  void push_missing() { push_end(bytes_.size()); }
  // Row's text, "" when missing (or past the end).
  std::string_view value(size_t row) const;
  size_t size() const { return wide_ ? wide_ends_.size() : ends_.size(); }
  void reserve(size_t rows) { wide_ ? wide_ends_.reserve(rows) : ends_.reserve(rows); }
  // Whether the ends are 8 bytes (the texts passed the narrow limit).
  bool wide() const { return wide_; }
  // Another column's rows after this one's.
  void append(const TextColumn& more);
  void append(TextColumn&& more);  // takes more's storage when this one is empty

 private:
  uint64_t end(size_t row) const { return wide_ ? wide_ends_[row] : ends_[row]; }
  void push_end(uint64_t end);

  std::string bytes_;
  std::vector<uint32_t> ends_;       // per row: where its text ends in bytes_ (it starts where the previous ends)
  std::vector<uint64_t> wide_ends_;  // the same, once wide
  bool wide_ = false;
  uint64_t narrow_limit_ = UINT32_MAX;
};

}  // namespace icp::table
