#include "join/account_join.h"

#include <gtest/gtest.h>

namespace icp::join {

TEST(AccountIndex, MatchesByIdThenByNormalisedName) {
  table::AccountTable accounts;
  accounts.id.push("001A0000001abcdEFG");  // an 18-character Salesforce id
  accounts.name.push("Acme, Inc.");
  accounts.id.push("002");
  accounts.name.push("Müller GmbH");
  accounts.id.push_missing();
  accounts.name.push("Globex Corporation");
  const AccountIndex index(accounts);

  table::CategoricalColumn ids, names;
  const auto row = [&](const char* id, const char* name) {
    if (id) ids.push(id); else ids.push_missing();
    if (name) names.push(name); else names.push_missing();
  };
  row("001A0000001abcd", "whatever");  // 15-character form of the first id
  row("002", nullptr);
  row(nullptr, "MULLER gmbh");
  row("999", "globex corp.");            // unknown id, name matches
  row(nullptr, "Initech");
  row(nullptr, nullptr);

  JoinStats stats;
  stats.from = "deals";
  const std::vector<int32_t> m = index.match(ids, names, 6, stats);
  EXPECT_EQ(m, (std::vector<int32_t>{0, 1, 1, 2, kNoAccount, kNoAccount}));
  EXPECT_EQ(stats.rows, 6u);
  EXPECT_EQ(stats.matched_by_id, 2u);
  EXPECT_EQ(stats.matched_by_name, 2u);
  EXPECT_EQ(stats.unmatched, 2u);
  EXPECT_EQ(stats.unmatched_examples, (std::vector<std::string>{"Initech", "(no account)"}));
  EXPECT_DOUBLE_EQ(stats.match_rate(), 4.0 / 6);

  // Rows past both columns' ends (a later file without either column) are rows without an account.
  JoinStats longer;
  const std::vector<int32_t> m8 = index.match(ids, names, 8, longer);
  EXPECT_EQ(m8, (std::vector<int32_t>{0, 1, 1, 2, kNoAccount, kNoAccount, kNoAccount, kNoAccount}));
  EXPECT_EQ(longer.rows, 8u);
  EXPECT_EQ(longer.unmatched, 4u);
}

}  // namespace icp::join
