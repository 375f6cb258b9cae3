#include "mapping/stage_table.h"

#include <cctype>

#include "text/valid_utf8.h"
#include "values/missing_marker.h"

namespace icp::mapping {

std::string stage_key(std::string_view text) {
  // Valid UTF-8 as the saved mapping writes it, so a stage with a stray byte matches its saved key.
  std::string key = text::to_valid_utf8(values::trim(text));
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

const StageTable::Entry* StageTable::lookup(std::string_view text) {
  const std::string_view trimmed = values::trim(text);
  int32_t entry;
  if (text::ShortTextKey::fits(trimmed)) {
    const text::ShortTextKey key = text::ShortTextKey::of(trimmed);
    MemoEntry& m = memo_[key.slot()];
    if (!(m.key == key)) m = MemoEntry{key, find_or_add(trimmed)};
    entry = m.entry;
  } else {
    entry = find_or_add(trimmed);
  }
  if (entry < 0) return nullptr;
  Entry& e = entries_[static_cast<size_t>(entry)];
  ++e.rows;
  return &e;
}

int32_t StageTable::find_or_add(std::string_view trimmed) {
  if (auto it = index_.find(trimmed); it != index_.end()) return static_cast<int32_t>(it->second);
  if (values::is_missing_marker(trimmed)) return -1;
  Entry e;
  e.text = std::string(trimmed);
  if (overrides_) {
    if (auto o = overrides_->find(stage_key(trimmed)); o != overrides_->end()) {
      e.outcome = o->second;
      e.from_user = true;
    }
  }
  if (!e.from_user) {
    e.deleted = is_deleted_stage(trimmed);
    e.outcome = outcome_from_stage(trimmed).value_or(Outcome::open);
  }
  index_.emplace(std::string(trimmed), entries_.size());
  entries_.push_back(std::move(e));
  return static_cast<int32_t>(entries_.size() - 1);
}

}  // namespace icp::mapping
