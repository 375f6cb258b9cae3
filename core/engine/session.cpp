#include "engine/session.h"

#include "csv/csv_reader.h"
#include "ingest/file_ingest.h"
#include "metrics/sales_overall.h"
#include "report/report_json.h"

namespace icp::engine {

struct Session::OpenFile {
  OpenFile(std::string file_name, std::optional<mapping::Role> role, const mapping::MappingFile* mapping)
      : name(file_name), ingest(std::move(file_name), role, mapping), reader(ingest) {
    ingest.attach(&reader);
  }
  std::string name;
  ingest::FileIngest ingest;
  csv::CsvReader reader;
  uint64_t bytes = 0;
};

Session::Session() = default;
Session::~Session() = default;

Status Session::set_mapping(std::string_view json, std::string_view source_name) {
  if (open_) return Status::error(ErrorCode::invalid_argument, "set the mapping before beginning a file");
  Result<mapping::MappingFile> parsed = mapping::parse_mapping_file(json, source_name);
  if (!parsed) return parsed.status();
  mapping_ = std::move(*parsed);
  return Status::ok();
}

Status Session::begin_file(std::string name, std::string_view role) {
  if (open_) {
    return Status::error(ErrorCode::invalid_argument, "a file is already open: end it before beginning " + name);
  }
  std::optional<mapping::Role> forced;
  if (!mapping::is_auto_role(role)) {
    forced = mapping::role_from_name(role);
    if (!forced) {
      return Status::error(ErrorCode::invalid_argument,
                           name + ": unknown role \"" + std::string(role) +
                               "\" (expected deals, accounts, revenue, tickets, spend or auto)");
    }
  }
  open_ = std::make_unique<OpenFile>(std::move(name), forced, mapping_ ? &*mapping_ : nullptr);
  return Status::ok();
}

Status Session::feed(std::string_view bytes) {
  if (!open_) return Status::error(ErrorCode::invalid_argument, "no file is open: begin one before feeding bytes");
  open_->bytes += bytes.size();
  if (!open_->reader.feed(bytes)) {
    Status s = open_->ingest.status().is_ok()
                   ? Status::error(ErrorCode::unreadable_input, open_->name + ": " + open_->reader.error())
                   : open_->ingest.status();
    abandon_file();
    return s;
  }
  if (!open_->ingest.status().is_ok()) {
    Status s = open_->ingest.status();
    abandon_file();
    return s;
  }
  return Status::ok();
}

Status Session::end_file() {
  if (!open_) return Status::error(ErrorCode::invalid_argument, "no file is open");
  if (!open_->reader.finish()) {
    Status s = Status::error(ErrorCode::unreadable_input, open_->name + ": " + open_->reader.error());
    abandon_file();
    return s;
  }
  Result<ingest::InputSummary> summary = open_->ingest.finish(tables_);
  if (!summary) {
    Status s = summary.status();
    abandon_file();
    return s;
  }
  if (summary->role == "deals") has_deals_file_ = true;
  inputs_.push_back(std::move(*summary));
  open_.reset();
  return Status::ok();
}

void Session::abandon_file() { open_.reset(); }

uint64_t Session::rows_read() const { return open_ ? open_->ingest.rows_read() : 0; }

bool Session::file_open() const { return open_ != nullptr; }

std::string Session::report_json() const {
  report::Analysis analysis;
  analysis.inputs = inputs_;
  if (has_deals_file_) analysis.sales = metrics::compute_sales_overall(tables_.deals);
  return report::write_report_json(analysis);
}

std::string Session::mapping_json() const { return report::write_mapping_json(inputs_); }

}  // namespace icp::engine
