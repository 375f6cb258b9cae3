// The report as one self-contained HTML page, rendered from the report JSON text (what the JSON
// says, whatever sections it has: report_document.h). No external reference of any kind — no URL,
// no script, no web font, no image — and a Content-Security-Policy that forbids them anyway; an
// inline print-friendly stylesheet, so the browser's print gives a PDF. Every text from the files
// is HTML-escaped.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace icp::report {

Result<std::string> render_html(std::string_view report_json);

// Text as HTML character data or attribute value: & < > " ' escaped, control characters as spaces.
std::string html_escape(std::string_view text);

}  // namespace icp::report
