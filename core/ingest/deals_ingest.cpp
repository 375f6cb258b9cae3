#include "ingest/deals_ingest.h"

#include <cmath>

namespace icp::ingest {

using mapping::Field;
using mapping::Outcome;

DealsIngest::DealsIngest(const mapping::HeaderMapping& m, const std::vector<std::string>& headers,
                         ValueHabits habits, RowAccounting& accounting)
    : accounting_(accounting),
      habits_(habits),
      stage_(m.column(Field::stage)),
      status_(m.column(Field::status)),
      is_won_(m.column(Field::is_won)),
      is_closed_(m.column(Field::is_closed)),
      created_col_(m.column(Field::created_date)),
      close_col_(m.column(Field::close_date)),
      amount_col_(m.column(Field::amount)),
      account_col_(m.has(Field::account_id) ? m.column(Field::account_id) : m.column(Field::account_name)),
      stage_table_(habits.stages),
      status_table_(habits.stages),
      created_("created date"),
      closed_("close date"),
      amount_("amount", habits.decimal_mark, habits.decimal_mark_given) {
  if (stage_ >= 0) stage_header_ = headers[stage_];
  if (status_ >= 0) status_header_ = headers[status_];
}

std::optional<Outcome> DealsIngest::outcome_of(std::span<const std::string_view> fields, bool& deleted) {
  // IsWon / IsClosed flags are the most reliable (FORMATS.md), then an outcome column, then the stage.
  std::optional<bool> won, closed;
  if (is_won_ >= 0) won = mapping::read_flag(cell(fields, is_won_));
  if (is_closed_ >= 0) closed = mapping::read_flag(cell(fields, is_closed_));
  const mapping::StageTable::Entry* status = status_ >= 0 ? status_table_.lookup(cell(fields, status_)) : nullptr;
  const mapping::StageTable::Entry* stage = stage_ >= 0 ? stage_table_.lookup(cell(fields, stage_)) : nullptr;
  deleted = (status && status->deleted) || (stage && stage->deleted);
  if (won && closed) return *closed ? (*won ? Outcome::won : Outcome::lost) : Outcome::open;
  if (won && *won) return Outcome::won;
  // An outcome column (Pipedrive / Dynamics status) outranks the stage name.
  std::optional<Outcome> named;
  if (status) named = status->outcome;
  else if (stage) named = stage->outcome;
  if (won && !*won && named == Outcome::won) return Outcome::open;  // IsWon says no: not won
  return named;
}

void DealsIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  bool deleted = false;
  const std::optional<Outcome> outcome = outcome_of(fields, deleted);
  if (deleted) {
    accounting_.reject("deleted deal", line);
    return;
  }
  if (!outcome) {
    accounting_.reject("no stage or outcome", line);
    return;
  }
  accounting_.count_used();
  outcome_.push_back(*outcome);
  lines_.push_back(line);
  if (created_col_ >= 0) created_.push(cell(fields, created_col_)); else created_.push_missing();
  if (close_col_ >= 0) closed_.push(cell(fields, close_col_)); else closed_.push_missing();
  if (amount_col_ >= 0) amount_.push(cell(fields, amount_col_), line, accounting_); else amount_.push_missing();
  if (account_col_ >= 0) account_.push(cell(fields, account_col_)); else account_.push_missing();
}

void DealsIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  table::DealTable& table = tables.deals;
  for (const auto* t : {&status_table_, &stage_table_}) {
    const std::string& column = t == &status_table_ ? status_header_ : stage_header_;
    for (const auto& e : t->entries()) {
      summary.stage_table.push_back({column, e.text, std::string(mapping::outcome_name(e.outcome)), e.deleted,
                                     e.from_user, e.rows});
    }
  }
  std::vector<int32_t> created = created_.resolve(habits_, lines_, accounting_, summary);
  std::vector<int32_t> closed = closed_.resolve(habits_, lines_, accounting_, summary);
  std::vector<double> amount = amount_.resolve(notes);

  const size_t base = table.size();
  table.outcome.insert(table.outcome.end(), outcome_.begin(), outcome_.end());
  table.created.insert(table.created.end(), created.begin(), created.end());
  table.closed.insert(table.closed.end(), closed.begin(), closed.end());
  table.amount.insert(table.amount.end(), amount.begin(), amount.end());
  append_categorical(table.account, account_);
  for (size_t i = base; i < table.size(); ++i) {
    if (table::has_date(table.created[i]) && table::has_date(table.closed[i]) && table.closed[i] < table.created[i] &&
        table.outcome[i] != Outcome::open) {
      accounting_.warn("close date before created date (left out of cycle times)", lines_[i - base]);
    }
    if (table::has_amount(table.amount[i]) && table.amount[i] < 0) {
      accounting_.warn("negative amount (left out of ACV)", lines_[i - base]);
    }
  }
}

}  // namespace icp::ingest
