// The parts the report's document is built from (report_document.h): reading the report JSON
// tolerantly (every accessor takes a missing key or another type than expected), numbers for people
// (the same text on every platform), cells, blocks and the figure tables. Shared by the builders of
// the document's sections (report_document.cpp, drift_document.cpp, icp_document.cpp).
#pragma once

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/report_document.h"
#include "simdjson.h"

namespace icp::report::doc::parts {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// ---------------------------------------------------------------------------------------------
// Reading the JSON: every accessor tolerates a missing key or another type than expected.

inline std::optional<element> child(const element& parent, std::string_view key) {
  object o;
  if (parent.get_object().get(o)) return std::nullopt;
  element v;
  if (o.at_key(key).get(v)) return std::nullopt;
  return v;
}

inline std::optional<double> as_number(const element& e) {
  if (!e.is_number()) return std::nullopt;
  double d = 0;
  if (e.get_double().get(d) || !std::isfinite(d)) return std::nullopt;
  return d;
}

inline std::optional<double> number_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  return v ? as_number(*v) : std::nullopt;
}

inline std::optional<std::string> string_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  std::string_view s;
  if (!v || v->get_string().get(s)) return std::nullopt;
  return std::string(s);
}

inline std::optional<bool> bool_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  bool b = false;
  if (!v || v->get_bool().get(b)) return std::nullopt;
  return b;
}

inline bool is_object(const std::optional<element>& e) { return e && e->is_object(); }

inline bool null_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  return v && v->is_null();
}

inline std::vector<element> elements(const std::optional<element>& e) {
  std::vector<element> out;
  array a;
  if (!e || e->get_array().get(a)) return out;
  for (element x : a) out.push_back(x);
  return out;
}

inline std::vector<element> array_at(const element& parent, std::string_view key) { return elements(child(parent, key)); }

inline std::vector<std::pair<std::string, element>> members_at(const element& parent, std::string_view key) {
  std::vector<std::pair<std::string, element>> out;
  const auto v = child(parent, key);
  object o;
  if (!v || v->get_object().get(o)) return out;
  for (auto field : o) out.emplace_back(std::string(field.key), field.value);
  return out;
}

// The strings of an array (other values skipped).
inline std::vector<std::string> strings_at(const element& parent, std::string_view key) {
  std::vector<std::string> out;
  for (const element& e : array_at(parent, key)) {
    std::string_view s;
    if (!e.get_string().get(s)) out.emplace_back(s);
  }
  return out;
}

// "[low, high]": either end may be null (an open interval).
struct Interval {
  std::optional<double> low, high;
};

inline std::optional<Interval> interval_at(const element& parent, std::string_view key) {
  const std::vector<element> ends = array_at(parent, key);
  if (ends.size() != 2) return std::nullopt;
  Interval out{as_number(ends[0]), as_number(ends[1])};
  if (!out.low && !out.high) return std::nullopt;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers for people: the same text on every platform (integer arithmetic and %.*f only).

inline std::string group_digits(unsigned long long v) {
  std::string digits = std::to_string(v);
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

inline std::string fixed(double v, int places) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", places, v);
  std::string s(buf);
  // "-0.0" for a tiny negative: no sign.
  bool zero = true;
  for (char c : s) zero = zero && (c == '-' || c == '0' || c == '.');
  if (zero && !s.empty() && s[0] == '-') s.erase(0, 1);
  return s;
}

// Whole number with thousands separators (half away from zero).
inline std::string integer(double v) {
  if (!std::isfinite(v)) return "—";
  if (std::fabs(v) >= 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
  }
  const long long r = std::llround(v);
  if (r < 0) return "-" + group_digits(static_cast<unsigned long long>(-r));
  return group_digits(static_cast<unsigned long long>(r));
}

// Two decimals with thousands separators.
inline std::string decimal2(double v) {
  std::string s = fixed(v, 2);
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  const size_t dot = s.find('.');
  const std::string whole = s.substr(0, dot);
  std::string grouped = group_digits(std::strtoull(whole.c_str(), nullptr, 10));
  return (negative ? "-" : "") + grouped + (dot == std::string::npos ? "" : s.substr(dot));
}

inline std::string percent_number(double ratio) { return fixed(ratio * 100, 1); }
inline std::string percent(double ratio) { return percent_number(ratio) + "%"; }

inline std::string range(const Interval& ci, const std::function<std::string(double)>& f) {
  return "[" + (ci.low ? f(*ci.low) : std::string("…")) + "–" + (ci.high ? f(*ci.high) : std::string("…")) + "]";
}

inline std::string p_value(double p) {
  if (p < 0.001) return "<0.001";
  return fixed(p, 3);
}

// "p = 0.004", "p < 0.001": a p-value in a sentence.
inline std::string p_is(double p) { return p < 0.001 ? "p < 0.001" : "p = " + fixed(p, 3); }

inline constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

struct Money {
  std::string currency;  // ISO code, or empty
  bool symbols = true;
  // The amount without its currency (the ends of an interval beside a figure that has it).
  static std::string plain(double v) { return std::fabs(v) >= 100 || v == 0 ? integer(v) : decimal2(v); }
  std::string operator()(double v) const {
    const std::string digits = plain(v);
    const bool negative = !digits.empty() && digits[0] == '-';
    const std::string body = negative ? digits.substr(1) : digits;
    std::string symbol;
    if (!symbols) symbol.clear();
    else if (currency == "USD") symbol = "$";
    else if (currency == "EUR") symbol = "€";
    else if (currency == "GBP") symbol = "£";
    else if (currency == "JPY") symbol = "¥";
    if (!symbol.empty()) return (negative ? "-" : "") + symbol + body;
    if (!currency.empty()) return currency + " " + digits;
    return digits;
  }
};

// ---------------------------------------------------------------------------------------------
// Cells.

using Format = std::function<std::string(double)>;

inline Cell make_cell(std::string text, Cell::Style style) {
  Cell c;
  c.text = std::move(text);
  c.style = style;
  return c;
}
inline Cell text_cell(std::string text) { return make_cell(std::move(text), Cell::Style::text); }
inline Cell number_cell(std::string text) { return make_cell(std::move(text), Cell::Style::number); }
inline Cell missing_cell() { return make_cell("—", Cell::Style::missing); }
inline Cell reason_cell(std::string text) { return make_cell(std::move(text), Cell::Style::reason); }

// A figure: its formatted value, its `<key>_reason` when null, "—" when the report lacks it.
inline Cell figure(const element& obj, std::string_view key, const Format& f) {
  const auto v = child(obj, key);
  if (!v) return missing_cell();
  if (const auto d = as_number(*v)) return number_cell(f(*d));
  if (v->is_null()) {
    const auto reason = string_at(obj, std::string(key) + "_reason");
    return reason_cell(reason && !reason->empty() ? *reason : "not available");
  }
  return missing_cell();
}

// A figure with its interval (`ci_key`), when there is one; `ends` formats the interval's ends.
inline Cell figure_ci(const element& obj, std::string_view key, std::string_view ci_key, const Format& f,
               const Format& ends = nullptr) {
  Cell c = figure(obj, key, f);
  if (c.style != Cell::Style::number) return c;
  if (const auto ci = interval_at(obj, ci_key)) c.text += " " + range(*ci, ends ? ends : f);
  return c;
}

// A proportion with its interval, drawn as a bar in HTML: "37.8% [33.8–41.9]".
inline Cell rate_cell(const element& obj, std::string_view key, std::string_view ci_key) {
  Cell c = figure(obj, key, percent);
  if (c.style != Cell::Style::number) return c;
  const double v = *number_at(obj, key);
  if (v >= 0 && v <= 1) c.bar = v;
  if (const auto ci = interval_at(obj, ci_key)) {
    c.text += " " + range(*ci, percent_number);
    if (ci->low && ci->high && *ci->low >= 0 && *ci->high <= 1 && *ci->low <= *ci->high) {
      c.bar_low = *ci->low;
      c.bar_high = *ci->high;
    }
  }
  return c;
}

inline Cell count_cell(const element& obj, std::string_view key) { return figure(obj, key, integer); }

inline std::string count_text(const element& obj, std::string_view key) {
  const auto v = number_at(obj, key);
  return v ? integer(*v) : "—";
}

inline std::string name_of(const element& obj, std::string_view key) {
  if (auto s = string_at(obj, key)) return *s;
  if (auto d = number_at(obj, key)) return fixed(*d, 0);
  return "—";
}

// A name (segment, period, file): "—" in the missing style when the report lacks it.
inline Cell name_cell(const element& obj, std::string_view key) {
  if (auto s = string_at(obj, key)) return text_cell(*s);
  if (auto d = number_at(obj, key)) return text_cell(fixed(*d, 0));
  return missing_cell();
}

// A median with the summary object beside it (n, quartiles, interval of the median).
struct MedianFact {
  Cell value;
  std::string basis;
};

inline MedianFact median_fact(const element& obj, std::string_view key, std::string_view summary_key, std::string_view n_key,
                       const Format& f, const std::string& unit, const Format& ends) {
  MedianFact out{figure(obj, key, f), ""};
  const auto summary = child(obj, summary_key);
  if (out.value.style == Cell::Style::number) {
    out.value.text += unit;
    if (summary) {
      if (const auto ci = interval_at(*summary, "median_ci")) out.value.text += " " + range(*ci, ends);
    }
  }
  std::optional<double> n = summary ? number_at(*summary, "n") : std::nullopt;
  if (!n) n = number_at(obj, n_key);
  if (n) out.basis = "n = " + integer(*n);
  if (summary && out.value.style == Cell::Style::number) {
    const auto q1 = number_at(*summary, "q1");
    const auto q3 = number_at(*summary, "q3");
    if (q1 && q3) out.basis += (out.basis.empty() ? "" : " · ") + std::string("quartiles ") + ends(*q1) + "–" + ends(*q3);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Blocks.

inline Block paragraph(std::string text, bool muted = false) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.text = std::move(text);
  b.muted = muted;
  return b;
}

inline Block heading(std::string text) {
  Block b;
  b.kind = Block::Kind::heading;
  b.text = std::move(text);
  return b;
}

inline Block list(std::vector<std::string> items) {
  Block b;
  b.kind = Block::Kind::list;
  b.items = std::move(items);
  return b;
}

inline Block table_block(Table t) {
  Block b;
  b.kind = Block::Kind::table;
  b.table = std::move(t);
  return b;
}

// A figure / value / basis table.
class Facts {
 public:
  explicit Facts(std::string caption, std::string first = "Figure") {
    t_.caption = std::move(caption);
    t_.columns = {{std::move(first), false}, {"Value", true}, {"Based on", false}};
  }
  void add(std::string label, Cell value, std::string basis = "") {
    t_.rows.push_back({text_cell(std::move(label)), std::move(value), text_cell(std::move(basis))});
  }
  bool empty() const { return t_.rows.empty(); }
  Block block() const { return table_block(t_); }

 private:
  Table t_;
};

inline std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// "Bucketed by created_date: created, pipeline_created; by close_date: won, …".
inline std::string bucketed_by_sentence(const element& obj) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_date;
  for (const auto& [figure_name, value] : members_at(obj, "bucketed_by")) {
    std::string_view date;
    if (value.get_string().get(date)) continue;
    bool found = false;
    for (auto& [d, figures] : by_date) {
      if (d == date) {
        figures.push_back(figure_name);
        found = true;
      }
    }
    if (!found) by_date.push_back({std::string(date), {figure_name}});
  }
  if (by_date.empty()) return "";
  std::vector<std::string> parts;
  for (const auto& [d, figures] : by_date) parts.push_back(join(figures, ", ") + " by " + d);
  return "Bucketed: " + join(parts, "; ") + ".";
}

// The sentence for a section or sub-section that the report gives as null.
inline std::string reason_sentence(const element& parent, std::string_view key, std::string_view what) {
  const auto reason = string_at(parent, std::string(key) + "_reason");
  return std::string(what) + " not computed: " + (reason && !reason->empty() ? *reason : "no reason given") + ".";
}

struct Context {
  element root;
  std::string currency;  // sales.overall.currency
  bool symbols = true;
  // The section's own currency when it states one, else the report's.
  Money money_for(const element& section) const {
    if (auto c = string_at(section, "currency"); c && !c->empty()) return Money{*c, symbols};
    return Money{currency, symbols};
  }
};

}  // namespace icp::report::doc::parts
