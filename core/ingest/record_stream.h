// The bytes of one input file, turned into records: the encoding is told from the first 64 KB
// (BOMs, UTF-16 without BOM, UTF-8, else Windows-1252) and decoded to UTF-8 as the bytes stream
// through; the format is told from the first decoded bytes (JSON shapes through simdjson, else CSV),
// and the records go to the file's ingest. Binary files (images, .xlsx) are refused.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "csv/csv_reader.h"
#include "ingest/file_ingest.h"
#include "json/json_records.h"
#include "text/encoding.h"
#include "text/utf8_transcoder.h"
#include "util/status.h"

namespace icp::ingest {

class RecordStream {
 public:
  RecordStream(std::string file_name, FileIngest& sink);
  ~RecordStream();

  // The file's whole size in bytes, when the caller knows it (a hint: the columns are reserved
  // for the rows it implies instead of growing by doubling; nothing else depends on it).
  void expect_size(uint64_t bytes) { expected_size_ = bytes; }
  Status feed(std::string_view bytes);
  Status finish();

  // What was found out about the file, for its summary (call after finish()).
  void describe(InputSummary& summary) const;

 private:
  Status start(bool complete);  // decides the encoding and format from pending_
  Status push(std::string_view utf8);

  std::string name_;
  FileIngest& sink_;
  std::string pending_;  // the first bytes, until the encoding is decided
  bool started_ = false;
  uint64_t expected_size_ = 0;
  text::EncodingGuess guess_;
  std::unique_ptr<text::Utf8Transcoder> transcoder_;
  std::unique_ptr<csv::CsvReader> csv_;
  std::unique_ptr<json::JsonRecordReader> json_;
};

}  // namespace icp::ingest
