// Regression (found by tests/fuzz/session_fuzz): the encoding was guessed on all the bytes held when
// the 64 KB sniffing window filled, i.e. on however much the chunk crossing the mark brought. A
// Windows-1252 export over 64 KB then said "N invalid sequences" with an N that depended on the
// chunk size, so the CLI (1 MB chunks) and the page (smaller chunks) wrote different reports; a
// JSON file whose first bracket came after 64 KB of blanks was JSON or CSV depending on chunking.
#include <gtest/gtest.h>

#include <string>

#include "engine/session.h"
#include "text/encoding.h"

namespace icp::engine {
namespace {

struct Outcome {
  std::string error;
  std::string json;
};

Outcome analyze(const std::string& bytes, size_t chunk) {
  Session s;
  Status st = s.begin_file("export.csv", "auto");
  for (size_t i = 0; st.is_ok() && i < bytes.size(); i += chunk) st = s.feed(std::string_view(bytes).substr(i, chunk));
  if (st.is_ok()) st = s.end_file();
  return {st.is_ok() ? "" : st.message(), st.is_ok() ? s.report_json() : ""};
}

TEST(RecordStreamSniffWindow, AWindows1252ExportOver64KBGivesTheSameReportWhateverTheChunks) {
  std::string csv = "Account Name;Stage;Amount;Created Date;Close Date\r\n";
  while (csv.size() < 3 * text::kEncodingSniffBytes) {
    csv += "Soci\xE9t\xE9 G\xE9n\xE9rale;Closed Won;\"12.000,00 \x80\";01.02.2024;03.04.2024\r\n";
  }
  const Outcome whole = analyze(csv, csv.size());
  ASSERT_EQ(whole.error, "");
  for (size_t chunk : {size_t{1} << 20, text::kEncodingSniffBytes, text::kEncodingSniffBytes + 1, size_t{70000},
                       size_t{4096}, size_t{777}}) {
    const Outcome part = analyze(csv, chunk);
    EXPECT_EQ(part.error, "") << "chunk " << chunk;
    EXPECT_EQ(part.json, whole.json) << "chunk " << chunk;
  }
}

TEST(RecordStreamSniffWindow, TheFormatIsToldFromTheFirst64KBOnly) {
  const std::string bytes = std::string(text::kEncodingSniffBytes + 10, ' ') + "[{\"Stage\":\"Closed Won\",\"Amount\":1}]";
  const Outcome whole = analyze(bytes, bytes.size());
  for (size_t chunk : {text::kEncodingSniffBytes, size_t{1000}, size_t{1} << 20}) {
    const Outcome part = analyze(bytes, chunk);
    EXPECT_EQ(part.error, whole.error) << "chunk " << chunk;
    EXPECT_EQ(part.json, whole.json) << "chunk " << chunk;
  }
}

}  // namespace
}  // namespace icp::engine
