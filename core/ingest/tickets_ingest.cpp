#include "ingest/tickets_ingest.h"

#include "values/missing_marker.h"

namespace icp::ingest {

using mapping::Field;

TicketsIngest::TicketsIngest(const mapping::HeaderMapping& m, ValueHabits habits, RowAccounting& accounting)
    : accounting_(accounting),
      habits_(habits),
      account_id_(m.column(Field::account_id)),
      account_name_(m.column(Field::account_name)),
      created_col_(m.column(Field::created_date)),
      priority_(m.column(Field::priority)),
      created_("ticket created date") {}

void TicketsIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  if (values::is_missing_marker(cell(fields, created_col_))) {
    accounting_.reject("no creation date", line);
    return;
  }
  accounting_.count_used();
  lines_.push_back(line);
  account_ids_.push(cell(fields, account_id_));
  account_names_.push(cell(fields, account_name_));
  priorities_.push(cell(fields, priority_));
  created_.push(cell(fields, created_col_));
}

void TicketsIngest::finish(table::Tables& tables, InputSummary& summary) {
  const std::vector<int32_t> created = created_.resolve(habits_, lines_, accounting_, summary);
  table::TicketTable& t = tables.tickets;
  append_categorical(t.account_id, std::move(account_ids_));
  append_categorical(t.account_name, std::move(account_names_));
  append_categorical(t.priority, std::move(priorities_));
  t.created.insert(t.created.end(), created.begin(), created.end());
}

}  // namespace icp::ingest
