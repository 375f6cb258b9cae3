#include "values/money_value.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

// read_money reads the common "USD 1,234.50" shape on a fast path of its own: it must give exactly
// what the general rules give, field for field, on that shape and on everything near it.
void expect_same_reading(const std::string& text, DecimalMark mark) {
  const MoneyReading fast = read_money(text, mark);
  const MoneyReading general = read_money_general(text, mark);
  EXPECT_EQ(fast.kind, general.kind) << text;
  if (fast.kind == MoneyKind::ok && general.kind == MoneyKind::ok) {
    EXPECT_EQ(fast.value, general.value) << text;  // bit for bit, not nearly
  }
  EXPECT_EQ(fast.shows_point, general.shows_point) << text;
  EXPECT_EQ(fast.shows_comma, general.shows_comma) << text;
  EXPECT_EQ(fast.mark_ambiguous, general.mark_ambiguous) << text;
  EXPECT_EQ(fast.separator, general.separator) << text;
}

TEST(ReadMoney, FastPathAgreesWithTheGeneralRules) {
  for (const char* text : {"USD 8,720.00", "USD 310,320.00", "$1,234.5", "$0.99", "1200", "12.50", "1,234",
                           "1,234.567", "12,34.00", "1234,567.00", ",123.00", "1,23", "USD 1,234", "USD  12.00",
                           "usd 12.00", "USD 12.", "USD .5", "$-12.00", "999999999999999.9", "9999999999999999",
                           "123456789012345.67", "1,234,567.891", " USD 42.10 ", "EUR 1.234,50", "ABC 7"}) {
    for (DecimalMark mark : {DecimalMark::point, DecimalMark::comma}) expect_same_reading(text, mark);
  }
  // Seeded texts of amount-like bytes, most of them in the fast path's shape, some just outside it.
  std::mt19937_64 random(20261203);
  const std::string alphabet = "0123456789,.$ USDx-";
  for (int n = 0; n < 200'000; ++n) {
    std::string text;
    const int shape = static_cast<int>(random() % 4);
    if (shape == 0) text = "USD ";
    if (shape == 1) text = "$";
    if (shape <= 2) {
      text += std::to_string(random() % 1000);
      for (int g = static_cast<int>(random() % 5); g > 0; --g) {
        const std::string group = std::to_string(1000 + random() % 1000).substr(1);
        text += "," + group;
      }
      if (random() % 4 != 0) text += "." + std::to_string(random() % 100).substr(0, 1 + random() % 2);
      if (random() % 8 == 0) text.insert(random() % (text.size() + 1), 1, alphabet[random() % alphabet.size()]);
    } else {
      for (int k = static_cast<int>(1 + random() % 14); k > 0; --k) text += alphabet[random() % alphabet.size()];
    }
    expect_same_reading(text, random() % 2 ? DecimalMark::point : DecimalMark::comma);
    if (::testing::Test::HasFailure()) break;
  }
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
