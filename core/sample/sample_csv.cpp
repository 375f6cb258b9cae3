#include "sample/sample_csv.h"

#include "util/civil_date.h"

namespace icp::sample {
namespace {

void two_digits(std::string& out, int v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

}  // namespace

std::string us_date(int32_t days) {
  const CivilDate c = civil_from_days(days);
  return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

std::string iso_date_time(int32_t days, int seconds) {
  std::string out = format_iso_date(days);
  out += ' ';
  two_digits(out, seconds / 3600);
  out += ':';
  two_digits(out, seconds / 60 % 60);
  out += ':';
  two_digits(out, seconds % 60);
  return out;
}

std::string usd(int64_t cents) {
  std::string out = cents < 0 ? "USD -" : "USD ";
  const uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  const std::string whole = std::to_string(magnitude / 100);
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  const uint64_t fraction = magnitude % 100;
  out += '.';
  two_digits(out, static_cast<int>(fraction));
  return out;
}

std::string plain_decimal(int64_t cents) {
  std::string out = cents < 0 ? "-" : "";
  const uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  out += std::to_string(magnitude / 100);
  out += '.';
  two_digits(out, static_cast<int>(magnitude % 100));
  return out;
}

void CsvWriter::field(std::string_view value, bool always_quote) {
  if (!at_row_start_) out_ += ',';
  at_row_start_ = false;
  const bool quote = always_quote || value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out_ += value;
    return;
  }
  out_ += '"';
  for (char c : value) {
    if (c == '"') out_ += '"';
    out_ += c;
  }
  out_ += '"';
}

void CsvWriter::end_row() {
  out_ += "\r\n";
  at_row_start_ = true;
}

}  // namespace icp::sample
