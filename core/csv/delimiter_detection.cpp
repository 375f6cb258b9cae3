// Delimiter detection, modelled on Papa Parse's guessDelimiter: read the sample's first records
// with each candidate (quote-aware: the sample is parsed by CsvReader itself, so a delimiter
// inside a quoted field does not count) and keep the candidate whose field count varies least.
#include <vector>

#include "csv/csv_reader.h"

namespace icp::csv {

namespace {

constexpr size_t kSampleRecords = 10;  // records looked at, as Papa Parse's preview
constexpr size_t kFeedStep = 4096;     // the sample is fed in steps to stop once enough is read
// Papa Parse's order, which also breaks exact ties.
constexpr char kCandidates[] = {',', '\t', '|', ';'};

class FieldCounts : public RecordSink {
 public:
  void on_record(const Record& record) override {
    if (counts.size() < kSampleRecords) counts.push_back(record.fields.size());
  }
  std::vector<size_t> counts;
};

struct Fit {
  uint64_t records = 0;
  uint64_t fields = 0;  // over all records: the average is fields / records
  uint64_t delta = 0;   // sum of |count - previous count|
};

Fit measure(std::string_view sample, char candidate, bool sample_may_continue) {
  FieldCounts counter;
  Options options;
  options.delimiter = candidate;
  options.skip_empty_lines = true;  // a blank line says nothing about the delimiter
  options.max_issues = 0;
  CsvReader reader(counter, options);
  for (size_t at = 0; at < sample.size() && counter.counts.size() < kSampleRecords; at += kFeedStep) {
    reader.feed(sample.substr(at, kFeedStep));
  }
  // The unterminated last record of a cut sample is likely incomplete: used only if alone.
  if (counter.counts.size() < kSampleRecords && (!sample_may_continue || counter.counts.empty())) {
    reader.finish();
  }
  Fit fit;
  for (size_t i = 0; i < counter.counts.size(); ++i) {
    const size_t count = counter.counts[i];
    ++fit.records;
    fit.fields += count;
    if (i > 0) {
      const size_t previous = counter.counts[i - 1];
      fit.delta += count > previous ? count - previous : previous - count;
    }
  }
  return fit;
}

}  // namespace

char detect_delimiter(std::string_view sample, bool sample_may_continue) {
  char best = 0;
  Fit best_fit;
  for (const char candidate : kCandidates) {
    const Fit fit = measure(sample, candidate, sample_may_continue);
    // Papa Parse's rule, in integers: average field count > 1.99, then the lowest delta, then
    // the higher average.
    if (fit.records == 0 || fit.fields * 100 <= fit.records * 199) continue;
    const bool better = best == 0 || fit.delta < best_fit.delta ||
                        (fit.delta == best_fit.delta && fit.fields * best_fit.records > best_fit.fields * fit.records);
    if (better) {
      best = candidate;
      best_fit = fit;
    }
  }
  return best != 0 ? best : ',';
}

}  // namespace icp::csv
