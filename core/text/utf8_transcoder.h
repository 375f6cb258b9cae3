// Streaming conversion of an export's bytes to UTF-8, chunk by chunk, for the CSV reader.
//
// Chunks may end anywhere — inside a UTF-16 code unit, between the two halves of a surrogate pair,
// inside a UTF-8 sequence or a byte order mark: what cannot be converted yet is carried to the next
// call, so the output never depends on where the chunks end. convert() returns the UTF-8 of the
// chunk, valid until the next call; one internal buffer is reused (it grows to the largest chunk
// seen, then no call allocates).
//
// Per encoding:
// - UTF-8: zero-copy pass-through (convert() returns the chunk itself). The bytes are not
//   repaired: an invalid sequence reaches the CSV reader as it is, and the JSON writer turns it into
//   U+FFFD (report/json_writer.h). With TranscoderOptions::check_utf8 (the default) the invalid
//   sequences are counted in replacements(), so the caller can report them.
//   Fallback: a file read as plain UTF-8 whose bytes were all ASCII so far switches to Windows-1252
//   at its first byte that is not UTF-8 (detect_encoding() only sees the first 64 KB; an old Excel
//   CSV often has its first "é" much later). Everything emitted before was ASCII, identical in both,
//   so nothing already emitted is wrong; encoding() then says windows1252 and fell_back() is true.
//   Once one valid multi-byte UTF-8 character has been seen, the file is UTF-8 for good and later
//   invalid bytes are only counted. To make this exact, while the fallback is still possible a
//   multi-byte sequence cut by the end of a chunk is held back until the next call (a copy, once).
// - UTF-8 with BOM: the same, minus the 3 BOM bytes (even when split across chunks), never falls
//   back (a BOM is the writer saying UTF-8). If the input does not start with the BOM nothing is removed.
// - UTF-16 LE / BE: a leading U+FEFF (the BOM) is dropped; unpaired surrogates and a last odd byte
//   become U+FFFD, counted. U+0000 is kept (it is a character, as in any decoder).
// - Windows-1252: 0x80–0x9F by the Windows table (0x80 → €, 0x93/0x94 → “ ”, …), 0xA0–0xFF as Latin-1.
//   The five bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD and
//   are counted, as glibc's iconv refuses them: they mean the file is not really Windows-1252, and a
//   C1 control character (what the WHATWG decoder in browsers gives) would be invisible garbage in a
//   cell.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "text/encoding.h"

namespace icp::text {

struct TranscoderOptions {
  // UTF-8 input: count invalid sequences (bytes left as they are). Costs one scan of the input,
  // fast on ASCII; without it the UTF-8 pass-through never looks at the bytes (and cannot fall back).
  bool check_utf8 = true;
  // Encoding::utf8 only (needs check_utf8): switch to Windows-1252 at the first non-UTF-8 byte when
  // everything before it was ASCII.
  bool utf8_fallback_to_windows1252 = true;
};

// The options to decode a file whose encoding was guessed: the Windows-1252 fallback stays on only
// when the guess is UTF-8 and its sample held no invalid UTF-8 (pure ASCII, or valid so far). For a
// "mostly valid UTF-8" guess it is off: a stray byte before the first valid "é" must not turn the
// rest of a UTF-8 file into mojibake. When the user chose the encoding, use
// TranscoderOptions{.check_utf8 = true, .utf8_fallback_to_windows1252 = false}: they said UTF-8.
TranscoderOptions transcoder_options_for(const EncodingGuess& guess);

class Utf8Transcoder {
 public:
  static constexpr uint64_t npos = std::numeric_limits<uint64_t>::max();

  explicit Utf8Transcoder(Encoding encoding, TranscoderOptions options = {});
  Utf8Transcoder(const Utf8Transcoder&) = delete;
  Utf8Transcoder& operator=(const Utf8Transcoder&) = delete;

  // UTF-8 of the next bytes, possibly empty. Valid until the next call to convert() or finish().
  std::string_view convert(std::string_view chunk);
  // No more input: what was carried (a cut sequence becomes U+FFFD, counted). Call once.
  std::string_view finish();

  // The encoding in effect now: the one given, or windows1252 after a fallback.
  Encoding encoding() const { return current_; }
  bool fell_back() const { return fell_back_; }
  // Input byte offset of the first byte that was not UTF-8 (npos without a fallback).
  uint64_t fallback_offset() const { return fallback_offset_; }

  // Invalid input sequences: each one became one U+FFFD in the output, except in the UTF-8
  // pass-through where it is only counted (see above). Unassigned Windows-1252 bytes, unpaired
  // surrogates, ill-formed UTF-8 (one per maximal ill-formed subpart, as the Unicode standard
  // recommends) and a sequence cut by the end of the input.
  uint64_t replacements() const { return replacements_; }
  // Input byte offset at which the first of them starts (npos when there is none).
  uint64_t first_replacement_offset() const { return first_replacement_offset_; }

  uint64_t bytes_in() const { return bytes_in_; }
  uint64_t bytes_out() const { return bytes_out_; }

 private:
  std::string_view convert_utf8(std::string_view chunk, uint64_t base);
  std::string_view process_utf8(std::string_view view, uint64_t base);
  void check_utf8_from(const unsigned char* p, size_t n, size_t from, uint64_t base);
  std::string_view fall_back_and_decode(std::string_view view, uint64_t base, uint64_t offset);
  std::string_view convert_utf16(std::string_view chunk, uint64_t base);
  template <bool kBigEndian>
  char* utf16_run(const unsigned char* p, const unsigned char* end, uint64_t base, char* out);
  char* utf16_unit(uint32_t unit, uint64_t offset, char* out);
  char* windows1252_run(const unsigned char* p, size_t n, uint64_t base, char* out);
  char* reserve(size_t bytes);
  void count_replacement(uint64_t offset);
  std::string_view emit(std::string_view out);

  Encoding declared_;
  Encoding current_;
  TranscoderOptions options_;
  bool finished_ = false;

  // The one output buffer (not zero-initialised, grows geometrically).
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;

  uint64_t bytes_in_ = 0;
  uint64_t bytes_out_ = 0;
  uint64_t replacements_ = 0;
  uint64_t first_replacement_offset_ = npos;
  bool fell_back_ = false;
  uint64_t fallback_offset_ = npos;

  // UTF-8 with BOM: how many BOM bytes were matched while undecided; the joined bytes when a
  // partial match turns out not to be a BOM.
  bool bom_decided_ = false;
  uint8_t bom_matched_ = 0;
  std::string joined_;

  // UTF-8 validation carried across chunks.
  uint8_t need_ = 0;          // continuation bytes still expected
  uint8_t lo_ = 0x80;         // range of the next continuation byte
  uint8_t hi_ = 0xBF;
  uint64_t seq_offset_ = 0;   // input offset of the lead byte of the sequence in progress
  bool armed_ = false;        // the Windows-1252 fallback is still possible
  unsigned char held_[4] = {};  // while armed: the cut sequence not emitted yet
  uint8_t held_n_ = 0;

  // UTF-16 state carried across chunks.
  bool bom_checked_ = false;  // the first code unit has been looked at
  bool have_odd_ = false;     // one byte of a code unit carried
  unsigned char odd_byte_ = 0;
  uint64_t odd_offset_ = 0;
  uint32_t high_ = 0;         // a high surrogate waiting for its low half (0: none)
  uint64_t high_offset_ = 0;
};

}  // namespace icp::text
