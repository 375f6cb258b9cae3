// A deals file without a column (no product, no account id: a plain opportunities export) adds no
// codes to it: the table's column stops short of its rows (table/deal_table.h). Files appended after
// one another keep every row's value on its row: a file with the column after one without pads it
// with missing codes first.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "ingest/file_ingest.h"
#include "ingest/record_stream.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "table/tables.h"

namespace icp::ingest {
namespace {

std::string deals_csv(bool with_product, int first_id, int rows, const std::string& product) {
  std::string csv = std::string("Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date") +
                    (with_product ? ",Product" : "") + "\r\n";
  for (int i = 0; i < rows; ++i) {
    csv += std::to_string(first_id + i) + ",Acme " + std::to_string(first_id + i) + "," +
           (i % 2 ? "Closed Won" : "Closed Lost") + ",1000,1/" + std::to_string(1 + i % 28) + "/2024,3/1/2024" +
           (with_product ? "," + product : "") + "\r\n";
  }
  return csv;
}

void read_into(table::Tables& tables, const std::string& name, const std::string& bytes) {
  FileIngest ingest(name, std::nullopt);
  RecordStream stream(name, ingest);
  ASSERT_TRUE(stream.feed(bytes).is_ok());
  ASSERT_TRUE(stream.finish().is_ok());
  ASSERT_TRUE(ingest.finish(tables).is_ok());
}

TEST(DealsAbsentColumns, AColumnNoFileHasHoldsNoCodes) {
  table::Tables tables;
  read_into(tables, "a.csv", deals_csv(false, 1, 40, ""));
  ASSERT_EQ(tables.deals.size(), 40u);
  EXPECT_TRUE(tables.deals.product.codes.empty());
  EXPECT_EQ(tables.deals.product.codes.capacity(), 0u);  // not even reserved
  EXPECT_TRUE(tables.deals.account_id.codes.empty());
  EXPECT_EQ(tables.deals.account_name.codes.size(), 40u);
}

TEST(DealsAbsentColumns, FilesAppendedKeepEachRowsValueOnItsRow) {
  table::Tables tables;
  read_into(tables, "a.csv", deals_csv(false, 1, 40, ""));
  read_into(tables, "b.csv", deals_csv(true, 100, 30, "Platform"));
  read_into(tables, "c.csv", deals_csv(false, 200, 20, ""));
  read_into(tables, "d.csv", deals_csv(true, 300, 10, "Add-on"));
  const table::DealTable& d = tables.deals;
  ASSERT_EQ(d.size(), 100u);
  ASSERT_EQ(d.product.codes.size(), 100u);  // padded before b and before d
  const auto product = [&](size_t row) -> std::string {
    const uint32_t code = row < d.product.codes.size() ? d.product.codes[row] : table::StringDictionary::kMissing;
    return code == table::StringDictionary::kMissing ? "" : std::string(d.product.dictionary.value(code));
  };
  for (size_t r = 0; r < 100; ++r) {
    const std::string expected = r < 40 ? "" : r < 70 ? "Platform" : r < 90 ? "" : "Add-on";
    EXPECT_EQ(product(r), expected) << r;
  }

  // The attributes read the same: a deal past the column's end, or in a padded row, has none.
  std::vector<join::JoinStats> joins;
  const metrics::Customers customers = metrics::build_customers(tables, {true, false, false, false}, &joins);
  const metrics::Attributes a = metrics::build_attributes(tables, customers);
  const metrics::TextAttribute* p = a.text_field("product");
  ASSERT_NE(p, nullptr);
  for (size_t r = 0; r < 100; ++r) {
    const std::string expected = r < 40 ? "" : r < 70 ? "Platform" : r < 90 ? "" : "Add-on";
    EXPECT_EQ(p->text(r < p->of_deal.size() ? p->of_deal[r] : metrics::TextAttribute::kMissing), expected) << r;
  }

  // A column only the first file has stops short of the later rows.
  table::Tables short_tail;
  read_into(short_tail, "b.csv", deals_csv(true, 100, 30, "Platform"));
  read_into(short_tail, "c.csv", deals_csv(false, 200, 20, ""));
  EXPECT_EQ(short_tail.deals.size(), 50u);
  EXPECT_EQ(short_tail.deals.product.codes.size(), 30u);
}

}  // namespace
}  // namespace icp::ingest
