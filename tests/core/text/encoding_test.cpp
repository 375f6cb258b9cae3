// Tests of the encoding guess: byte order marks, UTF-16 without BOM, UTF-8 (also cut inside a
// sequence), Windows-1252 chosen over UTF-8, and files that are not text at all.
#include "text/encoding.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace icp::text {
namespace {

// UTF-16 bytes of a UTF-32 text (test-only encoder, independent of the transcoder).
std::string utf16(std::u32string_view text, bool big_endian, bool bom) {
  std::string out;
  auto unit = [&](uint32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  };
  if (bom) unit(0xFEFF);
  for (char32_t c : text) {
    if (c >= 0x10000) {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      unit(c);
    }
  }
  return out;
}

const std::u32string kTable = U"Account Name\tIndustry\tAmount\r\nMüller GmbH\tManufacturing\t1.234,50 €\r\n"
                              U"Zoë 😀 Ltd\tRetail\t99\r\n";

TEST(EncodingTest, NamesAndIds) {
  EXPECT_EQ(encoding_name(Encoding::utf8), "UTF-8");
  EXPECT_EQ(encoding_name(Encoding::utf8_bom), "UTF-8 with BOM");
  EXPECT_EQ(encoding_name(Encoding::utf16le), "UTF-16 LE");
  EXPECT_EQ(encoding_name(Encoding::utf16be), "UTF-16 BE");
  EXPECT_EQ(encoding_name(Encoding::windows1252), "Windows-1252");
  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::utf16le, Encoding::utf16be, Encoding::windows1252}) {
    Encoding parsed = Encoding::utf8;
    ASSERT_TRUE(parse_encoding(encoding_id(e), parsed)) << encoding_id(e);
    EXPECT_EQ(parsed, e);
    ASSERT_TRUE(parse_encoding(encoding_name(e), parsed)) << encoding_name(e);
    EXPECT_EQ(parsed, e);
  }
  Encoding parsed = Encoding::utf8;
  EXPECT_TRUE(parse_encoding("CP1252", parsed));
  EXPECT_EQ(parsed, Encoding::windows1252);
  EXPECT_TRUE(parse_encoding("ISO-8859-1", parsed));
  EXPECT_EQ(parsed, Encoding::windows1252);
  EXPECT_TRUE(parse_encoding("UTF-16LE", parsed));
  EXPECT_EQ(parsed, Encoding::utf16le);
  EXPECT_FALSE(parse_encoding("ebcdic", parsed));
}

TEST(EncodingTest, ByteOrderMarks) {
  const EncodingGuess u8 = detect_encoding("\xEF\xBB\xBFid,name\r\n1,Soci\xC3\xA9t\xC3\xA9\r\n", true);
  EXPECT_EQ(u8.encoding, Encoding::utf8_bom);
  EXPECT_EQ(u8.confidence, 1.0);
  EXPECT_NE(u8.reason.find("byte order mark"), std::string::npos) << u8.reason;
  EXPECT_FALSE(u8.not_text);

  const EncodingGuess le = detect_encoding(utf16(kTable, false, true), true);
  EXPECT_EQ(le.encoding, Encoding::utf16le);
  EXPECT_EQ(le.confidence, 1.0);
  EXPECT_NE(le.reason.find("FF FE"), std::string::npos) << le.reason;

  const EncodingGuess be = detect_encoding(utf16(kTable, true, true), true);
  EXPECT_EQ(be.encoding, Encoding::utf16be);
  EXPECT_NE(be.reason.find("FE FF"), std::string::npos) << be.reason;

  // A BOM alone (an empty export) is still that encoding.
  EXPECT_EQ(detect_encoding("\xFF\xFE", true).encoding, Encoding::utf16le);
  EXPECT_EQ(detect_encoding("\xFE\xFF", true).encoding, Encoding::utf16be);
  EXPECT_EQ(detect_encoding("\xEF\xBB\xBF", true).encoding, Encoding::utf8_bom);
}

TEST(EncodingTest, Utf32IsRefused) {
  const EncodingGuess le = detect_encoding(std::string_view("\xFF\xFE\x00\x00" "a\x00\x00\x00", 8), true);
  EXPECT_TRUE(le.not_text);
  EXPECT_NE(le.reason.find("UTF-32"), std::string::npos) << le.reason;
  const EncodingGuess be = detect_encoding(std::string_view("\x00\x00\xFE\xFF\x00\x00\x00" "a", 8), true);
  EXPECT_TRUE(be.not_text);
}

TEST(EncodingTest, Utf16WithoutBomFromNulPattern) {
  const EncodingGuess le = detect_encoding(utf16(kTable, false, false), true);
  EXPECT_EQ(le.encoding, Encoding::utf16le);
  EXPECT_FALSE(le.not_text);
  EXPECT_GE(le.confidence, 0.9);
  EXPECT_NE(le.reason.find("without byte order mark"), std::string::npos) << le.reason;

  const EncodingGuess be = detect_encoding(utf16(kTable, true, false), true);
  EXPECT_EQ(be.encoding, Encoding::utf16be);
  EXPECT_FALSE(be.not_text);

  // A prefix cut in the middle of a code unit (odd length) is still recognised.
  const std::string cut = utf16(kTable, false, false).substr(0, 41);
  EXPECT_EQ(detect_encoding(cut, false).encoding, Encoding::utf16le);

  // Mostly non-Latin text still has ASCII delimiters, digits and line breaks.
  const std::string cyrillic = utf16(U"Компания\tОтрасль\r\nРомашка\tРозница\r\n1\t2\r\n", false, false);
  EXPECT_EQ(detect_encoding(cyrillic, true).encoding, Encoding::utf16le);
}

TEST(EncodingTest, PureAsciiIsUtf8) {
  const EncodingGuess g = detect_encoding("Opportunity ID,Amount,Stage\r\n006A,1200,Closed Won\r\n", true);
  EXPECT_EQ(g.encoding, Encoding::utf8);
  EXPECT_EQ(g.confidence, 1.0);
  EXPECT_NE(g.reason.find("ASCII"), std::string::npos) << g.reason;
  // Only a prefix: a later byte may still say otherwise.
  const EncodingGuess prefix = detect_encoding("Opportunity ID,Amount,Stage\r\n", false);
  EXPECT_EQ(prefix.encoding, Encoding::utf8);
  EXPECT_LT(prefix.confidence, 1.0);

  const EncodingGuess empty = detect_encoding("", true);
  EXPECT_EQ(empty.encoding, Encoding::utf8);
  EXPECT_FALSE(empty.not_text);
}

TEST(EncodingTest, ValidUtf8) {
  const std::string text = "Account,City\nSoci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale,Paris\n"
                           "M\xC3\xBCller GmbH,M\xC3\xBCnchen\n\xE6\x9D\xB1\xE4\xBA\xAC,\xF0\x9F\x98\x80\n";
  const EncodingGuess g = detect_encoding(text, true);
  EXPECT_EQ(g.encoding, Encoding::utf8);
  EXPECT_EQ(g.confidence, 1.0);
  EXPECT_NE(g.reason.find("valid UTF-8"), std::string::npos) << g.reason;

  // A prefix may end anywhere inside a multi-byte sequence: never held against UTF-8.
  for (size_t n = 0; n <= text.size(); ++n) {
    const EncodingGuess p = detect_encoding(std::string_view(text).substr(0, n), false);
    EXPECT_EQ(p.encoding, Encoding::utf8) << "prefix of " << n << " bytes: " << p.reason;
  }
  // The same cut as the whole file is an invalid (truncated) sequence.
  const std::string truncated = "x,y\n\xF0\x9F\x98";
  EXPECT_EQ(detect_encoding(truncated, false).encoding, Encoding::utf8);
  EXPECT_EQ(detect_encoding(truncated, true).encoding, Encoding::windows1252);
}

TEST(EncodingTest, Windows1252ChosenOverUtf8) {
  // "Société Générale;Müller GmbH;€ 1.234,50;Straße;“quoted”" as an old Excel saves it.
  const std::string text = "Account;Amount;Street;Note\r\n"
                           "Soci\xE9t\xE9 G\xE9n\xE9rale;\x80 1.234,50;Stra\xDF" "e 5;\x93quoted\x94\r\n"
                           "M\xFCller GmbH;\x80 99;K\xF6nigsallee;na\xEFve\r\n";
  const EncodingGuess g = detect_encoding(text, true);
  EXPECT_EQ(g.encoding, Encoding::windows1252);
  EXPECT_FALSE(g.not_text);
  EXPECT_GE(g.confidence, 0.9);
  EXPECT_NE(g.reason.find("not UTF-8"), std::string::npos) << g.reason;
  EXPECT_NE(g.reason.find("first at byte offset 32"), std::string::npos) << g.reason;  // the first é

  // As a prefix too.
  EXPECT_EQ(detect_encoding(std::string_view(text).substr(0, 40), false).encoding, Encoding::windows1252);

  // A byte Windows-1252 leaves unassigned lowers the confidence but keeps the guess.
  const EncodingGuess odd = detect_encoding("Caf\xE9;\x81\n", true);
  EXPECT_EQ(odd.encoding, Encoding::windows1252);
  EXPECT_LT(odd.confidence, 0.9);
  EXPECT_NE(odd.reason.find("unassigned"), std::string::npos) << odd.reason;
}

TEST(EncodingTest, Windows1252LookingLikeUtf8ByChance) {
  // "Ã©" (C3 A9) is valid UTF-8 by itself; with the invalid bytes around it the file is 1252.
  const EncodingGuess g = detect_encoding("Caf\xE9 \xC3\xA9t\xE9 na\xEFve\n", true);
  EXPECT_EQ(g.encoding, Encoding::windows1252);
}

TEST(EncodingTest, MostlyUtf8WithAStrayByteStaysUtf8) {
  std::string text = "Name\n";
  for (int i = 0; i < 10; ++i) text += "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale\n";
  text += "Caf\xE9\n";  // one row pasted from a Windows-1252 source
  const EncodingGuess g = detect_encoding(text, true);
  EXPECT_EQ(g.encoding, Encoding::utf8);
  EXPECT_LT(g.confidence, 0.9);
  EXPECT_NE(g.reason.find("mostly valid UTF-8"), std::string::npos) << g.reason;
  EXPECT_NE(g.reason.find("1 invalid"), std::string::npos) << g.reason;
  EXPECT_EQ(g.invalid_utf8_sequences, 1u);
  EXPECT_EQ(detect_encoding("Soci\xC3\xA9t\xC3\xA9\n", true).invalid_utf8_sequences, 0u);
}

TEST(EncodingTest, NotText) {
  const EncodingGuess xlsx = detect_encoding(std::string_view("PK\x03\x04\x14\x00\x06\x00", 8), false);
  EXPECT_TRUE(xlsx.not_text);
  EXPECT_NE(xlsx.reason.find("xlsx"), std::string::npos) << xlsx.reason;

  const EncodingGuess xls = detect_encoding(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), false);
  EXPECT_TRUE(xls.not_text);

  std::string binary;
  for (int i = 0; i < 512; ++i) binary += static_cast<char>((i * 37 + 11) & 0xFF);
  const EncodingGuess bin = detect_encoding(binary, false);
  EXPECT_TRUE(bin.not_text);
  EXPECT_NE(bin.reason.find("binary"), std::string::npos) << bin.reason;

  // One stray NUL in a long text file is not enough to refuse it.
  std::string text;
  for (int i = 0; i < 50; ++i) text += "id,name,amount\n1,Acme,100\n";
  text[100] = '\0';
  EXPECT_FALSE(detect_encoding(text, true).not_text);
}

}  // namespace
}  // namespace icp::text
