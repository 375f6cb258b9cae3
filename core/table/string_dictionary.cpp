#include "table/string_dictionary.h"

#include <cstring>

#include "values/missing_marker.h"

namespace icp::table {

uint64_t StringDictionary::hash(std::string_view value) {
  // Eight bytes at a time, each word folded in by a multiply and a shift (splitmix64's mixers).
  uint64_t h = 0x9E3779B97F4A7C15ull ^ value.size();
  const char* p = value.data();
  size_t left = value.size();
  const auto mix = [&h](uint64_t word) {
    h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  for (; left >= 8; left -= 8, p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    mix(word);
  }
  if (left > 0) {
    uint64_t word = 0;
    std::memcpy(&word, p, left);
    mix(word);
  }
  h ^= h >> 29;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

size_t StringDictionary::slot_of(std::string_view value, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
    const uint32_t s = slots_[i];
    if (s == 0) return i;
    if (hashes_[s - 1] == h && values_[s - 1] == value) return i;
  }
}

void StringDictionary::grow() {
  std::vector<uint32_t> slots(slots_.empty() ? 16 : slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint32_t code = 0; code < values_.size(); ++code) {
    size_t i = static_cast<size_t>(hashes_[code]) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = code + 1;
  }
  slots_.swap(slots);
}

uint32_t StringDictionary::find(std::string_view value) const {
  if (slots_.empty()) return kMissing;
  const uint32_t s = slots_[slot_of(value, hash(value))];
  return s == 0 ? kMissing : s - 1;
}

uint32_t StringDictionary::intern(std::string_view value) {
  if ((values_.size() + 1) * 2 > slots_.size()) grow();
  const uint64_t h = hash(value);
  const size_t i = slot_of(value, h);
  if (slots_[i] != 0) return slots_[i] - 1;
  const auto code = static_cast<uint32_t>(values_.size());
  values_.emplace_back(value);
  hashes_.push_back(h);
  slots_[i] = code + 1;
  return code;
}

void CategoricalColumn::push(std::string_view value) {
  const std::string_view v = values::trim(value);
  codes.push_back(values::is_missing_marker(v) ? StringDictionary::kMissing : dictionary.intern(v));
}

}  // namespace icp::table
