#include "text/utf8_transcoder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace icp::text {
namespace {

constexpr unsigned char kUtf8Bom[3] = {0xEF, 0xBB, 0xBF};
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// --- Windows-1252 ------------------------------------------------------------------------------

struct Cp1252Entry {
  char bytes[4];  // UTF-8, padded (4 bytes are always copied, len are kept)
  uint8_t len;
  bool unassigned;
};

// 0x80–0x9F; 0 marks the five bytes Windows-1252 leaves unassigned.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98–9F
};

constexpr std::array<Cp1252Entry, 256> make_cp1252_table() {
  std::array<Cp1252Entry, 256> table{};
  for (unsigned b = 0; b < 256; ++b) {
    unsigned cp = b;
    bool unassigned = false;
    if (b >= 0x80 && b < 0xA0) {
      cp = kCp1252High[b - 0x80];
      if (cp == 0) {
        cp = 0xFFFD;
        unassigned = true;
      }
    }
    Cp1252Entry e{{0, 0, 0, 0}, 0, unassigned};
    if (cp < 0x80) {
      e.bytes[0] = static_cast<char>(cp);
      e.len = 1;
    } else if (cp < 0x800) {
      e.bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
      e.bytes[1] = static_cast<char>(0x80 | (cp & 0x3F));
      e.len = 2;
    } else {
      e.bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
      e.bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      e.bytes[2] = static_cast<char>(0x80 | (cp & 0x3F));
      e.len = 3;
    }
    table[b] = e;
  }
  return table;
}

constexpr std::array<Cp1252Entry, 256> kCp1252 = make_cp1252_table();

// --- UTF-8 -------------------------------------------------------------------------------------

// Lead byte → sequence length (0: never a lead byte) and the range of the byte after it
// (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
struct Lead {
  uint8_t len, lo, hi;
};

inline Lead lead_of(unsigned b) {
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
  if (b >= 0xE0 && b <= 0xEF) return {3, static_cast<uint8_t>(b == 0xE0 ? 0xA0 : 0x80), static_cast<uint8_t>(b == 0xED ? 0x9F : 0xBF)};
  if (b >= 0xF0 && b <= 0xF4) return {4, static_cast<uint8_t>(b == 0xF0 ? 0x90 : 0x80), static_cast<uint8_t>(b == 0xF4 ? 0x8F : 0xBF)};
  return {0, 0, 0};
}

inline uint64_t load64(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline char* put_fffd(char* o) {
  o[0] = static_cast<char>(0xEF);
  o[1] = static_cast<char>(0xBF);
  o[2] = static_cast<char>(0xBD);
  return o + 3;
}

}  // namespace

TranscoderOptions transcoder_options_for(const EncodingGuess& guess) {
  TranscoderOptions options;
  options.check_utf8 = true;
  options.utf8_fallback_to_windows1252 = guess.encoding == Encoding::utf8 && guess.invalid_utf8_sequences == 0;
  return options;
}

Utf8Transcoder::Utf8Transcoder(Encoding encoding, TranscoderOptions options)
    : declared_(encoding), current_(encoding), options_(options) {
  armed_ = encoding == Encoding::utf8 && options.check_utf8 && options.utf8_fallback_to_windows1252;
}

char* Utf8Transcoder::reserve(size_t bytes) {
  if (bytes > capacity_) {
    const size_t grown = std::max(bytes, capacity_ + capacity_ / 2);
    buffer_.reset(new char[grown]);  // not zero-initialised: every byte returned is written first
    capacity_ = grown;
  }
  return buffer_.get();
}

void Utf8Transcoder::count_replacement(uint64_t offset) {
  if (replacements_ == 0) first_replacement_offset_ = offset;
  ++replacements_;
}

std::string_view Utf8Transcoder::emit(std::string_view out) {
  bytes_out_ += out.size();
  return out;
}

std::string_view Utf8Transcoder::convert(std::string_view chunk) {
  if (finished_) return {};
  const uint64_t base = bytes_in_;
  bytes_in_ += chunk.size();
  switch (current_) {
    case Encoding::utf8:
    case Encoding::utf8_bom:
      return emit(convert_utf8(chunk, base));
    case Encoding::utf16le:
    case Encoding::utf16be:
      return emit(convert_utf16(chunk, base));
    case Encoding::windows1252: {
      char* out = reserve(chunk.size() * 3 + 8);
      char* end = windows1252_run(reinterpret_cast<const unsigned char*>(chunk.data()), chunk.size(), base, out);
      return emit(std::string_view(out, static_cast<size_t>(end - out)));
    }
  }
  return {};
}

std::string_view Utf8Transcoder::finish() {
  if (finished_) return {};
  finished_ = true;
  std::string_view out;
  switch (current_) {
    case Encoding::utf8:
    case Encoding::utf8_bom:
      if (declared_ == Encoding::utf8_bom && !bom_decided_ && bom_matched_ > 0) {
        // The input was a lone start of a BOM ("EF" or "EF BB"): those bytes are the text.
        bom_decided_ = true;
        joined_.assign(reinterpret_cast<const char*>(kUtf8Bom), bom_matched_);
        out = process_utf8(joined_, bytes_in_ - bom_matched_);
      }
      if (need_ > 0) {  // a sequence cut by the end of the input
        if (held_n_ > 0) {
          // Still armed: the file was ASCII up to a lone lead byte at its end ("Café" in Windows-1252).
          out = fall_back_and_decode({}, bytes_in_, seq_offset_);
        } else {
          count_replacement(seq_offset_);
          need_ = 0;
        }
      }
      break;
    case Encoding::utf16le:
    case Encoding::utf16be: {
      char* o = reserve(16);
      char* const start = o;
      if (high_ != 0) {
        count_replacement(high_offset_);
        o = put_fffd(o);
        high_ = 0;
      }
      if (have_odd_) {
        count_replacement(odd_offset_);
        o = put_fffd(o);
        have_odd_ = false;
      }
      out = std::string_view(start, static_cast<size_t>(o - start));
      break;
    }
    case Encoding::windows1252:
      break;
  }
  return emit(out);
}

// --- UTF-8 -------------------------------------------------------------------------------------

std::string_view Utf8Transcoder::convert_utf8(std::string_view chunk, uint64_t base) {
  if (declared_ != Encoding::utf8_bom || bom_decided_) return process_utf8(chunk, base);
  const uint8_t before = bom_matched_;
  size_t i = 0;
  while (bom_matched_ < 3 && i < chunk.size() &&
         static_cast<unsigned char>(chunk[i]) == kUtf8Bom[bom_matched_]) {
    ++bom_matched_;
    ++i;
  }
  if (bom_matched_ == 3) {
    bom_decided_ = true;
    return process_utf8(chunk.substr(i), base + i);
  }
  if (i == chunk.size()) return {};  // all of it may still be a BOM
  bom_decided_ = true;  // not a BOM: the bytes matched in earlier chunks are text
  if (before == 0) return process_utf8(chunk, base);
  joined_.assign(reinterpret_cast<const char*>(kUtf8Bom), before);
  joined_.append(chunk);
  return process_utf8(joined_, base - before);
}

std::string_view Utf8Transcoder::process_utf8(std::string_view view, uint64_t base) {
  if (!options_.check_utf8) return view;
  const auto* p = reinterpret_cast<const unsigned char*>(view.data());
  const size_t n = view.size();
  if (!armed_) {
    check_utf8_from(p, n, 0, base);
    return view;
  }

  // Armed: ASCII so far. Looks for the first multi-byte character (then the file is UTF-8) or the
  // first invalid byte (then it is Windows-1252).
  if (held_n_ > 0) {  // a sequence cut by the previous chunk, not emitted yet
    size_t i = 0;
    while (need_ > 0 && i < n) {
      const unsigned c = p[i];
      if (c < lo_ || c > hi_) return fall_back_and_decode(view, base, seq_offset_);
      ++i;
      --need_;
      lo_ = 0x80;
      hi_ = 0xBF;
    }
    if (need_ > 0) {  // still cut: the whole view was continuation bytes (at most 2)
      std::memcpy(held_ + held_n_, p, n);
      held_n_ = static_cast<uint8_t>(held_n_ + n);
      return {};
    }
    armed_ = false;
    check_utf8_from(p, n, i, base);
    char* out = reserve(held_n_ + n);
    std::memcpy(out, held_, held_n_);
    if (n > 0) std::memcpy(out + held_n_, p, n);
    const size_t size = held_n_ + n;
    held_n_ = 0;
    return std::string_view(out, size);
  }

  size_t i = 0;
  while (i < n) {
    while (n - i >= 16 && ((load64(p + i) | load64(p + i + 8)) & kHighBits) == 0) i += 16;
    while (i < n && p[i] < 0x80) ++i;
    if (i == n) break;
    const Lead lead = lead_of(p[i]);
    if (lead.len == 0) return fall_back_and_decode(view, base, base + i);
    unsigned lo = lead.lo, hi = lead.hi;
    size_t j = 1;
    for (; j < lead.len && i + j < n; ++j) {
      const unsigned c = p[i + j];
      if (c < lo || c > hi) return fall_back_and_decode(view, base, base + i);
      lo = 0x80;
      hi = 0xBF;
    }
    if (j == lead.len) {  // a valid multi-byte character: UTF-8 for good
      armed_ = false;
      check_utf8_from(p, n, i + j, base);
      return view;
    }
    // Cut by the end of the chunk: hold it back until the next call decides.
    need_ = static_cast<uint8_t>(lead.len - j);
    lo_ = static_cast<uint8_t>(lo);
    hi_ = static_cast<uint8_t>(hi);
    seq_offset_ = base + i;
    std::memcpy(held_, p + i, j);
    held_n_ = static_cast<uint8_t>(j);
    return view.substr(0, i);
  }
  return view;
}

void Utf8Transcoder::check_utf8_from(const unsigned char* p, size_t n, size_t from, uint64_t base) {
  size_t i = from;
  // A sequence carried from the previous chunk (already emitted).
  while (need_ > 0 && i < n) {
    const unsigned c = p[i];
    if (c < lo_ || c > hi_) {
      need_ = 0;
      count_replacement(seq_offset_);
      break;  // the byte is read again as a lead byte
    }
    ++i;
    --need_;
    lo_ = 0x80;
    hi_ = 0xBF;
  }
  if (need_ > 0) return;
  lo_ = 0x80;
  hi_ = 0xBF;
  while (i < n) {
    while (n - i >= 16 && ((load64(p + i) | load64(p + i + 8)) & kHighBits) == 0) i += 16;
    while (i < n && p[i] < 0x80) ++i;
    if (i == n) break;
    const Lead lead = lead_of(p[i]);
    if (lead.len == 0) {
      count_replacement(base + i);
      ++i;
      continue;
    }
    unsigned lo = lead.lo, hi = lead.hi;
    size_t j = 1;
    for (; j < lead.len && i + j < n; ++j) {
      const unsigned c = p[i + j];
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xBF;
    }
    if (j == lead.len) {
      i += j;
    } else if (i + j < n) {  // broken by p[i + j]: one maximal ill-formed subpart
      count_replacement(base + i);
      i += j;
    } else {  // cut by the end of the chunk: carried
      need_ = static_cast<uint8_t>(lead.len - j);
      lo_ = static_cast<uint8_t>(lo);
      hi_ = static_cast<uint8_t>(hi);
      seq_offset_ = base + i;
      i = n;
    }
  }
}

// The file turns out not to be UTF-8 at `offset`, with only ASCII before it: decodes what was held
// back and `view` as Windows-1252, which it will be from now on.
std::string_view Utf8Transcoder::fall_back_and_decode(std::string_view view, uint64_t base, uint64_t offset) {
  fell_back_ = true;
  fallback_offset_ = offset;
  current_ = Encoding::windows1252;
  armed_ = false;
  need_ = 0;
  char* out = reserve((held_n_ + view.size()) * 3 + 8);
  char* o = windows1252_run(held_, held_n_, seq_offset_, out);
  o = windows1252_run(reinterpret_cast<const unsigned char*>(view.data()), view.size(), base, o);
  held_n_ = 0;
  return std::string_view(out, static_cast<size_t>(o - out));
}

// --- Windows-1252 ------------------------------------------------------------------------------

char* Utf8Transcoder::windows1252_run(const unsigned char* p, size_t n, uint64_t base, char* o) {
  size_t i = 0;
  while (i < n) {
    if (n - i >= 8) {
      if ((load64(p + i) & kHighBits) == 0) {
        std::memcpy(o, p + i, 8);
        o += 8;
        i += 8;
        continue;
      }
      for (const size_t stop = i + 8; i < stop; ++i) {
        const Cp1252Entry& e = kCp1252[p[i]];
        std::memcpy(o, e.bytes, 4);
        o += e.len;
        if (e.unassigned) count_replacement(base + i);
      }
      continue;
    }
    const Cp1252Entry& e = kCp1252[p[i]];
    std::memcpy(o, e.bytes, 4);
    o += e.len;
    if (e.unassigned) count_replacement(base + i);
    ++i;
  }
  return o;
}

// --- UTF-16 ------------------------------------------------------------------------------------

char* Utf8Transcoder::utf16_unit(uint32_t unit, uint64_t offset, char* o) {
  if (high_ != 0) {
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      const uint32_t cp = 0x10000 + ((high_ - 0xD800) << 10) + (unit - 0xDC00);
      o[0] = static_cast<char>(0xF0 | (cp >> 18));
      o[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o[3] = static_cast<char>(0x80 | (cp & 0x3F));
      high_ = 0;
      return o + 4;
    }
    count_replacement(high_offset_);  // a high surrogate not followed by a low one
    o = put_fffd(o);
    high_ = 0;
  }
  if (unit < 0x80) {
    *o++ = static_cast<char>(unit);
  } else if (unit < 0x800) {
    o[0] = static_cast<char>(0xC0 | (unit >> 6));
    o[1] = static_cast<char>(0x80 | (unit & 0x3F));
    o += 2;
  } else if (unit >= 0xD800 && unit <= 0xDBFF) {
    high_ = unit;
    high_offset_ = offset;
  } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
    count_replacement(offset);  // a low surrogate with no high one before it
    o = put_fffd(o);
  } else {
    o[0] = static_cast<char>(0xE0 | (unit >> 12));
    o[1] = static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
    o[2] = static_cast<char>(0x80 | (unit & 0x3F));
    o += 3;
  }
  return o;
}

template <bool kBigEndian>
char* Utf8Transcoder::utf16_run(const unsigned char* p, const unsigned char* end, uint64_t base, char* o) {
  const unsigned char* const start = p;
  auto load = [](const unsigned char* q) -> uint32_t {
    return kBigEndian ? (uint32_t{q[0]} << 8 | q[1]) : (q[0] | uint32_t{q[1]} << 8);
  };
  while (end - p >= 2) {
    if constexpr (std::endian::native == std::endian::little) {
      if (end - p >= 16 && high_ == 0) {
        // 8 code units at once when all are ASCII: the high byte zero and the low byte < 0x80.
        constexpr uint64_t mask = kBigEndian ? 0x80FF80FF80FF80FFull : 0xFF80FF80FF80FF80ull;
        uint64_t w0 = load64(p), w1 = load64(p + 8);
        if (((w0 | w1) & mask) == 0) {
          if constexpr (kBigEndian) {
            w0 >>= 8;
            w1 >>= 8;
          }
          // Characters at bits 0, 16, 32, 48 → packed into the low 32 bits.
          w0 = (w0 | (w0 >> 8)) & 0x0000FFFF0000FFFFull;
          w0 = (w0 | (w0 >> 16)) & 0x00000000FFFFFFFFull;
          w1 = (w1 | (w1 >> 8)) & 0x0000FFFF0000FFFFull;
          w1 = (w1 | (w1 >> 16)) & 0x00000000FFFFFFFFull;
          const uint64_t packed = w0 | (w1 << 32);
          std::memcpy(o, &packed, 8);
          o += 8;
          p += 16;
          continue;
        }
        // Not all ASCII: these 8 units one by one.
        for (const unsigned char* stop = p + 16; p < stop; p += 2) {
          const uint32_t unit = load(p);
          if (unit < 0x80 && high_ == 0) {
            *o++ = static_cast<char>(unit);
          } else {
            o = utf16_unit(unit, base + static_cast<uint64_t>(p - start), o);
          }
        }
        continue;
      }
    }
    const uint32_t unit = load(p);
    if (unit < 0x80 && high_ == 0) {
      *o++ = static_cast<char>(unit);
    } else {
      o = utf16_unit(unit, base + static_cast<uint64_t>(p - start), o);
    }
    p += 2;
  }
  return o;
}

std::string_view Utf8Transcoder::convert_utf16(std::string_view chunk, uint64_t base) {
  const bool big_endian = current_ == Encoding::utf16be;
  const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
  const auto* const end = p + chunk.size();
  const size_t units = (chunk.size() + (have_odd_ ? 1 : 0)) / 2;
  char* const out = reserve(units * 3 + 16);
  char* o = out;
  if (have_odd_ && p < end) {  // the second byte of a code unit cut by the previous chunk
    const uint32_t unit = big_endian ? (uint32_t{odd_byte_} << 8 | *p) : (odd_byte_ | uint32_t{*p} << 8);
    ++p;
    have_odd_ = false;
    const bool is_bom = !bom_checked_ && unit == 0xFEFF;
    bom_checked_ = true;
    if (!is_bom) o = utf16_unit(unit, odd_offset_, o);
  }
  if (!bom_checked_ && end - p >= 2) {
    bom_checked_ = true;
    const uint32_t unit = big_endian ? (uint32_t{p[0]} << 8 | p[1]) : (p[0] | uint32_t{p[1]} << 8);
    if (unit == 0xFEFF) p += 2;
  }
  const auto* const run_end = p + ((end - p) & ~static_cast<ptrdiff_t>(1));
  const uint64_t run_base = base + static_cast<uint64_t>(p - reinterpret_cast<const unsigned char*>(chunk.data()));
  o = big_endian ? utf16_run<true>(p, run_end, run_base, o) : utf16_run<false>(p, run_end, run_base, o);
  if (run_end < end) {
    have_odd_ = true;
    odd_byte_ = *run_end;
    odd_offset_ = base + static_cast<uint64_t>(run_end - reinterpret_cast<const unsigned char*>(chunk.data()));
  }
  return std::string_view(out, static_cast<size_t>(o - out));
}

}  // namespace icp::text
