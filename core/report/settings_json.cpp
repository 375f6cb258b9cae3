#include "report/settings_json.h"

#include "report/json_writer.h"

namespace icp::report {

using namespace icp::metrics;

std::string write_settings_json(const AnalysisSettings& s) {
  JsonWriter w;
  w.begin_object();
  w.key("icp_drift_settings").value(1);
  w.key("period").value(granularity_name(s.periods.granularity));
  w.key("fiscal_year_start_month").value(s.periods.fiscal_year_start_month);
  w.key("gross_margin").value(s.gross_margin);
  w.key("as_of");
  if (s.as_of_month) w.value(month_label(*s.as_of_month)); else w.null();
  w.key("recent_quarters").value(s.recent_quarters);
  w.key("baseline_quarters").value(s.baseline_quarters);
  w.key("scorecard").begin_object();
  for (const auto& [id, yes] : s.scorecard_answers) w.key(id).value(yes);
  w.end_object();
  w.end_object();
  return w.finish();
}

}  // namespace icp::report
