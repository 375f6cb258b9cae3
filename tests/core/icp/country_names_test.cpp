#include "icp/country_names.h"

#include <gtest/gtest.h>

#include <string>

namespace icp::ideal {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

TEST(CountryNames, EveryIsoCountryByAlpha2Alpha3AndName) {
  ASSERT_EQ(country_count(), 249u);
  for (size_t i = 0; i < country_count(); ++i) {
    const CountryCodes c = country_at(i);
    SCOPED_TRACE(std::string(c.name));
    EXPECT_EQ(country_key(c.alpha2), c.alpha2);
    EXPECT_EQ(country_key(c.alpha3), c.alpha2);
    EXPECT_EQ(country_key(c.name), c.alpha2);
    EXPECT_EQ(country_key(lower(c.name)), c.alpha2);
    EXPECT_EQ(country_key(" " + lower(c.alpha3) + " "), c.alpha2);
    EXPECT_EQ(country_name(c.alpha2), c.name);
    if (i > 0) {
      EXPECT_LT(country_at(i - 1).alpha2, c.alpha2);  // sorted, no duplicate code
    }
  }
}

TEST(CountryNames, EveryAliasLeadsToItsCountry) {
  ASSERT_GT(country_alias_count(), 300u);
  for (size_t i = 0; i < country_alias_count(); ++i) {
    const CountryCodes a = country_alias_at(i);
    EXPECT_EQ(country_key(a.name), a.alpha2) << a.name;
    EXPECT_FALSE(country_name(a.alpha2).empty()) << a.alpha2;
  }
}

TEST(CountryNames, CommonSpellingsOfTheLargeMarkets) {
  for (const char* s : {"United States", "USA", "US", "U.S.", "U.S.A.", "United States of America", "America", " usa ",
                        "the United States", "united  states"}) {
    EXPECT_EQ(country_key(s), "US") << s;
  }
  for (const char* s : {"United Kingdom", "UK", "U.K.", "GB", "GBR", "Great Britain", "England", "Scotland", "uk"}) {
    EXPECT_EQ(country_key(s), "GB") << s;
  }
  for (const char* s : {"Germany", "DE", "DEU", "Deutschland", "deutschland", "Federal Republic of Germany"}) {
    EXPECT_EQ(country_key(s), "DE") << s;
  }
  EXPECT_EQ(country_key("The Netherlands"), "NL");
  EXPECT_EQ(country_key("Holland"), "NL");
  EXPECT_EQ(country_key("Korea, Republic of"), "KR");
  EXPECT_EQ(country_key("South Korea"), "KR");
  EXPECT_EQ(country_key("North Korea"), "KP");
  EXPECT_EQ(country_key("Côte d\xE2\x80\x99Ivoire"), "CI");  // curly apostrophe
  EXPECT_EQ(country_key("Cote d'Ivoire"), "CI");
  EXPECT_EQ(country_key("Ivory Coast"), "CI");
  EXPECT_EQ(country_key("ÖSTERREICH"), "AT");
  EXPECT_EQ(country_key("Österreich"), "AT");
  EXPECT_EQ(country_key("España"), "ES");
  EXPECT_EQ(country_key("México"), "MX");
  EXPECT_EQ(country_key("Türkiye"), "TR");
  EXPECT_EQ(country_key("Turkey"), "TR");
  EXPECT_EQ(country_key("Czech Republic"), "CZ");
  EXPECT_EQ(country_key("UAE"), "AE");
  EXPECT_EQ(country_key("Bosnia & Herzegovina"), "BA");
  EXPECT_EQ(country_key("St. Lucia"), "LC");
  EXPECT_EQ(country_key("Russia"), "RU");
  EXPECT_EQ(country_key("Vietnam"), "VN");
  EXPECT_EQ(country_key("Taiwan"), "TW");
  EXPECT_EQ(country_name("GB"), "United Kingdom");
  EXPECT_EQ(country_name("KR"), "South Korea");
}

TEST(CountryNames, UnknownTextHasNoKey) {
  EXPECT_EQ(country_key(""), "");
  EXPECT_EQ(country_key("   "), "");
  EXPECT_EQ(country_key("Atlantis"), "");
  EXPECT_EQ(country_key("EMEA"), "");
  EXPECT_EQ(country_key("U"), "");
  EXPECT_EQ(country_key("\xFF\xFE"), "");
  EXPECT_EQ(country_name("ZZ"), "");
  EXPECT_EQ(fold_country_text("  The  U.S.A. "), "usa");
  EXPECT_EQ(fold_country_text("Korea, Republic of"), "korea republic of");
}

}  // namespace
}  // namespace icp::ideal
