// libFuzzer target: JSON exports read as records (core/json/json_records.h), every shape (array,
// NDJSON, HubSpot, Salesforce, wrapper object, single record).
//
// Input layout: 4 control bytes, then the JSON bytes.
//   [0] bit 0: small max_bytes ([1] * 16); bit 1: small max_columns ([1] & 15); bit 2: reserve()
//       the size first   [1] limit parameter   [2] [3] chunk sizes, cycled: b + 1
// Shorter inputs are all JSON, fed in 1-byte chunks.
//
// Checked:
// - chunking never changes the outcome (records, shape, error, error code; stats when read);
// - on error nothing at all was emitted, the message is one line and the code is not ok;
// - on success: record 0 is the header, every record is as wide as it, the header has no
//   duplicate name, records are numbered in order, every cell is valid UTF-8;
// - differential with simdjson's DOM parser: a document read as any shape but NDJSON is valid
//   JSON to simdjson (numbers out of double range and nesting aside), and a document simdjson
//   finds valid is not refused as unreadable unless it looks like NDJSON.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "json/json_records.h"
#include "simdjson.h"

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
    rows.push_back({{r.fields.begin(), r.fields.end()}, r.index, r.line});
  }
  std::vector<Row> rows;
};

struct Outcome {
  bool ok = true;
  std::string error;
  icp::ErrorCode code = icp::ErrorCode::ok;
  std::string shape;
  icp::json::Stats stats;
  std::vector<Row> rows;
};

Outcome read(std::string_view data, const icp::json::Options& options, const std::vector<size_t>& chunks, bool reserve) {
  Collect sink;
  icp::json::JsonRecordReader reader(sink, options);
  if (reserve) reader.reserve(data.size());
  Outcome out;
  out.ok = icp::fuzz::feed_in_chunks(data, chunks, [&](std::string_view c) { return reader.feed(c); });
  if (out.ok) out.ok = reader.finish();
  out.error = reader.error();
  out.code = reader.error_code();
  out.shape = std::string(reader.shape());
  out.stats = reader.stats();
  out.rows = std::move(sink.rows);
  return out;
}

bool same_stats(const icp::json::Stats& a, const icp::json::Stats& b) {
  return a.bytes == b.bytes && a.records == b.records && a.columns == b.columns && a.skipped == b.skipped &&
         a.first_skipped_line == b.first_skipped_line && a.blank_lines == b.blank_lines;
}

// NDJSON is told apart by its first two non-blank lines both starting with '{' (json_records.h).
bool looks_like_ndjson(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  int braces = 0;
  size_t i = 0;
  for (int lines = 0; lines < 2 && i < s.size();) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i >= s.size()) break;
    if (s[i] == '{') ++braces;
    ++lines;
    while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
  }
  return braces == 2;
}

std::string describe_difference(const Outcome& a, const Outcome& b) {
  std::string s = "shape " + a.shape + " vs " + b.shape + ", records " + std::to_string(a.rows.size()) + " vs " +
                  std::to_string(b.rows.size()) + ", bytes " + std::to_string(a.stats.bytes) + " vs " +
                  std::to_string(b.stats.bytes) + ", skipped " + std::to_string(a.stats.skipped) + " vs " +
                  std::to_string(b.stats.skipped) + ", blank lines " + std::to_string(a.stats.blank_lines) + " vs " +
                  std::to_string(b.stats.blank_lines);
  for (size_t i = 0; i < std::min(a.rows.size(), b.rows.size()); ++i) {
    if (a.rows[i] == b.rows[i]) continue;
    s += "; record " + std::to_string(i) + " line " + std::to_string(a.rows[i].line) + " vs " +
         std::to_string(b.rows[i].line);
    for (size_t c = 0; c < std::min(a.rows[i].cells.size(), b.rows[i].cells.size()); ++c) {
      if (a.rows[i].cells[c] != b.rows[i].cells[c]) {
        s += ", cell " + std::to_string(c) + " \"" + preview(a.rows[i].cells[c]) + "\" vs \"" +
             preview(b.rows[i].cells[c]) + "\"";
        break;
      }
    }
    break;
  }
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  icp::json::Options options;
  std::vector<size_t> chunks{1};
  bool reserve = false;
  if (data.size() >= 4) {
    if (bytes[0] & 1) options.max_bytes = uint64_t{bytes[1]} * 16;
    if (bytes[0] & 2) options.max_columns = bytes[1] & 15;
    reserve = (bytes[0] & 4) != 0;
    chunks = {bytes[2] + 1u, bytes[3] + 1u};
    data.remove_prefix(4);
  }

  const Outcome whole = read(data, options, {}, reserve);
  const Outcome chunked = read(data, options, chunks, !reserve);
  FUZZ_CHECK(whole.ok == chunked.ok && whole.error == chunked.error && whole.code == chunked.code,
             "chunking changes the outcome: \"" + whole.error + "\" vs \"" + chunked.error + "\"");
  // (On error the stats may differ: a chunked feed over max_bytes has taken some bytes in first.)
  FUZZ_CHECK(whole.rows == chunked.rows && whole.shape == chunked.shape &&
                 (!whole.ok || same_stats(whole.stats, chunked.stats)),
             "chunking changes the records: " + describe_difference(whole, chunked));

  if (!whole.ok) {
    FUZZ_CHECK(whole.rows.empty(), "nothing is emitted on error: " + whole.error);
    FUZZ_CHECK(whole.code != icp::ErrorCode::ok, "an error has a code");
    FUZZ_CHECK(!whole.error.empty() && whole.error.find('\n') == std::string::npos &&
                   whole.error.find('\r') == std::string::npos,
               "the error is one line: " + preview(whole.error));
  } else {
    FUZZ_CHECK(whole.code == icp::ErrorCode::ok && whole.error.empty(), "no error when ok");
    FUZZ_CHECK(whole.stats.records == whole.rows.size(), "stats count the records");
    if (!whole.rows.empty()) {
      const size_t width = whole.rows[0].cells.size();
      // (Width 0 happens: [{}] or Salesforce records holding only "attributes".)
      FUZZ_CHECK(width == whole.stats.columns, "the header gives the width");
      FUZZ_CHECK(width <= options.max_columns, "max_columns holds");
      std::set<std::string> names(whole.rows[0].cells.begin(), whole.rows[0].cells.end());
      FUZZ_CHECK(names.size() == width, "the header names each column once");
      for (size_t i = 0; i < whole.rows.size(); ++i) {
        FUZZ_CHECK(whole.rows[i].index == i, "records are numbered in order");
        FUZZ_CHECK(whole.rows[i].cells.size() == width, "every record is as wide as the header");
        FUZZ_CHECK(whole.rows[i].line >= 1, "lines are 1-based");
        for (const auto& cell : whole.rows[i].cells) {
          FUZZ_CHECK(simdjson::validate_utf8(cell.data(), cell.size()), "cells are UTF-8: " + preview(cell));
        }
      }
    }
  }

  // Differential with simdjson's own validation of the whole document.
  if (options.max_bytes < data.size()) return 0;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const simdjson::padded_string padded(data);
  const simdjson::error_code dom_error = parser.parse(padded).get(doc);
  const bool dom_ok = dom_error == simdjson::SUCCESS;
  const bool tolerable = dom_error == simdjson::NUMBER_ERROR || dom_error == simdjson::BIGINT_ERROR ||
                         dom_error == simdjson::DEPTH_ERROR || dom_error == simdjson::NUMBER_OUT_OF_RANGE;
  if (whole.ok && whole.shape != "ndjson") {
    FUZZ_CHECK(dom_ok || tolerable, std::string("read as ") + whole.shape + " but simdjson says " +
                                        simdjson::error_message(dom_error));
  }
  if (dom_ok && whole.code == icp::ErrorCode::unreadable_input) {
    FUZZ_CHECK(looks_like_ndjson(data), "simdjson reads it but the reader says: " + whole.error);
  }
  return 0;
}
