// The drift section of the report's document (report_document.h): the verdict (score, severity,
// onset, recommendation, the score's components), the fit share by quarter, the onset's tests, the
// drift types, the mix shift, the indicators and the scorecard, as the report JSON's `drift` holds them.
#pragma once

#include "report/document_parts.h"

namespace icp::report::doc {

void build_drift(const parts::Context& ctx, const simdjson::dom::element& drift, Document& d);

// The onset as a sentence: "Since 2024-Q2 (p = 0.001).", or, when the fit share's change is
// significant but too small to score any point, that it is too small to count as drift.
std::string onset_sentence(const simdjson::dom::element& drift);

}  // namespace icp::report::doc
