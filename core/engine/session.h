// The engine's one entry point, shared by the CLI, the wasm façade and the tests: files are opened,
// fed in byte chunks of any size, closed, and the report is written from everything read.
//
//   Session s;
//   s.begin_file("deals.csv", "auto");
//   s.feed(chunk1); s.feed(chunk2); ...
//   s.end_file();
//   std::string json = s.report_json();
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_summary.h"
#include "icp/icp_definition.h"
#include "mapping/mapping_file.h"
#include "metrics/analysis_settings.h"
#include "table/tables.h"
#include "util/status.h"

namespace icp::engine {

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The user's mapping file (roles, columns, date order, stage table) for the files that follow.
  // source_name names it in messages. A bad file is an error naming the bad key.
  Status set_mapping(std::string_view json, std::string_view source_name);

  // The analysis settings (periods, fiscal year, gross margin, as-of month) as a settings file
  // (metrics/settings_file.h); they apply to the report, so they may be set at any time.
  Status set_settings(std::string_view json, std::string_view source_name);
  const metrics::AnalysisSettings& settings() const { return settings_; }
  void set_settings(const metrics::AnalysisSettings& settings) { settings_ = settings; }
  std::string settings_json() const;

  // A declared ICP (METHODS.md "ICP definition JSON"): drift is then measured against it, with the
  // derived ICP beside it. A bad file is an error naming the bad key. An empty text clears it.
  Status set_icp(std::string_view json, std::string_view source_name);
  bool has_declared_icp() const { return declared_icp_.has_value(); }

  // Fit scores as CSV (record_id, name, score, tier, pass, reasons): "accounts" or "open_deals".
  // Empty text when there is nothing to score (no deals, no good and bad customers).
  std::string scored_csv(std::string_view what) const;

  // role: "deals", "accounts", "revenue", "tickets", "spend", or "auto" / "" to tell from the file.
  Status begin_file(std::string name, std::string_view role);
  // The open file's whole size in bytes, when known (before the first feed): a hint the columns are
  // reserved by; the report does not depend on it. Ignored when no file is open.
  void expect_file_size(uint64_t bytes);
  Status feed(std::string_view bytes);
  Status end_file();
  // Drops the file being read (after an error or a cancel); earlier files are kept.
  void abandon_file();

  // Data rows read so far in the current file (for progress).
  uint64_t rows_read() const;
  bool file_open() const;

  std::string report_json() const;
  // The effective mapping of the files read so far, as a mapping file (mapping_file.h): what was
  // detected, with the user's corrections. Saved by the page, taken back by --mapping.
  std::string mapping_json() const;

  // How many files have been read (ended without error), and each one's name and rejected rows as
  // CSV: line, reason, then the row's own columns (empty text when the file rejected nothing).
  size_t input_count() const { return inputs_.size(); }
  const std::string& input_name(size_t index) const { return inputs_[index].file; }
  std::string rejected_rows_csv(size_t index) const;
  // One file's summary as JSON (the report's inputs[] entry) and as the struct.
  std::string input_json(size_t index) const;
  const ingest::InputSummary& input(size_t index) const { return inputs_[index]; }

 private:
  struct OpenFile;
  std::unique_ptr<OpenFile> open_;
  std::vector<ingest::InputSummary> inputs_;
  std::optional<mapping::MappingFile> mapping_;
  metrics::AnalysisSettings settings_;
  std::optional<ideal::IcpDefinition> declared_icp_;
  table::Tables tables_;
};

}  // namespace icp::engine
