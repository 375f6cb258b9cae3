// Text encodings of the exports, and the guess of which one a file uses (FORMATS.md: BOMs, UTF-16
// "Unicode text" saved by Excel, Windows-1252 accents).
//
// detect_encoding() looks at the first bytes of a file (up to kEncodingSniffBytes, or the whole
// file when it is shorter) and decides, in this order:
//   1. a byte order mark: EF BB BF → UTF-8 with BOM, FF FE → UTF-16 LE, FE FF → UTF-16 BE
//      (UTF-32 BOMs are recognised and refused as not_text);
//   2. UTF-16 without a BOM, from where the NUL bytes are: ASCII text in UTF-16 LE has a zero at
//      every odd offset (in BE, every even one). At least 10% of the odd (even) bytes zero and at
//      most 1 even (odd) zero per 8 of them: text in a non-Latin script still has its delimiters,
//      digits and line breaks in ASCII, and an 8-bit text file has no NUL at all;
//   3. UTF-8 when the bytes are valid UTF-8 (a prefix cut inside a multi-byte sequence is not held
//      against it), or mostly valid: at least 4 valid multi-byte sequences per invalid one;
//      pure ASCII is UTF-8 — a file whose first accent comes later is handled by the transcoder,
//      which falls back to Windows-1252 at the first byte that is not UTF-8 (utf8_transcoder.h);
//   4. otherwise Windows-1252 (old Excel / Windows "CSV" saves).
// NUL bytes that follow no UTF-16 pattern, or many control bytes, mark the input as not_text (a
// spreadsheet .xlsx, a zip, an image dropped by mistake): the caller should refuse it with the reason.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace icp::text {

enum class Encoding {
  utf8,         // no BOM (pure ASCII too)
  utf8_bom,     // starts with EF BB BF
  utf16le,      // with or without the FF FE BOM
  utf16be,      // with or without the FE FF BOM
  windows1252,  // Western European Windows code page (a superset of printable Latin-1)
};

// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252".
std::string_view encoding_name(Encoding encoding);

// Stable lower-case ids for JSON and the CLI: "utf-8", "utf-8-bom", "utf-16le", "utf-16be",
// "windows-1252".
std::string_view encoding_id(Encoding encoding);

// Inverse of encoding_id, also accepting common spellings ("utf8", "UTF-16LE", "cp1252", "latin1",
// "iso-8859-1" — Latin-1 files are read as Windows-1252, as browsers do). False when unknown.
bool parse_encoding(std::string_view text, Encoding& out);

// How much of a file detect_encoding() wants to see.
inline constexpr size_t kEncodingSniffBytes = 64 * 1024;

struct EncodingGuess {
  Encoding encoding = Encoding::utf8;
  double confidence = 0;  // 0..1: 1 for a BOM or pure ASCII, lower for the statistical guesses
  std::string reason;     // one human sentence, e.g. "UTF-16 LE byte order mark (FF FE)"
  bool not_text = false;  // binary or unsupported (UTF-32): encoding is meaningless, refuse the file
  // Invalid UTF-8 sequences seen in the sample when the guess is UTF-8 anyway ("mostly valid");
  // transcoder_options_for() (utf8_transcoder.h) then turns the Windows-1252 fallback off.
  size_t invalid_utf8_sequences = 0;
};

// first_bytes: the start of the file, kEncodingSniffBytes of it or all of it. complete: true when
// first_bytes is the whole file (then a multi-byte sequence cut at the end counts as invalid).
// Give at least 4 bytes unless the file is shorter.
EncodingGuess detect_encoding(std::string_view first_bytes, bool complete);

}  // namespace icp::text
