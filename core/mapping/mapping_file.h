// The mapping file: what the user confirmed or corrected about the inputs — each file's role, the
// column of each canonical field, the date order, the decimal mark — and the stage → outcome table.
// JSON, read with simdjson; a bad file is rejected with a message naming the bad key. The page saves
// and loads it; the CLI takes it with --mapping.
//
//   {
//     "icp_drift_mapping": 1,
//     "files": [
//       {"file": "deals.csv", "role": "deals",
//        "columns": {"stage": "Deal Stage", "amount": "Amount in company currency", "owner": null},
//        "date_order": "day_first", "decimal_mark": "comma"}
//     ],
//     "stages": {"Commit & Signing": "open", "Verbal win": "won"}
//   }
//
// A file rule applies to the input of that name; a rule without "file" applies to any input whose
// header has every column the rule names. A column set to null is left unmapped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mapping/canonical_field.h"
#include "mapping/role.h"
#include "mapping/stage_table.h"
#include "util/status.h"
#include "values/date_value.h"
#include "values/money_value.h"

namespace icp::mapping {

inline constexpr int kMappingFileVersion = 1;

struct FileRule {
  std::optional<std::string> file;
  std::optional<Role> role;
  std::vector<std::pair<Field, std::optional<std::string>>> columns;  // nullopt: leave unmapped
  std::optional<values::DateOrder> date_order;
  std::optional<values::DecimalMark> decimal_mark;
};

struct MappingFile {
  std::vector<FileRule> files;
  StageOverrides stages;  // keyed by stage_key()
};

// source_name names the file in messages ("team-mapping.json").
Result<MappingFile> parse_mapping_file(std::string_view json, std::string_view source_name);

// The rule for an input: by file name first, else the first rule without a name whose columns the
// header all has. Nothing when no rule fits.
const FileRule* find_rule(const MappingFile& mapping, std::string_view file_name,
                          const std::vector<std::string>& headers);

std::string_view date_order_name(values::DateOrder order);  // "month_first" / "day_first" / "undecided"
std::string_view decimal_mark_name(values::DecimalMark mark);  // "point" / "comma"

}  // namespace icp::mapping
