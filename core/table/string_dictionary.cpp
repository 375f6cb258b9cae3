#include "table/string_dictionary.h"

#include "values/missing_marker.h"

namespace icp::table {

uint32_t StringDictionary::intern(std::string_view value) {
  if (auto it = codes_.find(value); it != codes_.end()) return it->second;
  const uint32_t code = static_cast<uint32_t>(values_.size());
  values_.emplace_back(value);
  codes_.emplace(std::string(value), code);
  return code;
}

void CategoricalColumn::push(std::string_view value) {
  const std::string_view v = values::trim(value);
  codes.push_back(values::is_missing_marker(v) ? StringDictionary::kMissing : dictionary.intern(v));
}

}  // namespace icp::table
