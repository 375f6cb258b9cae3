// Exports in the encodings Excel and old Windows tools write reach the report as the same figures.
#include <gtest/gtest.h>

#include <string>

#include "engine/session.h"
#include "simdjson.h"

namespace icp::engine {
namespace {

std::string utf16le(std::string_view ascii_or_latin1, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE", 2) : std::string();
  for (unsigned char c : ascii_or_latin1) {
    out.push_back(static_cast<char>(c));
    out.push_back('\0');
  }
  return out;
}

struct Outcome {
  Status status;
  std::string json;
};

Outcome analyze(const std::string& name, const std::string& bytes, size_t chunk) {
  Session s;
  Status st = s.begin_file(name, "auto");
  for (size_t i = 0; st.is_ok() && i < bytes.size(); i += chunk) st = s.feed(std::string_view(bytes).substr(i, chunk));
  if (st.is_ok()) st = s.end_file();
  return {st, st.is_ok() ? s.report_json() : ""};
}

// A tab-delimited "Unicode text" save of a Salesforce report (CRLF, Windows-1252 characters in names).
const std::string kExport =
    "Account Name\tStage\tAmount\tClose Date\tCreated Date\r\n"
    "Soci\xE9t\xE9 G\xE9n\xE9rale\tClosed Won\t1200\t2024-03-01\t2024-02-01\r\n"
    "M\xFCller GmbH\tClosed Lost\t800\t2024-03-05\t2024-02-01\r\n"
    "Caf\xE9 \"Noir\"\tProspecting\t500\t2024-04-01\t2024-02-11\r\n";

}  // namespace

TEST(SessionEncoding, Utf16AndWindows1252GiveTheSameFiguresAsUtf8) {
  // The same rows as UTF-8.
  std::string utf8;
  for (unsigned char c : kExport) {
    if (c < 0x80) {
      utf8.push_back(static_cast<char>(c));
    } else {
      utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
      utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  const Outcome reference = analyze("x.csv", utf8, 1 << 20);
  ASSERT_TRUE(reference.status.is_ok()) << reference.status.message();
  simdjson::dom::parser p0;
  const std::string expected_sales = simdjson::to_string(p0.parse(reference.json)["sales"]);

  const struct {
    std::string bytes;
    std::string_view encoding;
  } cases[] = {{utf16le(kExport, true), "UTF-16 LE"}, {utf16le(kExport, false), "UTF-16 LE"}, {kExport, "Windows-1252"}};
  for (const auto& c : cases) {
    for (size_t chunk : {size_t{1}, size_t{3}, size_t{1} << 20}) {
      const Outcome r = analyze("x.csv", c.bytes, chunk);
      ASSERT_TRUE(r.status.is_ok()) << r.status.message();
      simdjson::dom::parser parser;
      const auto doc = parser.parse(r.json);
      EXPECT_EQ(simdjson::to_string(doc["sales"]), expected_sales) << c.encoding << " chunk " << chunk;
      EXPECT_EQ(std::string_view(doc["inputs"].at(0)["encoding"]), c.encoding);
      EXPECT_EQ(std::string_view(doc["inputs"].at(0)["delimiter"]), "tab");
      EXPECT_EQ(uint64_t(doc["inputs"].at(0)["bytes"]), c.bytes.size());
    }
  }
}

TEST(SessionEncoding, ABinaryFileIsRefusedWithAClearMessage) {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  png.append(4000, '\0');
  const Outcome r = analyze("photo.csv", png, 1 << 20);
  ASSERT_FALSE(r.status.is_ok());
  EXPECT_EQ(r.status.code(), ErrorCode::unreadable_input);
  EXPECT_EQ(r.status.message().rfind("photo.csv: not a text export", 0), 0u) << r.status.message();
}

}  // namespace icp::engine
