#include "mapping/mapping_inference.h"

#include <gtest/gtest.h>

namespace icp::mapping {
namespace {

struct Inferred {
  std::optional<FileMapping> mapping;
  std::string why_not;
};

Inferred infer(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
               std::optional<Role> forced = std::nullopt) {
  profile::ColumnProfiler profiler(headers);
  for (const auto& r : rows) profiler.add_row(r);
  Inferred out;
  out.mapping = infer_mapping(headers, profiler.take(), forced, &out.why_not);
  return out;
}

std::string header_of(const FileMapping& m, const std::vector<std::string>& headers, Field f) {
  const int c = m.columns.column(f);
  return c < 0 ? "" : headers[c];
}

}  // namespace

// One test per export style of FORMATS.md: the role and the key columns are found with no help.
TEST(InferMapping, SalesforceOpportunitiesReport) {
  const std::vector<std::string> h{"Stage", "Opportunity Name", "Account Name", "Amount", "Probability (%)",
                                   "Created Date", "Close Date", "Type", "Opportunity ID"};
  const auto r = infer(h, {{"Closed Won", "Big deal", "Acme", "USD 485,000.00", "90%", "16/10/2025", "20/11/2025",
                            "New Business", "006A"}});
  ASSERT_TRUE(r.mapping) << r.why_not;
  EXPECT_EQ(r.mapping->role, Role::deals);
  EXPECT_EQ(header_of(*r.mapping, h, Field::amount), "Amount");
  EXPECT_EQ(header_of(*r.mapping, h, Field::close_date), "Close Date");
  EXPECT_GT(r.mapping->role_confidence, 0.9);
}

TEST(InferMapping, HubSpotDealsInGermanAndPipedriveInCzech) {
  const std::vector<std::string> de{"Datensatz-ID", "Deal-Name", "Deal-Phase", "Abschlussdatum", "Betrag",
                                    "Erstelldatum"};
  const auto r = infer(de, {{"1", "A", "Abgeschlossen und gewonnen", "2024-02-01 09:30", "1200", "2024-01-01"}});
  ASSERT_TRUE(r.mapping) << r.why_not;
  EXPECT_EQ(r.mapping->role, Role::deals);
  EXPECT_EQ(header_of(*r.mapping, de, Field::stage), "Deal-Phase");
  EXPECT_EQ(header_of(*r.mapping, de, Field::amount), "Betrag");
  EXPECT_EQ(header_of(*r.mapping, de, Field::close_date), "Abschlussdatum");
  EXPECT_EQ(header_of(*r.mapping, de, Field::created_date), "Erstelldatum");

  const std::vector<std::string> cz{"Obchod - Název", "Obchod - Hodnota", "Obchod - Stav", "Obchod - ID"};
  const auto p = infer(cz, {{"A", "100", "won"}, {"B", "200", "lost"}});
  ASSERT_TRUE(p.mapping) << p.why_not;
  EXPECT_EQ(p.mapping->role, Role::deals);
  EXPECT_EQ(header_of(*p.mapping, cz, Field::status), "Obchod - Stav");
}

TEST(InferMapping, UnknownHeadersAreMappedFromValues) {
  const std::vector<std::string> h{"Kunde", "Phase", "Wert", "Eröffnet", "Geschlossen am"};
  const auto r = infer(h, {{"A", "Closed Won", "USD 1,200.00", "1/5/2024", "2/5/2024"},
                           {"B", "Closed Lost", "USD 900.00", "1/7/2024", "3/9/2024"},
                           {"C", "Negotiation", "USD 3,100.00", "2/7/2024", "4/9/2024"}});
  ASSERT_TRUE(r.mapping) << r.why_not;
  EXPECT_EQ(r.mapping->role, Role::deals);
  EXPECT_EQ(header_of(*r.mapping, h, Field::stage), "Phase");
  EXPECT_EQ(header_of(*r.mapping, h, Field::amount), "Wert");
  EXPECT_EQ(header_of(*r.mapping, h, Field::created_date), "Eröffnet");
  EXPECT_EQ(header_of(*r.mapping, h, Field::close_date), "Geschlossen am");
  const auto& stage = r.mapping->columns.guess(Field::stage);
  EXPECT_LT(stage->confidence, 0.8);
  EXPECT_NE(stage->reason.find("look like deal stages"), std::string::npos) << stage->reason;
}

TEST(InferMapping, DynamicsWithExcelSerialCloseDates) {
  const std::vector<std::string> h{"(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum", "Topic", "Account",
                                   "Status", "Status Reason", "Est. revenue", "Close Date", "Created On"};
  const auto r = infer(h, {{"guid", "x", "T", "Acme", "Won", "Won", "5000", "45358", "3/1/2024"},
                           {"guid2", "y", "U", "Beta", "Lost", "Out-Sold", "7000", "45360", "3/2/2024"}});
  ASSERT_TRUE(r.mapping) << r.why_not;
  EXPECT_EQ(r.mapping->role, Role::deals);
  EXPECT_EQ(header_of(*r.mapping, h, Field::status), "Status");
  EXPECT_EQ(header_of(*r.mapping, h, Field::amount), "Est. revenue");
  EXPECT_EQ(header_of(*r.mapping, h, Field::account_name), "Account");
}

TEST(InferMapping, AccountsRevenueTicketsAndSpend) {
  const std::vector<std::string> companies{"Record ID", "Company name", "Industry", "Country/Region",
                                           "Number of Employees", "Annual Revenue"};
  const auto a = infer(companies, {{"1", "Acme", "Software", "Germany", "51-200", "1000000"}});
  ASSERT_TRUE(a.mapping) << a.why_not;
  EXPECT_EQ(a.mapping->role, Role::accounts);
  EXPECT_EQ(header_of(*a.mapping, companies, Field::account_id), "Record ID");

  const std::vector<std::string> stripe{"id", "Customer ID", "Customer Name", "Status", "Amount", "Interval",
                                        "Created (UTC)", "Start (UTC)", "Ended At (UTC)"};
  const auto s = infer(stripe, {{"sub_1", "cus_1", "Acme", "active", "99.00", "month", "2024-01-01 10:00",
                                 "2024-01-01 10:00", ""}});
  ASSERT_TRUE(s.mapping) << s.why_not;
  EXPECT_EQ(s.mapping->role, Role::revenue);

  const std::vector<std::string> snapshots{"account_id", "month", "mrr_amount"};
  const auto m = infer(snapshots, {{"a1", "2024-01", "1200"}});
  ASSERT_TRUE(m.mapping) << m.why_not;
  EXPECT_EQ(m.mapping->role, Role::revenue);

  const std::vector<std::string> zendesk{"Id", "Requester", "Requester id", "Group", "Subject", "Tags", "Status",
                                         "Priority", "Via", "Ticket type", "Created at", "Organization"};
  const auto t = infer(zendesk, {{"1", "Ann", "9", "Support", "Help", "", "open", "high", "Mail", "incident",
                                  "2024-02-01 09:30", "Acme"}});
  ASSERT_TRUE(t.mapping) << t.why_not;
  EXPECT_EQ(t.mapping->role, Role::tickets);

  const std::vector<std::string> spend{"Month", "Channel", "Spend"};
  const auto sp = infer(spend, {{"2024-01", "Paid Search", "12000"}});
  ASSERT_TRUE(sp.mapping) << sp.why_not;
  EXPECT_EQ(sp.mapping->role, Role::spend);
}

TEST(InferMapping, NothingMappableSaysWhy) {
  const auto r = infer({"colour", "shape"}, {{"red", "round"}});
  EXPECT_FALSE(r.mapping);
  EXPECT_NE(r.why_not.find("2 headers"), std::string::npos) << r.why_not;
}

TEST(InferMapping, HeaderWhoseValuesDisagreeLosesConfidence) {
  const std::vector<std::string> h{"Stage", "Close Date"};
  const auto r = infer(h, {{"Closed Won", "soon"}, {"Closed Lost", "later"}});
  ASSERT_TRUE(r.mapping);
  const auto& g = r.mapping->columns.guess(Field::close_date);
  ASSERT_TRUE(g);
  EXPECT_LE(g->confidence, 0.3);
  EXPECT_NE(g->reason.find("only 0% of its values read as dates"), std::string::npos) << g->reason;
}

TEST(InferMapping, AForcedRoleIsTaken) {
  const auto r = infer({"colour", "Account Name"}, {{"red", "Acme"}}, Role::accounts);
  ASSERT_TRUE(r.mapping);
  EXPECT_EQ(r.mapping->role, Role::accounts);
  EXPECT_EQ(r.mapping->role_reason, "given by the user");
}

}  // namespace icp::mapping
