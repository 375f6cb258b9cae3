// What a column's values look like, from the first rows of a file: how many read as dates, amounts,
// percentages, employee ranges, flags or outcome words, how many are distinct, and a few samples.
// Mapping by values (value_mapping.h) and the mapping review read it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::profile {

enum class ValueType : uint8_t { empty, date, money, number, percent, boolean, employee_range, outcome, text };

std::string_view value_type_name(ValueType type);

struct ColumnProfile {
  std::string header;
  uint64_t values = 0;    // non-missing values seen
  uint64_t missing = 0;
  uint64_t dates = 0;
  uint64_t numbers = 0;   // plain numbers ("1200", "12.5")
  uint64_t money = 0;     // numbers with a currency sign or code, or thousands separators
  uint64_t percents = 0;
  uint64_t booleans = 0;
  uint64_t employee_ranges = 0;  // "51-200", "10K+"
  uint64_t outcome_words = 0;    // "Closed Won", "lost", "closedwon"
  uint64_t won_words = 0;        // the "won" ones among them
  uint64_t distinct = 0;         // distinct values, counted up to kDistinctCap
  bool distinct_capped = false;
  std::vector<std::string> samples;  // first distinct non-missing values, up to kSamples
  double mean_date = 0;              // mean day number of the date values (to order created/close)

  static constexpr size_t kSamples = 5;
  // A longer sample is cut (on a UTF-8 character boundary) and ends with "…": a 50 MB cell must not
  // become a 50 MB sample in the report and in the mapping reasons that quote samples.
  static constexpr size_t kMaxSampleBytes = 120;
  static constexpr uint64_t kDistinctCap = 200;

  // The type most values have (≥ 80% of non-missing values), else text; empty when no value.
  ValueType dominant() const;
  double share(uint64_t count) const { return values == 0 ? 0 : static_cast<double>(count) / static_cast<double>(values); }
};

class ColumnProfiler {
 public:
  explicit ColumnProfiler(const std::vector<std::string>& headers);
  void add_row(const std::vector<std::string>& fields);
  std::vector<ColumnProfile> take();

 private:
  std::vector<ColumnProfile> columns_;
  std::vector<std::vector<std::string>> seen_;  // distinct values per column, up to the cap
  std::vector<double> date_sum_;
};

}  // namespace icp::profile
