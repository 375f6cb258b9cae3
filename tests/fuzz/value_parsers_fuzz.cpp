// libFuzzer target: every cell-value parser, on the whole input as one cell.
//   values/: read_date (its fast path against the general rules, + resolve_date in each order,
//   DateOrderVote), read_money (both decimal
//   marks, its fast path against the general rules), read_employee_count, read_period, trim, is_missing_marker;
//   mapping/: outcome_from_stage, read_flag, is_deleted_stage, stage_key, normalize_header,
//   field_from_name, role_from_name; join/: company_name_key; text/: parse_encoding.
//
// Checked: no sanitizer report, and what each reading promises —
// - an exact date resolves in every order to a day in years 1..9999 and formats back (ISO) to the
//   same day; a numeric date is valid in at least one order;
// - read_date's and read_money's fast paths give what the general rules give, field for field;
// - money and employee counts that read are finite numbers; a range has low <= value <= high;
// - a period starts on the first day of a month, in 1900..2200 unless it is a whole day;
// - trim() returns a part of its input with no blank at either end.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "join/company_name.h"
#include "mapping/canonical_field.h"
#include "mapping/header_mapping.h"
#include "mapping/role.h"
#include "mapping/stage_outcome.h"
#include "mapping/stage_table.h"
#include "text/encoding.h"
#include "util/civil_date.h"
#include "values/date_value.h"
#include "values/employee_count.h"
#include "values/missing_marker.h"
#include "values/money_value.h"
#include "values/period_value.h"

namespace {

using icp::fuzz::preview;
namespace v = icp::values;

constexpr int32_t kDay1 = icp::days_from_civil(1, 1, 1);
constexpr int32_t kDay9999 = icp::days_from_civil(9999, 12, 31);

void check_date(std::string_view cell) {
  const v::DateReading r = v::read_date(cell);
  const v::DateReading general = v::read_date_general(cell);
  FUZZ_CHECK(r.kind == general.kind && r.days == general.days && r.year == general.year && r.first == general.first &&
                 r.second == general.second && r.dotted == general.dotted,
             "the fast path reads a date as the general rules do: " + preview(cell));
  v::DateOrderVote vote;
  vote.add(r);
  (void)vote.decided();
  const auto mf = v::resolve_date(r, v::DateOrder::month_first);
  const auto df = v::resolve_date(r, v::DateOrder::day_first);
  const auto un = v::resolve_date(r, v::DateOrder::undecided);
  switch (r.kind) {
    case v::DateKind::missing:
    case v::DateKind::invalid:
      FUZZ_CHECK(!mf && !df && !un, "a missing or invalid date resolves to nothing: " + preview(cell));
      break;
    case v::DateKind::exact: {
      FUZZ_CHECK(mf && df && un && *mf == r.days && *df == r.days, "an exact date is the same in every order");
      FUZZ_CHECK(r.days >= kDay1 && r.days <= kDay9999, "an exact date lies in years 1..9999: " + preview(cell));
      const std::string iso = icp::format_iso_date(r.days);
      const v::DateReading again = v::read_date(iso);
      FUZZ_CHECK(again.kind == v::DateKind::exact && again.days == r.days,
                 "an exact date formats back to itself: " + preview(cell) + " -> " + iso);
      break;
    }
    case v::DateKind::numeric:
      FUZZ_CHECK(mf || df, "a numeric date is valid in at least one order: " + preview(cell));
      for (const auto& d : {mf, df}) {
        if (d) FUZZ_CHECK(*d >= kDay1 && *d <= kDay9999, "a resolved date lies in years 1..9999");
      }
      break;
  }
}

void check_money(std::string_view cell, v::DecimalMark mark) {
  const v::MoneyReading r = v::read_money(cell, mark);
  const v::MoneyReading general = v::read_money_general(cell, mark);
  FUZZ_CHECK(r.kind == general.kind && r.shows_point == general.shows_point && r.shows_comma == general.shows_comma &&
                 r.mark_ambiguous == general.mark_ambiguous && r.separator == general.separator &&
                 (r.kind != v::MoneyKind::ok || r.value == general.value),
             "the fast path reads money as the general rules do: " + preview(cell));
  if (r.kind != v::MoneyKind::ok) return;
  FUZZ_CHECK(std::isfinite(r.value), "a money value is finite: " + preview(cell));
  FUZZ_CHECK(!(r.shows_point && r.shows_comma), "a value shows one decimal mark at most");
  if (r.mark_ambiguous) FUZZ_CHECK(r.separator == ',' || r.separator == '.', "an ambiguous value names its separator");
}

void check_employees(std::string_view cell) {
  const v::EmployeeReading r = v::read_employee_count(cell);
  if (r.kind == v::EmployeeKind::number) {
    FUZZ_CHECK(std::isfinite(r.value) && r.value >= 0, "an employee count is a finite count: " + preview(cell));
  } else if (r.kind == v::EmployeeKind::range) {
    FUZZ_CHECK(std::isfinite(r.value) && std::isfinite(r.low) && std::isfinite(r.high),
               "an employee range is finite: " + preview(cell));
    FUZZ_CHECK(r.low <= r.value && (r.high == 0 || r.value <= r.high), "low <= value <= high: " + preview(cell));
  }
}

void check_period(std::string_view cell) {
  const v::PeriodReading r = v::read_period(cell);
  if (r.kind == v::PeriodKind::missing || r.kind == v::PeriodKind::invalid) return;
  const icp::CivilDate d = icp::civil_from_days(r.start);
  FUZZ_CHECK(icp::is_valid_civil(d.year, d.month, d.day), "a period starts on a calendar day");
  if (r.kind != v::PeriodKind::day) {
    FUZZ_CHECK(d.day == 1 && d.year >= 1900 && d.year <= 2200,
               "a month, quarter or year starts on the 1st, in 1900..2200: " + preview(cell));
  }
  if (r.kind == v::PeriodKind::quarter) FUZZ_CHECK((d.month - 1) % 3 == 0, "a quarter starts a quarter");
  if (r.kind == v::PeriodKind::year) FUZZ_CHECK(d.month == 1, "a year starts in January");
}

void check_text(std::string_view cell) {
  const std::string_view t = v::trim(cell);
  FUZZ_CHECK(t.data() >= cell.data() && t.data() + t.size() <= cell.data() + cell.size(), "trim stays inside");
  if (!t.empty()) {
    FUZZ_CHECK(t.front() != ' ' && t.front() != '\t' && t.back() != ' ' && t.back() != '\t', "trim removes blanks");
  }
  (void)v::is_missing_marker(cell);
  (void)icp::mapping::outcome_from_stage(cell);
  (void)icp::mapping::read_flag(cell);
  (void)icp::mapping::is_deleted_stage(cell);
  (void)icp::mapping::stage_key(cell);
  (void)icp::mapping::normalize_header(cell);
  if (const auto f = icp::mapping::field_from_name(cell)) {
    FUZZ_CHECK(icp::mapping::field_from_name(icp::mapping::field_name(*f)) == f, "field names round-trip");
  }
  if (const auto r = icp::mapping::role_from_name(cell)) {
    FUZZ_CHECK(icp::mapping::role_from_name(icp::mapping::role_name(*r)) == r, "role names round-trip");
  }
  (void)icp::join::company_name_key(cell);
  icp::text::Encoding e;
  if (icp::text::parse_encoding(cell, e)) {
    icp::text::Encoding back;
    FUZZ_CHECK(icp::text::parse_encoding(icp::text::encoding_id(e), back) && back == e, "encoding ids round-trip");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view cell(reinterpret_cast<const char*>(bytes), size);
  check_date(cell);
  check_money(cell, v::DecimalMark::point);
  check_money(cell, v::DecimalMark::comma);
  check_employees(cell);
  check_period(cell);
  check_text(cell);
  return 0;
}
