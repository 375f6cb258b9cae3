#include "ingest/revenue_ingest.h"

#include <cmath>

#include "ingest/implausible_values.h"
#include "mapping/header_mapping.h"
#include "table/deal_table.h"
#include "util/civil_date.h"
#include "values/missing_marker.h"
#include "values/period_value.h"

namespace icp::ingest {

using mapping::Field;

RevenueIngest::RevenueIngest(const mapping::HeaderMapping& m, const std::vector<std::string>& headers, ValueHabits habits,
                             RowAccounting& accounting)
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
      month_header_(header_of(headers, month_col_)),
      start_header_(header_of(headers, start_col_)),
      end_header_(header_of(headers, end_col_)),
      money_header_(header_of(headers, mrr_col_ >= 0 ? mrr_col_ : arr_col_ >= 0 ? arr_col_ : amount_col_)),
      money_label_(m.has(Field::mrr) ? "MRR" : m.has(Field::arr) ? "ARR" : "amount"),
      start_("start date"),
      end_("end date"),
      money_(money_label_, habits.decimal_mark, habits.decimal_mark_given) {}

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

void RevenueIngest::drop_implausible_starts_and_ends(std::vector<int32_t>& start, std::vector<int32_t>& end) {
  drop_implausible_dates(start, lines_, "latest start date",
                         {"start date", start_header_, "read as missing — the row is counted, without a start (it adds nothing to MRR)"},
                         accounting_);
  // An end date is legitimately in the future: contracts run one to three years, some five. Only an
  // end more than 10 years past the file's latest start is none: 9999-12-31, 2099-12-31 and the
  // like are how billing systems write "no end". Such an end, and a placeholder before 1990 (a null
  // written as 1970-01-01), is read as no end: the subscription is open-ended, as when the end
  // cell is empty.
  const std::string open_ended =
      "read as no end date — the subscription is open-ended, active from its start on, as with an empty end";
  const ImplausibleColumn end_column{"end date", end_header_, open_ended};
  drop_old_dates(end, lines_, end_column, accounting_);
  if (const std::optional<FutureDateLimit> limit = future_date_limit(start, "latest start date", kOpenEndYears)) {
    drop_future_dates(end, lines_, *limit, end_column, accounting_);
  }
}

void RevenueIngest::finish(table::Tables& tables, InputSummary& summary) {
  std::vector<std::string>& notes = summary.notes;
  std::vector<double> money = money_.resolve(notes);
  // Implausible amounts (plausibility.h), in the file's own unit (before ARR / 12): read as missing.
  drop_large_amounts(money, lines_, money_label_,
                     {money_label_, money_header_, "read as missing — the row is counted, without " + money_label_ +
                                                       " (it adds nothing to MRR)"},
                     accounting_);
  // A negative MRR is no recurring revenue (a credit or a refund): the revenue figures leave it out
  // (metrics/revenue_rows.h); said here with its lines, as the deals' negative amounts are.
  for (size_t i = 0; i < money.size(); ++i) {
    if (table::has_amount(money[i]) && money[i] < 0) {
      accounting_.warn("negative " + money_label_ + " (left out of MRR)", lines_[i]);
    }
  }
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
    std::vector<int32_t> s = start_.resolve(habits_, lines_, accounting_, summary);
    std::vector<int32_t> e = end_.resolve(habits_, lines_, accounting_, summary);
    drop_implausible_starts_and_ends(s, e);
    t.start.insert(t.start.end(), s.begin(), s.end());
    t.end.insert(t.end.end(), e.begin(), e.end());
  } else {
    drop_implausible_dates(months_, lines_, "latest month",
                           {"month", month_header_, "read as missing — the row is counted, in no month (it adds nothing to MRR)"},
                           accounting_);
    t.start.insert(t.start.end(), months_.begin(), months_.end());
    t.end.insert(t.end.end(), months_.size(), table::kNoDate);
  }
}

}  // namespace icp::ingest
