// The level of every row (deal or customer key) in one segment dimension, a byte per row.
//
// A dimension has at most 13 levels (12 named and "Other", segments.cpp; bands fewer), so a byte
// holds any of them and 255 stands for "no level". Reads give the level as uint32_t, kNoLevel when
// there is none, the same as a vector of uint32_t would; a million deals take 1 MB, not 4, in each
// of the ten or so dimensions, and the passes over them (sales by segment, mix shift) read a quarter
// of the memory.
#pragma once

#include <cassert>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

namespace icp::metrics {

inline constexpr uint32_t kNoLevel = UINT32_MAX;

class LevelColumn {
 public:
  static constexpr uint8_t kNone = 255;      // the byte of a row without a level
  static constexpr uint32_t kMaxLevels = 255;  // levels 0..254 fit

  LevelColumn() = default;
  // From levels as uint32_t (kNoLevel for none); each must be kNoLevel or under kMaxLevels.
  LevelColumn(const std::vector<uint32_t>& levels) {  // NOLINT(google-explicit-constructor): a column is its levels
    bytes_.reserve(levels.size());
    for (uint32_t l : levels) push_back(l);
  }
  LevelColumn(std::initializer_list<uint32_t> levels) : LevelColumn(std::vector<uint32_t>(levels)) {}

  size_t size() const { return bytes_.size(); }
  bool empty() const { return bytes_.empty(); }
  void reserve(size_t n) { bytes_.reserve(n); }
  void push_back(uint32_t level) { bytes_.push_back(byte_of(level)); }
  void assign(size_t n, uint32_t level) { bytes_.assign(n, byte_of(level)); }
  void resize(size_t n, uint32_t level = kNoLevel) { bytes_.resize(n, byte_of(level)); }
  void set(size_t i, uint32_t level) { bytes_[i] = byte_of(level); }
  // The raw bytes at once: each a level under kMaxLevels or kNone.
  void assign_bytes(std::vector<uint8_t> bytes) { bytes_ = std::move(bytes); }

  uint32_t operator[](size_t i) const { return level_of(bytes_[i]); }
  uint32_t back() const { return level_of(bytes_.back()); }
  // The raw bytes, kNone for no level (for passes that test `< levels` anyway).
  std::span<const uint8_t> bytes() const { return bytes_; }
  // The levels as uint32_t, kNoLevel for none.
  std::vector<uint32_t> widened() const {
    std::vector<uint32_t> out(bytes_.size());
    for (size_t i = 0; i < bytes_.size(); ++i) out[i] = level_of(bytes_[i]);
    return out;
  }

  friend bool operator==(const LevelColumn&, const LevelColumn&) = default;

 private:
  static uint8_t byte_of(uint32_t level) {
    assert(level == kNoLevel || level < kMaxLevels);
    return level < kMaxLevels ? static_cast<uint8_t>(level) : kNone;
  }
  static uint32_t level_of(uint8_t b) { return b == kNone ? kNoLevel : b; }

  std::vector<uint8_t> bytes_;
};

}  // namespace icp::metrics
