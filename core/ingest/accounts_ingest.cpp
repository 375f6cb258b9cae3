#include "ingest/accounts_ingest.h"

#include <limits>

#include "ingest/implausible_values.h"
#include "values/employee_count.h"
#include "values/missing_marker.h"

namespace icp::ingest {

using mapping::Field;

AccountsIngest::AccountsIngest(const mapping::HeaderMapping& m, const std::vector<std::string>& headers, ValueHabits habits,
                               RowAccounting& accounting)
    : accounting_(accounting),
      habits_(habits),
      id_(m.column(Field::account_id)),
      name_(m.column(Field::account_name)),
      industry_(m.column(Field::industry)),
      country_(m.column(Field::country)),
      region_(m.column(Field::region)),
      employees_col_(m.column(Field::employees)),
      revenue_col_(m.column(Field::annual_revenue)),
      created_col_(m.column(Field::created_date)),
      go_live_col_(m.column(Field::go_live_date)),
      health_col_(m.column(Field::health_score)),
      created_header_(header_of(headers, created_col_)),
      go_live_header_(header_of(headers, go_live_col_)),
      created_("account created date"),
      go_live_("go-live date"),
      revenue_("annual revenue", habits.decimal_mark, habits.decimal_mark_given),
      health_("health score", habits.decimal_mark, habits.decimal_mark_given) {}

void AccountsIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  const std::string_view id = cell(fields, id_);
  const std::string_view name = cell(fields, name_);
  if (values::is_missing_marker(id) && values::is_missing_marker(name)) {
    accounting_.reject("no account id or name", line);
    return;
  }
  accounting_.count_used();
  push_custom(fields);
  lines_.push_back(line);
  rows_.id.push(id);
  rows_.name.push(name);
  rows_.industry.push(cell(fields, industry_));
  rows_.country.push(cell(fields, country_));
  rows_.region.push(cell(fields, region_));
  const values::EmployeeReading employees = values::read_employee_count(cell(fields, employees_col_));
  if (employees.kind == values::EmployeeKind::invalid) accounting_.warn("employees is not a count or range", line);
  const bool has_employees = employees.kind == values::EmployeeKind::number || employees.kind == values::EmployeeKind::range;
  rows_.employees.push_back(has_employees ? employees.value : std::numeric_limits<double>::quiet_NaN());
  if (revenue_col_ >= 0) revenue_.push(cell(fields, revenue_col_), line, accounting_); else revenue_.push_missing();
  if (health_col_ >= 0) health_.push(cell(fields, health_col_), line, accounting_); else health_.push_missing();
  if (created_col_ >= 0) created_.push(cell(fields, created_col_)); else created_.push_missing();
  if (go_live_col_ >= 0) go_live_.push(cell(fields, go_live_col_)); else go_live_.push_missing();
}

void AccountsIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  rows_.annual_revenue = revenue_.resolve(notes);
  rows_.health_score = health_.resolve(notes);
  rows_.created = created_.resolve(habits_, lines_, accounting_, summary);
  rows_.go_live = go_live_.resolve(habits_, lines_, accounting_, summary);
  // Implausible dates (plausibility.h): read as missing, the account still counted.
  drop_implausible_dates(rows_.created, lines_, "latest account created date",
                         {"account created date", created_header_, "read as missing — the account is counted, without this date"},
                         accounting_);
  drop_implausible_dates(rows_.go_live, lines_, "latest go-live date",
                         {"go-live date", go_live_header_,
                          "read as missing — the account is counted, without a go-live date (no time to value from it)"},
                         accounting_);
  table::AccountTable& t = tables.accounts;
  append_custom(t.custom, t.size(), lines_.size());
  append_categorical(t.id, std::move(rows_.id));
  append_categorical(t.name, std::move(rows_.name));
  append_categorical(t.industry, std::move(rows_.industry));
  append_categorical(t.country, std::move(rows_.country));
  append_categorical(t.region, std::move(rows_.region));
  const auto append = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
  append(t.employees, rows_.employees);
  append(t.annual_revenue, rows_.annual_revenue);
  append(t.created, rows_.created);
  append(t.go_live, rows_.go_live);
  append(t.health_score, rows_.health_score);
}

}  // namespace icp::ingest
