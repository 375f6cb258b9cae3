#include "mapping/header_mapping.h"

#include <gtest/gtest.h>

#include <cctype>

namespace icp::mapping {

TEST(NormalizeHeader, KeepsLettersAndDigits) {
  EXPECT_EQ(normalize_header("Close Date (2)"), "closedate2");
  EXPECT_EQ(normalize_header("Deal - Stage"), "dealstage");
  EXPECT_EQ(normalize_header("(Do Not Modify) Opportunity"), "donotmodifyopportunity");
}

// Every byte as the "C" locale's isalnum/tolower would keep it (bytes from 0x80 are dropped).
TEST(NormalizeHeader, EveryByteAsTheCLocale) {
  for (int c = 0; c < 256; ++c) {
    const std::string one(1, static_cast<char>(c));
    const std::string expected = c < 0x80 && std::isalnum(c) ? std::string(1, static_cast<char>(std::tolower(c))) : "";
    EXPECT_EQ(normalize_header(one), expected) << "byte " << c;
  }
}

TEST(MapHeaders, SalesforceReport) {
  // FORMATS.md, the Salesforce opportunities report with a duplicated header.
  const std::vector<std::string> headers{
      "Assigned SE", "Stage", "Opportunity Name", "Owner Role", "Account Name", "Fiscal Period", "Amount",
      "Probability (%)", "Age", "Created Date", "Type", "Forecast Category", "ACV Preview", "ACV Preview (USD)",
      "Close Date (2)", "Close Date", "Total Sales Cycle Age", "Sales Region", "Lost Reason", "Why did we lose?",
      "Opportunity ID", "Opportunity ID"};
  const HeaderMapping m = map_headers(headers, Role::deals);
  EXPECT_EQ(m.column(Field::stage), 1);
  EXPECT_EQ(m.column(Field::account_name), 4);
  EXPECT_EQ(m.column(Field::amount), 6);
  EXPECT_EQ(m.column(Field::created_date), 9);
  EXPECT_EQ(m.column(Field::close_date), 15);  // "Close Date" outranks "Close Date (2)"
  EXPECT_EQ(m.column(Field::deal_id), 20);     // the first of the duplicated ids
  EXPECT_EQ(m.column(Field::deal_type), 10);
  EXPECT_EQ(m.column(Field::region), 17);
  ASSERT_TRUE(m.guess(Field::stage));
  EXPECT_NE(m.guess(Field::stage)->reason.find("Stage"), std::string::npos);
}

TEST(MapHeaders, SalesforceApiAndHubSpotAndPipedrive) {
  const HeaderMapping api = map_headers({"Id", "IsDeleted", "AccountId", "Name", "StageName", "Amount", "CloseDate",
                                         "IsClosed", "IsWon", "CreatedDate"}, Role::deals);
  EXPECT_EQ(api.column(Field::deal_id), 0);
  EXPECT_EQ(api.column(Field::account_id), 2);
  EXPECT_EQ(api.column(Field::is_won), 8);
  EXPECT_EQ(api.column(Field::is_closed), 7);
  EXPECT_FALSE(api.has(Field::account_name));  // "Name" is the opportunity's name here

  const HeaderMapping hubspot = map_headers({"Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner",
                                             "Amount", "Create Date", "Associated Company IDs"}, Role::deals);
  EXPECT_EQ(hubspot.column(Field::stage), 2);
  EXPECT_EQ(hubspot.column(Field::created_date), 6);
  EXPECT_EQ(hubspot.column(Field::account_id), 7);

  const HeaderMapping pipedrive = map_headers({"Deal - Title", "Deal - Value", "Deal - Status", "Deal - Stage",
                                               "Deal - Closed on", "Deal - Organization", "Deal - ID"}, Role::deals);
  EXPECT_EQ(pipedrive.column(Field::amount), 1);
  EXPECT_EQ(pipedrive.column(Field::status), 2);
  EXPECT_EQ(pipedrive.column(Field::close_date), 4);
  EXPECT_EQ(pipedrive.column(Field::account_name), 5);
  EXPECT_EQ(pipedrive.column(Field::deal_id), 6);
}

TEST(MapHeaders, TheSameNameMeansDifferentFieldsInDifferentRoles) {
  const std::vector<std::string> stripe{"id", "Customer ID", "Customer Name", "Status", "Amount", "Interval",
                                        "Created (UTC)", "Start (UTC)", "Ended At (UTC)"};
  const HeaderMapping revenue = map_headers(stripe, Role::revenue);
  EXPECT_EQ(revenue.column(Field::subscription_id), 0);
  EXPECT_EQ(revenue.column(Field::account_id), 1);
  EXPECT_EQ(revenue.column(Field::account_name), 2);
  EXPECT_EQ(revenue.column(Field::amount), 4);
  EXPECT_EQ(revenue.column(Field::billing_interval), 5);
  EXPECT_EQ(revenue.column(Field::start_date), 7);
  EXPECT_EQ(revenue.column(Field::end_date), 8);

  const std::vector<std::string> zendesk{"Id", "Requester", "Subject", "Status", "Priority", "Created at", "Organization"};
  const HeaderMapping tickets = map_headers(zendesk, Role::tickets);
  EXPECT_EQ(tickets.column(Field::ticket_id), 0);
  EXPECT_EQ(tickets.column(Field::priority), 4);
  EXPECT_EQ(tickets.column(Field::created_date), 5);
  EXPECT_EQ(tickets.column(Field::account_name), 6);

  const HeaderMapping accounts = map_headers({"Id", "Name", "Industry", "NumberOfEmployees", "BillingCountry"}, Role::accounts);
  EXPECT_EQ(accounts.column(Field::account_id), 0);
  EXPECT_EQ(accounts.column(Field::account_name), 1);
  EXPECT_EQ(accounts.column(Field::employees), 3);
}

}  // namespace icp::mapping
