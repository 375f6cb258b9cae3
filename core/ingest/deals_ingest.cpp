#include "ingest/deals_ingest.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ingest/implausible_values.h"
#include "util/civil_date.h"
#include "values/employee_count.h"

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
      account_id_col_(m.column(Field::account_id)),
      account_name_col_(m.column(Field::account_name)),
      deal_id_col_(m.column(Field::deal_id)),
      owner_col_(m.column(Field::owner)),
      lead_source_col_(m.column(Field::lead_source)),
      deal_type_col_(m.column(Field::deal_type)),
      product_col_(m.column(Field::product)),
      industry_col_(m.column(Field::industry)),
      country_col_(m.column(Field::country)),
      employees_col_(m.column(Field::employees)),
      stage_table_(habits.stages),
      status_table_(habits.stages),
      created_("created date"),
      closed_("close date"),
      amount_("amount", habits.decimal_mark, habits.decimal_mark_given) {
  if (stage_ >= 0) stage_header_ = headers[stage_];
  if (status_ >= 0) status_header_ = headers[status_];
  if (created_col_ >= 0) created_header_ = headers[created_col_];
  if (close_col_ >= 0) close_header_ = headers[close_col_];
  if (amount_col_ >= 0) amount_header_ = headers[amount_col_];
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
  push_custom(fields);
  outcome_.push_back(*outcome);
  lines_.push_back(line);
  if (created_col_ >= 0) created_.push(cell(fields, created_col_)); else created_.push_missing();
  if (close_col_ >= 0) closed_.push(cell(fields, close_col_)); else closed_.push_missing();
  if (amount_col_ >= 0) amount_.push(cell(fields, amount_col_), line, accounting_); else amount_.push_missing();
  // The CRM's own id, kept for open deals only (the scored pipeline names them; a million closed
  // deals' ids would only cost memory).
  if (*outcome == Outcome::open) rows_.deal_id.push(cell(fields, deal_id_col_)); else rows_.deal_id.push_missing();
  // A column the file does not have holds no codes at all (table/deal_table.h).
  if (account_id_col_ >= 0) rows_.account_id.push(cell(fields, account_id_col_));
  if (account_name_col_ >= 0) rows_.account_name.push(cell(fields, account_name_col_));
  if (owner_col_ >= 0) rows_.owner.push(cell(fields, owner_col_));
  if (lead_source_col_ >= 0) rows_.lead_source.push(cell(fields, lead_source_col_));
  if (deal_type_col_ >= 0) rows_.deal_type.push(cell(fields, deal_type_col_));
  if (product_col_ >= 0) rows_.product.push(cell(fields, product_col_));
  if (industry_col_ >= 0) rows_.industry.push(cell(fields, industry_col_));
  if (country_col_ >= 0) rows_.country.push(cell(fields, country_col_));
  const values::EmployeeReading employees = values::read_employee_count(cell(fields, employees_col_));
  if (employees.kind == values::EmployeeKind::invalid) accounting_.warn("employees is not a count or range", line);
  rows_.employees.push_back(employees.kind == values::EmployeeKind::number || employees.kind == values::EmployeeKind::range
                                ? employees.value
                                : std::numeric_limits<double>::quiet_NaN());
}

void DealsIngest::drop_implausible(std::vector<int32_t>& created, std::vector<int32_t>& closed,
                                   std::vector<double>& amount) {
  // Placeholder dates and dates far past the file's present (plausibility.h): read as missing.
  const std::string without_date =
      "read as missing — the deal is counted, without this date (no cycle time, no period by it, not the data's "
      "as-of day)";
  const ImplausibleColumn created_column{"created date", created_header_, without_date};
  const ImplausibleColumn close_column{"close date", close_header_, without_date};
  drop_old_dates(created, lines_, created_column, accounting_);
  drop_old_dates(closed, lines_, close_column, accounting_);
  // The future is measured from the latest created date: deals are created before the export is
  // taken, while an open deal's close date is only expected. Without created dates, from the
  // closed deals' close dates.
  std::optional<FutureDateLimit> future = future_date_limit(created, "latest created date");
  if (!future) {
    std::vector<int32_t> closed_of_closed;
    for (size_t r = 0; r < closed.size(); ++r) {
      if (outcome_[r] != Outcome::open) closed_of_closed.push_back(closed[r]);
    }
    future = future_date_limit(closed_of_closed, "latest close date of a closed deal");
  }
  if (future) {
    drop_future_dates(created, lines_, *future, created_column, accounting_);
    drop_future_dates(closed, lines_, *future, close_column, accounting_);
  }
  // Amounts no deal has: read as missing.
  drop_large_amounts(amount, lines_, "amount",
                     {"amount", amount_header_,
                      "read as missing — the deal is counted, without an amount (not in ACV, bookings, pipeline or "
                      "deal size)"},
                     accounting_);
}

void DealsIngest::reserve(size_t rows) {
  outcome_.reserve(rows);
  lines_.reserve(rows);
  created_.reserve(rows);
  closed_.reserve(rows);
  amount_.reserve(rows);
  rows_.deal_id.reserve(rows);
  const std::pair<table::CategoricalColumn*, int> categorical[] = {
      {&rows_.account_id, account_id_col_}, {&rows_.account_name, account_name_col_}, {&rows_.owner, owner_col_},
      {&rows_.lead_source, lead_source_col_}, {&rows_.deal_type, deal_type_col_}, {&rows_.product, product_col_},
      {&rows_.industry, industry_col_}, {&rows_.country, country_col_}};
  for (const auto& [c, column] : categorical) {
    if (column >= 0) c->reserve(rows);
  }
  rows_.employees.reserve(rows);
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
  summary.currency = amount_.currency(&notes);
  std::vector<double> amount = amount_.resolve(notes);
  drop_implausible(created, closed, amount);

  const size_t base = table.size(), added = outcome_.size();
  append_values(table.outcome, std::move(outcome_));
  append_values(table.created, std::move(created));
  append_values(table.closed, std::move(closed));
  append_values(table.amount, std::move(amount));
  table.deal_id.append(std::move(rows_.deal_id));
  append_categorical_rows(table.account_id, base, std::move(rows_.account_id));
  append_categorical_rows(table.account_name, base, std::move(rows_.account_name));
  append_categorical_rows(table.owner, base, std::move(rows_.owner));
  append_categorical_rows(table.lead_source, base, std::move(rows_.lead_source));
  append_categorical_rows(table.deal_type, base, std::move(rows_.deal_type));
  append_categorical_rows(table.product, base, std::move(rows_.product));
  append_categorical_rows(table.industry, base, std::move(rows_.industry));
  append_categorical_rows(table.country, base, std::move(rows_.country));
  append_values(table.employees, std::move(rows_.employees));
  append_custom(table.custom, base, added);
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
