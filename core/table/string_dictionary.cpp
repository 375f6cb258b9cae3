#include "table/string_dictionary.h"

#include <cstring>

#include "text/short_text_key.h"
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
    // The last 1..7 bytes as a little-endian word, zero above: without a memcpy of a variable size
    // (a call into libc in the wasm build, on every cell).
    uint64_t word = 0;
    if (value.size() >= 8) {
      std::memcpy(&word, p + left - 8, 8);  // the last 8 bytes; the ones before the tail shifted out
      word >>= 8 * (8 - left);
    } else {
      word = text::short_word(p, left);
    }
    mix(word);
  }
  h ^= h >> 29;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

namespace {

// a == b, eight bytes at a time (the wasm libc's memcmp goes byte by byte; most texts here are short).
bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  size_t left = a.size();
  for (; left >= 8; left -= 8, p += 8, q += 8) {
    uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, q, 8);
    if (x != y) return false;
  }
  for (; left > 0; --left, ++p, ++q) {
    if (*p != *q) return false;
  }
  return true;
}

}  // namespace

size_t StringDictionary::slot_of(std::string_view value, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  const auto h32 = static_cast<uint32_t>(h);
  for (size_t i = h32 & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.code_plus_one == 0) return i;
    if (s.hash == h32 && same_text(this->value(s.code_plus_one - 1), value)) return i;
  }
}

void StringDictionary::grow() {
  std::vector<Slot> slots(slots_.empty() ? 16 : slots_.size() * 2);
  const size_t mask = slots.size() - 1;
  for (const Slot& s : slots_) {
    if (s.code_plus_one == 0) continue;
    size_t i = s.hash & mask;
    while (slots[i].code_plus_one != 0) i = (i + 1) & mask;
    slots[i] = s;
  }
  slots_.swap(slots);
}

uint32_t StringDictionary::find(std::string_view value) const {
  if (slots_.empty()) return kMissing;
  const Slot& s = slots_[slot_of(value, hash(value))];
  return s.code_plus_one == 0 ? kMissing : s.code_plus_one - 1;
}

uint32_t StringDictionary::intern_in_table(std::string_view value) {
  if ((size() + 1) * 2 > slots_.size()) grow();
  const uint64_t h = hash(value);
  const size_t i = slot_of(value, h);
  if (slots_[i].code_plus_one != 0) return slots_[i].code_plus_one - 1;
  const auto code = static_cast<uint32_t>(size());
  texts_.insert(texts_.end(), value.begin(), value.end());
  starts_.push_back(texts_.size());
  slots_[i] = Slot{code + 1, static_cast<uint32_t>(h)};
  grow_memo_for(size());
  return code;
}

void CategoricalColumn::push(std::string_view value) {
  const std::string_view v = values::trim(value);
  codes.push_back(values::is_trimmed_missing_marker(v) ? StringDictionary::kMissing : dictionary.intern(v));
}

}  // namespace icp::table
