// Tests of the streaming UTF-8 transcoder. Every input is converted whole, then cut in two at every
// byte offset, then fed one byte at a time: output, counts and offsets must not depend on where the
// chunks end. Windows-1252 and UTF-16 are also checked against glibc's iconv, and an Excel
// "Unicode text" export goes through the CSV reader.
#include "text/utf8_transcoder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "csv/csv_reader.h"
#include "text/encoding.h"

#if !defined(__EMSCRIPTEN__) && __has_include(<iconv.h>)
#include <iconv.h>
#define ICP_HAVE_ICONV 1
#endif

namespace icp::text {
namespace {

// --- test-only encoders (independent of the code under test) -----------------------------------

std::string utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

void put_unit(std::string& out, uint32_t u, bool big_endian) {
  const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
  out += big_endian ? hi : lo;
  out += big_endian ? lo : hi;
}

std::string utf16(std::u32string_view text, bool big_endian, bool bom) {
  std::string out;
  if (bom) put_unit(out, 0xFEFF, big_endian);
  for (char32_t c : text) {
    if (c >= 0x10000) {
      put_unit(out, 0xD800 + ((c - 0x10000) >> 10), big_endian);
      put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), big_endian);
    } else {
      put_unit(out, c, big_endian);
    }
  }
  return out;
}

// Strict UTF-8 validity (Unicode Table 3-7).
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b < 0x80) len = 1;
    else if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; lo = b == 0xE0 ? 0xA0 : 0x80; hi = b == 0xED ? 0x9F : 0xBF; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; lo = b == 0xF0 ? 0x90 : 0x80; hi = b == 0xF4 ? 0x8F : 0xBF; }
    else return false;
    if (i + len > s.size()) return false;
    for (size_t j = 1; j < len; ++j) {
      const auto c = static_cast<unsigned char>(s[i + j]);
      if (c < lo || c > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
    i += len;
  }
  return true;
}

// --- running the transcoder -------------------------------------------------------------------

struct Transcoded {
  std::string out;
  uint64_t replacements = 0;
  uint64_t first_replacement = 0;
  Encoding encoding = Encoding::utf8;
  bool fell_back = false;
  uint64_t fallback_offset = 0;
  uint64_t bytes_in = 0;
  uint64_t bytes_out = 0;

  bool operator==(const Transcoded&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Transcoded& r) {
  return os << "{out=\"" << r.out << "\" (" << r.out.size() << " bytes), replacements=" << r.replacements
            << ", first=" << r.first_replacement << ", encoding=" << encoding_name(r.encoding)
            << ", fell_back=" << r.fell_back << " at " << r.fallback_offset << ", in=" << r.bytes_in
            << ", out=" << r.bytes_out << "}";
}

// Feeds `input` cut at the given ascending offsets.
Transcoded transcode(Encoding encoding, std::string_view input, const std::vector<size_t>& cuts,
              TranscoderOptions options = {}) {
  Utf8Transcoder t(encoding, options);
  Transcoded run;
  size_t from = 0;
  for (size_t i = 0; i <= cuts.size(); ++i) {
    const size_t to = i < cuts.size() ? cuts[i] : input.size();
    run.out += t.convert(input.substr(from, to - from));
    from = to;
  }
  run.out += t.finish();
  run.replacements = t.replacements();
  run.first_replacement = t.first_replacement_offset();
  run.encoding = t.encoding();
  run.fell_back = t.fell_back();
  run.fallback_offset = t.fallback_offset();
  run.bytes_in = t.bytes_in();
  run.bytes_out = t.bytes_out();
  return run;
}

Transcoded transcode_bytewise(Encoding encoding, std::string_view input, TranscoderOptions options = {}) {
  std::vector<size_t> cuts;
  for (size_t i = 1; i < input.size(); ++i) cuts.push_back(i);
  return transcode(encoding, input, cuts, options);
}

// Converts whole, then at every two-chunk cut, then byte by byte: all must agree.
Transcoded transcode_everywhere(Encoding encoding, std::string_view input, TranscoderOptions options = {}) {
  const Transcoded whole = transcode(encoding, input, {}, options);
  EXPECT_EQ(whole.bytes_in, input.size());
  EXPECT_EQ(whole.bytes_out, whole.out.size());
  for (size_t cut = 0; cut <= input.size(); ++cut) {
    EXPECT_EQ(transcode(encoding, input, {cut}, options), whole) << "cut at " << cut;
  }
  EXPECT_EQ(transcode_bytewise(encoding, input, options), whole) << "one byte at a time";
  // With empty chunks in between too.
  std::vector<size_t> doubled;
  for (size_t i = 1; i < input.size(); i += 3) {
    doubled.push_back(i);
    doubled.push_back(i);
  }
  EXPECT_EQ(transcode(encoding, input, doubled, options), whole) << "with empty chunks";
  return whole;
}

constexpr uint64_t npos = Utf8Transcoder::npos;

const std::u32string kExport =
    U"Account Name\tCity\tAmount\r\n"
    U"Société Générale\tParis\t1.234,50 €\r\n"
    U"Müller GmbH\tMünchen\t99\r\n"
    U"東京商事\t東京\t0\r\n"
    U"Emoji 😀 Inc\tNew York 🗽\t12\r\n";

// --- UTF-8 ------------------------------------------------------------------------------------

TEST(Utf8TranscoderTest, Utf8IsZeroCopyPassThrough) {
  const std::string text = utf8(kExport);
  Utf8Transcoder t(Encoding::utf8);
  const std::string_view out = t.convert(text);
  EXPECT_EQ(out.data(), text.data());
  EXPECT_EQ(out.size(), text.size());
  EXPECT_TRUE(t.finish().empty());
  EXPECT_EQ(t.replacements(), 0u);
  EXPECT_EQ(t.encoding(), Encoding::utf8);

  const Transcoded run = transcode_everywhere(Encoding::utf8, text);
  EXPECT_EQ(run.out, text);
  EXPECT_EQ(run.replacements, 0u);
  EXPECT_EQ(run.first_replacement, npos);
  EXPECT_FALSE(run.fell_back);
}

TEST(Utf8TranscoderTest, Utf8ZeroCopyOnceAFileIsKnownUtf8) {
  // After the first multi-byte character every chunk is returned as it is, even one that ends
  // inside a sequence.
  const std::string text = "Soci\xC3\xA9t\xC3\xA9,\xF0\x9F\x98\x80,M\xC3\xBCller";
  Utf8Transcoder t(Encoding::utf8);
  for (size_t from = 0; from < text.size(); from += 3) {
    const std::string_view chunk = std::string_view(text).substr(from, 3);
    const std::string_view out = t.convert(chunk);
    if (from >= 6) {
      EXPECT_EQ(out.data(), chunk.data()) << from;
      EXPECT_EQ(out.size(), chunk.size()) << from;
    }
  }
}

TEST(Utf8TranscoderTest, InvalidUtf8InAUtf8FileIsPassedThroughAndCounted) {
  // Decision: the pass-through does not repair (the JSON writer does), it counts.
  const std::string text = "name\nSoci\xC3\xA9t\xC3\xA9\nCaf\xE9\nbad \xF0\x9F\x98" "A\n\xC0\xAF\n\xED\xA0\x80\n\xFF";
  const Transcoded run = transcode_everywhere(Encoding::utf8, text);
  EXPECT_EQ(run.out, text);  // unchanged
  EXPECT_FALSE(run.fell_back);  // a valid é came first: UTF-8 for good
  EXPECT_EQ(run.encoding, Encoding::utf8);
  // E9 (1) + F0 9F 98 cut by 'A' (1, one maximal subpart) + C0, AF (2) + ED, A0, 80 (3) + FF (1).
  EXPECT_EQ(run.replacements, 8u);
  EXPECT_EQ(run.first_replacement, text.find('\xE9'));

  // A sequence cut by the end of the input counts once.
  const Transcoded cut = transcode_everywhere(Encoding::utf8, "Soci\xC3\xA9t\xC3\xA9 \xE2\x82");
  EXPECT_EQ(cut.replacements, 1u);
  EXPECT_EQ(cut.first_replacement, 10u);

  // Without checking nothing is looked at.
  TranscoderOptions off;
  off.check_utf8 = false;
  const Transcoded unchecked = transcode_everywhere(Encoding::utf8, text, off);
  EXPECT_EQ(unchecked.out, text);
  EXPECT_EQ(unchecked.replacements, 0u);
}

TEST(Utf8TranscoderTest, Utf8BomIsStrippedWhereverTheChunksEnd) {
  const std::string body = utf8(kExport);
  const Transcoded run = transcode_everywhere(Encoding::utf8_bom, "\xEF\xBB\xBF" + body);
  EXPECT_EQ(run.out, body);
  EXPECT_EQ(run.replacements, 0u);
  EXPECT_EQ(run.bytes_in, body.size() + 3);

  // Only a leading BOM goes; one later is text (U+FEFF).
  const Transcoded twice = transcode_everywhere(Encoding::utf8_bom, "\xEF\xBB\xBF\xEF\xBB\xBFx");
  EXPECT_EQ(twice.out, "\xEF\xBB\xBFx");

  // Declared with BOM but none there: nothing removed.
  EXPECT_EQ(transcode_everywhere(Encoding::utf8_bom, "id,name\n").out, "id,name\n");
  // The start of a BOM that is not one is text (here invalid UTF-8, counted).
  const Transcoded partial = transcode_everywhere(Encoding::utf8_bom, "\xEF\xBBx");
  EXPECT_EQ(partial.out, "\xEF\xBBx");
  EXPECT_EQ(partial.replacements, 1u);
  EXPECT_EQ(partial.first_replacement, 0u);
  const Transcoded lone = transcode_everywhere(Encoding::utf8_bom, "\xEF\xBB");
  EXPECT_EQ(lone.out, "\xEF\xBB");
  EXPECT_EQ(lone.replacements, 1u);
  EXPECT_EQ(transcode_everywhere(Encoding::utf8_bom, "\xEF\xBB\xBF").out, "");

  // A UTF-8 BOM file never falls back to Windows-1252, even with an early bad byte.
  const Transcoded bad = transcode_everywhere(Encoding::utf8_bom, "\xEF\xBB\xBF" "Caf\xE9\n");
  EXPECT_EQ(bad.out, "Caf\xE9\n");
  EXPECT_FALSE(bad.fell_back);
  EXPECT_EQ(bad.replacements, 1u);
  EXPECT_EQ(bad.first_replacement, 6u);
}

// --- the Windows-1252 fallback of plain UTF-8 -------------------------------------------------

TEST(Utf8TranscoderTest, AsciiThenWindows1252FallsBack) {
  const std::string text = "Account;City\r\nAcme;Paris\r\nSoci\xE9t\xE9 G\xE9n\xE9rale;M\xFCnchen \x80\r\n";
  const Transcoded run = transcode_everywhere(Encoding::utf8, text);
  EXPECT_EQ(run.out, "Account;City\r\nAcme;Paris\r\nSoci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale;M\xC3\xBCnchen \xE2\x82\xAC\r\n");
  EXPECT_TRUE(run.fell_back);
  EXPECT_EQ(run.encoding, Encoding::windows1252);
  EXPECT_EQ(run.fallback_offset, text.find('\xE9'));
  EXPECT_EQ(run.replacements, 0u);
  EXPECT_TRUE(valid_utf8(run.out));
}

TEST(Utf8TranscoderTest, FallbackWhenTheFirstAccentLooksLikeTheStartOfASequence) {
  // E9 is a valid UTF-8 lead byte: the bytes after it decide (here 't' → Windows-1252).
  EXPECT_EQ(transcode_everywhere(Encoding::utf8, "abc\xE9t").out, "abc\xC3\xA9t");
  EXPECT_EQ(transcode_everywhere(Encoding::utf8, "abc\xC3\x28").out, "abc\xC3\x83(");
  // At the very end of the file ("Café" as the last cell, no final line break).
  const Transcoded end = transcode_everywhere(Encoding::utf8, "name\nCaf\xE9");
  EXPECT_EQ(end.out, "name\nCaf\xC3\xA9");
  EXPECT_TRUE(end.fell_back);
  EXPECT_EQ(end.fallback_offset, 8u);
  EXPECT_EQ(end.replacements, 0u);
  // A lone continuation byte or an unassigned byte.
  EXPECT_EQ(transcode_everywhere(Encoding::utf8, "x\x93y\x94").out, "x\xE2\x80\x9Cy\xE2\x80\x9D");
  const Transcoded unassigned = transcode_everywhere(Encoding::utf8, "ab\x81" "c");
  EXPECT_EQ(unassigned.out, "ab\xEF\xBF\xBD" "c");
  EXPECT_TRUE(unassigned.fell_back);
  EXPECT_EQ(unassigned.replacements, 1u);
  EXPECT_EQ(unassigned.first_replacement, 2u);
}

TEST(Utf8TranscoderTest, AValidSequenceCutByAChunkKeepsUtf8) {
  Utf8Transcoder t(Encoding::utf8);
  EXPECT_EQ(t.convert("abc\xC3"), "abc");  // held back: it could still be Windows-1252
  EXPECT_EQ(t.convert("\xA9" "def"), "\xC3\xA9" "def");
  EXPECT_EQ(t.convert("x\xE9y"), "x\xE9y");  // UTF-8 for good now: counted, not re-read
  EXPECT_EQ(t.finish(), "");
  EXPECT_FALSE(t.fell_back());
  EXPECT_EQ(t.replacements(), 1u);
  EXPECT_EQ(t.first_replacement_offset(), 9u);
}

TEST(Utf8TranscoderTest, FallbackCanBeTurnedOff) {
  TranscoderOptions options;
  options.utf8_fallback_to_windows1252 = false;
  const Transcoded run = transcode_everywhere(Encoding::utf8, "Caf\xE9\n", options);
  EXPECT_EQ(run.out, "Caf\xE9\n");
  EXPECT_FALSE(run.fell_back);
  EXPECT_EQ(run.replacements, 1u);
}

TEST(Utf8TranscoderTest, OptionsForAGuess) {
  // A UTF-8 file whose first non-ASCII byte is a stray Windows-1252 one, then real UTF-8.
  std::string text = "Name\nCaf\xE9\n";
  for (int i = 0; i < 10; ++i) text += "Soci\xC3\xA9t\xC3\xA9\n";
  const EncodingGuess guess = detect_encoding(text, true);
  ASSERT_EQ(guess.encoding, Encoding::utf8);
  const TranscoderOptions options = transcoder_options_for(guess);
  EXPECT_TRUE(options.check_utf8);
  EXPECT_FALSE(options.utf8_fallback_to_windows1252);
  const Transcoded kept = transcode_everywhere(guess.encoding, text, options);
  EXPECT_EQ(kept.out, text);  // the é of the UTF-8 rows survive
  EXPECT_FALSE(kept.fell_back);
  EXPECT_EQ(kept.replacements, 1u);
  EXPECT_EQ(kept.first_replacement, 8u);
  // With the fallback on, the stray byte would have made the whole file Windows-1252.
  EXPECT_TRUE(transcode(guess.encoding, text, {}).fell_back);

  // Pure ASCII or valid UTF-8 samples keep the fallback; other encodings do not use it.
  EXPECT_TRUE(transcoder_options_for(detect_encoding("id,name\n1,Acme\n", false)).utf8_fallback_to_windows1252);
  EXPECT_TRUE(transcoder_options_for(detect_encoding("id,name\n1,Zo\xC3\xAB\n", false)).utf8_fallback_to_windows1252);
  EXPECT_FALSE(transcoder_options_for(detect_encoding("Caf\xE9\n", true)).utf8_fallback_to_windows1252);
}

TEST(Utf8TranscoderTest, FallbackFarIntoALargeFile) {
  // The first 64 KB that detection saw are ASCII; the first accent comes at ~200 KB.
  std::string text = "Account Name,Industry,Amount\r\n";
  while (text.size() < 200000) text += "Acme Corporation,Manufacturing,12500\r\n";
  const size_t accent = text.size() + 4;
  text += "Soci\xE9t\xE9 G\xE9n\xE9rale,Banque,\x80 1\r\n";
  EXPECT_EQ(detect_encoding(std::string_view(text).substr(0, kEncodingSniffBytes), false).encoding, Encoding::utf8);
  const Transcoded whole = transcode(Encoding::utf8, text, {});
  EXPECT_TRUE(whole.fell_back);
  EXPECT_EQ(whole.fallback_offset, accent);
  EXPECT_TRUE(valid_utf8(whole.out));
  EXPECT_NE(whole.out.find("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale,Banque,\xE2\x82\xAC 1"), std::string::npos);
  for (size_t chunk : {size_t{1} << 16, size_t{4093}, size_t{1000}}) {
    std::vector<size_t> cuts;
    for (size_t at = chunk; at < text.size(); at += chunk) cuts.push_back(at);
    EXPECT_EQ(transcode(Encoding::utf8, text, cuts), whole) << "chunks of " << chunk;
  }
  std::vector<size_t> around;
  for (size_t at = accent - 3; at <= accent + 3; ++at) around.push_back(at);
  EXPECT_EQ(transcode(Encoding::utf8, text, around), whole);
}

// --- UTF-16 -----------------------------------------------------------------------------------

TEST(Utf8TranscoderTest, Utf16WithAndWithoutBom) {
  const std::string expected = utf8(kExport);
  for (bool big_endian : {false, true}) {
    for (bool bom : {true, false}) {
      SCOPED_TRACE(std::string(big_endian ? "BE" : "LE") + (bom ? " with BOM" : " without BOM"));
      const Encoding e = big_endian ? Encoding::utf16be : Encoding::utf16le;
      const std::string input = utf16(kExport, big_endian, bom);
      const Transcoded run = transcode_everywhere(e, input);
      EXPECT_EQ(run.out, expected);
      EXPECT_EQ(run.replacements, 0u);
      EXPECT_EQ(run.first_replacement, npos);
      EXPECT_EQ(run.encoding, e);
    }
  }
}

TEST(Utf8TranscoderTest, Utf16SurrogatePairsAndCrlfByteExact) {
  // 😀 = U+1F600 = D83D DE00; "a😀\r\n" in both byte orders, with BOM.
  const std::string le("\xFF\xFE" "a\x00" "\x3D\xD8\x00\xDE" "\r\x00\n\x00", 12);
  const std::string be("\xFE\xFF" "\x00" "a" "\xD8\x3D\xDE\x00" "\x00\r\x00\n", 12);
  EXPECT_EQ(transcode_everywhere(Encoding::utf16le, le).out, "a\xF0\x9F\x98\x80\r\n");
  EXPECT_EQ(transcode_everywhere(Encoding::utf16be, be).out, "a\xF0\x9F\x98\x80\r\n");
  // Highest code point U+10FFFF = DBFF DFFF; U+FFFF and U+0800 boundaries.
  const Transcoded edges = transcode_everywhere(Encoding::utf16le, utf16(U"\U0010FFFF\uFFFF\u0800\u07FF\u0080\u007F", false, false));
  EXPECT_EQ(edges.out, utf8(U"\U0010FFFF\uFFFF\u0800\u07FF\u0080\u007F"));
  EXPECT_EQ(edges.replacements, 0u);
}

TEST(Utf8TranscoderTest, OnlyALeadingUtf16BomIsDropped) {
  const std::string input = utf16(U"\uFEFFa\uFEFFb", false, false);
  EXPECT_EQ(transcode_everywhere(Encoding::utf16le, input).out, "a\xEF\xBB\xBF" "b");
  EXPECT_EQ(transcode_everywhere(Encoding::utf16le, std::string("\xFF\xFE", 2)).out, "");
  EXPECT_EQ(transcode_everywhere(Encoding::utf16be, std::string("\xFE\xFF", 2)).out, "");
  // A BOM of the other byte order is U+FFFE, a noncharacter, kept as it is.
  EXPECT_EQ(transcode_everywhere(Encoding::utf16le, std::string("\xFE\xFF", 2)).out, "\xEF\xBF\xBE");
}

TEST(Utf8TranscoderTest, UnpairedSurrogatesBecomeReplacementCharacters) {
  std::string le;
  put_unit(le, 'a', false);
  put_unit(le, 0xD83D, false);  // high followed by ASCII (offset 2)
  put_unit(le, 'b', false);
  put_unit(le, 0xDE00, false);  // lone low (offset 6)
  put_unit(le, 0xD83D, false);  // high followed by another high (offset 8) ...
  put_unit(le, 0xD83D, false);  // ... which pairs with the low after it
  put_unit(le, 0xDE00, false);
  put_unit(le, 'c', false);
  put_unit(le, 0xDBFF, false);  // high at the end of the input (offset 16)
  const Transcoded run = transcode_everywhere(Encoding::utf16le, le);
  EXPECT_EQ(run.out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xF0\x9F\x98\x80" "c\xEF\xBF\xBD");
  EXPECT_EQ(run.replacements, 4u);
  EXPECT_EQ(run.first_replacement, 2u);
  EXPECT_TRUE(valid_utf8(run.out));

  // A last odd byte (a truncated file).
  const Transcoded odd = transcode_everywhere(Encoding::utf16le, std::string("a\x00" "b", 3));
  EXPECT_EQ(odd.out, "a\xEF\xBF\xBD");
  EXPECT_EQ(odd.replacements, 1u);
  EXPECT_EQ(odd.first_replacement, 2u);
  // A high surrogate then an odd byte: two replacements.
  const Transcoded both = transcode_everywhere(Encoding::utf16be, std::string("\xD8\x3D\x00", 3));
  EXPECT_EQ(both.out, "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(both.replacements, 2u);
  EXPECT_EQ(both.first_replacement, 0u);
}

TEST(Utf8TranscoderTest, Utf16RandomTextAgreesAcrossChunkings) {
  // Random code units, surrogates included (valid and not), ASCII runs long enough for the fast path.
  std::mt19937 rng(42);
  for (int round = 0; round < 40; ++round) {
    std::string input;
    const int units = 10 + static_cast<int>(rng() % 60);
    for (int i = 0; i < units; ++i) {
      const unsigned kind = rng() % 8;
      uint32_t u = 'a' + rng() % 26;
      if (kind == 5) u = 0x80 + rng() % 0x780;
      if (kind == 6) u = 0xD800 + rng() % 0x800;
      if (kind == 7) u = 0x800 + rng() % 0xF7FF;
      put_unit(input, u, round % 2 == 1);
    }
    if (round % 3 == 0) input += 'x';  // odd length
    const Transcoded run = transcode_everywhere(round % 2 == 1 ? Encoding::utf16be : Encoding::utf16le, input);
    EXPECT_TRUE(valid_utf8(run.out)) << "round " << round;
  }
}

TEST(Utf8TranscoderTest, ByteSoupAgreesAcrossChunkings) {
  // Random mixes of ASCII, valid UTF-8, lone lead and continuation bytes and cut sequences, in
  // every decoding mode: the chunking never changes output or counts.
  const std::vector<std::string> pieces = {"a", "bc", ",", "\r\n", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
                                           "\xE9", "\x80", "\xC3", "\xE2\x82", "\xF0\x9F", "\xED\xA0\x80",
                                           "\xEF\xBB\xBF", "\xFF", "\x81", std::string(1, '\0')};
  std::mt19937 rng(1234);
  TranscoderOptions no_fallback;
  no_fallback.utf8_fallback_to_windows1252 = false;
  for (int round = 0; round < 60; ++round) {
    std::string input;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      // Mostly ASCII first so that some rounds fall back late.
      input += pieces[i < 3 ? rng() % 4 : rng() % pieces.size()];
    }
    SCOPED_TRACE("round " + std::to_string(round));
    const Transcoded armed = transcode_everywhere(Encoding::utf8, input);
    if (armed.fell_back) {
      EXPECT_TRUE(valid_utf8(armed.out));
    } else {
      EXPECT_EQ(armed.out, input);
    }
    const Transcoded plain = transcode_everywhere(Encoding::utf8, input, no_fallback);
    EXPECT_EQ(plain.out, input);
    EXPECT_EQ(plain.replacements == 0, valid_utf8(input));
    transcode_everywhere(Encoding::utf8_bom, input);
    EXPECT_TRUE(valid_utf8(transcode_everywhere(Encoding::windows1252, input).out));
    EXPECT_TRUE(valid_utf8(transcode_everywhere(Encoding::utf16le, input).out));
    EXPECT_TRUE(valid_utf8(transcode_everywhere(Encoding::utf16be, input).out));
  }
}

// --- Windows-1252 -----------------------------------------------------------------------------

TEST(Utf8TranscoderTest, Windows1252Accents) {
  const std::string input = "Soci\xE9t\xE9 G\xE9n\xE9rale;M\xFCller GmbH;\x80 1.234,50;Stra\xDF" "e;\x93quoted\x94;\x85\r\n";
  const Transcoded run = transcode_everywhere(Encoding::windows1252, input);
  EXPECT_EQ(run.out, "Société Générale;Müller GmbH;€ 1.234,50;Straße;“quoted”;…\r\n");
  EXPECT_EQ(run.replacements, 0u);
  EXPECT_EQ(detect_encoding(input, true).encoding, Encoding::windows1252);
}

TEST(Utf8TranscoderTest, Windows1252FullTable) {
  // Every byte, spot-checked against the Windows table; the unassigned five become U+FFFD.
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  const Transcoded run = transcode_everywhere(Encoding::windows1252, all);
  EXPECT_TRUE(valid_utf8(run.out));
  EXPECT_EQ(run.replacements, 5u);
  EXPECT_EQ(run.first_replacement, 0x81u);
  const std::u32string expected_high =
      U"€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
  std::u32string expected;
  for (char32_t c = 0; c < 0x80; ++c) expected += c;
  expected += expected_high;
  for (char32_t c = 0xA0; c < 0x100; ++c) expected += c;
  EXPECT_EQ(run.out, utf8(expected));
}

#ifdef ICP_HAVE_ICONV
// Converts with glibc's iconv; false when it refuses the input.
bool iconv_convert(const char* from, std::string_view input, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string in(input);
  out.assign(in.size() * 4 + 16, '\0');
  char* src = in.data();
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  const size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1)) return false;
  out.resize(out.size() - dst_left);
  return true;
}
#endif

TEST(Utf8TranscoderTest, Windows1252MatchesIconvForAll256Bytes) {
#ifdef ICP_HAVE_ICONV
  int refused = 0;
  for (int b = 0; b < 256; ++b) {
    const std::string byte(1, static_cast<char>(b));
    std::string expected;
    const Transcoded ours = transcode(Encoding::windows1252, byte, {});
    if (iconv_convert("WINDOWS-1252", byte, expected)) {
      EXPECT_EQ(ours.out, expected) << "byte 0x" << std::hex << b;
      EXPECT_EQ(ours.replacements, 0u) << "byte 0x" << std::hex << b;
    } else {
      // iconv refuses the bytes Windows-1252 leaves unassigned; we give U+FFFD and count them.
      ++refused;
      EXPECT_EQ(ours.out, "\xEF\xBF\xBD") << "byte 0x" << std::hex << b;
      EXPECT_EQ(ours.replacements, 1u) << "byte 0x" << std::hex << b;
      EXPECT_TRUE(b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) << "byte 0x" << std::hex << b;
    }
  }
  EXPECT_EQ(refused, 5);
#else
  GTEST_SKIP() << "iconv is not available in this build";
#endif
}

TEST(Utf8TranscoderTest, Utf16MatchesIconvOnRandomValidText) {
#ifdef ICP_HAVE_ICONV
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::u32string text;
    const int n = 1 + static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) {
      char32_t c;
      switch (rng() % 5) {
        case 0: c = 0x20 + rng() % 0x5F; break;
        case 1: c = 0xA0 + rng() % 0x700; break;
        case 2: c = 0x800 + rng() % (0xD800 - 0x800); break;
        case 3: c = 0xE000 + rng() % (0x10000 - 0xE000); break;
        default: c = 0x10000 + rng() % 0x100000; break;
      }
      if (i == 0 && c == 0xFEFF) c = 'x';  // a leading U+FEFF is a BOM to us, a character to iconv
      text += c;
    }
    for (bool big_endian : {false, true}) {
      const std::string input = utf16(text, big_endian, false);
      std::string expected;
      ASSERT_TRUE(iconv_convert(big_endian ? "UTF-16BE" : "UTF-16LE", input, expected));
      const Encoding e = big_endian ? Encoding::utf16be : Encoding::utf16le;
      const Transcoded whole = transcode(e, input, {});
      EXPECT_EQ(whole.out, expected) << "round " << round;
      EXPECT_EQ(whole.out, utf8(text));
      std::vector<size_t> cuts;
      for (size_t at = 1 + rng() % 7; at < input.size(); at += 1 + rng() % 23) cuts.push_back(at);
      EXPECT_EQ(transcode(e, input, cuts), whole) << "round " << round;
    }
  }
#else
  GTEST_SKIP() << "iconv is not available in this build";
#endif
}

// --- buffers ----------------------------------------------------------------------------------

TEST(Utf8TranscoderTest, OneBufferIsReusedAcrossChunks) {
  const std::string input = utf16(kExport, false, true);
  Utf8Transcoder t(Encoding::utf16le);
  const char* first = nullptr;
  for (int i = 0; i < 20; ++i) {
    const std::string_view out = t.convert(std::string_view(input).substr(0, 64));
    if (first == nullptr) first = out.data();
    EXPECT_EQ(out.data(), first) << "chunk " << i;  // the same storage: nothing reallocated
  }
}

TEST(Utf8TranscoderTest, EmptyInput) {
  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::utf16le, Encoding::utf16be, Encoding::windows1252}) {
    const Transcoded run = transcode(e, "", {});
    EXPECT_EQ(run.out, "") << encoding_name(e);
    EXPECT_EQ(run.replacements, 0u);
    EXPECT_EQ(run.first_replacement, npos);
    Utf8Transcoder t(e);
    EXPECT_EQ(t.finish(), "");
    EXPECT_EQ(t.convert("abc"), "");  // nothing after finish()
  }
}

// --- an Excel "Unicode text" export through the CSV reader ---------------------------------------

class Cells : public csv::RecordSink {
 public:
  void on_record(const csv::Record& record) override { rows.emplace_back(record.fields.begin(), record.fields.end()); }
  std::vector<std::vector<std::string>> rows;
};

TEST(Utf8TranscoderTest, ExcelUnicodeTextExportThroughTheCsvReader) {
  // Excel's "Unicode Text (*.txt)": UTF-16 LE with BOM, tab-delimited, CRLF, cells with a tab, a
  // quote or a line break quoted (the line break inside a cell is a bare LF).
  const std::u32string sheet =
      U"Opportunity Name\tAccount Name\tStage\tAmount\tClose Date\r\n"
      U"Renewal 2024\tSociété Générale\tClosed Won\t€12,500.00\t31/03/2024\r\n"
      U"\"Pilot \"\"Phase 1\"\"\"\tMüller GmbH\tClosed Lost\t1,234\t15/04/2024\r\n"
      U"\"Two\nlines\"\t東京商事 株式会社\tProspecting\t\t\r\n"
      U"Emoji deal 😀\tZoë & Co\tClosed Won\t5000\t01/05/2024\r\n";
  const std::string bytes = utf16(sheet, false, true);
  const EncodingGuess guess = detect_encoding(bytes, true);
  ASSERT_EQ(guess.encoding, Encoding::utf16le);

  const std::vector<std::vector<std::string>> expected = {
      {"Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"},
      {"Renewal 2024", "Société Générale", "Closed Won", "€12,500.00", "31/03/2024"},
      {"Pilot \"Phase 1\"", "Müller GmbH", "Closed Lost", "1,234", "15/04/2024"},
      {"Two\nlines", "東京商事 株式会社", "Prospecting", "", ""},
      {"Emoji deal 😀", "Zoë & Co", "Closed Won", "5000", "01/05/2024"},
  };
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{64}, bytes.size()}) {
    SCOPED_TRACE("chunks of " + std::to_string(chunk));
    Utf8Transcoder transcoder(guess.encoding);
    Cells cells;
    csv::CsvReader reader(cells);
    for (size_t at = 0; at < bytes.size(); at += chunk) {
      ASSERT_TRUE(reader.feed(transcoder.convert(std::string_view(bytes).substr(at, chunk))));
    }
    ASSERT_TRUE(reader.feed(transcoder.finish()));
    ASSERT_TRUE(reader.finish()) << reader.error();
    EXPECT_EQ(reader.delimiter(), '\t');
    EXPECT_EQ(cells.rows, expected);
    EXPECT_EQ(transcoder.replacements(), 0u);
    EXPECT_TRUE(reader.issues().empty());
  }
}

TEST(Utf8TranscoderTest, Windows1252SemicolonExportThroughTheCsvReader) {
  const std::string bytes = "Firma;Ort;Betrag\r\nM\xFCller GmbH;K\xF6ln;\x80 1.234,50\r\n\"Soci\xE9t\xE9; G\xE9n\xE9rale\";Paris;99\r\n";
  const EncodingGuess guess = detect_encoding(bytes, true);
  ASSERT_EQ(guess.encoding, Encoding::windows1252);
  Utf8Transcoder transcoder(guess.encoding);
  Cells cells;
  csv::CsvReader reader(cells);
  for (size_t at = 0; at < bytes.size(); at += 5) ASSERT_TRUE(reader.feed(transcoder.convert(std::string_view(bytes).substr(at, 5))));
  ASSERT_TRUE(reader.feed(transcoder.finish()));
  ASSERT_TRUE(reader.finish());
  EXPECT_EQ(reader.delimiter(), ';');
  const std::vector<std::vector<std::string>> expected = {
      {"Firma", "Ort", "Betrag"}, {"Müller GmbH", "Köln", "€ 1.234,50"}, {"Société; Générale", "Paris", "99"}};
  EXPECT_EQ(cells.rows, expected);
}

}  // namespace
}  // namespace icp::text
