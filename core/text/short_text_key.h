// A short text (1 to 24 bytes) as a key that holds the text itself: its size, its first eight bytes,
// the eight after them (over 16 bytes) and its last eight (zero-padded under 8). Two texts with equal keys are equal, so a direct-mapped
// memo of such keys answers "seen lately?" without hashing, probing or comparing texts. Most cells
// of a CRM export's categorical columns (stages, types, sources, owners, industries, countries) are
// this short and take a few dozen distinct values; stage names ("Perception Analysis", "Id. Decision
// Makers") and types ("Existing Business") often pass 16 bytes, rarely 24. Used by table::StringDictionary's memo and by
// mapping::StageTable.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace icp::text {

static_assert(std::endian::native == std::endian::little, "words are read little-endian (x86, wasm)");

// The n < 8 bytes at p as a little-endian word, zero above, read by two overlapping loads of 4 (or
// 2) bytes rather than a byte at a time; it reads only [p, p + n).
inline uint64_t short_word(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return static_cast<uint64_t>(lo) | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return static_cast<uint64_t>(lo) | (static_cast<uint64_t>(hi) << (8 * (n - 2)));
  }
  return n == 1 ? static_cast<unsigned char>(p[0]) : 0;
}

struct ShortTextKey {
  static constexpr size_t kMaxSize = 24;

  uint64_t head = 0, middle = 0, tail = 0;
  uint32_t size = 0;  // 0: no text (an empty key never equals a real one)

  // The key of a text of 1..kMaxSize bytes (the caller checks the size).
  static ShortTextKey of(std::string_view text) {
    ShortTextKey k;
    const size_t n = text.size();
    k.size = static_cast<uint32_t>(n);
    // For 8..16 bytes the first and last eight cover every byte, for 17..24 the first sixteen and
    // the last eight; under 8 the zero-padded head holds them all.
    if (n >= 8) {
      std::memcpy(&k.head, text.data(), 8);
      std::memcpy(&k.tail, text.data() + n - 8, 8);
      if (n > 16) std::memcpy(&k.middle, text.data() + 8, 8);
    } else {
      k.head = short_word(text.data(), n);
    }
    return k;
  }
  static bool fits(std::string_view text) { return !text.empty() && text.size() <= kMaxSize; }

  // The key's slot in a direct-mapped memo of 256 entries.
  uint8_t slot() const { return static_cast<uint8_t>(mixed() >> 56); }
  // Its slot in one of 2^bits entries (1 ≤ bits ≤ 32).
  uint32_t slot(unsigned bits) const { return static_cast<uint32_t>(mixed() >> (64 - bits)); }

  friend bool operator==(const ShortTextKey&, const ShortTextKey&) = default;

 private:
  uint64_t mixed() const { return (head ^ ((tail ^ middle) * 0x9E3779B97F4A7C15ull) ^ size) * 0xBF58476D1CE4E5B9ull; }
};

}  // namespace icp::text
