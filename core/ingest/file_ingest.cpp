#include "ingest/file_ingest.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "mapping/mapping_inference.h"
#include "text/valid_utf8.h"
#include "values/missing_marker.h"

namespace icp::ingest {

namespace {
// Counted under this key while rows are read, worded at the end with where the first one was.
constexpr std::string_view kNulWarning = "NUL byte in a cell";

std::string delimiter_name(char d) {
  switch (d) {
    case '\t': return "tab";
    case ';': return "semicolon";
    case '|': return "pipe";
    default: return "comma";
  }
}
}  // namespace

FileIngest::FileIngest(std::string file_name, std::optional<mapping::Role> role, const mapping::MappingFile* mapping)
    : file_(std::move(file_name)), forced_role_(role), mapping_file_(mapping) {
  summary_.file = file_;
}

FileIngest::~FileIngest() = default;

void FileIngest::on_record(const csv::Record& record) {
  if (!status_.is_ok()) return;
  if (!decided_) {
    HeldRow row{{}, record.line};
    row.fields.reserve(record.fields.size());
    for (std::string_view f : record.fields) row.fields.emplace_back(f);
    held_.push_back(std::move(row));
    if (held_.size() >= kProfileRows + kMaxTitleLines + 1) decide_mapping();
    return;
  }
  summary_.accounting.count_read();
  process(record.fields, record.line);
}

size_t FileIngest::find_header() const {
  // The header is the first record with two or more named columns that is as wide as the record
  // after it; records above it are title lines ("Opportunities Report", "Generated 3/1/2024").
  const size_t candidates = std::min(held_.size(), kMaxTitleLines + 1);
  for (size_t i = 0; i < candidates; ++i) {
    size_t named = 0;
    for (const auto& f : held_[i].fields) named += !values::trim(f).empty();
    const bool same_width_as_next = i + 1 >= held_.size() || held_[i + 1].fields.size() == held_[i].fields.size();
    if (named >= 2 && same_width_as_next) return i;
  }
  return 0;
}

size_t FileIngest::expected_rows() const {
  // Only on a full window: a short file is read before it could matter, and a few rows are a poor
  // measure of the width.
  if (expected_text_bytes_ == 0 || held_.size() < kProfileRows / 2) return 0;
  uint64_t bytes = 0;
  for (const HeldRow& row : held_) {
    for (const std::string& f : row.fields) bytes += f.size() + 1;  // and its comma or line break
  }
  if (bytes == 0) return 0;
  const double per_row = static_cast<double>(bytes) / static_cast<double>(held_.size());
  return static_cast<size_t>(static_cast<double>(expected_text_bytes_) / per_row * 1.02) + 1;
}

void FileIngest::decide_mapping() {
  decided_ = true;
  if (reader_ && reader_->delimiter()) delimiter_ = reader_->delimiter();
  const size_t header = find_header();
  for (size_t i = 0; i < header; ++i) {
    std::string text;
    for (const auto& f : held_[i].fields) text += (text.empty() ? "" : " ") + std::string(values::trim(f));
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    summary_.notes.push_back("line " + std::to_string(held_[i].line) + ": a title line above the header was skipped (\"" +
                             text + "\")");
  }
  if (nul_unseen_ > 0 || nul_scan_all_) {
    for (size_t i = 0; i <= header; ++i) count_nul_bytes(held_[i].fields);
  }
  header_line_ = held_[header].line;
  headers_.clear();
  // Header names are kept as the report writes them (valid UTF-8), so a saved mapping naming a
  // column with a stray byte matches it when read back.
  for (const auto& f : held_[header].fields) headers_.push_back(text::to_valid_utf8(values::trim(f)));
  held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(header) + 1);
  for (size_t i = 0; i < held_.size(); ++i) summary_.accounting.count_read();
  // Duplicated headers: the first of each name is the one mapped.
  for (size_t a = 0; a < headers_.size(); ++a) {
    for (size_t b = a + 1; b < headers_.size(); ++b) {
      if (!headers_[a].empty() && headers_[a] == headers_[b]) {
        summary_.notes.push_back("header \"" + headers_[a] + "\" appears more than once; columns " + std::to_string(a + 1) +
                                 " and " + std::to_string(b + 1) + " — the first is the one mapped");
        break;
      }
    }
  }

  profile::ColumnProfiler profiler(headers_);
  for (const HeldRow& row : held_) profiler.add_row(row.fields);
  summary_.columns = profiler.take();
  summary_.profiled_rows = held_.size();

  const mapping::FileRule* rule = mapping_file_ ? mapping::find_rule(*mapping_file_, file_, headers_) : nullptr;
  summary_.mapping_rule_applied = rule != nullptr;
  std::optional<mapping::Role> role = forced_role_;
  if (!role && rule && rule->role) role = rule->role;

  std::string why_not;
  std::optional<mapping::FileMapping> inferred = mapping::infer_mapping(headers_, summary_.columns, role, &why_not);
  if (!inferred) {
    status_ = Status::error(ErrorCode::unusable_input, file_ + ": line " + std::to_string(header_line_) +
                                                           ": could not tell what this file holds (" + why_not +
                                                           "); give its role (deals, accounts, revenue, tickets, spend)");
    return;
  }
  summary_.rejected_rows.header = headers_;
  mapping::FileMapping& m = *inferred;
  if (rule && !apply_rule(*rule, m.columns)) return;
  summary_.role = std::string(mapping::role_name(m.role));
  summary_.role_confidence = m.role_confidence;
  summary_.role_reason = !forced_role_ && rule && rule->role ? "set in the mapping" : m.role_reason;
  summary_.role_scores = m.scores;

  if (m.role == mapping::Role::deals && !m.columns.has(mapping::Field::stage) &&
      !m.columns.has(mapping::Field::status) && !m.columns.has(mapping::Field::is_won)) {
    status_ = Status::error(ErrorCode::unusable_input,
                            file_ + ": line " + std::to_string(header_line_) +
                                ": no stage, status or IsWon column was found, so no deal can be classed as won, "
                                "lost or open (map one in the mapping)");
    return;
  }

  ValueHabits habits;
  if (delimiter_ == ';') {
    habits.decimal_mark = values::DecimalMark::comma;  // European Excel: semicolons and decimal commas
    habits.date_order = values::DateOrder::day_first;
  }
  if (rule && rule->date_order) {
    habits.date_order = *rule->date_order;
    habits.date_order_given = true;
  }
  if (rule && rule->decimal_mark) {
    habits.decimal_mark = *rule->decimal_mark;
    habits.decimal_mark_given = true;
  }
  if (mapping_file_ && !mapping_file_->stages.empty()) habits.stages = &mapping_file_->stages;
  ingest_ = make_role_ingest(m.role, m.columns, headers_, habits, summary_.accounting);
  if (const size_t rows = expected_rows(); rows > 0) ingest_->reserve(rows);

  std::vector<bool> used(headers_.size(), false);
  for (int f = 0; f < mapping::kFieldCount; ++f) {
    const auto& guess = m.columns.fields[f];
    if (!guess) continue;
    used[guess->column] = true;
    summary_.mapping.push_back({static_cast<mapping::Field>(f), headers_[guess->column], guess->confidence, guess->reason});
  }
  for (size_t c = 0; c < headers_.size(); ++c) {
    if (!used[c]) summary_.unmapped_columns.push_back(headers_[c]);
  }
  if (m.role == mapping::Role::deals || m.role == mapping::Role::accounts) {
    std::vector<std::pair<int, std::string>> custom;
    for (size_t c = 0; c < headers_.size() && c < summary_.columns.size(); ++c) {
      if (used[c] || !is_custom_category(summary_.columns[c])) continue;
      custom.emplace_back(static_cast<int>(c), headers_[c]);
      summary_.notes.push_back("column \"" + headers_[c] + "\" reads as categories: kept as a segment dimension");
    }
    ingest_->keep_custom_columns(custom);
  }

  std::vector<std::string_view> views;
  for (const HeldRow& row : held_) {
    views.assign(row.fields.begin(), row.fields.end());
    process(views, row.line);
  }
  held_.clear();
  held_.shrink_to_fit();
}

// A custom column worth segmenting by: text values, few of them, each repeated (not an id, a name
// or free text), short.
bool FileIngest::is_custom_category(const profile::ColumnProfile& c) {
  // Columns that describe the deal's progress or outcome, time, or a person or record, not a segment.
  // Words of the header: split at anything not a letter or digit and at camelCase humps.
  std::vector<std::string> words(1);
  char previous = 0;
  for (const char ch : c.header) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (u < 0x80 && std::isalnum(u)) {
      if (std::isupper(u) && previous && std::islower(static_cast<unsigned char>(previous)) && !words.back().empty()) {
        words.emplace_back();
      }
      words.back().push_back(static_cast<char>(std::tolower(u)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
    previous = ch;
  }
  for (const std::string& word : words) {
    for (const char* no : {"forecast", "stage", "status", "probability", "reason", "period", "fiscal", "step", "name",
                           "id", "email", "phone", "description", "subject", "date", "time", "quarter", "month",
                           "year", "age", "lost", "won", "closed", "created", "modified", "amount", "value"}) {
      if (word == no) return false;
    }
  }
  if (c.dominant() != profile::ValueType::text || c.distinct_capped) return false;
  if (c.values < 20 || c.distinct < 2 || c.distinct > kMaxCustomLevels) return false;
  if (c.distinct * 4 > c.values) return false;  // values repeat: at least 4 rows a level on average
  size_t longest = 0;
  for (const auto& sample : c.samples) longest = std::max(longest, sample.size());
  return longest <= 40;
}

bool FileIngest::apply_rule(const mapping::FileRule& rule, mapping::HeaderMapping& columns) {
  for (const auto& [field, column] : rule.columns) {
    auto& slot = columns.slot(field);
    if (!column) {
      slot.reset();
      continue;
    }
    int index = -1;
    for (size_t c = 0; c < headers_.size() && index < 0; ++c) {
      if (headers_[c] == *column) index = static_cast<int>(c);
    }
    if (index < 0) {
      status_ = Status::error(ErrorCode::unusable_input,
                              file_ + ": the mapping sets " + std::string(mapping::field_name(field)) + " to column \"" +
                                  *column + "\", which this file does not have");
      return false;
    }
    for (auto& other : columns.fields) {
      if (other && other->column == index) other.reset();  // the user's choice takes the column
    }
    slot = mapping::ColumnGuess{index, 1.0, "set in the mapping"};
  }
  return true;
}

void FileIngest::keep_rejected(std::span<const std::string_view> fields, uint64_t line) {
  RejectedRows& kept = summary_.rejected_rows;
  size_t bytes = 0;
  for (std::string_view f : fields) bytes += f.size();
  if (kept.rows.size() >= RejectedRows::kMaxRows || kept.bytes + bytes > RejectedRows::kMaxBytes) {
    kept.truncated = true;
    return;
  }
  kept.bytes += bytes;
  kept.rows.push_back({line, summary_.accounting.last_rejected_reason(), {fields.begin(), fields.end()}});
}

void FileIngest::process(std::span<const std::string_view> fields, uint64_t line) {
  const uint64_t rejected_before = summary_.accounting.rows_rejected();
  check_and_ingest(fields, line);
  if (summary_.accounting.rows_rejected() != rejected_before) keep_rejected(fields, line);
}

uint64_t FileIngest::count_nul_bytes(std::span<const std::string_view> fields, size_t* cells, size_t* column) {
  uint64_t found = 0;
  for (size_t c = 0; c < fields.size(); ++c) {
    const std::string_view f = fields[c];
    const void* at = f.empty() ? nullptr : std::memchr(f.data(), 0, f.size());
    if (!at) continue;
    const size_t from = static_cast<size_t>(static_cast<const char*>(at) - f.data());
    found += static_cast<uint64_t>(std::count(f.begin() + static_cast<std::ptrdiff_t>(from), f.end(), '\0'));
    if (*cells == 0) *column = c;
    ++*cells;
  }
  nul_unseen_ -= std::min(nul_unseen_, found);
  return found;
}

void FileIngest::count_nul_bytes(const std::vector<std::string>& fields) {
  std::vector<std::string_view> views(fields.begin(), fields.end());
  size_t cells = 0, column = 0;
  count_nul_bytes(views, &cells, &column);
}

void FileIngest::check_and_ingest(std::span<const std::string_view> fields, uint64_t line) {
  if (nul_unseen_ > 0 || nul_scan_all_) [[unlikely]] {
    // The row's NUL bytes are warned about when it is used; a rejected row is reported as rejected.
    size_t cells = 0, column = 0;
    count_nul_bytes(fields, &cells, &column);
    if (cells > 0) {
      const uint64_t rejected_before = summary_.accounting.rows_rejected();
      check_and_ingest_row(fields, line);
      if (summary_.accounting.rows_rejected() != rejected_before) return;
      if (nul_cells_ == 0) {
        nul_first_line_ = line;
        nul_first_column_ = column;
      }
      nul_cells_ += cells;
      ++nul_rows_;
      summary_.accounting.warn(kNulWarning, line);
      return;
    }
  }
  check_and_ingest_row(fields, line);
}

void FileIngest::check_and_ingest_row(std::span<const std::string_view> fields, uint64_t line) {
  const size_t width = headers_.size();
  if (fields.size() < width) {
    summary_.accounting.reject("too few fields (expected " + std::to_string(width) + ")", line);
    return;
  }
  if (fields.size() > width) {
    bool extras_empty = true;
    for (size_t i = width; i < fields.size(); ++i) extras_empty = extras_empty && values::trim(fields[i]).empty();
    if (!extras_empty) {
      summary_.accounting.reject("too many fields (expected " + std::to_string(width) + ")", line);
      return;
    }
  }
  ingest_->on_row(fields, line);
}

Result<InputSummary> FileIngest::finish(table::Tables& tables) {
  const csv::CsvReader* reader = reader_;
  if (status_.is_ok() && !decided_ && held_.empty()) {
    return Status::error(ErrorCode::unusable_input, file_ + ": the file is empty (no header row)");
  }
  if (status_.is_ok() && !decided_) decide_mapping();
  if (!status_.is_ok()) return status_;
  if (reader) {
    summary_.delimiter = delimiter_name(reader->delimiter() ? reader->delimiter() : delimiter_);
    summary_.bytes = reader->stats().bytes;
    summary_.blank_lines = reader->stats().empty_lines;
    for (const csv::Issue& issue : reader->issues()) {
      if (summary_.csv_problems.size() >= RowAccounting::kFirstLines) break;
      summary_.csv_problems.push_back({issue.kind == csv::IssueKind::missing_closing_quote ? "missing_closing_quote"
                                                                                          : "text_after_closing_quote",
                                       issue.line, issue.column});
    }
    summary_.csv_problem_count = reader->stats().issues;
  }
  if (nul_cells_ > 0) {
    const std::string column =
        nul_first_column_ < headers_.size() && !headers_[nul_first_column_].empty()
            ? std::to_string(nul_first_column_ + 1) + " (\"" + headers_[nul_first_column_] + "\")"
            : std::to_string(nul_first_column_ + 1);
    summary_.accounting.reword_warning(
        kNulWarning, "NUL byte (code 0) in " + std::to_string(nul_cells_) + (nul_cells_ == 1 ? " cell" : " cells") + " of " +
                         std::to_string(nul_rows_) + (nul_rows_ == 1 ? " row" : " rows") + ", the first at line " + std::to_string(nul_first_line_) + ", column " + column +
                         ": kept as read, so a stage, date or number holding one is not recognised");
  }
  ingest_->finish(tables, summary_);
  return std::move(summary_);
}

}  // namespace icp::ingest
