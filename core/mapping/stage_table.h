// The stage table: each distinct stage (or status) text of a file, the outcome it stands for —
// decided from the name, or set by the user in the mapping — and how many rows carry it. Outcomes
// are worked out once per distinct text, so a million rows cost a million look-ups, not a million
// name analyses; a short stage text seen lately (nearly every row's) is answered by a memo in front
// of the hash table.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mapping/stage_outcome.h"
#include "text/short_text_key.h"

namespace icp::mapping {

// User decisions, keyed by stage_key() of the text.
using StageOverrides = std::map<std::string, Outcome>;

// The key a stage text is matched on: trimmed, ASCII lower case, valid UTF-8 (text/valid_utf8.h).
std::string stage_key(std::string_view text);

class StageTable {
 public:
  struct Entry {
    std::string text;
    Outcome outcome = Outcome::open;
    bool deleted = false;    // Pipedrive "deleted": the row is not a deal
    bool from_user = false;  // set in the mapping rather than read from the name
    uint64_t rows = 0;
  };

  explicit StageTable(const StageOverrides* overrides = nullptr) : overrides_(overrides) {}

  // The entry of a stage text, counted; nullptr for an empty or missing text. Valid until the next
  // lookup.
  const Entry* lookup(std::string_view text);
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // The index of a trimmed text's entry, made when new; -1 for an empty or missing text.
  int32_t find_or_add(std::string_view trimmed);

  const StageOverrides* overrides_;
  std::vector<Entry> entries_;
  struct MemoEntry {
    text::ShortTextKey key;  // size 0: empty
    int32_t entry = -1;
  };
  std::array<MemoEntry, 256> memo_{};  // indexed by ShortTextKey::slot()
  std::unordered_map<std::string, size_t, Hash, std::equal_to<>> index_;
};

}  // namespace icp::mapping
