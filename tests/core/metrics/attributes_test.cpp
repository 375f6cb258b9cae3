#include "metrics/attributes.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using mapping::Outcome;

struct World {
  table::Tables t;
  void deal(std::string_view account, std::string_view industry, std::string_view owner, Outcome o = Outcome::won) {
    table::DealTable& d = t.deals;
    d.outcome.push_back(o);
    d.created.push_back(days_from_civil(2024, 1, 1));
    d.closed.push_back(days_from_civil(2024, 2, 1));
    d.amount.push_back(1000);
    d.account_id.push_missing();
    if (account.empty()) d.account_name.push_missing(); else d.account_name.push(account);
    if (industry.empty()) d.industry.push_missing(); else d.industry.push(industry);
    d.employees.push_back(100);
    d.owner.push(owner);
    for (auto* col : {&d.lead_source, &d.deal_type, &d.product, &d.country}) col->push_missing();
  }
  Attributes build() {
    std::vector<join::JoinStats> joins;
    customers = build_customers(t, {true, false, false, false}, &joins);
    return build_attributes(t, customers);
  }
  Customers customers;
};

TEST(Attributes, TextsThatTrimAlikeShareOneCodeAndBlankIsMissing) {
  World w;
  w.deal("Acme", "Software", "Ann");
  w.deal("Beta", " Software ", "Ann");
  w.deal("Core", "   ", "Bob");
  w.deal("Dyn", "software", "Bob");
  const Attributes a = w.build();
  const TextAttribute* industry = a.text_field("industry");
  ASSERT_NE(industry, nullptr);
  EXPECT_TRUE(industry->account_attribute);
  // "software" differs in case: another text, another code (segments fold case, rules key it).
  ASSERT_EQ(industry->values, (std::vector<std::string_view>{"Software", "software"}));
  EXPECT_EQ(industry->of_deal, (std::vector<uint32_t>{0, 0, TextAttribute::kMissing, 1}));
  EXPECT_EQ(industry->text(0), "Software");
  EXPECT_EQ(industry->text(TextAttribute::kMissing), "");
}

TEST(Attributes, ADealTakesItsCustomersTextAndACustomerItsFirstWonDeals) {
  World w;
  w.deal("Acme", "Software", "Ann", Outcome::lost);
  w.deal("Acme", "", "Bob", Outcome::won);
  w.deal("", "Retail", "Cy", Outcome::lost);  // no customer: the deal keeps its own texts
  const Attributes a = w.build();
  const TextAttribute* industry = a.text_field("industry");
  const TextAttribute* owner = a.text_field("owner");
  ASSERT_NE(industry, nullptr);
  ASSERT_NE(owner, nullptr);
  ASSERT_EQ(industry->of_customer.size(), 1u);
  EXPECT_EQ(industry->text(industry->of_customer[0]), "Software");
  EXPECT_EQ(industry->text(industry->of_deal[1]), "Software");  // the account's, not the deal's blank
  EXPECT_EQ(industry->text(industry->of_deal[2]), "Retail");
  EXPECT_EQ(owner->text(owner->of_customer[0]), "Bob");  // the first won deal speaks for it
  EXPECT_EQ(owner->text(owner->of_deal[0]), "Ann");      // a deal attribute stays the deal's own
}

}  // namespace
// A deal attribute whose values are its column's own is a view of the column, not a copy; an
// account attribute too when every deal of an account carries the same value. One whose deals
// disagree (the account's first value speaks for all) is gathered through the customers' keys: a
// value per customer. Only values that neither gives (a deal without a customer whose text trims
// to another's) are a copy, of codes a byte each.
TEST(Attributes, DealValuesEqualToTheirColumnAreAViewOfIt) {
  World w;
  w.deal("Acme", "Software", "Ann");
  w.deal("Beta", "Retail", "Bob", Outcome::lost);
  w.deal("Acme", "Software", "Cy", Outcome::open);
  w.deal("", "", "Ann", Outcome::open);
  const Attributes a = w.build();
  const TextAttribute* owner = a.text_field("owner");
  ASSERT_NE(owner, nullptr);
  EXPECT_TRUE(owner->of_deal.is_view());
  EXPECT_EQ(owner->of_deal.data(), w.t.deals.owner.codes.data());
  EXPECT_EQ(owner->text(owner->of_deal[3]), "Ann");
  const NumberAttribute* amount = a.number_field("amount");
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->of_deal.data(), w.t.deals.amount.data());
  EXPECT_TRUE(a.text_field("industry")->of_deal.is_view());
  EXPECT_TRUE(a.number_field("employees")->of_deal.is_view());
}

// A deal attribute is a view only where the column's codes are the attribute's: its entries first
// taken in code order, each a text of its own once trimmed. Otherwise the codes are the attribute's
// own, in order of first appearance.
TEST(Attributes, ADealTextIsAViewOnlyWhereItsColumnsCodesAreItsOwn) {
  World w;
  for (const char* owner : {"Ann", "Bob", "Cy"}) w.deal("Acme", "Software", owner);
  const auto owner_codes = [&](std::vector<uint32_t> codes) {
    table::CodeColumn& column = w.t.deals.owner.codes;
    column = table::CodeColumn();
    for (uint32_t c : codes) column.push_back(c);
  };
  {
    owner_codes({0, 1, 2});
    const Attributes a = w.build();
    const TextAttribute* owner = a.text_field("owner");
    EXPECT_TRUE(owner->of_deal.is_view());
    ASSERT_EQ(owner->values, (std::vector<std::string_view>{"Ann", "Bob", "Cy"}));
  }
  {
    // The deals first take entry 1 (Bob), then 0 (Ann): the attribute's codes follow the deals.
    owner_codes({1, 0, 1});
    const Attributes a = w.build();
    const TextAttribute* owner = a.text_field("owner");
    EXPECT_FALSE(owner->of_deal.is_view());
    ASSERT_EQ(owner->values, (std::vector<std::string_view>{"Bob", "Ann"}));
    EXPECT_EQ(owner->of_deal, (std::vector<uint32_t>{0, 1, 0}));
  }
  {
    // Entry 2 is never taken: the attribute has no value for it (and the codes it takes are still
    // the column's: a view).
    owner_codes({0, 1, table::kMissingCode});
    const Attributes a = w.build();
    const TextAttribute* owner = a.text_field("owner");
    EXPECT_TRUE(owner->of_deal.is_view());
    ASSERT_EQ(owner->values, (std::vector<std::string_view>{"Ann", "Bob"}));
    EXPECT_EQ(owner->of_deal, (std::vector<uint32_t>{0, 1, TextAttribute::kMissing}));
  }
  {
    // An entry that trims to another's text (a column filled without the ingest's trimming).
    const uint32_t padded = w.t.deals.owner.dictionary.intern(" Bob\v");
    owner_codes({0, 1, padded});
    const Attributes a = w.build();
    const TextAttribute* owner = a.text_field("owner");
    EXPECT_FALSE(owner->of_deal.is_view());
    ASSERT_EQ(owner->values, (std::vector<std::string_view>{"Ann", "Bob"}));
    EXPECT_EQ(owner->of_deal, (std::vector<uint32_t>{0, 1, 1}));
  }
}

TEST(Attributes, AnAccountAttributeItsDealsDisagreeOnIsGatheredByCustomer) {
  World mixed;
  mixed.deal("Acme", "Software", "Ann");
  mixed.deal("Acme", "Retail", "Bob");  // the account's first deal speaks: Software
  mixed.deal("", "Software", "Cy");     // no customer: its own, as its column has it
  mixed.deal("Beta", "Media", "Cy");
  mixed.t.deals.employees[1] = 250;     // Acme's first deal says 100
  const Attributes m = mixed.build();
  const TextAttribute* industry = m.text_field("industry");
  ASSERT_NE(industry, nullptr);
  EXPECT_FALSE(industry->of_deal.is_view());
  EXPECT_TRUE(industry->of_deal.is_gathered());
  EXPECT_EQ(industry->of_deal.owned_bytes(), 2 * sizeof(uint32_t));  // Acme and Beta
  ASSERT_EQ(industry->of_deal.size(), 4u);
  EXPECT_EQ(industry->text(industry->of_deal[0]), "Software");
  EXPECT_EQ(industry->text(industry->of_deal[1]), "Software");
  EXPECT_EQ(industry->text(industry->of_deal[2]), "Software");
  EXPECT_EQ(industry->text(industry->of_deal[3]), "Media");  // code 1, where its column has 2
  const NumberAttribute* employees = m.number_field("employees");
  ASSERT_NE(employees, nullptr);
  EXPECT_TRUE(employees->of_deal.is_gathered());
  EXPECT_EQ(employees->of_deal, (std::vector<double>{100, 100, 100, 100}));
  EXPECT_EQ(employees->of_deal.owned_bytes(), 2 * sizeof(double));

  // Codes go in order of first use, customers first: Software is 0, and the deal without a customer
  // holds Retail as 1 where its column has 0. Neither the view nor the gathering gives that.
  World reordered;
  reordered.deal("", "Retail", "Cy");
  reordered.deal("Acme", "Software", "Ann");
  const Attributes r = reordered.build();
  const TextAttribute* copied = r.text_field("industry");
  ASSERT_NE(copied, nullptr);
  ASSERT_EQ(copied->values, (std::vector<std::string_view>{"Software", "Retail"}));
  EXPECT_FALSE(copied->of_deal.is_view());
  EXPECT_FALSE(copied->of_deal.is_gathered());
  EXPECT_EQ(copied->of_deal, (std::vector<uint32_t>{1, 0}));
  EXPECT_LT(copied->of_deal.owned_bytes(), 2 * sizeof(uint32_t));  // a byte a code
}

// Columns no file has (region, product, annual revenue here) keep their attribute and name but no
// per-record vectors; the counts come from the deals and customers.
TEST(Attributes, AnAttributeWithoutValuesHoldsNoPerRecordVectors) {
  World w;
  w.deal("Acme", "Software", "Ann");
  w.deal("Beta", "Retail", "Bob", Outcome::lost);
  w.deal("", "", "Cy", Outcome::open);
  const Attributes a = w.build();
  EXPECT_EQ(a.deal_count(), 3u);
  EXPECT_EQ(a.customer_count(), 2u);
  for (const char* field : {"region", "product", "lead_source"}) {
    const TextAttribute* t = a.text_field(field);
    ASSERT_NE(t, nullptr) << field;
    EXPECT_TRUE(t->values.empty()) << field;
    EXPECT_TRUE(t->of_deal.empty()) << field;
    EXPECT_TRUE(t->of_customer.empty()) << field;
    EXPECT_EQ(t->of_deal.owned_bytes(), 0u) << field;  // given back, not only cleared
  }
  const NumberAttribute* revenue = a.number_field("annual_revenue");
  ASSERT_NE(revenue, nullptr);
  EXPECT_TRUE(revenue->of_deal.empty());
  EXPECT_TRUE(revenue->of_customer.empty());
  EXPECT_EQ(revenue->of_deal.owned_bytes(), 0u);
  // Attributes with values keep a value per record.
  EXPECT_EQ(a.text_field("industry")->of_deal.size(), 3u);
  EXPECT_EQ(a.number_field("employees")->of_deal.size(), 3u);
  EXPECT_EQ(a.number_field("amount")->of_customer.size(), 2u);
}

}  // namespace icp::metrics
