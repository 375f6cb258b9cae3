// A money column read row by row; its decimal mark (point or comma) is settled at the end from the
// values that show it, and the few values that could be read either way are corrected then.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/row_accounting.h"
#include "values/money_value.h"

namespace icp::ingest {

class MoneyColumn {
 public:
  // given: the user set the mark in the mapping, so the values do not overrule it.
  MoneyColumn(std::string label, values::DecimalMark assumed, bool given = false)
      : label_(std::move(label)), assumed_(assumed), given_(given) {}

  void push(std::string_view text, uint64_t line, RowAccounting& accounting);
  void push_missing();
  void reserve(size_t rows) { values_.reserve(rows); }

  // Values per row (NaN when missing or unreadable); the decision goes to notes when it mattered.
  std::vector<double> resolve(std::vector<std::string>& notes);

  // The currency most of the first values name ("USD", "EUR", "$"), empty when they name none; notes
  // say when several appear.
  std::string currency(std::vector<std::string>* notes = nullptr) const;

 private:
  std::string label_;
  values::DecimalMark assumed_;
  bool given_;
  std::vector<double> values_;
  struct Ambiguous {
    uint32_t row;
    char separator;
  };
  std::vector<Ambiguous> ambiguous_;
  static constexpr size_t kCurrencySample = 1000;
  std::vector<std::pair<std::string, uint64_t>> currencies_;  // from the first kCurrencySample values
  size_t currency_sampled_ = 0;
  uint64_t shows_point_ = 0;
  uint64_t shows_comma_ = 0;
};

}  // namespace icp::ingest
