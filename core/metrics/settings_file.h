// The analysis settings as a small JSON file (the page keeps it, the CLI takes it with --settings,
// flags override it):
//   {"period": "quarter", "fiscal_year_start_month": 2, "gross_margin": 0.75, "as_of": "2026-09"}
// Every key is optional. A bad file is an error naming the bad key, like the mapping file.
#pragma once

#include <string>
#include <string_view>

#include "metrics/analysis_settings.h"
#include "util/status.h"

namespace icp::metrics {

Result<AnalysisSettings> parse_settings_file(std::string_view json, std::string_view source,
                                             AnalysisSettings base = {});

// One setting by name and text value ("period" "month"), as the CLI's flags give them; errors name
// the setting.
Status apply_setting(AnalysisSettings& settings, std::string_view name, std::string_view value);

}  // namespace icp::metrics
