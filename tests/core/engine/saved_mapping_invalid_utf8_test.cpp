// Regression (found by tests/fuzz/session_fuzz): a header holding a byte that is not UTF-8 (in a
// UTF-8 export with a BOM, where no Windows-1252 fallback applies) was saved in the mapping as the
// report writes it, with U+FFFD, and the saved mapping was then refused for that very file: "the
// mapping sets account_id to column "…", which this file does not have". A stage name with such a
// byte never matched its saved outcome. Headers and stage keys are now kept as valid UTF-8.
#include <gtest/gtest.h>

#include <string>

#include "engine/session.h"
#include "simdjson.h"

namespace icp::engine {
namespace {

const std::string kExport =
    "\xEF\xBB\xBF" "Stage,Amount,Acc\xFF" "ount Id,Close Date\r\n"
    "Closed Won,100,A1,2024-01-02\r\n"
    "Custom\xFE Stage,50,A2,2024-01-03\r\n";

struct Outcome {
  Status status;
  std::string report;
  std::string mapping;
};

Outcome analyze(const std::string* mapping) {
  Session s;
  if (mapping) {
    const Status m = s.set_mapping(*mapping, "saved.json");
    if (!m.is_ok()) return {m, "", ""};
  }
  Status st = s.begin_file("deals.csv", "auto");
  if (st.is_ok()) st = s.feed(kExport);
  if (st.is_ok()) st = s.end_file();
  return {st, s.report_json(), s.mapping_json()};
}

TEST(SavedMappingInvalidUtf8, AHeaderWithAStrayByteReadsBackWithItsSavedMapping) {
  const Outcome first = analyze(nullptr);
  ASSERT_TRUE(first.status.is_ok()) << first.status.message();
  ASSERT_NE(first.mapping.find("Acc\xEF\xBF\xBDount Id"), std::string::npos) << first.mapping;
  const Outcome again = analyze(&first.mapping);
  ASSERT_TRUE(again.status.is_ok()) << again.status.message();
  EXPECT_EQ(again.mapping, first.mapping);
}

TEST(SavedMappingInvalidUtf8, AStageWithAStrayByteTakesItsSavedOutcome) {
  const std::string mapping = "{\"stages\": {\"Custom\\uFFFD Stage\": \"won\"}}";
  const Outcome r = analyze(&mapping);
  ASSERT_TRUE(r.status.is_ok()) << r.status.message();
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.report).get(doc), simdjson::SUCCESS);
  EXPECT_EQ(int64_t(doc["sales"]["overall"]["won"]), 2);
}

}  // namespace
}  // namespace icp::engine
