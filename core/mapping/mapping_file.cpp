#include "mapping/mapping_file.h"

#include "simdjson.h"

namespace icp::mapping {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

Status bad(std::string_view source, const std::string& where, const std::string& what) {
  return Status::error(ErrorCode::unusable_input, std::string(source) + ": " + where + ": " + what);
}

}  // namespace

std::string_view date_order_name(values::DateOrder order) {
  switch (order) {
    case values::DateOrder::month_first: return "month_first";
    case values::DateOrder::day_first: return "day_first";
    default: return "undecided";
  }
}

std::string_view decimal_mark_name(values::DecimalMark mark) {
  return mark == values::DecimalMark::comma ? "comma" : "point";
}

Result<MappingFile> parse_mapping_file(std::string_view json, std::string_view source) {
  simdjson::dom::parser parser;
  element doc;
  const simdjson::padded_string padded(json);
  if (auto error = parser.parse(padded).get(doc); error) {
    return Status::error(ErrorCode::unreadable_input,
                         std::string(source) + ": not valid JSON (" + simdjson::error_message(error) + ")");
  }
  object root;
  if (doc.get_object().get(root)) return bad(source, "top level", "expected an object");

  MappingFile out;
  for (auto field : root) {
    const std::string key(field.key);
    if (key == "icp_drift_mapping") {
      int64_t version = 0;
      if (field.value.get_int64().get(version) || version != kMappingFileVersion) {
        return bad(source, key, "expected " + std::to_string(kMappingFileVersion));
      }
    } else if (key == "files") {
      simdjson::dom::array files;
      if (field.value.get_array().get(files)) return bad(source, key, "expected an array of file rules");
      size_t i = 0;
      for (element f : files) {
        const std::string where = "files[" + std::to_string(i++) + "]";
        object rule_obj;
        if (f.get_object().get(rule_obj)) return bad(source, where, "expected an object");
        FileRule rule;
        for (auto rf : rule_obj) {
          const std::string rk(rf.key);
          const std::string at = where + "." + rk;
          std::string_view text;
          if (rk == "file") {
            if (rf.value.get_string().get(text)) return bad(source, at, "expected a file name");
            rule.file = std::string(text);
          } else if (rk == "role") {
            if (rf.value.get_string().get(text)) return bad(source, at, "expected a role name");
            rule.role = role_from_name(text);
            if (!rule.role) {
              return bad(source, at, "unknown role \"" + std::string(text) + "\" (deals, accounts, revenue, tickets, spend)");
            }
          } else if (rk == "columns") {
            object cols;
            if (rf.value.get_object().get(cols)) return bad(source, at, "expected an object of field: column");
            for (auto c : cols) {
              const std::string ck(c.key);
              const auto canonical = field_from_name(ck);
              if (!canonical) return bad(source, at + "." + ck, "unknown canonical field");
              if (c.value.is_null()) {
                rule.columns.emplace_back(*canonical, std::nullopt);
              } else if (!c.value.get_string().get(text)) {
                rule.columns.emplace_back(*canonical, std::string(text));
              } else {
                return bad(source, at + "." + ck, "expected a column name or null");
              }
            }
          } else if (rk == "date_order") {
            if (rf.value.get_string().get(text)) return bad(source, at, "expected \"month_first\" or \"day_first\"");
            if (text == "month_first") rule.date_order = values::DateOrder::month_first;
            else if (text == "day_first") rule.date_order = values::DateOrder::day_first;
            else return bad(source, at, "expected \"month_first\" or \"day_first\"");
          } else if (rk == "decimal_mark") {
            if (rf.value.get_string().get(text)) return bad(source, at, "expected \"point\" or \"comma\"");
            if (text == "point") rule.decimal_mark = values::DecimalMark::point;
            else if (text == "comma") rule.decimal_mark = values::DecimalMark::comma;
            else return bad(source, at, "expected \"point\" or \"comma\"");
          } else {
            return bad(source, at, "unknown key");
          }
        }
        out.files.push_back(std::move(rule));
      }
    } else if (key == "stages") {
      object stages;
      if (field.value.get_object().get(stages)) return bad(source, key, "expected an object of stage: outcome");
      for (auto s : stages) {
        std::string_view text;
        const std::string at = "stages." + std::string(s.key);
        if (s.value.get_string().get(text)) return bad(source, at, "expected \"won\", \"lost\" or \"open\"");
        Outcome o;
        if (text == "won") o = Outcome::won;
        else if (text == "lost") o = Outcome::lost;
        else if (text == "open") o = Outcome::open;
        else return bad(source, at, "expected \"won\", \"lost\" or \"open\"");
        out.stages[stage_key(s.key)] = o;
      }
    } else {
      return bad(source, key, "unknown key");
    }
  }
  return out;
}

const FileRule* find_rule(const MappingFile& mapping, std::string_view file_name,
                          const std::vector<std::string>& headers) {
  for (const FileRule& r : mapping.files) {
    if (r.file && *r.file == file_name) return &r;
  }
  for (const FileRule& r : mapping.files) {
    if (r.file) continue;
    bool all = !r.columns.empty();
    for (const auto& [field, column] : r.columns) {
      if (!column) continue;
      bool found = false;
      for (const auto& h : headers) found = found || h == *column;
      all = all && found;
    }
    if (all) return &r;
  }
  return nullptr;
}

}  // namespace icp::mapping
