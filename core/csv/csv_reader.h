// Streaming CSV reader: bytes in, records out.
//
// Fed chunks of any size: a chunk may end anywhere, inside a quoted field or between CR and LF.
// RFC 4180 quoting ("" inside quotes is one quote), LF / CRLF / CR record ends, delimiter
// detected from the first bytes when not given (, ; tab |). Records are handed to a RecordSink
// as views that are valid only during the call. Malformed quoting is reported as an issue with its
// line and column, never silently repaired without a trace.
//
// Input is expected to be UTF-8 (a UTF-8 BOM at the start is skipped); other encodings are
// decoded before they reach this reader.
//
// Quoting follows Papa Parse, so the page and the CLI split cells as the JS world does:
// - a field is quoted only when '"' is its first byte; elsewhere a quote is plain text;
// - a quote inside a quoted field closes it only when followed (after optional spaces/tabs) by the
//   delimiter, a line break or the end of input; "" is one quote; any other quote stays in the
//   cell as text and is reported as text_after_closing_quote;
// - a quoted field never closed runs to the end of the input, kept raw (no "" unescaping), and is
//   reported as missing_closing_quote.
// Two deliberate differences: a quote followed by blanks and then the end of input closes its
// field (Papa reports it as unclosed), and line breaks are LF, CRLF or a lone CR recognised per
// record, so files mixing them are read as their lines (Papa picks one for the whole file).
// An empty line is one with nothing on it (a line holding only "" is a record with
// one empty cell). With skip_empty_lines = false every empty line is a record with one empty
// field, and, as in Papa Parse, so is the empty text after a final line break ("a\n" gives two
// records: {"a"} and {""}).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace icp::csv {

struct Record {
  std::span<const std::string_view> fields;
  uint64_t index = 0;  // 0-based record number, counting the header and every record emitted
  uint64_t line = 0;   // 1-based physical line on which the record starts
};

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void on_record(const Record& record) = 0;
};

enum class IssueKind {
  missing_closing_quote,  // a quoted field runs to the end of the input
  text_after_closing_quote,  // "ab"c — the quote did not close the field
};

struct Issue {
  IssueKind kind;
  uint64_t line = 0;    // 1-based
  uint64_t column = 0;  // 1-based, in bytes from the start of the line
  uint64_t record = 0;  // Record::index of the record it belongs to
};

struct Options {
  char delimiter = 0;             // 0: detect from the first bytes; '"', CR and LF are refused
  bool skip_empty_lines = true;   // a line with nothing on it is counted, not emitted
  size_t sniff_bytes = 64 * 1024; // how much input is looked at to choose the delimiter
  size_t max_field_bytes = 64u * 1024 * 1024;  // a longer field stops the reader with an error
  size_t max_issues = 1000;       // issues kept in issues(); all are counted in Stats::issues
};

struct Stats {
  uint64_t bytes = 0;
  uint64_t records = 0;      // emitted records, header included
  uint64_t empty_lines = 0;  // skipped blank lines
  uint64_t lines = 0;        // physical lines seen (line breaks, plus an unterminated last line)
  uint64_t issues = 0;       // every issue found, including those past Options::max_issues
  uint64_t carried_bytes = 0;  // bytes copied to keep records that cross chunk boundaries
};

class CsvReader {
 public:
  CsvReader(RecordSink& sink, Options options = {});
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Feeds the next bytes. Returns false once the reader has stopped on a fatal error (see error()).
  bool feed(std::string_view bytes);
  // No more input: flushes the last record. Returns false on a fatal error.
  bool finish();

  char delimiter() const;  // 0 until decided
  const Stats& stats() const;
  const std::vector<Issue>& issues() const;
  // Empty unless the reader stopped; a one-line message with line and column.
  const std::string& error() const;

 private:
  struct Impl;
  Impl* impl_;
};

// Chooses the delimiter of a CSV sample (quote-aware): the candidate among , ; \t | giving the
// most consistent field count (> 1) over the sample's first lines; ',' when nothing fits.
// Modelled on Papa Parse's guessDelimiter: over the first 10 non-empty records, the lowest sum of
// field-count changes between consecutive records wins, ties go to the higher average field count,
// an average of 1.99 or less disqualifies. When sample_may_continue is true (a prefix of a longer
// input), its unterminated last record is left out unless it is the only one.
char detect_delimiter(std::string_view sample, bool sample_may_continue = false);

}  // namespace icp::csv
