// The report as Markdown (GitHub-flavoured tables), rendered from the report JSON text: what the
// JSON says, whatever sections it has (report_document.h). Text from the files (names of files,
// accounts, segments, stages) is escaped so it can neither break a table nor become markup.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace icp::report {

Result<std::string> render_markdown(std::string_view report_json);

// Markdown text of one line, every character that could be markup backslash-escaped (exposed for
// the tests).
std::string markdown_escape(std::string_view text);

}  // namespace icp::report
