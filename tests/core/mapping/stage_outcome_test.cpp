#include "mapping/stage_outcome.h"

#include <gtest/gtest.h>

namespace icp::mapping {

TEST(OutcomeFromStage, KnownCrmNames) {
  for (const char* won : {"Closed Won", "closedwon", "Closed won", "Won", "won", "6 - Closed Won"}) {
    EXPECT_EQ(outcome_from_stage(won), Outcome::won) << won;
  }
  for (const char* lost : {"Closed Lost", "closedlost", "Lost", "lost", "Out-Sold", "Canceled"}) {
    EXPECT_EQ(outcome_from_stage(lost), Outcome::lost) << lost;
  }
  for (const char* open : {"Prospecting", "Negotiation/Review", "appointmentscheduled", "Commit & Signing", "open",
                           "In Progress", "Unknown"}) {
    EXPECT_EQ(outcome_from_stage(open), Outcome::open) << open;
  }
  EXPECT_FALSE(outcome_from_stage("  ").has_value());
  EXPECT_EQ(outcome_from_stage("Abgeschlossen und gewonnen"), Outcome::won);
  EXPECT_EQ(outcome_from_stage("Abgeschlossen und verloren"), Outcome::lost);
  EXPECT_EQ(outcome_from_stage("Conclu et gagné"), Outcome::won);
  EXPECT_EQ(outcome_from_stage("Conclu et perdu"), Outcome::lost);
  EXPECT_EQ(outcome_from_stage("Cerrado ganado"), Outcome::won);
  EXPECT_EQ(outcome_from_stage("Cerrado perdido"), Outcome::lost);
}

TEST(ReadFlag, TrueFalseAndGarbage) {
  EXPECT_EQ(read_flag("true"), true);
  EXPECT_EQ(read_flag("TRUE"), true);
  EXPECT_EQ(read_flag("1"), true);
  EXPECT_EQ(read_flag("false"), false);
  EXPECT_EQ(read_flag("0"), false);
  EXPECT_EQ(read_flag(""), false);
  EXPECT_FALSE(read_flag("maybe").has_value());
}

}  // namespace icp::mapping
