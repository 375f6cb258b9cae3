#include "ingest/file_ingest.h"

#include "values/missing_marker.h"

namespace icp::ingest {

namespace {
std::string delimiter_name(char d) {
  switch (d) {
    case '\t': return "tab";
    case ';': return "semicolon";
    case '|': return "pipe";
    default: return "comma";
  }
}
}  // namespace

FileIngest::FileIngest(std::string file_name, std::optional<Role> role) : file_(std::move(file_name)), role_(role) {
  summary_.file = file_;
}

FileIngest::~FileIngest() = default;

void FileIngest::on_header(const csv::Record& record) {
  if (reader_ && reader_->delimiter()) delimiter_ = reader_->delimiter();
  std::vector<std::string> headers;
  headers.reserve(record.fields.size());
  for (std::string_view f : record.fields) headers.emplace_back(values::trim(f));
  width_ = headers.size();
  const mapping::HeaderMapping mapping = mapping::map_headers(headers);

  if (!role_) {
    const RoleGuess guess = detect_role(mapping);
    if (!guess.role) {
      status_ = Status::error(ErrorCode::unusable_input,
                              file_ + ": line " + std::to_string(record.line) +
                                  ": could not tell what this file holds (" + guess.reason +
                                  "); name its role (deals or accounts)");
      return;
    }
    role_ = guess.role;
    summary_.role_reason = guess.reason;
  } else {
    summary_.role_reason = "given by the user";
  }
  summary_.role = std::string(role_name(*role_));

  ValueHabits habits;
  if (delimiter_ == ';') {
    habits.decimal_mark = values::DecimalMark::comma;  // European Excel: semicolons and decimal commas
    habits.date_order = values::DateOrder::day_first;
  }
  if (*role_ == Role::deals) {
    const bool outcome = mapping.has(mapping::Field::stage) || mapping.has(mapping::Field::status) ||
                         mapping.has(mapping::Field::is_won);
    if (!outcome) {
      status_ = Status::error(ErrorCode::unusable_input,
                              file_ + ": line " + std::to_string(record.line) +
                                  ": no stage, status or IsWon column among the headers, so no deal can be "
                                  "classed as won, lost or open");
      return;
    }
    deals_ = std::make_unique<DealsIngest>(mapping, habits, summary_.accounting);
  } else {
    accounts_ = std::make_unique<AccountsIngest>(mapping, habits.decimal_mark, summary_.accounting);
  }

  std::vector<bool> used(headers.size(), false);
  for (int f = 0; f < mapping::kFieldCount; ++f) {
    const auto& guess = mapping.fields[f];
    if (!guess) continue;
    used[guess->column] = true;
    summary_.mapping.push_back({static_cast<mapping::Field>(f), headers[guess->column], guess->confidence, guess->reason});
  }
  for (size_t c = 0; c < headers.size(); ++c) {
    if (!used[c]) summary_.unmapped_columns.push_back(headers[c]);
  }
}

void FileIngest::on_record(const csv::Record& record) {
  if (!status_.is_ok()) return;
  if (!seen_header_) {
    seen_header_ = true;
    on_header(record);
    return;
  }
  summary_.accounting.count_read();
  const auto fields = record.fields;
  if (fields.size() < width_) {
    summary_.accounting.reject("too few fields (expected " + std::to_string(width_) + ")", record.line);
    return;
  }
  if (fields.size() > width_) {
    bool extras_empty = true;
    for (size_t i = width_; i < fields.size(); ++i) extras_empty = extras_empty && values::trim(fields[i]).empty();
    if (!extras_empty) {
      summary_.accounting.reject("too many fields (expected " + std::to_string(width_) + ")", record.line);
      return;
    }
  }
  if (deals_) deals_->on_row(fields, record.line);
  else if (accounts_) accounts_->on_row(fields, record.line);
}

Result<InputSummary> FileIngest::finish(const csv::CsvReader& reader, table::DealTable& deals,
                                        std::vector<AccountTable>& accounts) {
  if (!status_.is_ok()) return status_;
  if (!seen_header_) {
    return Status::error(ErrorCode::unusable_input, file_ + ": the file is empty (no header row)");
  }
  summary_.delimiter = delimiter_name(reader.delimiter() ? reader.delimiter() : delimiter_);
  summary_.bytes = reader.stats().bytes;
  summary_.blank_lines = reader.stats().empty_lines;
  for (const csv::Issue& issue : reader.issues()) {
    ++summary_.csv_problem_count;
    if (summary_.csv_problems.size() < RowAccounting::kFirstLines) {
      summary_.csv_problems.push_back({issue.kind == csv::IssueKind::missing_closing_quote ? "missing_closing_quote"
                                                                                          : "text_after_closing_quote",
                                       issue.line, issue.column});
    }
  }
  if (deals_) deals_->finish(deals, summary_.notes);
  if (accounts_) {
    accounts.emplace_back();
    accounts_->finish(accounts.back(), summary_.notes);
  }
  return std::move(summary_);
}

}  // namespace icp::ingest
