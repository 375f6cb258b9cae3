#include "report/report_document.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

#include "simdjson.h"

namespace icp::report::doc {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// ---------------------------------------------------------------------------------------------
// Reading the JSON: every accessor tolerates a missing key or another type than expected.

std::optional<element> child(const element& parent, std::string_view key) {
  object o;
  if (parent.get_object().get(o)) return std::nullopt;
  element v;
  if (o.at_key(key).get(v)) return std::nullopt;
  return v;
}

std::optional<double> as_number(const element& e) {
  if (!e.is_number()) return std::nullopt;
  double d = 0;
  if (e.get_double().get(d) || !std::isfinite(d)) return std::nullopt;
  return d;
}

std::optional<double> number_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  return v ? as_number(*v) : std::nullopt;
}

std::optional<std::string> string_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  std::string_view s;
  if (!v || v->get_string().get(s)) return std::nullopt;
  return std::string(s);
}

std::optional<bool> bool_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  bool b = false;
  if (!v || v->get_bool().get(b)) return std::nullopt;
  return b;
}

bool is_object(const std::optional<element>& e) { return e && e->is_object(); }

bool null_at(const element& parent, std::string_view key) {
  const auto v = child(parent, key);
  return v && v->is_null();
}

std::vector<element> elements(const std::optional<element>& e) {
  std::vector<element> out;
  array a;
  if (!e || e->get_array().get(a)) return out;
  for (element x : a) out.push_back(x);
  return out;
}

std::vector<element> array_at(const element& parent, std::string_view key) { return elements(child(parent, key)); }

std::vector<std::pair<std::string, element>> members_at(const element& parent, std::string_view key) {
  std::vector<std::pair<std::string, element>> out;
  const auto v = child(parent, key);
  object o;
  if (!v || v->get_object().get(o)) return out;
  for (auto field : o) out.emplace_back(std::string(field.key), field.value);
  return out;
}

// The strings of an array (other values skipped).
std::vector<std::string> strings_at(const element& parent, std::string_view key) {
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

std::optional<Interval> interval_at(const element& parent, std::string_view key) {
  const std::vector<element> ends = array_at(parent, key);
  if (ends.size() != 2) return std::nullopt;
  Interval out{as_number(ends[0]), as_number(ends[1])};
  if (!out.low && !out.high) return std::nullopt;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers for people: the same text on every platform (integer arithmetic and %.*f only).

std::string group_digits(unsigned long long v) {
  std::string digits = std::to_string(v);
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string fixed(double v, int places) {
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
std::string integer(double v) {
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
std::string decimal2(double v) {
  std::string s = fixed(v, 2);
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  const size_t dot = s.find('.');
  const std::string whole = s.substr(0, dot);
  std::string grouped = group_digits(std::strtoull(whole.c_str(), nullptr, 10));
  return (negative ? "-" : "") + grouped + (dot == std::string::npos ? "" : s.substr(dot));
}

std::string percent_number(double ratio) { return fixed(ratio * 100, 1); }
std::string percent(double ratio) { return percent_number(ratio) + "%"; }

std::string range(const Interval& ci, const std::function<std::string(double)>& f) {
  return "[" + (ci.low ? f(*ci.low) : std::string("…")) + "–" + (ci.high ? f(*ci.high) : std::string("…")) + "]";
}

std::string p_value(double p) {
  if (p < 0.001) return "<0.001";
  return fixed(p, 3);
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
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

Cell make_cell(std::string text, Cell::Style style) {
  Cell c;
  c.text = std::move(text);
  c.style = style;
  return c;
}
Cell text_cell(std::string text) { return make_cell(std::move(text), Cell::Style::text); }
Cell number_cell(std::string text) { return make_cell(std::move(text), Cell::Style::number); }
Cell missing_cell() { return make_cell("—", Cell::Style::missing); }
Cell reason_cell(std::string text) { return make_cell(std::move(text), Cell::Style::reason); }

// A figure: its formatted value, its `<key>_reason` when null, "—" when the report lacks it.
Cell figure(const element& obj, std::string_view key, const Format& f) {
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
Cell figure_ci(const element& obj, std::string_view key, std::string_view ci_key, const Format& f,
               const Format& ends = nullptr) {
  Cell c = figure(obj, key, f);
  if (c.style != Cell::Style::number) return c;
  if (const auto ci = interval_at(obj, ci_key)) c.text += " " + range(*ci, ends ? ends : f);
  return c;
}

// A proportion with its interval, drawn as a bar in HTML: "37.8% [33.8–41.9]".
Cell rate_cell(const element& obj, std::string_view key, std::string_view ci_key) {
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

Cell count_cell(const element& obj, std::string_view key) { return figure(obj, key, integer); }

std::string count_text(const element& obj, std::string_view key) {
  const auto v = number_at(obj, key);
  return v ? integer(*v) : "—";
}

std::string name_of(const element& obj, std::string_view key) {
  if (auto s = string_at(obj, key)) return *s;
  if (auto d = number_at(obj, key)) return fixed(*d, 0);
  return "—";
}

// A name (segment, period, file): "—" in the missing style when the report lacks it.
Cell name_cell(const element& obj, std::string_view key) {
  if (auto s = string_at(obj, key)) return text_cell(*s);
  if (auto d = number_at(obj, key)) return text_cell(fixed(*d, 0));
  return missing_cell();
}

// A median with the summary object beside it (n, quartiles, interval of the median).
struct MedianFact {
  Cell value;
  std::string basis;
};

MedianFact median_fact(const element& obj, std::string_view key, std::string_view summary_key, std::string_view n_key,
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

Block paragraph(std::string text, bool muted = false) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.text = std::move(text);
  b.muted = muted;
  return b;
}

Block heading(std::string text) {
  Block b;
  b.kind = Block::Kind::heading;
  b.text = std::move(text);
  return b;
}

Block list(std::vector<std::string> items) {
  Block b;
  b.kind = Block::Kind::list;
  b.items = std::move(items);
  return b;
}

Block table_block(Table t) {
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

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// "Bucketed by created_date: created, pipeline_created; by close_date: won, …".
std::string bucketed_by_sentence(const element& obj) {
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
std::string reason_sentence(const element& parent, std::string_view key, std::string_view what) {
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

// ---------------------------------------------------------------------------------------------
// Title.

void build_title(const Context& ctx, Document& d) {
  d.title = "ICP drift report";
  std::vector<std::string> files;
  for (const element& in : array_at(ctx.root, "inputs")) {
    std::string f = name_of(in, "file");
    std::vector<std::string> about;
    if (auto role = string_at(in, "role")) about.push_back(*role);
    if (auto rows = number_at(in, "rows_read")) about.push_back(integer(*rows) + " rows");
    if (!about.empty()) f += " (" + join(about, ", ") + ")";
    files.push_back(f);
  }
  d.lead.push_back(files.empty() ? "No file was read." : "Files read: " + join(files, "; ") + ".");
  const auto settings = child(ctx.root, "settings");
  if (is_object(settings)) {
    if (auto day = string_at(*settings, "as_of_day")) {
      d.as_of = *day;
      d.lead.push_back("Data as of " + *day + " (the latest date any file holds).");
    } else if (null_at(*settings, "as_of_day")) {
      d.lead.push_back("Data as of: unknown (no file holds a date).");
    }
    std::vector<std::string> parts;
    if (auto p = string_at(*settings, "period")) parts.push_back("periods by " + *p);
    if (auto m = number_at(*settings, "fiscal_year_start_month"); m && *m >= 1 && *m <= 12) {
      parts.push_back(std::string("fiscal year starting in ") + kMonths[static_cast<int>(*m) - 1]);
    }
    if (auto g = number_at(*settings, "gross_margin")) parts.push_back("gross margin " + percent(*g));
    if (auto a = string_at(*settings, "as_of_month")) parts.push_back("revenue as of " + *a);
    if (!parts.empty()) d.lead.push_back("Settings: " + join(parts, ", ") + ".");
  }
  std::vector<std::string> gen;
  if (const auto g = child(ctx.root, "generator")) {
    std::string name = string_at(*g, "name").value_or("");
    if (auto v = string_at(*g, "version")) name += (name.empty() ? "" : " ") + *v;
    if (!name.empty()) gen.push_back("Generated by " + name);
  }
  if (auto v = string_at(ctx.root, "schema_version")) gen.push_back("report schema " + *v);
  if (!gen.empty()) d.lead.push_back(join(gen, ", ") + ".");
}

// ---------------------------------------------------------------------------------------------
// Sales.

void build_sales_overall(const Context& ctx, const element& sales, Document& d) {
  Section s{"sales-overall", "Sales overall", {}};
  const auto overall = child(sales, "overall");
  if (!is_object(overall)) {
    s.blocks.push_back(paragraph(reason_sentence(sales, "overall", "Overall sales figures"), true));
    d.sections.push_back(std::move(s));
    return;
  }
  const element& o = *overall;
  const Money money = ctx.money_for(o);
  Facts f("Headline figures");
  std::vector<std::string> split;
  for (const char* k : {"won", "lost", "open"}) {
    if (auto v = number_at(o, k)) split.push_back(std::string(k) + " " + integer(*v));
  }
  f.add("Deals", count_cell(o, "deals"), join(split, " · "));
  if (child(o, "closed")) f.add("Closed deals (won + lost)", count_cell(o, "closed"));
  {
    std::string basis;
    if (auto n = number_at(o, "closed")) basis = "n = " + integer(*n) + " closed";
    f.add("Win rate (won ÷ closed)", rate_cell(o, "win_rate", "win_rate_ci"), basis);
  }
  if (child(o, "win_rate_inclusive")) {
    std::string basis;
    if (auto n = number_at(o, "deals")) basis = "n = " + integer(*n) + " deals";
    f.add("Win rate including open deals (won ÷ all)", figure(o, "win_rate_inclusive", percent), basis);
  }
  const std::string days = " days";
  auto m = median_fact(o, "median_cycle_days_won", "cycle_days_won", "n_won_with_cycle", integer, days, integer);
  f.add("Median sales cycle, won", m.value, m.basis);
  if (child(o, "median_cycle_days_lost")) {
    m = median_fact(o, "median_cycle_days_lost", "cycle_days_lost", "n_lost_with_cycle", integer, days, integer);
    f.add("Median sales cycle, lost", m.value, m.basis);
  }
  m = median_fact(o, "acv_median", "acv_won", "n_won_with_amount", money, "", Money::plain);
  f.add("Median ACV (won deals)", m.value, m.basis);
  const std::string won_basis = number_at(o, "n_won_with_amount") ? "n = " + count_text(o, "n_won_with_amount") : "";
  if (child(o, "acv_mean")) f.add("Mean ACV (won deals)", figure(o, "acv_mean", money), won_basis);
  if (child(o, "bookings")) f.add("Bookings (won amount)", figure(o, "bookings", money), won_basis);
  if (child(o, "new_logos")) f.add("New logos", count_cell(o, "new_logos"));
  if (child(o, "pipeline_created")) {
    const std::string basis = number_at(o, "n_with_amount") ? "n = " + count_text(o, "n_with_amount") + " with an amount" : "";
    f.add("Pipeline created", figure(o, "pipeline_created", money), basis);
  }
  if (const auto c = child(o, "currency")) {
    std::string_view text;
    if (!c->get_string().get(text)) f.add("Currency", text_cell(std::string(text)));
    else if (c->is_null()) f.add("Currency", reason_cell(string_at(o, "currency_reason").value_or("not stated")));
  }
  s.blocks.push_back(f.block());
  d.sections.push_back(std::move(s));
}

void build_sales_by_period(const Context& ctx, const element& sales, Document& d) {
  const auto periods = child(sales, "by_period");
  if (!periods) return;
  Section s{"sales-by-period", "Sales by period", {}};
  const Money money = ctx.money_for(sales);
  const std::string grain = string_at(sales, "period").value_or("period");
  Table t;
  t.caption = "Sales by " + grain;
  t.columns = {{"Period", false},     {"Created", true},    {"Pipeline created", true}, {"Won", true},
               {"Lost", true},        {"Win rate [95% CI]", true}, {"Bookings", true}, {"New logos", true},
               {"Median ACV", true},  {"Median cycle, won (days)", true}, {"Median cycle, lost (days)", true}};
  for (const element& p : elements(periods)) {
    t.rows.push_back({name_cell(p, "period"), count_cell(p, "created"), figure(p, "pipeline_created", money),
                      count_cell(p, "won"), count_cell(p, "lost"), rate_cell(p, "win_rate", "win_rate_ci"),
                      figure(p, "bookings", money), count_cell(p, "new_logos"), figure(p, "acv_median", money),
                      figure(p, "median_cycle_days_won", integer), figure(p, "median_cycle_days_lost", integer)});
  }
  if (t.rows.empty()) {
    s.blocks.push_back(paragraph("No deal falls in any period.", true));
  } else {
    s.blocks.push_back(table_block(std::move(t)));
  }
  if (const std::string b = bucketed_by_sentence(sales); !b.empty()) s.blocks.push_back(paragraph(b));
  std::vector<std::string> outside;
  for (const auto& [key, value] : members_at(sales, "not_in_any_period")) {
    if (const auto n = as_number(value)) {
      std::string label = key;
      for (char& c : label) c = c == '_' ? ' ' : c;
      outside.push_back(label + ": " + integer(*n));
    }
  }
  if (!outside.empty()) s.blocks.push_back(paragraph("Deals in no period — " + join(outside, "; ") + "."));
  d.sections.push_back(std::move(s));
}

std::optional<element> dimension_info(const element& sales, const std::string& name) {
  for (const element& dim : array_at(sales, "dimensions")) {
    if (string_at(dim, "name") == name) return dim;
  }
  return std::nullopt;
}

void build_sales_by_segment(const Context& ctx, const element& sales, Document& d) {
  const auto dims = members_at(sales, "by_dimension");
  if (!child(sales, "by_dimension")) return;
  Section s{"sales-by-segment", "Sales by segment", {}};
  const Money money = ctx.money_for(sales);
  if (auto test = string_at(sales, "win_rate_test")) {
    s.blocks.push_back(paragraph("Win rate test: " + *test + ". A q-value in bold (q < 0.05): the segment's win rate "
                                 "differs from the rest."));
  }
  for (const auto& [name, rows] : dims) {
    Table t;
    t.caption = "Sales by " + name;
    t.columns = {{"Segment", false},          {"Deals", true},      {"Closed", true},
                 {"Win rate [95% CI]", true}, {"q-value", true},    {"Median ACV", true},
                 {"Median cycle, won (days)", true}, {"New logos", true}};
    for (const element& seg : elements(rows)) {
      Cell q = figure(seg, "win_rate_q_value", p_value);
      q.strong = bool_at(seg, "win_rate_differs").value_or(false);
      t.rows.push_back({name_cell(seg, "segment"), count_cell(seg, "deals"), count_cell(seg, "closed"),
                        rate_cell(seg, "win_rate", "win_rate_ci"), q, figure(seg, "acv_median", money),
                        figure(seg, "median_cycle_days_won", integer), count_cell(seg, "new_logos")});
    }
    if (t.rows.empty()) {
      s.blocks.push_back(paragraph("Sales by " + name + ": no segment.", true));
      continue;
    }
    s.blocks.push_back(table_block(std::move(t)));
    if (const auto info = dimension_info(sales, name)) {
      std::vector<std::string> notes;
      const std::vector<std::string> folded = strings_at(*info, "folded");
      if (!folded.empty()) notes.push_back("folded into Other: " + join(folded, ", "));
      if (auto missing = number_at(*info, "deals_missing"); missing && *missing > 0) {
        notes.push_back(integer(*missing) + " deals without a value");
      }
      if (auto account = bool_at(*info, "account_attribute")) {
        notes.push_back(*account ? "an attribute of the account" : "an attribute of the deal");
      }
      if (!notes.empty()) {
        std::string n = join(notes, "; ");
        n[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(n[0])));
        s.blocks.push_back(paragraph(name + ": " + n + "."));
      }
    }
  }
  if (dims.empty()) s.blocks.push_back(paragraph("No segment dimension in the data.", true));
  d.sections.push_back(std::move(s));
}

void build_sales_combinations(const Context& ctx, const element& sales, Document& d) {
  if (!child(sales, "by_combination")) return;
  Section s{"sales-combinations", "Segment combinations", {}};
  const Money money = ctx.money_for(sales);
  const auto min_closed = number_at(sales, "min_closed_per_combination");
  const std::string at_least = min_closed ? "at least " + integer(*min_closed) + " closed deals" : "";
  const std::string threshold = min_closed ? " (cells with " + at_least + ")" : "";
  for (const element& combo : array_at(sales, "by_combination")) {
    const std::vector<std::string> names = strings_at(combo, "dimensions");
    if (names.empty()) continue;
    Table t;
    t.caption = "Sales by " + join(names, " × ") + threshold;
    for (const auto& n : names) t.columns.push_back({n, false});
    for (const char* c : {"Deals", "Closed", "Win rate [95% CI]", "Median ACV", "Median cycle, won (days)", "New logos"}) {
      t.columns.push_back({c, true});
    }
    for (const element& cell : array_at(combo, "segments")) {
      std::vector<Cell> row;
      const std::vector<element> levels = array_at(cell, "segment");
      for (size_t i = 0; i < names.size(); ++i) {
        std::string_view level;
        row.push_back(i < levels.size() && !levels[i].get_string().get(level) ? text_cell(std::string(level)) : missing_cell());
      }
      row.push_back(count_cell(cell, "deals"));
      row.push_back(count_cell(cell, "closed"));
      row.push_back(rate_cell(cell, "win_rate", "win_rate_ci"));
      row.push_back(figure(cell, "acv_median", money));
      row.push_back(figure(cell, "median_cycle_days_won", integer));
      row.push_back(count_cell(cell, "new_logos"));
      t.rows.push_back(std::move(row));
    }
    if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
  }
  if (s.blocks.empty()) {
    s.blocks.push_back(paragraph(min_closed ? "No pair of dimensions has a cell with " + at_least + "."
                                            : "No combination of dimensions in the report.",
                                 true));
  }
  d.sections.push_back(std::move(s));
}

// ---------------------------------------------------------------------------------------------
// Efficiency.

void build_efficiency(const Context& ctx, const element& e, Document& d) {
  Section s{"efficiency", "Efficiency", {}};
  const Money money = ctx.money_for(e);
  const Format months = [](double v) { return fixed(v, 1); };
  Facts f("Headline figures");
  if (child(e, "spend_total")) f.add("Sales & marketing spend", figure(e, "spend_total", money));
  if (child(e, "new_logos_total")) f.add("New logos", count_cell(e, "new_logos_total"));
  f.add("CAC (spend ÷ new logos)", figure(e, "cac_overall", money));
  if (child(e, "new_mrr_per_logo")) {
    f.add("New MRR per logo", figure(e, "new_mrr_per_logo", money), string_at(e, "new_mrr_basis").value_or(""));
  }
  if (child(e, "cac_payback_months")) f.add("CAC payback (months)", figure(e, "cac_payback_months", months));
  if (child(e, "gross_margin")) f.add("Gross margin", figure(e, "gross_margin", percent));
  s.blocks.push_back(f.block());

  Table t;
  t.caption = "Efficiency by " + string_at(e, "period").value_or("period");
  t.columns = {{"Period", false}, {"Spend", true}, {"New logos", true}, {"CAC", true}, {"New MRR per logo", true},
               {"CAC payback (months)", true}};
  for (const element& p : array_at(e, "by_period")) {
    t.rows.push_back({name_cell(p, "period"), figure(p, "spend", money), count_cell(p, "new_logos"),
                      figure(p, "cac", money), figure(p, "new_mrr_per_logo", money),
                      figure(p, "cac_payback_months", months)});
  }
  if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));

  if (const auto channels = child(e, "by_channel")) {
    if (channels->is_null()) {
      s.blocks.push_back(paragraph(reason_sentence(e, "by_channel", "CAC by channel"), true));
    } else {
      Table c;
      c.caption = "CAC by channel";
      c.columns = {{"Channel", false}, {"Spend", true}, {"New logos", true}, {"CAC", true}};
      for (const element& ch : elements(channels)) {
        c.rows.push_back({name_cell(ch, "channel"), figure(ch, "spend", money), count_cell(ch, "new_logos"),
                          figure(ch, "cac", money)});
      }
      if (!c.rows.empty()) s.blocks.push_back(table_block(std::move(c)));
    }
  }
  const std::vector<std::string> unmatched = strings_at(e, "unmatched_spend_channels");
  if (!unmatched.empty()) s.blocks.push_back(paragraph("Spend channels no deal's lead source matches: " + join(unmatched, ", ") + "."));
  const std::vector<std::string> unspent = strings_at(e, "lead_sources_without_spend");
  if (!unspent.empty()) s.blocks.push_back(paragraph("Lead sources without spend: " + join(unspent, ", ") + "."));

  Table mn;
  mn.caption = "Magic number by quarter";
  if (auto basis = string_at(e, "magic_number_basis")) mn.caption += " (from " + *basis + ")";
  mn.columns = {{"Quarter", false}, {"Net new ARR", true}, {"Prior quarter spend", true}, {"Magic number", true}};
  const Format ratio = [](double v) { return fixed(v, 2); };
  for (const element& q : array_at(e, "magic_number")) {
    mn.rows.push_back({name_cell(q, "quarter"), figure(q, "net_new_arr", money),
                       figure(q, "prior_quarter_spend", money), figure(q, "magic_number", ratio)});
  }
  if (!mn.rows.empty()) s.blocks.push_back(table_block(std::move(mn)));
  if (const std::string b = bucketed_by_sentence(e); !b.empty()) s.blocks.push_back(paragraph(b));
  const std::vector<std::string> notes = strings_at(e, "notes");
  if (!notes.empty()) s.blocks.push_back(list(notes));
  d.sections.push_back(std::move(s));
}

// ---------------------------------------------------------------------------------------------
// Revenue.

// Retention months shown in the cohort table: all of them up to 12, else a selection.
std::vector<size_t> retention_months(size_t longest) {
  std::vector<size_t> out;
  if (longest <= 13) {
    for (size_t k = 0; k < longest; ++k) out.push_back(k);
    return out;
  }
  for (size_t k : {0, 1, 2, 3, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 84, 96, 108, 120}) {
    if (k < longest) out.push_back(k);
  }
  return out;
}

void build_revenue(const Context& ctx, const element& r, Document& d) {
  Section s{"revenue", "Revenue and retention", {}};
  const Money money = ctx.money_for(r);
  Facts f("Headline figures");
  if (const auto as_of = child(r, "as_of")) {
    std::string_view text;
    if (!as_of->get_string().get(text)) f.add("As of", text_cell(std::string(text)), string_at(r, "basis").value_or(""));
    else if (as_of->is_null()) f.add("As of", reason_cell(string_at(r, "as_of_reason").value_or("not available")));
  }
  if (child(r, "months")) f.add("Months of data", count_cell(r, "months"));
  if (child(r, "customers")) f.add("Customers", count_cell(r, "customers"));
  if (child(r, "paying_customers")) f.add("Paying customers", count_cell(r, "paying_customers"));
  f.add("MRR", figure(r, "mrr", money));
  if (child(r, "arr")) f.add("ARR", figure(r, "arr", money));
  const std::string nrr_n = number_at(r, "nrr_n") ? "n = " + count_text(r, "nrr_n") + " customers" : "";
  f.add("Net revenue retention, trailing 12 months", figure(r, "nrr_trailing_12m", percent), nrr_n);
  f.add("Gross revenue retention, trailing 12 months", figure(r, "grr_trailing_12m", percent), nrr_n);
  const std::string churn_n = number_at(r, "logo_churn_n") ? "n = " + count_text(r, "logo_churn_n") + " customer-months" : "";
  if (child(r, "logo_churn_monthly")) {
    f.add("Logo churn, monthly", figure_ci(r, "logo_churn_monthly", "logo_churn_monthly_ci", percent, percent_number), churn_n);
  }
  f.add("Logo churn, annualized", figure_ci(r, "logo_churn_annualized", "logo_churn_annualized_ci", percent, percent_number), churn_n);
  if (child(r, "revenue_churn_monthly_6m")) f.add("Revenue churn, monthly (last 6 months)", figure(r, "revenue_churn_monthly_6m", percent));
  if (child(r, "arpa")) f.add("ARPA (MRR per paying customer)", figure(r, "arpa", money));
  if (child(r, "ltv")) {
    const std::string basis = number_at(r, "gross_margin") ? "gross margin " + percent(*number_at(r, "gross_margin")) : "";
    f.add("LTV", figure(r, "ltv", money), basis);
  }
  s.blocks.push_back(f.block());
  std::vector<std::string> rows;
  for (const char* k : {"rows_without_customer", "rows_without_start", "rows_negative_mrr", "rows_without_mrr"}) {
    if (auto n = number_at(r, k); n && *n > 0) {
      std::string label = std::string(k).substr(5);
      for (char& c : label) c = c == '_' ? ' ' : c;
      rows.push_back(integer(*n) + " " + label);
    }
  }
  if (!rows.empty()) s.blocks.push_back(paragraph("Revenue rows not counted: " + join(rows, "; ") + "."));

  Table mv;
  mv.caption = "MRR movements by month";
  mv.columns = {{"Month", false},         {"Start MRR", true},       {"New", true},        {"Expansion", true},
                {"Contraction", true},    {"Churn", true},           {"Reactivation", true}, {"End MRR", true},
                {"Customers at start", true}, {"Customers at end", true}, {"New customers", true},
                {"Churned customers", true}, {"Logo churn", true}};
  bool opening = false;
  // The first month of the data (and the cohort holding it): what was paying already counts as new.
  const auto label = [&](const element& row, std::string_view key) {
    Cell c = name_cell(row, key);
    if (bool_at(row, "opening").value_or(false)) {
      c.text += " (opening)";
      opening = true;
    }
    return c;
  };
  for (const element& m : array_at(r, "movements")) {
    mv.rows.push_back({label(m, "month"), figure(m, "start_mrr", money), figure(m, "new", money),
                       figure(m, "expansion", money), figure(m, "contraction", money), figure(m, "churn", money),
                       figure(m, "reactivation", money), figure(m, "end_mrr", money), count_cell(m, "customers_start"),
                       count_cell(m, "customers_end"), count_cell(m, "new_customers"),
                       count_cell(m, "churned_customers"), figure(m, "logo_churn", percent)});
  }
  if (!mv.rows.empty()) s.blocks.push_back(table_block(std::move(mv)));
  if (opening) {
    s.blocks.push_back(paragraph("(opening): the first month of the data, whose new MRR is what was paying already."));
    opening = false;
  }

  for (const auto& [name, rows_of] : members_at(r, "by_dimension")) {
    Table t;
    t.caption = "Retention by " + name;
    t.columns = {{"Segment", false},        {"Customers", true}, {"MRR", true}, {"NRR, 12 months", true},
                 {"GRR, 12 months", true},  {"NRR n", true},     {"Logo churn, annualized", true}, {"LTV", true}};
    for (const element& seg : elements(rows_of)) {
      t.rows.push_back({name_cell(seg, "segment"), count_cell(seg, "customers"), figure(seg, "mrr", money),
                        figure(seg, "nrr_trailing_12m", percent), figure(seg, "grr_trailing_12m", percent),
                        count_cell(seg, "nrr_n"), figure(seg, "logo_churn_annualized", percent),
                        figure(seg, "ltv", money)});
    }
    if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
  }

  const std::vector<element> cohorts = array_at(r, "by_cohort");
  size_t longest = 0;
  for (const element& c : cohorts) longest = std::max(longest, array_at(c, "revenue_retention").size());
  if (!cohorts.empty()) {
    const std::vector<size_t> ks = retention_months(longest);
    Table t;
    t.caption = "Revenue retention by cohort (MRR in month k since each customer's first paid month ÷ MRR in that month)";
    t.columns = {{"Cohort", false}, {"Customers", true}, {"Start MRR", true}, {"NRR, 12 months", true}};
    for (size_t k : ks) t.columns.push_back({"M" + std::to_string(k), true});
    for (const element& c : cohorts) {
      std::vector<Cell> row{label(c, "cohort"), count_cell(c, "customers"), figure(c, "start_mrr", money),
                            figure(c, "nrr_trailing_12m", percent)};
      const std::vector<element> retention = array_at(c, "revenue_retention");
      for (size_t k : ks) {
        const auto v = k < retention.size() ? as_number(retention[k]) : std::nullopt;
        row.push_back(v ? number_cell(percent(*v)) : make_cell("", Cell::Style::missing));
      }
      t.rows.push_back(std::move(row));
    }
    s.blocks.push_back(table_block(std::move(t)));
    if (opening) {
      s.blocks.push_back(paragraph("(opening): the cohort holding the first month of the data, and every customer "
                                   "already paying then."));
    }
  }
  d.sections.push_back(std::move(s));
}

// ---------------------------------------------------------------------------------------------
// Customer success.

void segment_tables(Section& s, const element& obj, const std::string& what,
                    const std::vector<Column>& columns,
                    const std::function<std::vector<Cell>(const element&)>& row) {
  for (const auto& [name, rows] : members_at(obj, "by_dimension")) {
    Table t;
    t.caption = what + " by " + name;
    t.columns = columns;
    t.columns.insert(t.columns.begin(), Column{"Segment", false});
    for (const element& seg : elements(rows)) {
      std::vector<Cell> cells{name_cell(seg, "segment")};
      for (Cell& c : row(seg)) cells.push_back(std::move(c));
      t.rows.push_back(std::move(cells));
    }
    if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
  }
  if (child(obj, "by_cohort")) {
    Table t;
    t.caption = what + " by cohort";
    t.columns = columns;
    t.columns.insert(t.columns.begin(), Column{"Cohort", false});
    for (const element& c : array_at(obj, "by_cohort")) {
      std::vector<Cell> cells{name_cell(c, "cohort")};
      for (Cell& x : row(c)) cells.push_back(std::move(x));
      t.rows.push_back(std::move(cells));
    }
    if (!t.rows.empty()) s.blocks.push_back(table_block(std::move(t)));
  }
}

void build_customer_success(const element& cs, Document& d) {
  Section s{"customer-success", "Customer success", {}};
  const Format rate = [](double v) { return fixed(v, 2); };
  const Format one = [](double v) { return fixed(v, 1); };
  Facts f("Headline figures");
  if (const auto as_of = child(cs, "as_of")) {
    std::string_view text;
    if (!as_of->get_string().get(text)) f.add("As of", text_cell(std::string(text)));
    else if (as_of->is_null()) f.add("As of", reason_cell(string_at(cs, "as_of_reason").value_or("not available")));
  }
  if (child(cs, "customers")) f.add("Customers", count_cell(cs, "customers"));
  if (!f.empty()) s.blocks.push_back(f.block());

  if (const auto tickets = child(cs, "tickets")) {
    s.blocks.push_back(heading("Support tickets"));
    if (!tickets->is_object()) {
      s.blocks.push_back(paragraph(reason_sentence(cs, "tickets", "Ticket rates"), true));
    } else {
      const element& t = *tickets;
      Facts tf("Ticket figures");
      tf.add("Tickets", count_cell(t, "tickets"));
      const std::string months = number_at(t, "account_months") ? "n = " + count_text(t, "account_months") + " account-months" : "";
      tf.add("Tickets per account-month", figure(t, "per_account_month", rate), months);
      const std::string first = number_at(t, "customers_first_90d") ? "n = " + count_text(t, "customers_first_90d") + " customers" : "";
      tf.add("Tickets per account-month, first 90 days", figure(t, "per_account_month_first_90d", rate), first);
      for (const auto& [key, label] : std::vector<std::pair<const char*, const char*>>{
               {"without_customer", "Tickets matching no customer"},
               {"before_start", "Tickets before the customer's start"},
               {"without_date", "Tickets without a date"}}) {
        if (child(t, key)) tf.add(label, count_cell(t, key));
      }
      s.blocks.push_back(tf.block());
      segment_tables(s, t, "Tickets", {{"Customers", true}, {"Per account-month", true}, {"Per account-month, first 90 days", true}},
                     [&](const element& g) {
                       return std::vector<Cell>{count_cell(g, "customers"), figure(g, "per_account_month", rate),
                                                figure(g, "per_account_month_first_90d", rate)};
                     });
    }
  }
  if (const auto ttv = child(cs, "time_to_value")) {
    s.blocks.push_back(heading("Time to value"));
    if (!ttv->is_object()) {
      s.blocks.push_back(paragraph(reason_sentence(cs, "time_to_value", "Time to value"), true));
    } else {
      const element& t = *ttv;
      Facts tf("Time from the first won deal to go-live");
      tf.add("Customers", count_cell(t, "n"));
      tf.add("Went live", count_cell(t, "events"));
      tf.add("Not live yet (censored)", count_cell(t, "censored"));
      tf.add("Median days to go-live", figure_ci(t, "median_days", "median_days_ci", integer),
             number_at(t, "n") ? "n = " + count_text(t, "n") : "");
      if (child(t, "go_live_before_close")) tf.add("Go-live before the close date", count_cell(t, "go_live_before_close"));
      s.blocks.push_back(tf.block());
      if (auto method = string_at(t, "method")) s.blocks.push_back(paragraph("Method: " + *method + "."));
      segment_tables(s, t, "Time to value", {{"n", true}, {"Went live", true}, {"Median days", true}},
                     [&](const element& g) {
                       return std::vector<Cell>{count_cell(g, "n"), count_cell(g, "events"),
                                                figure_ci(g, "median_days", "median_days_ci", integer)};
                     });
    }
  }
  if (const auto health = child(cs, "health")) {
    s.blocks.push_back(heading("Health scores"));
    if (!health->is_object()) {
      s.blocks.push_back(paragraph(reason_sentence(cs, "health", "Health scores"), true));
    } else {
      const element& h = *health;
      Facts hf("Health score figures");
      hf.add("Customers with a score", count_cell(h, "n"));
      hf.add("Mean", figure(h, "mean", one));
      hf.add("Median", figure_ci(h, "median", "median_ci", one));
      s.blocks.push_back(hf.block());
      segment_tables(s, h, "Health", {{"n", true}, {"Mean", true}, {"Median [95% CI]", true}}, [&](const element& g) {
        return std::vector<Cell>{count_cell(g, "n"), figure(g, "mean", one), figure_ci(g, "median", "median_ci", one)};
      });
    }
  }
  d.sections.push_back(std::move(s));
}

// ---------------------------------------------------------------------------------------------
// Data quality.

std::string first_lines(const element& reason) {
  std::vector<std::string> lines;
  for (const element& l : array_at(reason, "first_lines")) {
    if (auto n = as_number(l)) lines.push_back(integer(*n));
  }
  std::string out = join(lines, ", ");
  const auto count = number_at(reason, "count");
  if (count && *count > static_cast<double>(lines.size()) && !lines.empty()) out += ", …";
  return out;
}

Table reasons_table(const element& in, std::string_view key, std::string caption) {
  Table t;
  t.caption = std::move(caption);
  t.columns = {{"Reason", false}, {"Rows", true}, {"First lines", false}};
  for (const element& r : array_at(in, key)) {
    t.rows.push_back({name_cell(r, "reason"), count_cell(r, "count"), text_cell(first_lines(r))});
  }
  return t;
}

void build_data_quality(const element& root, Document& d) {
  Section s{"data-quality", "Data quality", {}};
  const std::vector<element> inputs = array_at(root, "inputs");
  if (inputs.empty()) s.blocks.push_back(paragraph("No file was read.", true));
  for (const element& in : inputs) {
    const std::string file = name_of(in, "file");
    s.blocks.push_back(heading(file));
    Facts f("How " + file + " was read", "Read as");
    if (auto role = string_at(in, "role")) {
      std::string basis;
      if (auto c = number_at(in, "role_confidence")) basis = "confidence " + percent(*c);
      if (auto why = string_at(in, "role_reason")) basis += (basis.empty() ? "" : ": ") + *why;
      f.add("Role", text_cell(*role), basis);
    }
    std::vector<std::string> format;
    if (auto v = string_at(in, "format")) format.push_back(*v);
    if (auto v = string_at(in, "json_shape")) format.push_back(*v);
    if (auto v = string_at(in, "encoding")) format.push_back(*v);
    if (auto v = string_at(in, "delimiter")) format.push_back(*v + " delimiter");
    if (!format.empty()) f.add("Format", text_cell(join(format, ", ")));
    if (child(in, "bytes")) f.add("Bytes", count_cell(in, "bytes"));
    f.add("Rows read", count_cell(in, "rows_read"), "data rows, not the header nor blank lines");
    f.add("Rows used", count_cell(in, "rows_used"));
    f.add("Rows rejected", count_cell(in, "rows_rejected"));
    if (child(in, "blank_lines")) f.add("Blank lines skipped", count_cell(in, "blank_lines"));
    if (auto order = string_at(in, "date_order")) {
      f.add("Date order", text_cell(*order), string_at(in, "date_order_source").value_or(""));
    }
    if (auto c = string_at(in, "currency")) f.add("Currency", text_cell(*c));
    if (const auto problems = child(in, "csv_problems")) {
      if (auto n = number_at(*problems, "count"); n && *n > 0) {
        std::vector<std::string> where;
        for (const element& p : array_at(*problems, "first")) {
          where.push_back(name_of(p, "kind") + " at line " + count_text(p, "line") + ", column " + count_text(p, "column"));
        }
        f.add("CSV problems", number_cell(integer(*n)), join(where, "; "));
      }
    }
    s.blocks.push_back(f.block());
    Table rejected = reasons_table(in, "rejected_by_reason", "Rows of " + file + " rejected, by reason");
    if (!rejected.rows.empty()) s.blocks.push_back(table_block(std::move(rejected)));
    Table warnings = reasons_table(in, "warnings", "Warnings in " + file + " (values that could not be read or cannot be right; the rows are used)");
    if (!warnings.rows.empty()) s.blocks.push_back(table_block(std::move(warnings)));
    Table mapping;
    mapping.caption = "Columns of " + file + " used";
    mapping.columns = {{"Field", false}, {"Column", false}, {"Confidence", true}, {"Why", false}};
    for (const element& m : array_at(in, "mapping_details")) {
      mapping.rows.push_back({name_cell(m, "field"), name_cell(m, "column"),
                              figure(m, "confidence", percent), text_cell(string_at(m, "reason").value_or(""))});
    }
    if (mapping.rows.empty()) {
      for (const auto& [field, column] : members_at(in, "mapping")) {
        std::string_view c;
        mapping.rows.push_back({text_cell(field), column.get_string().get(c) ? missing_cell() : text_cell(std::string(c)),
                                missing_cell(), text_cell("")});
      }
    }
    if (!mapping.rows.empty()) s.blocks.push_back(table_block(std::move(mapping)));
    Table stages;
    stages.caption = "Stages of " + file + " and the outcome each was read as";
    stages.columns = {{"Column", false}, {"Stage", false}, {"Outcome", false}, {"Set by", false}, {"Rows", true}};
    for (const element& st : array_at(in, "stage_table")) {
      stages.rows.push_back({name_cell(st, "column"), name_cell(st, "value"),
                             name_cell(st, "outcome"), text_cell(string_at(st, "source").value_or("")),
                             count_cell(st, "rows")});
    }
    if (!stages.rows.empty()) s.blocks.push_back(table_block(std::move(stages)));
    const std::vector<std::string> notes = strings_at(in, "notes");
    if (!notes.empty()) s.blocks.push_back(list(notes));
  }

  s.blocks.push_back(heading("Joins to accounts"));
  const auto joins = child(root, "joins");
  if (joins && joins->is_null()) {
    s.blocks.push_back(paragraph(reason_sentence(root, "joins", "Joins"), true));
  } else if (joins) {
    Table t;
    t.caption = "Rows matched to an account";
    t.columns = {{"From", false},   {"To", false},        {"Rows", true}, {"Matched by id", true}, {"Matched by name", true},
                 {"Unmatched", true}, {"Match rate", true}, {"Unmatched examples", false}};
    for (const element& j : elements(joins)) {
      Cell rate = figure(j, "match_rate", percent);
      if (rate.style == Cell::Style::number) {
        const double v = *number_at(j, "match_rate");
        if (v >= 0 && v <= 1) rate.bar = v;
      }
      t.rows.push_back({name_cell(j, "from"), text_cell(string_at(j, "to").value_or("accounts")),
                        count_cell(j, "rows"), count_cell(j, "matched_by_id"), count_cell(j, "matched_by_name"),
                        count_cell(j, "unmatched"), rate, text_cell(join(strings_at(j, "unmatched_examples"), "; "))});
    }
    if (t.rows.empty()) s.blocks.push_back(paragraph("No deals, revenue or tickets file to join.", true));
    else s.blocks.push_back(table_block(std::move(t)));
  } else {
    s.blocks.push_back(paragraph("The report says nothing about joins.", true));
  }
  d.sections.push_back(std::move(s));
}

// A section of the report: built when it is an object, a sentence when null, nothing when absent.
void optional_section(const element& root, std::string_view key, std::string id, std::string title,
                      const std::function<void(const element&)>& build, Document& d) {
  const auto v = child(root, key);
  if (!v) return;
  if (v->is_object()) {
    build(*v);
    return;
  }
  Section s{std::move(id), title, {}};
  s.blocks.push_back(paragraph(reason_sentence(root, key, title), true));
  d.sections.push_back(std::move(s));
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? ' ' : c;
  }
  return out;
}

Result<Document> build_document(std::string_view report_json, const Options& options) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(report_json);
  element root;
  if (auto error = parser.parse(padded).get(root); error) {
    return Status::error(ErrorCode::unreadable_input, std::string("report: not valid JSON (") + simdjson::error_message(error) + ")");
  }
  if (!root.is_object()) return Status::error(ErrorCode::unusable_input, "report: expected a JSON object");
  Context ctx{root, "", options.currency_symbols};
  if (const auto sales = child(root, "sales")) {
    if (const auto overall = child(*sales, "overall")) ctx.currency = string_at(*overall, "currency").value_or("");
  }
  Document d;
  build_title(ctx, d);
  optional_section(
      root, "sales", "sales", "Sales",
      [&](const element& sales) {
        build_sales_overall(ctx, sales, d);
        build_sales_by_period(ctx, sales, d);
        build_sales_by_segment(ctx, sales, d);
        build_sales_combinations(ctx, sales, d);
      },
      d);
  optional_section(root, "efficiency", "efficiency", "Efficiency", [&](const element& e) { build_efficiency(ctx, e, d); }, d);
  optional_section(root, "revenue", "revenue", "Revenue and retention", [&](const element& r) { build_revenue(ctx, r, d); }, d);
  optional_section(root, "customer_success", "customer-success", "Customer success",
                   [&](const element& cs) { build_customer_success(cs, d); }, d);
  build_data_quality(root, d);
  return d;
}

}  // namespace icp::report::doc
