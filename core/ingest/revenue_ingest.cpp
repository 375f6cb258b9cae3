#include "ingest/revenue_ingest.h"

#include <cmath>

#include "mapping/header_mapping.h"
#include "table/deal_table.h"
#include "util/civil_date.h"
#include "values/missing_marker.h"
#include "values/period_value.h"

namespace icp::ingest {

using mapping::Field;

RevenueIngest::RevenueIngest(const mapping::HeaderMapping& m, ValueHabits habits, RowAccounting& accounting)
    : accounting_(accounting),
      habits_(habits),
      account_id_(m.column(Field::account_id)),
      account_name_(m.column(Field::account_name)),
      month_col_(m.column(Field::month)),
      start_col_(m.column(Field::start_date)),
      end_col_(m.column(Field::end_date)),
      mrr_col_(m.column(Field::mrr)),
      arr_col_(m.column(Field::arr)),
      amount_col_(m.column(Field::amount)),
      interval_col_(m.column(Field::billing_interval)),
      intervals_(!m.has(Field::month) && m.has(Field::start_date)),
      start_("start date"),
      end_("end date"),
      money_(m.has(Field::mrr) ? "MRR" : m.has(Field::arr) ? "ARR" : "amount", habits.decimal_mark, habits.decimal_mark_given) {}

void RevenueIngest::on_row(std::span<const std::string_view> fields, uint64_t line) {
  const std::string_view id = cell(fields, account_id_);
  const std::string_view name = cell(fields, account_name_);
  if (values::is_missing_marker(id) && values::is_missing_marker(name)) {
    accounting_.reject("no account", line);
    return;
  }
  if (intervals_) {
    if (values::is_missing_marker(cell(fields, start_col_))) {
      accounting_.reject("no start date", line);
      return;
    }
  } else {
    const values::PeriodReading p = values::read_period(cell(fields, month_col_));
    if (p.kind == values::PeriodKind::missing || p.kind == values::PeriodKind::invalid) {
      accounting_.reject(p.kind == values::PeriodKind::missing ? "no month" : "month is not a month or date", line);
      return;
    }
    const CivilDate c = civil_from_days(p.start);
    months_.push_back(days_from_civil(c.year, c.month, 1));
  }
  const int money_col = mrr_col_ >= 0 ? mrr_col_ : arr_col_ >= 0 ? arr_col_ : amount_col_;
  if (values::is_missing_marker(cell(fields, money_col))) {
    if (!intervals_) months_.pop_back();
    accounting_.reject("no MRR or ARR", line);
    return;
  }
  accounting_.count_used();
  lines_.push_back(line);
  account_ids_.push(id);
  account_names_.push(name);
  money_.push(cell(fields, money_col), line, accounting_);
  const std::string interval = mapping::normalize_header(cell(fields, interval_col_));
  yearly_.push_back(interval == "year" || interval == "yearly" || interval == "annual" || interval == "annually");
  if (intervals_) {
    start_.push(cell(fields, start_col_));
    if (end_col_ >= 0) end_.push(cell(fields, end_col_)); else end_.push_missing();
  }
}

void RevenueIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  std::vector<double> money = money_.resolve(notes);
  const bool arr = mrr_col_ < 0 && arr_col_ >= 0;
  for (size_t i = 0; i < money.size(); ++i) {
    if (arr || yearly_[i]) money[i] /= 12;
  }
  if (arr) notes.push_back("ARR divided by 12 to give MRR");
  table::RevenueTable& t = tables.revenue;
  if (t.size() > 0 && t.intervals != intervals_) {
    notes.push_back("this file mixes subscription intervals with monthly snapshots from another file; both are kept");
  }
  t.intervals = t.intervals || intervals_;
  append_categorical(t.account_id, account_ids_);
  append_categorical(t.account_name, account_names_);
  t.mrr.insert(t.mrr.end(), money.begin(), money.end());
  if (intervals_) {
    const std::vector<int32_t> s = start_.resolve(habits_, lines_, accounting_, summary);
    const std::vector<int32_t> e = end_.resolve(habits_, lines_, accounting_, summary);
    t.start.insert(t.start.end(), s.begin(), s.end());
    t.end.insert(t.end.end(), e.begin(), e.end());
  } else {
    t.start.insert(t.start.end(), months_.begin(), months_.end());
    t.end.insert(t.end.end(), months_.size(), table::kNoDate);
  }
}

}  // namespace icp::ingest
