// One input file from header to last row: takes the records of the CSV (or JSON) reader, holds the
// first rows back to profile their values, decides the role (unless the user gave it) and the column
// mapping from header names and values, checks each row's width, hands rows to the role's ingest, and
// sums it all up as an InputSummary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "csv/csv_reader.h"
#include "ingest/input_summary.h"
#include "ingest/role_ingest.h"
#include "mapping/mapping_file.h"
#include "mapping/role.h"
#include "table/tables.h"
#include "util/status.h"

namespace icp::ingest {

class FileIngest : public csv::RecordSink {
 public:
  // How many data rows are profiled before the mapping is decided.
  static constexpr size_t kProfileRows = 1000;
  // How many title lines above the header are recognised and skipped.
  static constexpr size_t kMaxTitleLines = 5;

  // mapping: the user's mapping file, if any (must outlive this object).
  FileIngest(std::string file_name, std::optional<mapping::Role> role, const mapping::MappingFile* mapping = nullptr);
  ~FileIngest() override;

  void on_record(const csv::Record& record) override;

  // The CSV reader feeding this sink, if the file is CSV: its delimiter is known before any record.
  void attach(const csv::CsvReader* reader) { reader_ = reader; }
  // NUL bytes in cells. Scanning every cell would cost the CSV path its speed, so the feeder counts
  // the NUL bytes of each decoded chunk (one memchr, the rest only when there is one) before the
  // reader sees it, and rows are scanned only while some NUL byte fed has not yet been found in a
  // record. JSON records (whose "\u0000" escapes decode to NUL bytes) are always scanned.
  void expect_nul_bytes(uint64_t count) { nul_unseen_ += count; }
  // The CSV text's whole size, when known: once the mapping is decided, the role's columns are
  // reserved for the rows the profiled rows' average width implies.
  void expect_text_bytes(uint64_t bytes) { expected_text_bytes_ = bytes; }
  void scan_every_row_for_nul() { nul_scan_all_ = true; }
  // A problem found while reading rows that stops this file (e.g. no role could be told).
  const Status& status() const { return status_; }
  // Data rows read so far (for progress): while the first records are held back, all but the one
  // that will be the header.
  uint64_t rows_read() const {
    return summary_.accounting.rows_read() + (decided_ || held_.empty() ? 0 : held_.size() - 1);
  }

  // After the reader finished: decides the mapping if the file was short, settles columns, moves
  // rows into the tables, returns the summary.
  Result<InputSummary> finish(table::Tables& tables);

 private:
  static constexpr uint64_t kMaxCustomLevels = 30;
  static bool is_custom_category(const profile::ColumnProfile& column);
  // Data rows the whole file holds, estimated from the expected text size and the held rows' width;
  // 0 when the size is not known or too few rows are held to tell.
  size_t expected_rows() const;
  struct HeldRow {
    std::vector<std::string> fields;
    uint64_t line;
  };
  void decide_mapping();
  size_t find_header() const;  // index into held_
  // Applies a mapping-file rule's columns; false (and status_ set) when it names a missing column.
  bool apply_rule(const mapping::FileRule& rule, mapping::HeaderMapping& columns);
  void process(std::span<const std::string_view> fields, uint64_t line);
  void check_and_ingest(std::span<const std::string_view> fields, uint64_t line);
  void check_and_ingest_row(std::span<const std::string_view> fields, uint64_t line);
  void keep_rejected(std::span<const std::string_view> fields, uint64_t line);
  // NUL bytes in a record's cells, taken off nul_unseen_; column: the 0-based cell of the first one.
  uint64_t count_nul_bytes(std::span<const std::string_view> fields, size_t* cells, size_t* column);
  void count_nul_bytes(const std::vector<std::string>& fields);  // a title or header line

  std::string file_;
  std::optional<mapping::Role> forced_role_;
  const mapping::MappingFile* mapping_file_;
  const csv::CsvReader* reader_ = nullptr;
  char delimiter_ = ',';
  std::vector<std::string> headers_;
  uint64_t header_line_ = 1;
  std::vector<HeldRow> held_;  // the first records (header included), until the mapping is decided
  bool decided_ = false;
  Status status_;
  InputSummary summary_;
  std::unique_ptr<RoleIngest> ingest_;
  uint64_t nul_unseen_ = 0;
  uint64_t expected_text_bytes_ = 0;
  bool nul_scan_all_ = false;
  uint64_t nul_cells_ = 0;       // cells of used rows holding a NUL byte
  uint64_t nul_rows_ = 0;        // and their rows
  uint64_t nul_first_line_ = 0;  // the first of them: its row's line and its 0-based column
  size_t nul_first_column_ = 0;
};

}  // namespace icp::ingest
