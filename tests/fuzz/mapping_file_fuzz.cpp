// libFuzzer target: the mapping file (core/mapping/mapping_file.h), alone and then applied to a
// small deals export through a Session, as `icp-drift analyze --mapping FILE` does.
//
// Checked:
// - a refused mapping gives one line that starts with the mapping file's name;
// - an accepted mapping: find_rule() finds a rule for a header holding every column some unnamed
//   rule names; a Session takes it; the export then either reads (a report that is valid UTF-8
//   JSON) or is refused with one line naming the export.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/session.h"
#include "fuzz_check.h"
#include "mapping/mapping_file.h"
#include "simdjson.h"

namespace {

using icp::fuzz::preview;

constexpr std::string_view kSource = "fuzz-mapping.json";
constexpr std::string_view kDeals =
    "Deal Name,Deal Stage,Amount,Created Date,Close Date,Account Name,Owner,Industry\n"
    "A,Closed Won,\"1,000.50\",03/04/2024,05/04/2024,Acme,Ann,Software\n"
    "B,Verbal win,2.500,2024-01-02,2024-02-03,Beta GmbH,Bob,Retail\n"
    "C,Closed Lost,(300),13/01/2024,,Gamma,Ann,\n"
    "D,Commit & Signing,,,,Acme,Cy,Software\n";

void check_one_line(const std::string& message, std::string_view starts_with) {
  FUZZ_CHECK(message.rfind(std::string(starts_with) + ": ", 0) == 0,
             "the message names " + std::string(starts_with) + ": " + preview(message));
  FUZZ_CHECK(message.find('\n') == std::string::npos && message.find('\r') == std::string::npos,
             "the message is one line: " + preview(message));
}

void check_json(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const simdjson::padded_string padded(json);
  FUZZ_CHECK(parser.parse(padded).get(doc) == simdjson::SUCCESS, "the report is valid UTF-8 JSON");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(bytes), size);
  const icp::Result<icp::mapping::MappingFile> parsed = icp::mapping::parse_mapping_file(json, kSource);
  if (!parsed) {
    FUZZ_CHECK(parsed.status().code() != icp::ErrorCode::ok, "a refusal has an error code");
    check_one_line(parsed.status().message(), kSource);
    return 0;
  }

  for (const auto& rule : parsed->files) {
    if (rule.file || rule.columns.empty()) continue;
    std::vector<std::string> headers;
    for (const auto& [field, column] : rule.columns) {
      if (column) headers.push_back(*column);
    }
    FUZZ_CHECK(icp::mapping::find_rule(*parsed, "\x01no such file\x01", headers) != nullptr,
               "a header with every column of an unnamed rule finds a rule");
    break;
  }

  icp::engine::Session session;
  const icp::Status set = session.set_mapping(json, kSource);
  FUZZ_CHECK(set.is_ok(), "the session takes what parse_mapping_file accepted: " + set.message());
  icp::Status s = session.begin_file("deals.csv", "auto");
  FUZZ_CHECK(s.is_ok(), s.message());
  s = session.feed(kDeals);
  if (s.is_ok()) s = session.end_file();
  if (!s.is_ok()) {
    check_one_line(s.message(), "deals.csv");
    FUZZ_CHECK(!session.file_open(), "a refused file is closed");
  }
  check_json(session.report_json());
  check_json(session.mapping_json());
  return 0;
}
