// What the report says about one input file (SPEC §7 inputs[]).
#pragma once

#include <string>
#include <vector>

#include "ingest/row_accounting.h"
#include "mapping/canonical_field.h"
#include "mapping/mapping_inference.h"
#include "profile/column_profile.h"

namespace icp::ingest {

struct MappedColumn {
  mapping::Field field;
  std::string column;  // the header text
  double confidence = 0;
  std::string reason;
};

struct CsvProblem {
  std::string kind;  // "missing_closing_quote" / "text_after_closing_quote"
  uint64_t line = 0;
  uint64_t column = 0;
};

// One distinct value of the stage (or status) column and the outcome it stands for.
struct StageRow {
  std::string column;
  std::string value;
  std::string outcome;     // "won" / "lost" / "open"
  bool deleted = false;    // rows with it are rejected as deleted deals
  bool from_user = false;  // set in the mapping
  uint64_t rows = 0;
};

// The rejected rows themselves, as read, so the user can download and fix them.
struct RejectedRows {
  static constexpr size_t kMaxRows = 10000;
  static constexpr size_t kMaxBytes = 16u << 20;
  struct Row {
    uint64_t line = 0;
    std::string reason;
    std::vector<std::string> fields;
  };
  std::vector<std::string> header;
  std::vector<Row> rows;
  size_t bytes = 0;
  bool truncated = false;  // more rows were rejected than are kept (all are counted)
};

struct InputSummary {
  std::string file;
  std::string role;
  double role_confidence = 0;
  std::string role_reason;
  std::vector<mapping::RoleScore> role_scores;
  std::string format = "csv";
  std::string json_shape;  // "array", "ndjson", "hubspot", "salesforce", "object", "record" for JSON
  std::string encoding = "UTF-8";
  std::string delimiter;
  uint64_t bytes = 0;
  uint64_t blank_lines = 0;
  RowAccounting accounting;
  RejectedRows rejected_rows;
  std::vector<MappedColumn> mapping;  // in canonical field order
  std::vector<std::string> unmapped_columns;
  std::vector<profile::ColumnProfile> columns;  // every column, profiled on the first rows
  uint64_t profiled_rows = 0;
  std::vector<StageRow> stage_table;
  std::string currency;               // of the amounts (deals), when the values name one
  std::string date_order;             // "month_first" / "day_first" when the file has numeric dates
  std::string date_order_source;      // "data", "assumed", "mapping"
  bool mapping_rule_applied = false;  // a mapping file rule was used for this file
  std::vector<std::string> notes;     // decisions the user may want to check (date order, decimal mark)
  std::vector<CsvProblem> csv_problems;  // first few malformed-quote places
  uint64_t csv_problem_count = 0;
};

}  // namespace icp::ingest
