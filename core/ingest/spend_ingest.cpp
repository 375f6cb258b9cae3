#include "ingest/spend_ingest.h"

#include "values/missing_marker.h"
#include "values/period_value.h"

namespace icp::ingest {

using mapping::Field;

SpendIngest::SpendIngest(const mapping::HeaderMapping& m, ValueHabits habits, RowAccounting& accounting)
    : accounting_(accounting),
      period_col_(m.column(Field::period)),
      channel_col_(m.column(Field::channel)),
      amount_col_(m.column(Field::amount)),
      amount_("spend amount", habits.decimal_mark, habits.decimal_mark_given) {}

void SpendIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  const values::PeriodReading p = values::read_period(cell(fields, period_col_));
  if (p.kind == values::PeriodKind::missing || p.kind == values::PeriodKind::invalid) {
    accounting_.reject(p.kind == values::PeriodKind::missing ? "no period" : "period is not a month, quarter or date", line);
    return;
  }
  if (values::is_missing_marker(cell(fields, amount_col_))) {
    accounting_.reject("no spend amount", line);
    return;
  }
  accounting_.count_used();
  periods_.push_back(p.start);
  channels_.push(cell(fields, channel_col_));
  amount_.push(cell(fields, amount_col_), line, accounting_);
}

void SpendIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  const std::vector<double> amounts = amount_.resolve(notes);
  table::SpendTable& t = tables.spend;
  t.period_start.insert(t.period_start.end(), periods_.begin(), periods_.end());
  append_categorical(t.channel, channels_);
  t.amount.insert(t.amount.end(), amounts.begin(), amounts.end());
}

}  // namespace icp::ingest
