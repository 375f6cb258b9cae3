#include "engine/session.h"

#include "ingest/file_ingest.h"
#include "ingest/record_stream.h"
#include "metrics/sales_overall.h"
#include "report/csv_writer.h"
#include "report/report_json.h"

namespace icp::engine {

struct Session::OpenFile {
  OpenFile(std::string file_name, std::optional<mapping::Role> role, const mapping::MappingFile* mapping)
      : name(file_name), ingest(file_name, role, mapping), stream(std::move(file_name), ingest) {}
  std::string name;
  ingest::FileIngest ingest;
  ingest::RecordStream stream;
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
  Status s = open_->stream.feed(bytes);
  if (!s.is_ok()) abandon_file();
  return s;
}

Status Session::end_file() {
  if (!open_) return Status::error(ErrorCode::invalid_argument, "no file is open");
  Status s = open_->stream.finish();
  if (!s.is_ok()) {
    abandon_file();
    return s;
  }
  Result<ingest::InputSummary> summary = open_->ingest.finish(tables_);
  if (!summary) {
    s = summary.status();
    abandon_file();
    return s;
  }
  open_->stream.describe(*summary);
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
  for (const auto& in : inputs_) {
    if (in.role != "deals") continue;
    if (in.currency.empty()) {
      analysis.currency_reason = in.file + " names no currency in its amounts";
    } else if (analysis.currency.empty() && analysis.currency_reason.empty()) {
      analysis.currency = in.currency;
    } else if (in.currency != analysis.currency) {
      analysis.currency.clear();
      analysis.currency_reason = "the deals files name different currencies";
    }
  }
  if (!analysis.currency_reason.empty()) analysis.currency.clear();
  bool has_accounts = false, has_revenue = false, has_tickets = false;
  for (const auto& in : inputs_) {
    has_accounts = has_accounts || in.role == "accounts";
    has_revenue = has_revenue || in.role == "revenue";
    has_tickets = has_tickets || in.role == "tickets";
  }
  if (has_accounts) {
    const join::AccountIndex index(tables_.accounts);
    analysis.joins.emplace();
    const auto add = [&](const char* from, const table::CategoricalColumn& ids, const table::CategoricalColumn& names) {
      join::JoinStats stats;
      stats.from = from;
      index.match(ids, names, stats);
      analysis.joins->push_back(std::move(stats));
    };
    if (has_deals_file_) add("deals", tables_.deals.account_id, tables_.deals.account_name);
    if (has_revenue) add("revenue", tables_.revenue.account_id, tables_.revenue.account_name);
    if (has_tickets) add("tickets", tables_.tickets.account_id, tables_.tickets.account_name);
  }
  return report::write_report_json(analysis);
}

std::string Session::rejected_rows_csv(size_t index) const {
  if (index >= inputs_.size()) return {};
  const ingest::RejectedRows& kept = inputs_[index].rejected_rows;
  if (kept.rows.empty()) return {};
  std::string out;
  std::vector<std::string> cells{"line", "reason"};
  cells.insert(cells.end(), kept.header.begin(), kept.header.end());
  report::append_csv_row(out, cells);
  for (const auto& row : kept.rows) {
    cells.assign({std::to_string(row.line), row.reason});
    cells.insert(cells.end(), row.fields.begin(), row.fields.end());
    report::append_csv_row(out, cells);
  }
  return out;
}

std::string Session::input_json(size_t index) const {
  return index < inputs_.size() ? report::write_input_json(inputs_[index]) : std::string();
}

std::string Session::mapping_json() const { return report::write_mapping_json(inputs_); }

}  // namespace icp::engine
