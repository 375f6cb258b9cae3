// Joining deals, revenue and tickets to the accounts file: by account id where both sides have one,
// else by the normalised company name. Every join reports its match rate.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "table/account_table.h"
#include "table/string_dictionary.h"

namespace icp::join {

inline constexpr int32_t kNoAccount = -1;

struct JoinStats {
  std::string from;  // "deals", "revenue", "tickets"
  uint64_t rows = 0;
  uint64_t matched_by_id = 0;
  uint64_t matched_by_name = 0;
  uint64_t unmatched = 0;
  std::vector<std::string> unmatched_examples;  // the first few keys that found no account
  double match_rate() const { return rows ? static_cast<double>(matched_by_id + matched_by_name) / rows : 0; }
};

class AccountIndex {
 public:
  explicit AccountIndex(const table::AccountTable& accounts);

  // The account of each of `rows` rows (an index into the accounts table, or kNoAccount), with the
  // statistics; a row past the end of ids or names has no id or name there.
  std::vector<int32_t> match(const table::CategoricalColumn& ids, const table::CategoricalColumn& names,
                             size_t rows, JoinStats& stats) const;

 private:
  int32_t find_id(std::string_view id) const;
  std::vector<int32_t> by_id_code_;  // accounts.id dictionary code → account row
  // Salesforce ids come in 15- and 18-character forms: the first 15 characters match either.
  table::StringDictionary id15_;
  std::vector<int32_t> by_id15_;
  table::StringDictionary name_keys_;
  std::vector<int32_t> by_name_key_;  // name key code → account row
  const table::AccountTable& accounts_;
};

}  // namespace icp::join
