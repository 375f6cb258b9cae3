// One input file from header to last row: takes the CSV reader's records, decides the role from the
// header (unless the user gave it), maps the columns, checks each row's width, hands rows to the
// role's ingest, and sums it all up as an InputSummary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "csv/csv_reader.h"
#include "ingest/accounts_ingest.h"
#include "ingest/deals_ingest.h"
#include "ingest/input_summary.h"
#include "ingest/role.h"
#include "table/deal_table.h"
#include "util/status.h"

namespace icp::ingest {

class FileIngest : public csv::RecordSink {
 public:
  FileIngest(std::string file_name, std::optional<Role> role);
  ~FileIngest() override;

  void on_record(const csv::Record& record) override;

  // The reader feeding this sink; its delimiter is known by the time the header arrives.
  void attach(const csv::CsvReader* reader) { reader_ = reader; }
  // A problem found while reading rows that stops this file (e.g. no role could be told).
  const Status& status() const { return status_; }
  uint64_t rows_read() const { return summary_.accounting.rows_read(); }

  // After the reader finished: settles columns, moves rows into the tables, returns the summary.
  Result<InputSummary> finish(const csv::CsvReader& reader, table::DealTable& deals,
                              std::vector<AccountTable>& accounts);

 private:
  void on_header(const csv::Record& record);

  std::string file_;
  std::optional<Role> role_;
  const csv::CsvReader* reader_ = nullptr;
  char delimiter_ = ',';
  size_t width_ = 0;
  bool seen_header_ = false;
  Status status_;
  InputSummary summary_;
  std::unique_ptr<DealsIngest> deals_;
  std::unique_ptr<AccountsIngest> accounts_;
};

}  // namespace icp::ingest
