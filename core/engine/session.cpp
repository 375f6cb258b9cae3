#include "engine/session.h"

#include "ingest/file_ingest.h"
#include "ingest/record_stream.h"
#include "metrics/analysis_input.h"
#include "metrics/attributes.h"
#include "metrics/customer_success.h"
#include "metrics/customers.h"
#include "metrics/efficiency.h"
#include "metrics/mrr_matrix.h"
#include "metrics/revenue_metrics.h"
#include "metrics/sales_figures.h"
#include "metrics/sales_periods.h"
#include "metrics/sales_segments.h"
#include "metrics/segments.h"
#include "metrics/settings_file.h"
#include "drift/drift_analysis.h"
#include "icp/fit_score.h"
#include "icp/good_customer.h"
#include "report/csv_writer.h"
#include "report/icp_json.h"
#include "report/report_json.h"
#include "report/settings_json.h"

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

void Session::expect_file_size(uint64_t bytes) {
  if (open_) open_->stream.expect_size(bytes);
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
  inputs_.push_back(std::move(*summary));
  open_.reset();
  return Status::ok();
}

void Session::abandon_file() { open_.reset(); }

uint64_t Session::rows_read() const { return open_ ? open_->ingest.rows_read() : 0; }

bool Session::file_open() const { return open_ != nullptr; }

Status Session::set_settings(std::string_view json, std::string_view source_name) {
  Result<metrics::AnalysisSettings> parsed = metrics::parse_settings_file(json, source_name);
  if (!parsed) return parsed.status();
  settings_ = *parsed;
  return Status::ok();
}

Status Session::set_icp(std::string_view json, std::string_view source_name) {
  if (json.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    declared_icp_.reset();
    return Status::ok();
  }
  Result<ideal::IcpDefinition> parsed = ideal::parse_icp_definition(json, source_name);
  if (!parsed) return parsed.status();
  declared_icp_ = std::move(*parsed);
  return Status::ok();
}

std::string Session::scored_csv(std::string_view what) const {
  metrics::RolesPresent present;
  for (const auto& in : inputs_) {
    present.deals = present.deals || in.role == "deals";
    present.accounts = present.accounts || in.role == "accounts";
    present.revenue = present.revenue || in.role == "revenue";
    present.tickets = present.tickets || in.role == "tickets";
    present.spend = present.spend || in.role == "spend";
  }
  if (!present.deals) return {};
  const metrics::Customers customers = metrics::build_customers(tables_, present, nullptr);
  const metrics::Attributes attributes = metrics::build_attributes(tables_, customers);
  const metrics::MrrMatrix mrr = metrics::build_mrr_matrix(tables_.revenue, customers, settings_);
  const ideal::GoodCustomers labels = ideal::label_good_customers(tables_.deals, customers, mrr);
  if (labels.customers.good == 0 || labels.customers.bad == 0) return {};
  const std::vector<int8_t> of_customer(labels.of_customer.begin(), labels.of_customer.end());
  const ideal::ScoringModel model = ideal::build_scoring_model(
      attributes, of_customer, ideal::scoring_options_for(declared_icp_ ? &*declared_icp_ : nullptr));
  const bool deals = what == "open_deals";
  const ideal::ScoredRecords scored =
      ideal::score_records(model, attributes, deals ? ideal::RecordKind::deals : ideal::RecordKind::customers);
  report::ScoredCsvOptions options;
  options.open_deals_only = deals;
  return report::write_scored_csv(model, scored, tables_, customers, options);
}

std::string Session::settings_json() const { return report::write_settings_json(settings_); }

std::string Session::report_json() const {
  report::Analysis analysis;
  analysis.inputs = inputs_;
  analysis.settings = settings_;
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
  metrics::RolesPresent present;
  for (const auto& in : inputs_) {
    present.deals = present.deals || in.role == "deals";
    present.accounts = present.accounts || in.role == "accounts";
    present.revenue = present.revenue || in.role == "revenue";
    present.tickets = present.tickets || in.role == "tickets";
    present.spend = present.spend || in.role == "spend";
  }
  std::vector<join::JoinStats> joins;
  const metrics::Customers customers = metrics::build_customers(tables_, present, &joins);
  if (present.accounts) analysis.joins = std::move(joins);
  const metrics::Attributes attributes = metrics::build_attributes(tables_, customers);
  const metrics::Segmentation segments = metrics::build_segments(attributes);
  analysis.as_of_day = metrics::data_as_of_day(tables_);
  const metrics::AnalysisInput input{tables_, customers, segments, settings_, analysis.as_of_day, present};
  if (present.deals) {
    analysis.sales = metrics::compute_sales_figures(tables_.deals, &customers);
    // The report writes each dimension's names and levels: its per-deal and per-customer levels
    // (a byte per row each) are not copied.
    for (const metrics::Dimension& d : segments.dimensions) {
      metrics::Dimension& kept = analysis.dimensions.emplace_back();
      kept.name = d.name;
      kept.account_attribute = d.account_attribute;
      kept.banded = d.banded;
      kept.levels = d.levels;
      kept.folded = d.folded;
      kept.deals_missing = d.deals_missing;
    }
    analysis.sales_by_segment = metrics::compute_sales_by_segment(input, &*analysis.sales);
    analysis.sales_by_period = metrics::compute_sales_by_period(input);
  }
  const metrics::MrrMatrix mrr = metrics::build_mrr_matrix(tables_.revenue, customers, settings_);
  if (present.revenue) {
    analysis.revenue = metrics::compute_revenue(mrr, input);
  } else {
    analysis.revenue_reason = "no revenue file was given (MRR snapshots or subscriptions)";
  }
  if (present.spend) {
    analysis.efficiency = metrics::compute_efficiency(input, mrr);
  } else {
    analysis.efficiency_reason = "no spend file was given (sales and marketing spend by period)";
  }
  if (present.tickets || present.accounts) {
    analysis.customer_success = metrics::compute_customer_success(input, mrr);
  } else {
    analysis.customer_success_reason = "no tickets or accounts file was given";
  }
  if (present.deals) {
    drift::DriftInputs more;
    more.attributes = &attributes;
    more.mrr = &mrr;
    more.declared = &declared_icp_;
    more.more.revenue = analysis.revenue ? &*analysis.revenue : nullptr;
    more.more.customer_success = analysis.customer_success ? &*analysis.customer_success : nullptr;
    more.more.efficiency = analysis.efficiency ? &*analysis.efficiency : nullptr;
    more.sales_by_segment = &analysis.sales_by_segment;
    analysis.drift = drift::analyze_drift(input, more);
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
