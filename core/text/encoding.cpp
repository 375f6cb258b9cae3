#include "text/encoding.h"

#include <cstdint>
#include <string>

namespace icp::text {

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8 with BOM";
    case Encoding::utf16le: return "UTF-16 LE";
    case Encoding::utf16be: return "UTF-16 BE";
    case Encoding::windows1252: return "Windows-1252";
  }
  return "UTF-8";
}

std::string_view encoding_id(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf8_bom: return "utf-8-bom";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::windows1252: return "windows-1252";
  }
  return "utf-8";
}

namespace {

// Lower case, without '-', '_' and spaces: "UTF-16 LE" → "utf16le".
std::string squeeze(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '-' || c == '_' || c == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// Counts of the UTF-8 scan of a prefix.
struct Utf8Scan {
  size_t ascii = 0;
  size_t multibyte = 0;  // valid sequences of 2 to 4 bytes
  size_t invalid = 0;    // maximal ill-formed subparts (each would become one U+FFFD)
  size_t first_invalid = 0;
};

// Validity follows Unicode Table 3-7 (no overlongs, no surrogates, nothing above U+10FFFF). A
// sequence cut by the end of the prefix is invalid only when the prefix is the whole input.
Utf8Scan scan_utf8(std::string_view s, bool complete) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  auto mark_invalid = [&scan](size_t at) {
    if (scan.invalid == 0) scan.first_invalid = at;
    ++scan.invalid;
  };
  while (i < n) {
    const unsigned b = p[i];
    if (b < 0x80) {
      ++scan.ascii;
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      mark_invalid(i);
      ++i;
      continue;
    }
    size_t j = 1;
    bool cut = false;
    for (; j < len; ++j) {
      if (i + j >= n) {
        cut = true;
        break;
      }
      const unsigned c = p[i + j];
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xBF;
    }
    if (cut) {
      if (complete) mark_invalid(i);
      break;
    }
    if (j < len) {
      mark_invalid(i);
      i += j;  // the maximal subpart; the byte that broke it is read again as a lead byte
      continue;
    }
    ++scan.multibyte;
    i += len;
  }
  return scan;
}

// Where the first NUL or other control byte of the sample is: "; the first NUL byte at line 2,
// column 15" (column in bytes), so the message about a refused file points at the place.
std::string where_first_control(std::string_view s) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == '\n') {
      ++line;
      line_start = i + 1;
    } else if (b < 0x09 || (b >= 0x0E && b < 0x20 && b != 0x1B)) {
      return std::string("; the first ") + (b == 0 ? "NUL" : "control") + " byte at line " + std::to_string(line) +
             ", column " + std::to_string(i - line_start + 1);
    }
  }
  return {};
}

}  // namespace

bool parse_encoding(std::string_view text, Encoding& out) {
  const std::string s = squeeze(text);
  if (s == "utf8") {
    out = Encoding::utf8;
  } else if (s == "utf8bom" || s == "utf8withbom" || s == "utf8sig") {
    out = Encoding::utf8_bom;
  } else if (s == "utf16le" || s == "utf16" || s == "unicode") {
    out = Encoding::utf16le;  // Windows' "Unicode" is UTF-16 LE
  } else if (s == "utf16be") {
    out = Encoding::utf16be;
  } else if (s == "windows1252" || s == "cp1252" || s == "latin1" || s == "iso88591" || s == "ansi") {
    out = Encoding::windows1252;
  } else {
    return false;
  }
  return true;
}

EncodingGuess detect_encoding(std::string_view first_bytes, bool complete) {
  EncodingGuess guess;
  const std::string_view s = first_bytes;

  // 1. Byte order marks (UTF-32 LE's FF FE 00 00 must be tested before UTF-16 LE's FF FE).
  if (starts_with(s, std::string_view("\xFF\xFE\x00\x00", 4)) ||
      starts_with(s, std::string_view("\x00\x00\xFE\xFF", 4))) {
    guess.not_text = true;
    guess.confidence = 1;
    guess.reason = "UTF-32 byte order mark: UTF-32 files are not supported (save the file as UTF-8 or UTF-16)";
    return guess;
  }
  if (starts_with(s, "\xEF\xBB\xBF")) {
    guess.encoding = Encoding::utf8_bom;
    guess.confidence = 1;
    guess.reason = "UTF-8 byte order mark (EF BB BF)";
    return guess;
  }
  if (starts_with(s, "\xFF\xFE")) {
    guess.encoding = Encoding::utf16le;
    guess.confidence = 1;
    guess.reason = "UTF-16 LE byte order mark (FF FE)";
    return guess;
  }
  if (starts_with(s, "\xFE\xFF")) {
    guess.encoding = Encoding::utf16be;
    guess.confidence = 1;
    guess.reason = "UTF-16 BE byte order mark (FE FF)";
    return guess;
  }

  // Files people drop by mistake.
  if (starts_with(s, "PK\x03\x04")) {
    guess.not_text = true;
    guess.confidence = 1;
    guess.reason = "a ZIP archive (an Excel .xlsx workbook?), not a text export: save it as CSV";
    return guess;
  }
  if (starts_with(s, "\xD0\xCF\x11\xE0")) {
    guess.not_text = true;
    guess.confidence = 1;
    guess.reason = "an old Excel .xls workbook, not a text export: save it as CSV";
    return guess;
  }

  // 2. UTF-16 without BOM: where the NUL bytes are.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t pairs = s.size() / 2;
  size_t zero_even = 0, zero_odd = 0, controls = 0;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    zero_even += p[i] == 0;
    zero_odd += p[i + 1] == 0;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned b = p[i];
    // C0 controls other than tab, LF, VT, FF, CR and ESC: never in a text export.
    controls += (b < 0x09) || (b >= 0x0E && b < 0x20 && b != 0x1B);
  }
  if (pairs > 0) {
    const auto share = [pairs](size_t n) { return static_cast<double>(n) / static_cast<double>(pairs); };
    if (zero_odd > 0 && share(zero_odd) >= 0.1 && zero_even * 8 <= zero_odd) {
      guess.encoding = Encoding::utf16le;
      guess.confidence = share(zero_odd) >= 0.6 ? 0.95 : 0.8;
      guess.reason = "UTF-16 LE without byte order mark: " + std::to_string(zero_odd) + " of " +
                     std::to_string(pairs) + " odd bytes are zero";
      return guess;
    }
    if (zero_even > 0 && share(zero_even) >= 0.1 && zero_odd * 8 <= zero_even) {
      guess.encoding = Encoding::utf16be;
      guess.confidence = share(zero_even) >= 0.6 ? 0.95 : 0.8;
      guess.reason = "UTF-16 BE without byte order mark: " + std::to_string(zero_even) + " of " +
                     std::to_string(pairs) + " even bytes are zero";
      return guess;
    }
  }
  const size_t zeros = zero_even + zero_odd + ((s.size() % 2 == 1 && p[s.size() - 1] == 0) ? 1 : 0);
  if (!s.empty() && (zeros * 100 > s.size() || controls * 50 > s.size())) {
    guess.not_text = true;
    guess.confidence = 0.9;
    guess.reason = "binary data, not a text export: " + std::to_string(zeros) + " NUL and " +
                   std::to_string(controls) + " control bytes in the first " + std::to_string(s.size()) +
                   " bytes" + where_first_control(s);
    return guess;
  }

  // 3. UTF-8.
  const Utf8Scan scan = scan_utf8(s, complete);
  const std::string where = complete ? "the file" : "the first " + std::to_string(s.size()) + " bytes";
  if (scan.invalid == 0) {
    guess.encoding = Encoding::utf8;
    if (scan.multibyte == 0) {
      guess.confidence = complete ? 1.0 : 0.9;
      if (s.empty()) {
        guess.reason = "empty input, read as UTF-8";
      } else if (scan.ascii == s.size()) {
        guess.reason = "pure ASCII in " + where + ", read as UTF-8 (Windows-1252 if a later byte is not UTF-8)";
      } else {
        guess.reason = "ASCII in " + where + " up to a multi-byte sequence cut by its end, read as UTF-8";
      }
    } else {
      guess.confidence = 1.0;
      guess.reason = "valid UTF-8: " + std::to_string(scan.multibyte) + " multi-byte characters in " + where;
    }
    return guess;
  }
  if (scan.multibyte >= 4 * scan.invalid) {
    guess.encoding = Encoding::utf8;
    guess.invalid_utf8_sequences = scan.invalid;
    guess.confidence = 0.7;
    guess.reason = "mostly valid UTF-8: " + std::to_string(scan.multibyte) + " multi-byte characters and " +
                   std::to_string(scan.invalid) + " invalid sequences (first at byte offset " +
                   std::to_string(scan.first_invalid) + ") in " + where;
    return guess;
  }

  // 4. Windows-1252. Its five unassigned bytes make the guess weaker.
  size_t unassigned = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned b = p[i];
    unassigned += b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
  }
  guess.encoding = Encoding::windows1252;
  guess.confidence = unassigned == 0 ? 0.9 : 0.6;
  guess.reason = "not UTF-8 (" + std::to_string(scan.invalid) + " invalid sequences, first at byte offset " +
                 std::to_string(scan.first_invalid) + "), read as Windows-1252";
  if (unassigned > 0) {
    guess.reason += " (" + std::to_string(unassigned) + " bytes unassigned in Windows-1252)";
  }
  return guess;
}

}  // namespace icp::text
