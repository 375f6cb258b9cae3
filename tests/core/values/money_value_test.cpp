#include "values/money_value.h"

#include <gtest/gtest.h>

namespace icp::values {

namespace {
double money(std::string_view text, DecimalMark mark = DecimalMark::point) {
  const MoneyReading r = read_money(text, mark);
  EXPECT_EQ(r.kind, MoneyKind::ok) << text;
  return r.value;
}
}  // namespace

TEST(ReadMoney, SalesforceAndSymbols) {
  EXPECT_DOUBLE_EQ(money("USD 1,234.50"), 1234.5);
  EXPECT_DOUBLE_EQ(money("USD 485,000.00"), 485000);
  EXPECT_DOUBLE_EQ(money("$1,234"), 1234);
  EXPECT_DOUBLE_EQ(money("$12,400.00"), 12400);
  EXPECT_DOUBLE_EQ(money("42,000"), 42000);
  EXPECT_DOUBLE_EQ(money("1200"), 1200);
  EXPECT_DOUBLE_EQ(money("£99.95"), 99.95);
}

TEST(ReadMoney, EuropeanFormats) {
  EXPECT_DOUBLE_EQ(money("1.234,50 €"), 1234.5);
  EXPECT_DOUBLE_EQ(money("12,5"), 12.5);
  EXPECT_DOUBLE_EQ(money("1.234.567"), 1234567);
  EXPECT_DOUBLE_EQ(money("1.234", DecimalMark::comma), 1234);
  EXPECT_DOUBLE_EQ(money("42 000"), 42000);
  EXPECT_DOUBLE_EQ(money("EUR 1.234,50"), 1234.5);
}

TEST(ReadMoney, Negatives) {
  EXPECT_DOUBLE_EQ(money("(1,200)"), -1200);
  EXPECT_DOUBLE_EQ(money("-1200"), -1200);
  EXPECT_DOUBLE_EQ(money("USD -1,200.00"), -1200);
  EXPECT_DOUBLE_EQ(money("-$5"), -5);
}

TEST(ReadMoney, MissingAndInvalid) {
  EXPECT_EQ(read_money("").kind, MoneyKind::missing);
  EXPECT_EQ(read_money("-").kind, MoneyKind::missing);
  EXPECT_EQ(read_money("N/A").kind, MoneyKind::missing);
  EXPECT_EQ(read_money("lots").kind, MoneyKind::invalid);
  EXPECT_EQ(read_money("12-34").kind, MoneyKind::invalid);
  EXPECT_EQ(read_money("1 2 x 3").kind, MoneyKind::invalid);
  // Words and ids that hold a number are not amounts.
  EXPECT_EQ(read_money("D-1001").kind, MoneyKind::invalid);
  EXPECT_EQ(read_money("Firma 13 GmbH").kind, MoneyKind::invalid);
  EXPECT_EQ(read_money("Q3 2024").kind, MoneyKind::invalid);
  EXPECT_DOUBLE_EQ(money("US$ 1,200"), 1200);
  EXPECT_DOUBLE_EQ(money("1 200 kr"), 1200);
}

TEST(ReadMoney, ReportsWhatTheValueShowsAboutTheMark) {
  EXPECT_TRUE(read_money("1,234.50").shows_point);
  EXPECT_TRUE(read_money("1.234,50").shows_comma);
  EXPECT_TRUE(read_money("12,5").shows_comma);
  const MoneyReading ambiguous = read_money("1,234");
  EXPECT_TRUE(ambiguous.mark_ambiguous);
  EXPECT_EQ(ambiguous.separator, ',');
  EXPECT_FALSE(read_money("1234").mark_ambiguous);
}

}  // namespace icp::values

namespace icp::values {

TEST(CurrencyOf, CodesAndSymbols) {
  EXPECT_EQ(currency_of("USD 1,234.00"), "USD");
  EXPECT_EQ(currency_of("1.234,50 EUR"), "EUR");
  EXPECT_EQ(currency_of("1.234,50 €"), "EUR");
  EXPECT_EQ(currency_of("£99"), "GBP");
  EXPECT_EQ(currency_of("$1,234"), "$");
  EXPECT_EQ(currency_of("1200"), "");
  EXPECT_EQ(currency_of("USDX 5"), "");  // not a three-letter code on its own
}

}  // namespace icp::values
