// Dictionary encoding of a text column: each distinct value once, rows hold 32-bit codes. Codes are
// given in order of first appearance, so anything iterating codes is deterministic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace icp::table {

class StringDictionary {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  uint32_t intern(std::string_view value);
  // The code of a value already interned, or kMissing.
  uint32_t find(std::string_view value) const {
    const auto it = codes_.find(value);
    return it == codes_.end() ? kMissing : it->second;
  }
  const std::string& value(uint32_t code) const { return values_[code]; }
  size_t size() const { return values_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> codes_;
  std::vector<std::string> values_;
};

// A dictionary-encoded column.
struct CategoricalColumn {
  StringDictionary dictionary;
  std::vector<uint32_t> codes;  // one per row; StringDictionary::kMissing when empty

  void push(std::string_view value);
  void push_missing() { codes.push_back(StringDictionary::kMissing); }
};

// A column the canonical fields do not name but that reads as categories (a custom CRM field such
// as "Segment" or "Plan tier"), kept for segments under its header.
struct CustomColumn {
  std::string name;
  CategoricalColumn values;
};

}  // namespace icp::table
