// The attributes of every deal and every customer, as values (text, or numbers for sizes and
// amounts), before any banding or folding: what segments are cut from (segments.h) and what ICP
// rules are evaluated on (an ICP's `between` needs the employee count itself, not its band).
// - account attributes (industry, country, region, employees, annual_revenue, custom account
//   columns) come from the accounts file, else from the first deal of the customer that carries
//   them; a deal takes its customer's (its own when it has no customer).
// - deal attributes (product, deal_type, lead_source, owner, amount, custom deal columns) belong to
//   each deal; a customer takes those of its first won deal, else of its first deal.
// Texts are views into the tables' dictionaries, trimmed: the tables must outlive the attributes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "metrics/customers.h"
#include "table/tables.h"

namespace icp::metrics {

struct TextAttribute {
  std::string field;  // "industry", "country", a custom column's header, ...
  bool account_attribute = false;
  std::vector<std::string_view> of_deal;      // "" when missing
  std::vector<std::string_view> of_customer;
};

struct NumberAttribute {
  std::string field;  // "employees", "annual_revenue", "amount" (a customer's: its first won deal's)
  bool account_attribute = false;
  std::vector<double> of_deal;      // NaN when missing
  std::vector<double> of_customer;
};

struct Attributes {
  std::vector<TextAttribute> text;
  std::vector<NumberAttribute> numbers;
  std::vector<int32_t> speaking_deal;  // per customer: the deal whose deal attributes it takes, or -1

  const TextAttribute* text_field(std::string_view field) const;
  const NumberAttribute* number_field(std::string_view field) const;
};

Attributes build_attributes(const table::Tables& tables, const Customers& customers);

}  // namespace icp::metrics
