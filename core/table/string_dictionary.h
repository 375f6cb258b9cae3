// Dictionary encoding of a text column: each distinct value once, rows hold codes (code_column.h). Codes are
// given in order of first appearance, so anything iterating codes is deterministic.
//
// The lookup is an open-addressing table (linear probing, at most half full) whose slots hold a code
// and the low 32 bits of its value's hash, side by side: a probe reads one slot, compares hashes and
// touches a value's text only on a real match, and growing the table rehashes nothing. The texts sit
// end to end in one buffer, found by their code's start (no string object or allocation per value):
// a probe's three reads (slot, start, text) stay within a few compact arrays. A million deals intern some ten cells each: this is the
// ingest's inner loop. The hash decides only where a code sits in the table, never a code, so the
// output does not depend on it. In front of the table, a small memo answers for short texts seen
// lately without touching it (below).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "table/code_column.h"
#include "text/short_text_key.h"

namespace icp::table {

class StringDictionary {
 public:
  static constexpr uint32_t kMissing = kMissingCode;

  // Inline: every categorical cell of every row comes here, and most leave from the memo.
  uint32_t intern(std::string_view value) {
    if (!text::ShortTextKey::fits(value)) return intern_in_table(value);
    const text::ShortTextKey key = text::ShortTextKey::of(value);
    const MemoEntry& m = memo_[key.slot(memo_bits_)];
    if (m.key == key) return m.code;
    const uint32_t code = intern_in_table(value);  // may grow the memo: its slot is found again
    memo_[key.slot(memo_bits_)] = MemoEntry{key, code};
    return code;
  }
  // The code of a value already interned, or kMissing.
  uint32_t find(std::string_view value) const;
  // Valid until the next intern().
  std::string_view value(uint32_t code) const {
    return {texts_.data() + starts_[code], static_cast<size_t>(starts_[code + 1] - starts_[code])};
  }
  size_t size() const { return starts_.size() - 1; }

  static uint64_t hash(std::string_view value);

 private:
  // The slot where value (with hash h) is, or the empty slot where it would go.
  size_t slot_of(std::string_view value, uint64_t h) const;
  void grow();
  uint32_t intern_in_table(std::string_view value);

  // A direct-mapped memo of recently interned short texts (text/short_text_key.h): a key that
  // holds the text itself gives its code without hashing, probing or comparing texts.
  struct MemoEntry {
    text::ShortTextKey key;  // size 0: empty (an empty text is never memoized)
    uint32_t code = 0;
  };
  // 256 entries, twice as many each time the dictionary passes half of them, up to 8,192 (320 kB):
  // a column of a few thousand distinct texts (account names) is then answered from the memo too.
  // Growing clears it (a memo only answers what the table would).
  static constexpr unsigned kMinMemoBits = 8, kMaxMemoBits = 13;
  unsigned memo_bits_ = kMinMemoBits;
  std::vector<MemoEntry> memo_ = std::vector<MemoEntry>(size_t{1} << kMinMemoBits);
  void grow_memo_for(size_t texts) {
    if (memo_bits_ >= kMaxMemoBits || texts * 2 <= memo_.size()) return;
    ++memo_bits_;
    memo_.assign(size_t{1} << memo_bits_, MemoEntry{});
  }

  struct Slot {
    uint32_t code_plus_one = 0;  // 0: empty
    uint32_t hash = 0;           // the low 32 bits of the value's hash (its place in the table)
  };
  std::vector<char> texts_;            // the values, end to end, by code
  std::vector<uint64_t> starts_ = {0};  // where each code's text starts in texts_, then the end
  std::vector<Slot> slots_;          // the size is a power of two, at most 2^31
};

// A dictionary-encoded column.
struct CategoricalColumn {
  StringDictionary dictionary;
  CodeColumn codes;  // one per row, in the fewest bytes the codes need; kMissing when empty

  void push(std::string_view value);
  void push_missing() { codes.push_back(StringDictionary::kMissing); }
  void reserve(size_t rows) { codes.reserve(rows); }
};

// A column the canonical fields do not name but that reads as categories (a custom CRM field such
// as "Segment" or "Plan tier"), kept for segments under its header.
struct CustomColumn {
  std::string name;
  CategoricalColumn values;
};

}  // namespace icp::table
