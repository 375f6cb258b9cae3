#include "join/company_name.h"

#include <gtest/gtest.h>

namespace icp::join {

TEST(CompanyNameKey, IgnoresCaseAccentsPunctuationAndLegalSuffixes) {
  EXPECT_EQ(company_name_key("Müller GmbH"), "muller");
  EXPECT_EQ(company_name_key("MULLER, gmbh."), "muller");
  EXPECT_EQ(company_name_key("Acme, Inc."), "acme");
  EXPECT_EQ(company_name_key("ACME INCORPORATED"), "acme");
  EXPECT_EQ(company_name_key("Northwind Analytics L.L.C."), "northwind analytics");
  EXPECT_EQ(company_name_key("The Home Depot"), "home depot");
  EXPECT_EQ(company_name_key("Société Générale S.A."), "societe generale");
  EXPECT_EQ(company_name_key("Johnson & Johnson"), "johnson and johnson");
  EXPECT_EQ(company_name_key("O'Neil \"Blue\" Labs"), "oneil blue labs");
}

TEST(CompanyNameKey, NeverEmptiesARealName) {
  EXPECT_EQ(company_name_key("Company"), "company");
  EXPECT_EQ(company_name_key("AG"), "ag");
  EXPECT_EQ(company_name_key(""), "");
  EXPECT_EQ(company_name_key("  ...  "), "");
}

}  // namespace icp::join
