#include "ingest/date_column.h"

#include "table/deal_table.h"

namespace icp::ingest {

using values::DateOrder;

std::vector<int32_t> DateColumn::resolve(const ValueHabits& habits, const std::vector<uint64_t>& lines,
                                         RowAccounting& accounting, InputSummary& summary) const {
  std::vector<std::string>& notes = summary.notes;
  DateOrder fallback = habits.date_order;
  DateOrder order = vote_.decided();
  const auto record = [&](DateOrder o, const char* source) {
    if (summary.date_order.empty() || std::string_view(source) == "assumed") {
      summary.date_order = o == DateOrder::day_first ? "day_first" : "month_first";
      summary.date_order_source = source;
    }
  };
  if (vote_.any_numeric() && habits.date_order_given) {
    order = habits.date_order;
    record(order, "mapping");
    notes.push_back(label_ + ": dates read as " +
                    std::string(order == DateOrder::day_first ? "day/month/year" : "month/day/year") +
                    " (set in the mapping)");
  } else if (vote_.any_numeric()) {
    record(order == DateOrder::undecided ? (vote_.mostly_dotted() ? DateOrder::day_first : fallback) : order,
           order == DateOrder::undecided ? "assumed" : "data");
    if (order == DateOrder::day_first) {
      notes.push_back(label_ + ": dates read as day/month/year (some first numbers are over 12)");
    } else if (order == DateOrder::month_first) {
      notes.push_back(label_ + ": dates read as month/day/year (some second numbers are over 12)");
    } else {
      if (vote_.mostly_dotted()) fallback = DateOrder::day_first;
      order = fallback;
      const std::string assumed = order == DateOrder::day_first ? "day/month/year" : "month/day/year";
      if (vote_.conflicting()) {
        notes.push_back(label_ + ": dates mix day-first and month-first values; read as " + assumed +
                        ", the others are counted as unreadable");
      } else {
        notes.push_back(label_ + ": every date fits both day/month and month/day; assumed " + assumed +
                        " (set the date order in the mapping if that is wrong)");
      }
    }
  }
  std::vector<int32_t> days(readings_.size(), table::kNoDate);
  const std::string unreadable = label_ + " is not a date";
  // A column's numeric dates take a few thousand distinct values over a million rows: each is
  // resolved once into a small direct-mapped memo of (payload, day), kNoDate for not a date in this
  // order. A numeric payload is never 0 (year 0 is no date), so 0 marks an empty entry.
  struct Memo {
    uint32_t payload = 0;
    int32_t day = table::kNoDate;
  };
  constexpr int kMemoBits = 12;
  std::vector<Memo> memo(size_t{1} << kMemoBits);
  const auto resolve_one = [&](Stored s) {
    if (s.kind == values::DateKind::numeric) {
      Memo& m = memo[(s.payload * 0x9E3779B1u) >> (32 - kMemoBits)];
      if (m.payload != s.payload) m = Memo{s.payload, values::resolve_date(reading_of(s), order).value_or(table::kNoDate)};
      return m.day;
    }
    return values::resolve_date(reading_of(s), order).value_or(table::kNoDate);
  };
  for (size_t i = 0; i < readings_.size(); ++i) {
    if (readings_[i].kind == values::DateKind::missing) continue;
    days[i] = resolve_one(readings_[i]);
    if (days[i] == table::kNoDate) accounting.warn(unreadable, lines[i]);
  }
  return days;
}

}  // namespace icp::ingest
