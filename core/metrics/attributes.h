// The attributes of every deal and every customer, as values (text, or numbers for sizes and
// amounts), before any banding or folding: what segments are cut from (segments.h) and what ICP
// rules are evaluated on (an ICP's `between` needs the employee count itself, not its band).
// - account attributes (industry, country, region, employees, annual_revenue, custom account
//   columns) come from the accounts file, else from the first deal of the customer that carries
//   them; a deal takes its customer's (its own when it has no customer).
// - deal attributes (product, deal_type, lead_source, owner, amount, custom deal columns) belong to
//   each deal; a customer takes those of its first won deal, else of its first deal.
// Texts are dictionary codes. Each text attribute lists its distinct values once (`values`, trimmed
// views into the tables' dictionaries: the tables must outlive the attributes), and every deal and
// customer holds the code of its value, or TextAttribute::kMissing when it has none (no cell, or one
// that trims to ""; "" is never a value). Texts that trim to the same bytes share one code, so two
// codes are equal exactly when the texts are; a code is given in order of first use and only to a
// text some deal or customer holds. A consumer that derives something from a text (a level, a rule's
// outcome) can do it once per code, in a table indexed by code, instead of once per record.
// An attribute no record has a value of (a column the files lack: region, product, annual revenue
// in a plain opportunities export) keeps its name and holds no per-record vectors: a record past
// the end of of_deal or of_customer has no value (kMissing, NaN), and the record counts are
// Attributes::deal_count() and customer_count(), not the vectors' sizes.
// A deal's values that equal, bit for bit, those of the deals table's column they come from (the
// amounts; a deal text whose codes are its column's; an account attribute every deal of an account
// carries alike, when no accounts file says otherwise) are a view of that column, not a copy; an
// account attribute whose deals disagree is gathered through the customers' keys, not copied
// (record_values.h). The attributes then need the tables and the customers to outlive them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/customers.h"
#include "metrics/record_values.h"
#include "table/tables.h"

namespace icp::metrics {

struct TextAttribute {
  static constexpr uint32_t kMissing = UINT32_MAX;  // the code of a record without a value

  std::string field;  // "industry", "country", a custom column's header, ...
  bool account_attribute = false;
  std::vector<std::string_view> values;  // by code: distinct, trimmed, never ""
  RecordValues<uint32_t> of_deal;        // code per deal row, kMissing when missing
  std::vector<uint32_t> of_customer;     // code per customer key, kMissing when missing

  // The text of a code; "" for kMissing.
  std::string_view text(uint32_t code) const { return code < values.size() ? values[code] : std::string_view(); }
};

struct NumberAttribute {
  std::string field;  // "employees", "annual_revenue", "amount" (a customer's: its first won deal's)
  bool account_attribute = false;
  RecordValues<double> of_deal;     // NaN when missing
  std::vector<double> of_customer;
};

struct Attributes {
  std::vector<TextAttribute> text;
  std::vector<NumberAttribute> numbers;
  std::vector<int32_t> speaking_deal;  // per customer: the deal whose deal attributes it takes, or -1
  size_t deals = 0;                     // the deal rows (build_attributes sets it)

  size_t customer_count() const { return speaking_deal.size(); }
  // deals, or the longest of_deal when that is longer (attributes put together by hand).
  size_t deal_count() const;

  const TextAttribute* text_field(std::string_view field) const;
  const NumberAttribute* number_field(std::string_view field) const;
};

Attributes build_attributes(const table::Tables& tables, const Customers& customers);

}  // namespace icp::metrics
