#include "values/missing_marker.h"

#include <gtest/gtest.h>

namespace icp::values {
namespace {

TEST(MissingMarker, EmptyBlankAndTheCrmsPlaceholdersAreMissing) {
  for (const char* text : {"", "  ", "\t", "-", " -- ", "—", "–", "N/A", "n/a", "NA", "#N/A", "NULL", "null", "None",
                           "nil", "(blank)", "(BLANK)", "?", " na "}) {
    EXPECT_TRUE(is_missing_marker(text)) << '"' << text << '"';
  }
}

TEST(MissingMarker, ValuesThatMerelyLookLikeMarkersAreValues) {
  for (const char* text : {"0", "Nan", "nan?", "-1", "n", "None Ltd", "(blank", "??", "North America", "Null Corp",
                           "NAB", "—x", "Retail", "a very long account name, Inc."}) {
    EXPECT_FALSE(is_missing_marker(text)) << '"' << text << '"';
  }
}

TEST(MissingMarker, TrimmedTextsAreAskedWithoutTrimmingAgain) {
  for (const char* text : {"", "-", "N/A", "(Blank)", "NULL", "—", "?"}) {
    EXPECT_TRUE(is_trimmed_missing_marker(text)) << '"' << text << '"';
  }
  // Not trimmed: " n/a " is a marker once trimmed, and not before.
  EXPECT_FALSE(is_trimmed_missing_marker(" n/a "));
  EXPECT_TRUE(is_missing_marker(" n/a "));
  for (const char* text : {"Nil Ltd", "NA Inc", "-5", "Telecom"}) EXPECT_FALSE(is_trimmed_missing_marker(text)) << text;
}

TEST(MissingMarker, TrimDropsSpacesAndTabsOnly) {
  EXPECT_EQ(trim(" \tAcme \t"), "Acme");
  EXPECT_EQ(trim("\nAcme"), "\nAcme");
  EXPECT_EQ(trim("   "), "");
  // Only one end padded, control bytes (below the space) at an end, one byte, nothing.
  EXPECT_EQ(trim("Acme  "), "Acme");
  EXPECT_EQ(trim("\tAcme"), "Acme");
  EXPECT_EQ(trim("Acme\r"), "Acme\r");
  EXPECT_EQ(trim("\x01 x \x01"), "\x01 x \x01");
  EXPECT_EQ(trim(" "), "");
  EXPECT_EQ(trim("a"), "a");
  EXPECT_EQ(trim(""), "");
}

}  // namespace
}  // namespace icp::values
