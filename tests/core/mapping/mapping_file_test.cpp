#include "mapping/mapping_file.h"

#include <gtest/gtest.h>

namespace icp::mapping {

TEST(MappingFile, ReadsEveryPart) {
  const auto m = parse_mapping_file(R"({
    "icp_drift_mapping": 1,
    "files": [
      {"file": "deals.csv", "role": "deals", "columns": {"stage": "Deal Stage", "owner": null},
       "date_order": "day_first", "decimal_mark": "comma"},
      {"role": "accounts", "columns": {"account_name": "Firm"}}
    ],
    "stages": {"Commit & Signing": "open", " Verbal WIN ": "won"}
  })", "team.json");
  ASSERT_TRUE(m) << m.status().message();
  ASSERT_EQ(m->files.size(), 2u);
  EXPECT_EQ(*m->files[0].file, "deals.csv");
  EXPECT_EQ(*m->files[0].role, Role::deals);
  ASSERT_EQ(m->files[0].columns.size(), 2u);
  EXPECT_EQ(m->files[0].columns[0].first, Field::stage);
  EXPECT_EQ(*m->files[0].columns[0].second, "Deal Stage");
  EXPECT_FALSE(m->files[0].columns[1].second.has_value());
  EXPECT_EQ(*m->files[0].date_order, values::DateOrder::day_first);
  EXPECT_EQ(*m->files[0].decimal_mark, values::DecimalMark::comma);
  EXPECT_EQ(m->stages.at("verbal win"), Outcome::won);
  EXPECT_EQ(m->stages.at("commit & signing"), Outcome::open);

  EXPECT_EQ(find_rule(*m, "deals.csv", {}), &m->files[0]);
  EXPECT_EQ(find_rule(*m, "firms.csv", {"Firm", "Industry"}), &m->files[1]);
  EXPECT_EQ(find_rule(*m, "other.csv", {"Company"}), nullptr);
}

TEST(MappingFile, ABadFileNamesTheBadKey) {
  const auto expect_error = [](std::string_view json, std::string_view fragment) {
    const auto m = parse_mapping_file(json, "team.json");
    ASSERT_FALSE(m) << json;
    EXPECT_NE(m.status().message().find(fragment), std::string::npos) << m.status().message();
    EXPECT_EQ(m.status().message().rfind("team.json: ", 0), 0u) << m.status().message();
  };
  expect_error("{", "not valid JSON");
  expect_error("[]", "top level");
  expect_error(R"({"icp_drift_mapping": 2})", "icp_drift_mapping");
  expect_error(R"({"files": [{"role": "dealz"}]})", "files[0].role: unknown role \"dealz\"");
  expect_error(R"({"files": [{"columns": {"stagee": "Stage"}}]})", "files[0].columns.stagee: unknown canonical field");
  expect_error(R"({"files": [{"columns": {"stage": 3}}]})", "files[0].columns.stage");
  expect_error(R"({"files": [{"date_order": "ymd"}]})", "files[0].date_order");
  expect_error(R"({"stages": {"Won": "yes"}})", "stages.Won");
  expect_error(R"({"colour": 1})", "colour: unknown key");
}

}  // namespace icp::mapping
