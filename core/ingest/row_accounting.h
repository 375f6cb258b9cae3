// Row accounting of one input file: nothing is dropped without being counted and explained.
// Rejected rows are not used at all; warnings keep the row but lose one value (an unreadable date).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::ingest {

struct ReasonCount {
  std::string reason;
  uint64_t count = 0;
  std::vector<uint64_t> first_lines;  // up to kFirstLines 1-based line numbers, in file order
};

class RowAccounting {
 public:
  static constexpr size_t kFirstLines = 5;

  void count_read() { ++rows_read_; }
  void count_used() { ++rows_used_; }
  void reject(std::string_view reason, uint64_t line) {
    ++rejected_total_;
    last_rejected_ = add(rejected_, reason, line);
  }
  void warn(std::string_view reason, uint64_t line) { add(warnings_, reason, line); }
  // Replaces a warning's reason (counted under a fixed key, worded at the end with what was found
  // on the way, e.g. where the first NUL byte was); nothing when no warning has that reason.
  void reword_warning(std::string_view reason, std::string wording);

  uint64_t rows_read() const { return rows_read_; }
  uint64_t rows_used() const { return rows_used_; }
  uint64_t rows_rejected() const { return rejected_total_; }
  // The reason of the latest rejection.
  const std::string& last_rejected_reason() const { return rejected_[last_rejected_].reason; }
  const std::vector<ReasonCount>& rejected() const { return rejected_; }
  const std::vector<ReasonCount>& warnings() const { return warnings_; }

 private:
  static size_t add(std::vector<ReasonCount>& list, std::string_view reason, uint64_t line);
  uint64_t rows_read_ = 0;
  uint64_t rows_used_ = 0;
  uint64_t rejected_total_ = 0;
  size_t last_rejected_ = 0;
  std::vector<ReasonCount> rejected_;  // in order of first occurrence
  std::vector<ReasonCount> warnings_;
};

}  // namespace icp::ingest
