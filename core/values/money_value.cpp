#include "values/money_value.h"

#include <fast_float/fast_float.h>

#include <optional>

#include "values/missing_marker.h"

namespace icp::values {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// The "C" locale's letters (the engine never sets another locale), without a library call per byte.
bool is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Currency codes, symbols and spaces around the number; returns false on any other character.
bool is_currency_noise(unsigned char c) {
  return is_letter(c) || c == '$' || c == ' ' || c == '\t' || c >= 0x80;  // €, £, ¥, NBSP (UTF-8 bytes)
}

// Letters may stand around an amount only as a currency: an ISO code ("USD"), a dollar's prefix
// ("US$", "CA$", "R$") or a few local abbreviations ("kr", "Fr."). "Firma 13 GmbH" and "D-1001" are
// not amounts.
bool letters_are_currency(std::string_view t) {
  for (size_t i = 0; i < t.size();) {
    if (!is_letter(static_cast<unsigned char>(t[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && is_letter(static_cast<unsigned char>(t[j]))) ++j;
    const std::string_view run = t.substr(i, j - i);
    bool upper = true;
    for (char c : run) upper = upper && c >= 'A' && c <= 'Z';
    const bool before_dollar = j < t.size() && t[j] == '$' && run.size() <= 2 && upper;
    const bool ok = (run.size() == 3 && upper) || before_dollar || run == "kr" || run == "Kr" || run == "Fr" ||
                    run == "zl" || run == "Rs";
    if (!ok) return false;
    i = j;
  }
  return true;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// The shape nearly every amount of a CRM export has, read in one pass: an optional currency ("USD ",
// "$"), digits in comma-separated thousands groups, then a point and one or two decimals (required
// after groups: "1,234" alone is ambiguous). Such a text needs no decision about its decimal mark, and
// its value is a whole number of at most 15 digits over 1, 10 or 100, whose correctly rounded
// quotient is the correctly rounded value of the text: exactly what the general path gives (the
// tests and the value parsers' fuzz target compare the two). Anything else is left to that path.
std::optional<MoneyReading> read_plain_amount(std::string_view t) {
  size_t i = 0;
  if (t.size() >= 4 && is_upper(t[0]) && is_upper(t[1]) && is_upper(t[2]) && t[3] == ' ') {
    i = 4;
  } else if (!t.empty() && t[0] == '$') {
    i = 1;
  }
  uint64_t whole = 0;
  int digits = 0, group = 0;
  bool grouped = false;
  for (; i < t.size(); ++i) {
    const char c = t[i];
    if (is_digit(c)) {
      whole = whole * 10 + static_cast<uint64_t>(c - '0');
      ++digits;
      ++group;
    } else if (c == ',') {
      if (group == 0 || (grouped ? group != 3 : group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
    } else {
      break;
    }
    if (digits > 15) return std::nullopt;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  int decimals = 0;
  if (i < t.size() && t[i] == '.') {
    for (++i; i < t.size() && is_digit(t[i]); ++i) {
      if (++decimals > 2) return std::nullopt;
      whole = whole * 10 + static_cast<uint64_t>(t[i] - '0');
    }
    if (decimals == 0) return std::nullopt;
  } else if (grouped) {
    return std::nullopt;
  }
  if (i != t.size() || digits + decimals > 15) return std::nullopt;
  MoneyReading r;
  r.kind = MoneyKind::ok;
  const auto w = static_cast<double>(whole);
  r.value = decimals == 0 ? w : w / (decimals == 1 ? 10.0 : 100.0);
  r.shows_point = decimals > 0;
  return r;
}

}  // namespace

MoneyReading read_money(std::string_view text, DecimalMark column_mark) {
  const std::string_view t = trim(text);
  if (auto plain = read_plain_amount(t)) return *plain;
  return read_money_general(t, column_mark);
}

MoneyReading read_money_general(std::string_view text, DecimalMark column_mark) {
  std::string_view t = trim(text);
  if (is_trimmed_missing_marker(t)) return {};

  if (!letters_are_currency(t)) return {MoneyKind::invalid};
  bool negative = false;
  if (t.size() >= 2 && t.front() == '(' && t.back() == ')') {
    negative = true;
    t = trim(t.substr(1, t.size() - 2));
  }

  // Keep digits, separators and a sign; currency noise may surround the number, not split it.
  char digits[64];
  size_t n = 0;
  size_t points = 0, commas = 0, last_point = 0, last_comma = 0, apostrophes = 0;
  bool seen_digit = false, ended = false;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (is_digit(c)) {
      if (ended || n + 1 >= sizeof digits) return {MoneyKind::invalid};
      digits[n++] = c;
      seen_digit = true;
    } else if (c == '.' || c == ',') {
      if (!seen_digit && !(c == '.' && i + 1 < t.size() && is_digit(t[i + 1]))) return {MoneyKind::invalid};
      if (ended || n + 1 >= sizeof digits) return {MoneyKind::invalid};
      if (c == '.') { ++points; last_point = n; } else { ++commas; last_comma = n; }
      digits[n++] = c;
    } else if (c == '\'') {
      ++apostrophes;  // Swiss thousands separator: 1'234.50
    } else if (c == '-' || c == '+' || c == static_cast<char>(0xE2)) {
      // A sign before the digits ("-1,200", "USD -1,200"); U+2212 minus is E2 88 92.
      if (seen_digit) {
        if (c == '-') return {MoneyKind::invalid};
        ended = true;
        continue;
      }
      if (c == static_cast<char>(0xE2)) {
        if (i + 2 < t.size() && t[i + 1] == static_cast<char>(0x88) && t[i + 2] == static_cast<char>(0x92)) {
          negative = !negative;
          i += 2;
        }
        continue;
      }
      if (c == '-') negative = !negative;
    } else if (c == ' ' && seen_digit && i + 1 < t.size() && is_digit(t[i + 1]) && !ended) {
      // "42 000": a space between digit groups.
      continue;
    } else if (is_currency_noise(static_cast<unsigned char>(c))) {
      if (seen_digit) ended = true;  // "1.234,50 €": the number is over
    } else {
      return {MoneyKind::invalid};
    }
  }
  (void)apostrophes;
  if (!seen_digit) return {MoneyKind::invalid};

  // Decide the decimal mark of this value.
  MoneyReading reading;
  char decimal = column_mark == DecimalMark::comma ? ',' : '.';
  if (points > 0 && commas > 0) {
    decimal = last_point > last_comma ? '.' : ',';
  } else if (points > 1) {
    decimal = ',';  // "1.234.567" — points are thousands separators
  } else if (commas > 1) {
    decimal = '.';
  } else if (commas == 1 || points == 1) {
    const size_t at = commas == 1 ? last_comma : last_point;
    const size_t after = n - at - 1;
    if (after != 3) decimal = commas == 1 ? ',' : '.';  // "12,5" / "12.50": not a thousands group
  }
  if (points > 0 && commas > 0) {
    reading.shows_point = decimal == '.';
    reading.shows_comma = decimal == ',';
  } else if (commas == 1 && n - last_comma - 1 != 3) {
    reading.shows_comma = true;
  } else if (points == 1 && n - last_point - 1 != 3) {
    reading.shows_point = true;
  } else if (points + commas == 1) {
    reading.mark_ambiguous = true;
    reading.separator = points == 1 ? '.' : ',';
  }

  char clean[64];
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = digits[i];
    if (is_digit(c)) clean[m++] = c;
    else if (c == decimal) clean[m++] = '.';
  }
  double value = 0;
  const auto parsed = fast_float::from_chars(clean, clean + m, value);
  if (parsed.ec != std::errc() || parsed.ptr != clean + m) return {MoneyKind::invalid};
  reading.kind = MoneyKind::ok;
  reading.value = negative ? -value : value;
  return reading;
}

std::string currency_of(std::string_view text) {
  for (size_t i = 0; i + 3 <= text.size(); ++i) {
    const auto upper = [&](size_t k) { return text[k] >= 'A' && text[k] <= 'Z'; };
    const bool boundary_before = i == 0 || !is_letter(static_cast<unsigned char>(text[i - 1]));
    const bool boundary_after = i + 3 == text.size() || !is_letter(static_cast<unsigned char>(text[i + 3]));
    if (upper(i) && upper(i + 1) && upper(i + 2) && boundary_before && boundary_after) return std::string(text.substr(i, 3));
  }
  if (text.find("\xE2\x82\xAC") != std::string_view::npos) return "EUR";
  if (text.find("\xC2\xA3") != std::string_view::npos) return "GBP";
  if (text.find("\xC2\xA5") != std::string_view::npos) return "JPY";
  if (text.find('$') != std::string_view::npos) return "$";
  return {};
}

}  // namespace icp::values
