// Reading one money cell: "USD 1,234.50", "$1,234", "1.234,50 €", "(1,200)", "-1200", "42 000".
// Which of '.' and ',' is the decimal mark is decided per value when the value shows it
// ("1,234.50", "12,5") and otherwise from the column's habit (DecimalMark), so "1.234" in a
// European file reads as one thousand two hundred and thirty-four.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace icp::values {

enum class DecimalMark : uint8_t { point, comma };

enum class MoneyKind : uint8_t { missing, invalid, ok };

struct MoneyReading {
  MoneyKind kind = MoneyKind::missing;
  double value = 0;
  // What the value itself says about the decimal mark: point for "1,234.50", comma for "12,50",
  // nothing (undecided) for "1,234" or "1200".
  bool shows_point = false;
  bool shows_comma = false;
  // One separator followed by exactly three digits ("1,234", "1.234"): read with the column's mark,
  // so the value is ×1000 or ÷1000 of the other reading if the column turns out to use the other mark.
  bool mark_ambiguous = false;
  char separator = 0;  // the separator of an ambiguous value: ',' or '.'
};

MoneyReading read_money(std::string_view text, DecimalMark column_mark = DecimalMark::point);
// The same without read_money's fast path for the common "USD 1,234.50" shape: every shape by one
// set of rules (kept apart so that tests and the fuzz target can check the two agree).
MoneyReading read_money_general(std::string_view text, DecimalMark column_mark = DecimalMark::point);

// The currency a money text names: an ISO code ("USD 1,200", "1.200 EUR"), or a symbol read as its
// usual code (€ EUR, £ GBP, ¥ JPY) or kept as is ($, which several currencies use); empty when none.
std::string currency_of(std::string_view text);

}  // namespace icp::values
