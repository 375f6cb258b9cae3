// Writing the sample's CSV files: RFC 4180 rows with CRLF ends, and the value spellings the
// exports use (US dates, "USD 1,234.50", plain decimals, Zendesk timestamps). Integer input only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace icp::sample {

// M/D/YYYY without zero padding, as a US-locale Salesforce report writes it.
std::string us_date(int32_t days);

// "2024-03-05 14:22:00" from a day number and the seconds since midnight.
std::string iso_date_time(int32_t days, int seconds);

// "USD 1,234,567.89" from integer cents.
std::string usd(int64_t cents);

// "2041.67" from integer cents: no currency, no grouping, two decimals.
std::string plain_decimal(int64_t cents);

// RFC 4180 rows with CRLF ends. A field is quoted when it holds the delimiter, a quote, CR or LF,
// or when the caller asks (Salesforce quotes every amount).
class CsvWriter {
 public:
  void field(std::string_view value, bool always_quote = false);
  void end_row();
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool at_row_start_ = true;
};

}  // namespace icp::sample
