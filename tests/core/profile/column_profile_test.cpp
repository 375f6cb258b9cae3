#include "profile/column_profile.h"

#include <gtest/gtest.h>

namespace icp::profile {

TEST(ColumnProfiler, TellsTypesFromValues) {
  ColumnProfiler profiler({"when", "money", "stage", "size", "flag", "note", "blank"});
  const std::vector<std::vector<std::string>> rows{
      {"2024-01-05", "USD 1,200.00", "Closed Won", "51-200", "true", "call back", ""},
      {"2024-02-05", "$900", "Closed Lost", "201-500", "false", "x", "-"},
      {"2024-03-05", "1.234,50 €", "Prospecting", "10K+", "TRUE", "y", "N/A"},
      {"2024-03-05", "USD 3,000.00", "Closed Won", "1-10", "false", "z", ""},
  };
  for (const auto& r : rows) profiler.add_row(r);
  const std::vector<ColumnProfile> p = profiler.take();
  EXPECT_EQ(p[0].dominant(), ValueType::date);
  EXPECT_EQ(p[0].distinct, 3u);
  EXPECT_EQ(p[1].dominant(), ValueType::money);
  EXPECT_EQ(p[2].dominant(), ValueType::outcome);
  EXPECT_EQ(p[2].outcome_words, 3u);
  EXPECT_EQ(p[3].dominant(), ValueType::employee_range);
  EXPECT_EQ(p[4].dominant(), ValueType::boolean);
  EXPECT_EQ(p[5].dominant(), ValueType::text);
  EXPECT_EQ(p[6].dominant(), ValueType::empty);
  EXPECT_EQ(p[6].missing, 4u);
  ASSERT_EQ(p[1].samples.size(), 4u);
  EXPECT_EQ(p[1].samples[0], "USD 1,200.00");
}

TEST(ColumnProfiler, DistinctValuesAreCapped) {
  ColumnProfiler profiler({"id"});
  for (int i = 0; i < 500; ++i) profiler.add_row({"row-" + std::to_string(i)});
  const auto p = profiler.take();
  EXPECT_TRUE(p[0].distinct_capped);
  EXPECT_EQ(p[0].distinct, ColumnProfile::kDistinctCap);
  EXPECT_EQ(p[0].samples.size(), ColumnProfile::kSamples);
}

}  // namespace icp::profile
