// A date column read row by row and resolved at the end, once its day/month order is known.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_summary.h"
#include "ingest/row_accounting.h"
#include "ingest/value_habits.h"
#include "text/short_text_key.h"
#include "values/date_value.h"

namespace icp::ingest {

class DateColumn {
 public:
  explicit DateColumn(std::string label) : label_(std::move(label)) {}

  void push(std::string_view text) {
    const values::DateReading r = read(text);
    vote_.add(r);
    readings_.push_back(store(r));
  }
  void push_missing() { readings_.push_back({}); }
  void reserve(size_t rows) { readings_.reserve(rows); }

  // Days per row (table::kNoDate when missing or unreadable). Unreadable values are counted as
  // warnings with their line; the order decision is written to notes.
  // habits.date_order is the fallback when the values cannot tell, or the rule when the user gave it.
  std::vector<int32_t> resolve(const ValueHabits& habits, const std::vector<uint64_t>& lines,
                               RowAccounting& accounting, InputSummary& summary) const;

  // What resolve needs of a reading, in 8 bytes instead of DateReading's 16 (on a million rows, two
  // date columns, 16 MB less while the file is read): the days of an exact date, or a numeric date's
  // year and its two numbers; the order vote has seen the rest (dotted) at push.
  struct Stored {
    uint32_t payload = 0;
    values::DateKind kind = values::DateKind::missing;
  };
  static_assert(sizeof(Stored) == 8);
  static Stored store(const values::DateReading& r) {
    switch (r.kind) {
      case values::DateKind::exact: return {static_cast<uint32_t>(r.days), r.kind};
      case values::DateKind::numeric:
        return {static_cast<uint32_t>(r.year) << 16 | static_cast<uint32_t>(r.first) << 8 | r.second, r.kind};
      default: return {0, r.kind};
    }
  }
  static values::DateReading reading_of(Stored s) {
    values::DateReading r;
    r.kind = s.kind;
    if (s.kind == values::DateKind::exact) {
      r.days = static_cast<int32_t>(s.payload);
    } else if (s.kind == values::DateKind::numeric) {
      r.year = static_cast<uint16_t>(s.payload >> 16);
      r.first = static_cast<uint8_t>(s.payload >> 8);
      r.second = static_cast<uint8_t>(s.payload);
    }
    return r;
  }

 private:
  // read_date() through a direct-mapped memo of texts read lately: an export holds a few thousand
  // distinct dates over a million rows, and a key that holds the text answers without parsing.
  values::DateReading read(std::string_view text) {
    if (!text::ShortTextKey::fits(text)) return values::read_date(text);
    const text::ShortTextKey key = text::ShortTextKey::of(text);
    if (memo_.empty()) memo_.resize(size_t{1} << kMemoBits);
    MemoEntry& m = memo_[key.slot(kMemoBits)];
    if (!(m.key == key)) m = MemoEntry{key, values::read_date(text)};
    return m.reading;
  }
  struct MemoEntry {
    text::ShortTextKey key;  // size 0: empty
    values::DateReading reading;
  };
  static constexpr unsigned kMemoBits = 12;  // 4,096 entries, 192 kB, allocated at the first date

  std::vector<MemoEntry> memo_;
  std::string label_;
  std::vector<Stored> readings_;
  values::DateOrderVote vote_;
};

}  // namespace icp::ingest
