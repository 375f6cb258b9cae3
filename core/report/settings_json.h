// The analysis settings written back as a settings file (metrics/settings_file.h), so the page can
// save them and the CLI take them again with --settings.
#pragma once

#include <string>

#include "metrics/analysis_settings.h"

namespace icp::report {

std::string write_settings_json(const metrics::AnalysisSettings& settings);

}  // namespace icp::report
