// JSON exports read as records, the way the CSV reader hands them out: record 0 is the header
// (the column names), every later record is one row, all of the header's width.
//
// Accepted shapes (what shape() reports):
// - "array":      a top-level array of objects. Values in it that are not objects are skipped and
//                 counted (Stats::skipped); an array holding values but no object is an error.
// - "ndjson":     one object per line (LF, CRLF or CR); blank lines are skipped and counted. Told
//                 apart from a single object by its first two non-blank lines both starting
//                 with '{'. A line that is not an object, or not valid JSON, is an error naming it.
// - "hubspot":    {"results":[{"id":…,"properties":{…},…}],"paging":{…}} (the first result has a
//                 "properties" object, or results is empty). Columns: "id", then the properties
//                 WITHOUT a "properties." prefix; "associations" become one column per associated
//                 type, "associations.<type>" (e.g. "associations.companies"), holding the ids
//                 joined with ';'. The result's other keys (createdAt, updatedAt, archived, …)
//                 are dropped: the properties carry createdate and hs_lastmodifieddate.
// - "salesforce": {"totalSize":…,"done":…,"records":[…]} ("records" plus "totalSize" or "done",
//                 or a first record holding "attributes"). "attributes" is dropped at every
//                 depth; relationships flatten to dotted names ("Account.Name").
// - "object":     any other top-level object holding exactly one array of objects, under any key
//                 ({"data":[…]}, {"deals":[…]}); several such arrays are an error naming them.
//                 An object whose only array is empty gives no records.
// - "record":     a top-level object holding no array of objects at all is itself one record.
//
// Values: nested objects flatten to dotted names ("owner.name"); arrays of scalars are joined
// with ';' (null items as empty); arrays holding objects or arrays are kept as their compact JSON
// text; null is an empty field; numbers are their source text ("12.50", "1e3",
// "12345678901234567890" stay as written, so native and wasm agree byte for byte); booleans are
// "true" / "false"; strings are unescaped. A key seen with a null value in some records and as
// an object in others ("Account": null vs "Account": {"Name": …}) gives only the dotted columns.
// Duplicate keys in one object: the last wins (as JSON.parse).
//
// Columns: the union of the (flattened) keys over all records, in order of first appearance; a
// record missing a key has an empty field. A first pass validates every record and collects the
// keys, a second emits: on any error nothing at all is emitted. Record::line is the 1-based line
// on which the record's '{' stands (header: line 1); Record::index counts the header as 0. With
// no record at all (an empty array, empty "results") nothing is emitted and finish() succeeds.
//
// The input is UTF-8 (a BOM at the start is skipped; other encodings must be decoded first). It
// is validated in full (RFC 8259: UTF-8, escapes, numbers, no trailing commas); the first error
// in the file is reported as a one-line message with 1-based line and column (bytes from the
// line start), e.g. "invalid JSON at line 3, column 14: expected ',' or '}' after an object
// member, found ']'" or "invalid UTF-8 at line 2, column 9 (byte 0xE9) …". Other errors:
// "empty JSON", "the JSON array holds no objects …", "line 4 is not a JSON object …",
// "the JSON object holds several arrays of objects (\"a\", \"b\") …", "the JSON file is larger
// than 1 GiB …", "… more than N different keys …", "… nested more than 128 levels deep".
//
// Memory: the bytes fed are held once, in one buffer grown in place (reserve() with the file size
// avoids any regrowth); simdjson parses one record at a time, so its own buffers are sized by the
// largest record, not by the file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "csv/csv_reader.h"
#include "util/status.h"

namespace icp::json {

struct Options {
  uint64_t max_bytes = uint64_t{1} << 30;  // more input than this stops feed() with an error
  size_t max_columns = 10000;              // more distinct (flattened) keys: an error, not a table
};

struct Stats {
  uint64_t bytes = 0;               // bytes accepted by feed(), BOM included
  uint64_t records = 0;             // records emitted, header included (0 when none)
  uint64_t columns = 0;             // width of the header
  uint64_t skipped = 0;             // values of the records array that are not objects
  uint64_t first_skipped_line = 0;  // line of the first of them (0 when none)
  uint64_t blank_lines = 0;         // NDJSON blank lines skipped
};

class JsonRecordReader {
 public:
  explicit JsonRecordReader(csv::RecordSink& sink, Options options = {});
  ~JsonRecordReader();
  JsonRecordReader(const JsonRecordReader&) = delete;
  JsonRecordReader& operator=(const JsonRecordReader&) = delete;

  // Optional: the total size, when known, so the buffer is allocated once.
  void reserve(uint64_t total_bytes);
  // Accumulates bytes (JSON is parsed whole). False once the reader has stopped (see error()).
  bool feed(std::string_view bytes);
  // Parses, then emits the header and one record per object. False on error (nothing emitted).
  bool finish();

  // Empty unless the reader stopped; one line, with line and column where they apply.
  const std::string& error() const;
  // ok, or what kind of error: unreadable_input (empty, invalid JSON or UTF-8, an NDJSON line
  // that is not an object), unusable_input (valid JSON holding no records: an array of
  // non-objects, a lone scalar, several candidate arrays), too_large (max_bytes, max_columns,
  // nesting), invalid_argument (feed() after finish()).
  ErrorCode error_code() const;
  const Stats& stats() const;
  // "array", "ndjson", "hubspot", "salesforce", "object", "record"; empty until recognised.
  std::string_view shape() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether a file starting with these bytes is JSON rather than CSV: after an optional UTF-8 BOM
// and whitespace, '{' followed by '"' or '}', or '[' followed by a JSON value or ']' (whitespace
// between them allowed; a sample ending right after the bracket counts). So a CSV header such as
// "[Deal] Name" or "{id}" is not taken for JSON.
bool looks_like_json(std::string_view first_bytes);

}  // namespace icp::json
