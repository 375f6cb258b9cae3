// A date column read row by row and resolved at the end, once its day/month order is known.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_summary.h"
#include "ingest/row_accounting.h"
#include "ingest/value_habits.h"
#include "values/date_value.h"

namespace icp::ingest {

class DateColumn {
 public:
  explicit DateColumn(std::string label) : label_(std::move(label)) {}

  void push(std::string_view text) {
    const values::DateReading r = values::read_date(text);
    vote_.add(r);
    readings_.push_back(r);
  }
  void push_missing() { readings_.push_back({}); }
  void reserve(size_t rows) { readings_.reserve(rows); }

  // Days per row (table::kNoDate when missing or unreadable). Unreadable values are counted as
  // warnings with their line; the order decision is written to notes.
  // habits.date_order is the fallback when the values cannot tell, or the rule when the user gave it.
  std::vector<int32_t> resolve(const ValueHabits& habits, const std::vector<uint64_t>& lines,
                               RowAccounting& accounting, InputSummary& summary) const;

 private:
  std::string label_;
  std::vector<values::DateReading> readings_;
  values::DateOrderVote vote_;
};

}  // namespace icp::ingest
