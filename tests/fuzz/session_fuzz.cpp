// libFuzzer target: the whole engine, bytes → Session → report, as the CLI and the page drive it.
//
// Input layout: 4 control bytes, then up to three files separated by the line "--next-file--".
//   [0] role of the first file: 0 auto, 1 deals, 2 accounts, 3 revenue, 4 tickets, 5 spend, else auto
//   [1] [2] chunk sizes, cycled: (b + 1) * 7    [3] bit 0: also run again with the saved mapping;
//   bit 1: each file's lines after the first are repeated past 70 KB (so the encoding and delimiter
//   are decided on a prefix, and the mapping after 1,000 rows, as with real exports)
// Shorter inputs are one file, role auto, fed in one piece.
//
// Checked:
// - a refused file gives one line starting with its name, and is closed; a session goes on after it;
// - the chunk sizes change nothing: the same refusals word for word and the same report bytes as
//   the files fed in one piece (what makes the CLI and the page agree); asked twice, the same report;
// - report_json(), mapping_json() and every input_json() are valid UTF-8 JSON (simdjson);
// - each rejected_rows_csv() reads back as its header plus one record per kept row, no quoting issue;
// - the saved mapping (mapping_json) is accepted by parse_mapping_file and, with bit 0 of [3], a
//   new session given it reads the same files without a new refusal.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "csv/csv_reader.h"
#include "engine/session.h"
#include "fuzz_check.h"
#include "mapping/mapping_file.h"
#include "simdjson.h"

namespace {

using icp::fuzz::preview;

constexpr std::string_view kSeparator = "\n--next-file--\n";
constexpr const char* kRoles[] = {"auto", "deals", "accounts", "revenue", "tickets", "spend"};

struct File {
  std::string name;
  std::string role;
  std::string bytes;
};

// The first line, then the rest repeated until the whole is past 70 KB.
std::string grow(std::string_view bytes) {
  const size_t first_line = bytes.find('\n');
  if (first_line == std::string_view::npos || first_line + 1 == bytes.size()) return std::string(bytes);
  const std::string_view body = bytes.substr(first_line + 1);
  std::string out(bytes.substr(0, first_line + 1));
  while (out.size() < 70 * 1024) out.append(body);
  return out;
}

struct Run {
  std::vector<std::string> errors;  // one per file, empty when read
  std::string report;
  std::string mapping;
};

void check_json(const std::string& json, const char* what) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const simdjson::padded_string padded(json);
  const auto error = parser.parse(padded).get(doc);
  FUZZ_CHECK(error == simdjson::SUCCESS, std::string(what) + " is valid UTF-8 JSON: " + simdjson::error_message(error));
}

struct CountRecords : icp::csv::RecordSink {
  void on_record(const icp::csv::Record&) override { ++records; }
  size_t records = 0;
};

Run analyze(const std::vector<File>& files, const std::vector<size_t>& chunks, const std::string* mapping) {
  icp::engine::Session session;
  Run run;
  if (mapping) {
    const icp::Status s = session.set_mapping(*mapping, "saved-mapping.json");
    FUZZ_CHECK(s.is_ok(), "the saved mapping is taken back: " + s.message());
  }
  for (const File& f : files) {
    icp::Status s = session.begin_file(f.name, f.role);
    FUZZ_CHECK(s.is_ok(), s.message());
    const bool fed = icp::fuzz::feed_in_chunks(f.bytes, chunks, [&](std::string_view c) {
      s = session.feed(c);
      return s.is_ok();
    });
    if (fed) s = session.end_file();
    if (!s.is_ok()) {
      FUZZ_CHECK(s.message().rfind(f.name + ": ", 0) == 0, "a refusal names the file: " + preview(s.message()));
      FUZZ_CHECK(s.message().find('\n') == std::string::npos && s.message().find('\r') == std::string::npos,
                 "a refusal is one line: " + preview(s.message()));
      FUZZ_CHECK(!session.file_open(), "a refused file is closed");
    }
    run.errors.push_back(s.is_ok() ? std::string() : s.message());
  }
  run.report = session.report_json();
  run.mapping = session.mapping_json();
  FUZZ_CHECK(session.report_json() == run.report, "the report is the same when asked twice");
  check_json(run.report, "report_json()");
  check_json(run.mapping, "mapping_json()");
  for (size_t i = 0; i < session.input_count(); ++i) {
    check_json(session.input_json(i), "input_json()");
    const std::string rejected = session.rejected_rows_csv(i);
    if (rejected.empty()) continue;
    CountRecords sink;
    icp::csv::Options options;
    options.delimiter = ',';
    icp::csv::CsvReader reader(sink, options);
    FUZZ_CHECK(reader.feed(rejected) && reader.finish(), "rejected rows read back: " + reader.error());
    FUZZ_CHECK(reader.issues().empty(), "rejected rows are quoted cleanly");
    FUZZ_CHECK(sink.records == session.input(i).rejected_rows.rows.size() + 1,
               "rejected rows CSV: a header and one record per kept row");
  }
  return run;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  std::string first_role = "auto";
  std::vector<size_t> chunks;  // empty: one piece
  bool with_saved_mapping = false;
  bool grown = false;
  if (data.size() >= 4) {
    first_role = kRoles[bytes[0] < 6 ? bytes[0] : 0];
    chunks = {(bytes[1] + 1u) * 7, (bytes[2] + 1u) * 7};
    with_saved_mapping = (bytes[3] & 1) != 0;
    grown = (bytes[3] & 2) != 0;
    data.remove_prefix(4);
  }

  std::vector<File> files;
  for (int i = 0; i < 3; ++i) {
    const size_t cut = i < 2 ? data.find(kSeparator) : std::string_view::npos;
    const std::string_view bytes_of_file = data.substr(0, cut);
    files.push_back({"input" + std::to_string(i + 1) + ".csv", i == 0 ? first_role : "auto",
                     grown ? grow(bytes_of_file) : std::string(bytes_of_file)});
    if (cut == std::string_view::npos) break;
    data.remove_prefix(cut + kSeparator.size());
  }

  const Run chunked = analyze(files, chunks, nullptr);
  const Run whole = analyze(files, {}, nullptr);
  for (size_t i = 0; i < files.size(); ++i) {
    FUZZ_CHECK(chunked.errors[i] == whole.errors[i],
               "chunking changes the refusal: \"" + chunked.errors[i] + "\" vs \"" + whole.errors[i] + "\"");
  }
  FUZZ_CHECK(chunked.report == whole.report, "chunking changes the report");
  FUZZ_CHECK(chunked.mapping == whole.mapping, "chunking changes the saved mapping");

  const auto parsed = icp::mapping::parse_mapping_file(whole.mapping, "saved-mapping.json");
  FUZZ_CHECK(parsed.is_ok(), "the saved mapping parses: " + parsed.status().message());
  if (with_saved_mapping) {
    const Run again = analyze(files, {}, &whole.mapping);
    for (size_t i = 0; i < files.size(); ++i) {
      if (whole.errors[i].empty()) {
        FUZZ_CHECK(again.errors[i].empty(), "a file read before is read with its saved mapping: " + again.errors[i]);
      }
    }
  }
  return 0;
}
