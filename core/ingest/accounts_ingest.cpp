#include "ingest/accounts_ingest.h"

#include "values/missing_marker.h"

namespace icp::ingest {

using mapping::Field;

AccountsIngest::AccountsIngest(const mapping::HeaderMapping& m, values::DecimalMark mark, RowAccounting& accounting)
    : accounting_(accounting),
      // In an accounts file the record id is the account id (Salesforce "Id", HubSpot "Record ID").
      id_(m.has(Field::account_id) ? m.column(Field::account_id) : m.column(Field::deal_id)),
      name_(m.column(Field::account_name)),
      industry_(m.column(Field::industry)),
      country_(m.column(Field::country)),
      employees_col_(m.column(Field::employees)),
      revenue_col_(m.column(Field::annual_revenue)),
      employees_("employees", mark),
      revenue_("annual revenue", mark) {}

void AccountsIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  const std::string_view id = cell(fields, id_);
  const std::string_view name = cell(fields, name_);
  if (values::is_missing_marker(id) && values::is_missing_marker(name)) {
    accounting_.reject("no account id or name", line);
    return;
  }
  accounting_.count_used();
  rows_.id.push(id);
  rows_.name.push(name);
  rows_.industry.push(cell(fields, industry_));
  rows_.country.push(cell(fields, country_));
  if (employees_col_ >= 0) employees_.push(cell(fields, employees_col_), line, accounting_); else employees_.push_missing();
  if (revenue_col_ >= 0) revenue_.push(cell(fields, revenue_col_), line, accounting_); else revenue_.push_missing();
}

void AccountsIngest::finish(AccountTable& table, std::vector<std::string>& notes) {
  rows_.employees = employees_.resolve(notes);
  rows_.annual_revenue = revenue_.resolve(notes);
  table = std::move(rows_);
}

}  // namespace icp::ingest
