// libFuzzer target: the streaming CSV reader (core/csv/csv_reader.h).
//
// Input layout: 6 control bytes, then the CSV bytes.
//   [0] options: bits 0-2 delimiter (0 and 5-7 detect, 1 ',', 2 ';', 3 tab, 4 '|'); bit 3 keep empty
//       lines; bit 4 small sniff window; bit 5 small max_field_bytes; bit 6 small max_issues
//   [1] sniff window when small (1..64)      [2] max_field_bytes when small (0..255)
//   [3] [4] [5] chunk sizes, cycled: (b & 0x7F) + 1, times 61 when the top bit is set
// Shorter inputs are all CSV, with the default options, in 1-byte chunks.
//
// Checked:
// - chunking never changes the outcome: records (cells, index, line), issues, stats (all but
//   carried_bytes), delimiter and error are those of the same bytes fed in one piece; after a fatal
//   error only the error and the records emitted before it are compared (issues found past the
//   point where a chunked read stops may differ);
// - records are numbered 0, 1, 2, … and start on non-decreasing lines; issues point at line >= 1,
//   column >= 1; an error is one line;
// - round trip: the records written back with every cell quoted ("" for "), CRLF between records,
//   read again with the same delimiter, give the same cells with no issue.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "csv/csv_reader.h"
#include "fuzz_check.h"

namespace {

using icp::fuzz::preview;

struct Row {
  std::vector<std::string> cells;
  uint64_t index;
  uint64_t line;
  bool operator==(const Row&) const = default;
};

struct Collect : icp::csv::RecordSink {
  void on_record(const icp::csv::Record& r) override {
    FUZZ_CHECK(!r.fields.empty(), "a record has at least one cell");
    rows.push_back({{r.fields.begin(), r.fields.end()}, r.index, r.line});
  }
  std::vector<Row> rows;
};

struct Outcome {
  bool ok = true;
  std::string error;
  char delimiter = 0;
  std::vector<Row> rows;
  std::vector<icp::csv::Issue> issues;
  icp::csv::Stats stats;
};

Outcome read(std::string_view data, const icp::csv::Options& options, const std::vector<size_t>& chunks) {
  Collect sink;
  icp::csv::CsvReader reader(sink, options);
  Outcome out;
  out.ok = icp::fuzz::feed_in_chunks(data, chunks, [&](std::string_view c) { return reader.feed(c); });
  if (out.ok) out.ok = reader.finish();
  FUZZ_CHECK(out.ok == reader.error().empty(), "an error message exactly when the reader stopped");
  out.error = reader.error();
  out.delimiter = reader.delimiter();
  out.rows = std::move(sink.rows);
  out.issues = reader.issues();
  out.stats = reader.stats();
  return out;
}

bool same_issues(const std::vector<icp::csv::Issue>& a, const std::vector<icp::csv::Issue>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind || a[i].line != b[i].line || a[i].column != b[i].column || a[i].record != b[i].record) {
      return false;
    }
  }
  return true;
}

std::string describe_difference(const Outcome& whole, const Outcome& chunked) {
  if (whole.ok != chunked.ok) return "ok " + std::to_string(whole.ok) + " vs " + std::to_string(chunked.ok);
  if (whole.error != chunked.error) return "error \"" + whole.error + "\" vs \"" + chunked.error + "\"";
  if (whole.rows.size() != chunked.rows.size()) {
    return "records " + std::to_string(whole.rows.size()) + " vs " + std::to_string(chunked.rows.size());
  }
  for (size_t i = 0; i < whole.rows.size(); ++i) {
    const Row& a = whole.rows[i];
    const Row& b = chunked.rows[i];
    if (a == b) continue;
    std::string s = "record " + std::to_string(i) + ": line " + std::to_string(a.line) + " vs " + std::to_string(b.line) +
                    ", cells " + std::to_string(a.cells.size()) + " vs " + std::to_string(b.cells.size());
    for (size_t c = 0; c < std::min(a.cells.size(), b.cells.size()); ++c) {
      if (a.cells[c] != b.cells[c]) {
        s += ", cell " + std::to_string(c) + " \"" + preview(a.cells[c]) + "\" vs \"" + preview(b.cells[c]) + "\"";
        break;
      }
    }
    return s;
  }
  return "issues or stats differ";
}

// Every cell quoted, quotes doubled, CRLF between records.
std::string write_quoted(const std::vector<Row>& rows, char delimiter) {
  std::string out;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (r > 0) out += "\r\n";
    for (size_t c = 0; c < rows[r].cells.size(); ++c) {
      if (c > 0) out += delimiter;
      out += '"';
      for (char ch : rows[r].cells[c]) {
        if (ch == '"') out += '"';
        out += ch;
      }
      out += '"';
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  icp::csv::Options options;
  std::vector<size_t> chunks{1};
  if (data.size() >= 6) {
    const uint8_t flags = bytes[0];
    static constexpr char kDelimiters[8] = {0, ',', ';', '\t', '|', 0, 0, 0};
    options.delimiter = kDelimiters[flags & 7];
    options.skip_empty_lines = (flags & 8) == 0;
    if (flags & 16) options.sniff_bytes = 1 + (bytes[1] & 63);
    if (flags & 32) options.max_field_bytes = bytes[2];
    if (flags & 64) options.max_issues = 2;
    chunks.clear();
    for (int i = 3; i < 6; ++i) chunks.push_back(((bytes[i] & 0x7F) + 1u) * ((bytes[i] & 0x80) ? 61u : 1u));
    data.remove_prefix(6);
  }

  const Outcome whole = read(data, options, {});
  const Outcome chunked = read(data, options, chunks);

  // The same outcome whatever the chunking.
  bool same = whole.ok == chunked.ok && whole.error == chunked.error && whole.rows == chunked.rows;
  if (same && whole.ok) {
    same = whole.delimiter == chunked.delimiter && same_issues(whole.issues, chunked.issues) &&
           whole.stats.bytes == chunked.stats.bytes && whole.stats.records == chunked.stats.records &&
           whole.stats.empty_lines == chunked.stats.empty_lines && whole.stats.lines == chunked.stats.lines &&
           whole.stats.issues == chunked.stats.issues;
  }
  FUZZ_CHECK(same, "chunked read differs from the whole read: " + describe_difference(whole, chunked));

  // Structure of what was read.
  for (size_t i = 0; i < whole.rows.size(); ++i) {
    FUZZ_CHECK(whole.rows[i].index == i, "records are numbered in order");
    FUZZ_CHECK(whole.rows[i].line >= 1, "lines are 1-based");
    if (i > 0) FUZZ_CHECK(whole.rows[i].line > whole.rows[i - 1].line, "each record starts on a later line");
  }
  for (const auto& issue : whole.issues) {
    FUZZ_CHECK(issue.line >= 1 && issue.column >= 1, "issues have a line and a column");
  }
  FUZZ_CHECK(whole.issues.size() <= options.max_issues, "issues() is capped at max_issues");
  FUZZ_CHECK(whole.stats.issues >= whole.issues.size(), "every issue is counted");
  FUZZ_CHECK(whole.error.find('\n') == std::string::npos && whole.error.find('\r') == std::string::npos,
             "the error is one line: " + preview(whole.error));
  if (!whole.ok) return 0;
  FUZZ_CHECK(whole.stats.records == whole.rows.size(), "stats count the records emitted");
  FUZZ_CHECK(whole.delimiter != 0, "a delimiter is chosen once the input is read");

  // Round trip through a fully quoted rendering.
  if (whole.rows.empty()) return 0;
  const std::string written = write_quoted(whole.rows, whole.delimiter);
  icp::csv::Options plain;
  plain.delimiter = whole.delimiter;
  plain.skip_empty_lines = false;
  const Outcome again = read(written, plain, {});
  FUZZ_CHECK(again.ok, "the quoted rendering reads back: " + again.error);
  FUZZ_CHECK(again.issues.empty(), "the quoted rendering has no quoting issue");
  FUZZ_CHECK(again.rows.size() == whole.rows.size(),
             "round trip keeps the record count: " + std::to_string(whole.rows.size()) + " vs " +
                 std::to_string(again.rows.size()));
  for (size_t i = 0; i < whole.rows.size(); ++i) {
    FUZZ_CHECK(again.rows[i].cells == whole.rows[i].cells, "round trip keeps the cells of record " + std::to_string(i));
  }
  return 0;
}
