// The ICP section of the report's document (report_document.h): the declared ICP and how it fits
// the customers, the ICP derived from the data (its rules, precision, recall and lift, and their
// out-of-time validation), how the two agree, the fit score and the what-if, as the report JSON's
// `icp` holds them.
#pragma once

#include "report/document_parts.h"

namespace icp::report::doc {

void build_icp(const parts::Context& ctx, const simdjson::dom::element& icp, Document& d);

// An ICP rule in words: "industry in Software, Financial Services", "employees 51–500".
std::string rule_text(const simdjson::dom::element& rule);

}  // namespace icp::report::doc
