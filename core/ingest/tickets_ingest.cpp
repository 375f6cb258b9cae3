#include "ingest/tickets_ingest.h"

#include "ingest/implausible_values.h"
#include "values/missing_marker.h"

namespace icp::ingest {

using mapping::Field;

TicketsIngest::TicketsIngest(const mapping::HeaderMapping& m, const std::vector<std::string>& headers, ValueHabits habits,
                             RowAccounting& accounting)
    : accounting_(accounting),
      habits_(habits),
      account_id_(m.column(Field::account_id)),
      account_name_(m.column(Field::account_name)),
      created_col_(m.column(Field::created_date)),
      priority_(m.column(Field::priority)),
      created_header_(header_of(headers, created_col_)),
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
  std::vector<int32_t> created = created_.resolve(habits_, lines_, accounting_, summary);
  // Implausible dates (plausibility.h): read as missing, the ticket still counted.
  drop_implausible_dates(created, lines_, "latest ticket created date",
                         {"ticket created date", created_header_,
                          "read as missing — the ticket is counted, without a date (in no ticket rate)"},
                         accounting_);
  table::TicketTable& t = tables.tickets;
  append_categorical(t.account_id, std::move(account_ids_));
  append_categorical(t.account_name, std::move(account_names_));
  append_categorical(t.priority, std::move(priorities_));
  t.created.insert(t.created.end(), created.begin(), created.end());
}

}  // namespace icp::ingest
