#include "metrics/settings_file.h"

#include <charconv>
#include <cstdlib>

#include "simdjson.h"
#include "values/period_value.h"

namespace icp::metrics {
namespace {

Status bad(std::string_view source, std::string_view key, const std::string& what) {
  return Status::error(ErrorCode::invalid_argument, std::string(source) + ": " + std::string(key) + ": " + what);
}

Status set_period(AnalysisSettings& s, std::string_view v, std::string_view source, std::string_view key) {
  if (v == "month") s.periods.granularity = Granularity::month;
  else if (v == "quarter") s.periods.granularity = Granularity::quarter;
  else if (v == "year") s.periods.granularity = Granularity::year;
  else return bad(source, key, "expected month, quarter or year, not \"" + std::string(v) + "\"");
  return Status::ok();
}

Status set_fiscal_start(AnalysisSettings& s, int64_t m, std::string_view source, std::string_view key) {
  if (m < 1 || m > 12) return bad(source, key, "expected a month number 1..12, not " + std::to_string(m));
  s.periods.fiscal_year_start_month = static_cast<int>(m);
  return Status::ok();
}

Status set_margin(AnalysisSettings& s, double g, std::string_view source, std::string_view key) {
  if (!(g > 0 && g <= 1)) return bad(source, key, "expected a fraction in (0, 1], such as 0.8");
  s.gross_margin = g;
  return Status::ok();
}

Status set_as_of(AnalysisSettings& s, std::string_view v, std::string_view source, std::string_view key) {
  const values::PeriodReading p = values::read_period(v);
  if (p.kind != values::PeriodKind::month && p.kind != values::PeriodKind::day) {
    return bad(source, key, "expected a month such as 2026-09, not \"" + std::string(v) + "\"");
  }
  s.as_of_month = month_of_day(p.start);
  return Status::ok();
}

}  // namespace

Result<AnalysisSettings> parse_settings_file(std::string_view json, std::string_view source, AnalysisSettings base) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const simdjson::padded_string padded(json);
  if (auto error = parser.parse(padded).get(doc); error) {
    return Status::error(ErrorCode::unreadable_input,
                         std::string(source) + ": not valid JSON (" + simdjson::error_message(error) + ")");
  }
  simdjson::dom::object root;
  if (doc.get_object().get(root)) return bad(source, "top level", "expected an object");
  AnalysisSettings s = base;
  for (auto field : root) {
    const std::string_view key = field.key;
    Status st;
    std::string_view text;
    if (key == "period") {
      if (field.value.get_string().get(text)) return bad(source, key, "expected month, quarter or year");
      st = set_period(s, text, source, key);
    } else if (key == "fiscal_year_start_month") {
      int64_t m = 0;
      if (field.value.get_int64().get(m)) return bad(source, key, "expected a month number 1..12");
      st = set_fiscal_start(s, m, source, key);
    } else if (key == "gross_margin") {
      double g = 0;
      if (field.value.get_double().get(g)) return bad(source, key, "expected a number such as 0.8");
      st = set_margin(s, g, source, key);
    } else if (key == "as_of") {
      if (field.value.is_null()) {
        s.as_of_month.reset();
        continue;
      }
      if (field.value.get_string().get(text)) return bad(source, key, "expected a month such as \"2026-09\"");
      st = set_as_of(s, text, source, key);
    } else if (key == "recent_quarters" || key == "baseline_quarters") {
      int64_t q = 0;
      if (field.value.get_int64().get(q) || q < 1 || q > 12) return bad(source, key, "expected a number of quarters 1..12");
      (key == "recent_quarters" ? s.recent_quarters : s.baseline_quarters) = static_cast<int>(q);
    } else if (key == "scorecard") {
      simdjson::dom::object answers;
      if (field.value.get_object().get(answers)) return bad(source, key, "expected an object of item id: true / false");
      s.scorecard_answers.clear();
      for (auto a : answers) {
        bool yes = false;
        if (a.value.get_bool().get(yes)) {
          return bad(source, std::string(key) + "." + std::string(a.key), "expected true or false");
        }
        s.scorecard_answers.emplace_back(std::string(a.key), yes);
      }
    } else if (key == "icp_drift_settings") {
      continue;
    } else {
      return bad(source, key,
                 "unknown setting (period, fiscal_year_start_month, gross_margin, as_of, recent_quarters, "
                 "baseline_quarters, scorecard)");
    }
    if (!st.is_ok()) return st;
  }
  return s;
}

Status apply_setting(AnalysisSettings& s, std::string_view name, std::string_view value) {
  const std::string_view source = "setting";  // messages read "setting: gross_margin: …"
  if (name == "period") return set_period(s, value, source, name);
  if (name == "fiscal_year_start_month") {
    int64_t m = 0;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), m);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size()) return bad(source, name, "expected a month number 1..12");
    return set_fiscal_start(s, m, source, name);
  }
  if (name == "gross_margin") {
    char* end = nullptr;
    const std::string text(value);
    const double g = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size()) return bad(source, name, "expected a number such as 0.8");
    return set_margin(s, g, source, name);
  }
  if (name == "as_of") return set_as_of(s, value, source, name);
  if (name == "recent_quarters" || name == "baseline_quarters") {
    int64_t q = 0;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), q);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size() || q < 1 || q > 12) {
      return bad(source, name, "expected a number of quarters 1..12");
    }
    (name == "recent_quarters" ? s.recent_quarters : s.baseline_quarters) = static_cast<int>(q);
    return Status::ok();
  }
  return bad(source, name, "unknown setting");
}

}  // namespace icp::metrics
