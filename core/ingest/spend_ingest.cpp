#include "ingest/spend_ingest.h"

#include "ingest/implausible_values.h"
#include "table/deal_table.h"
#include "values/missing_marker.h"
#include "values/period_value.h"

namespace icp::ingest {

using mapping::Field;

SpendIngest::SpendIngest(const mapping::HeaderMapping& m, const std::vector<std::string>& headers, ValueHabits habits,
                         RowAccounting& accounting)
    : accounting_(accounting),
      period_col_(m.column(Field::period)),
      channel_col_(m.column(Field::channel)),
      amount_col_(m.column(Field::amount)),
      period_header_(header_of(headers, period_col_)),
      amount_header_(header_of(headers, amount_col_)),
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
  lines_.push_back(line);
  periods_.push_back(p.start);
  channels_.push(cell(fields, channel_col_));
  amount_.push(cell(fields, amount_col_), line, accounting_);
}

void SpendIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  std::vector<double> amounts = amount_.resolve(notes);
  // Implausible values (plausibility.h): read as missing, the row still counted.
  const std::string not_in_spend = "(not in the spend total, CAC or payback)";
  drop_implausible_dates(periods_, lines_, "latest period",
                         {"period", period_header_, "read as missing — the row is counted, without a period " + not_in_spend},
                         accounting_);
  drop_large_amounts(amounts, lines_, "spend amount",
                     {"spend amount", amount_header_, "read as missing — the row is counted, without an amount " + not_in_spend},
                     accounting_);
  // A negative line is a refund or a credit from the ad platform or agency: it is real money back,
  // so it is kept and lowers its period's and channel's spend, said once with its lines.
  for (size_t r = 0; r < amounts.size(); ++r) {
    if (table::has_amount(amounts[r]) && amounts[r] < 0) {
      accounting_.warn("negative spend amount (kept as a refund or credit: it lowers its period's spend)", lines_[r]);
    }
  }
  table::SpendTable& t = tables.spend;
  t.period_start.insert(t.period_start.end(), periods_.begin(), periods_.end());
  append_categorical(t.channel, channels_);
  t.amount.insert(t.amount.end(), amounts.begin(), amounts.end());
}

}  // namespace icp::ingest
