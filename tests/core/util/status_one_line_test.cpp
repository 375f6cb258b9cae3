// Regression (found by tests/fuzz/mapping_file_fuzz): error messages quote text from the files — a
// mapping key written "colum\n…", a column or stage name, a JSON key — and a line break there made the
// CLI's "one line on stderr" two lines. Status::error now keeps every message on one line (control
// characters escaped) and bounded (cut at kMaxMessageBytes on a character boundary).
#include <gtest/gtest.h>

#include <string>

#include "mapping/mapping_file.h"
#include "util/status.h"

namespace icp {
namespace {

TEST(StatusOneLine, ControlCharactersInAMessageAreEscaped) {
  const Status s = Status::error(ErrorCode::unusable_input, "a.csv: column \"x\ny\rz\tw\x01\x7F\" is missing");
  EXPECT_EQ(s.message(), "a.csv: column \"x\\ny\\rz\\tw\\x01\\x7F\" is missing");
}

TEST(StatusOneLine, PlainMessagesAndUtf8AreKeptAsTheyAre) {
  const std::string text = "d\xC3\xA9als.csv: line 3, column 14: expected ',' \xE2\x80\x94 found ']'";
  EXPECT_EQ(Status::error(ErrorCode::unreadable_input, text).message(), text);
}

TEST(StatusOneLine, AHugeMessageIsCutOnACharacterBoundary) {
  std::string text = "big.json: unknown key \"";
  while (text.size() < 10 * Status::kMaxMessageBytes) text += "\xC3\xA9";  // é
  const std::string m = Status::error(ErrorCode::unusable_input, text).message();
  EXPECT_LE(m.size(), Status::kMaxMessageBytes + 3);
  EXPECT_EQ(m.substr(m.size() - 3), "\xE2\x80\xA6");
  const std::string body = m.substr(0, m.size() - 3);
  EXPECT_EQ(body.substr(0, 23), "big.json: unknown key \"");
  EXPECT_EQ((body.size() - 23) % 2, 0u) << "no é is cut in half";
}

TEST(StatusOneLine, AMappingKeyWithALineBreakGivesAOneLineMessage) {
  const auto parsed = mapping::parse_mapping_file(R"({"files":[{"role":"deals","colum\nns":{}}]})", "team.json");
  ASSERT_FALSE(parsed.is_ok());
  EXPECT_EQ(parsed.status().message(), "team.json: files[0].colum\\nns: unknown key");
}

}  // namespace
}  // namespace icp
