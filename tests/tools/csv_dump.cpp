// csv_dump FILE [CHUNK]: the cells the engine's reader makes of a file (encoding sniffed and decoded,
// delimiter detected), as JSON {"delimiter", "encoding", "rows": [[...], ...]} on stdout. A test tool:
// the differential test compares it with Papa Parse on the same bytes.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "csv/csv_reader.h"
#include "report/json_writer.h"
#include "text/encoding.h"
#include "text/utf8_transcoder.h"

namespace {

class Collect : public icp::csv::RecordSink {
 public:
  void on_record(const icp::csv::Record& r) override {
    rows.emplace_back(r.fields.begin(), r.fields.end());
  }
  std::vector<std::vector<std::string>> rows;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: csv_dump FILE [CHUNK]\n");
    return 2;
  }
  const size_t chunk = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : (1u << 20);
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) return 2;
  std::string bytes;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  std::fclose(f);

  const auto guess = icp::text::detect_encoding(std::string_view(bytes).substr(0, icp::text::kEncodingSniffBytes),
                                                bytes.size() <= icp::text::kEncodingSniffBytes);
  icp::text::Utf8Transcoder transcoder(guess.encoding, icp::text::transcoder_options_for(guess));
  Collect sink;
  icp::csv::Options options;
  options.skip_empty_lines = false;
  icp::csv::CsvReader reader(sink, options);
  bool ok = true;
  for (size_t i = 0; ok && i < bytes.size(); i += chunk) ok = reader.feed(transcoder.convert(std::string_view(bytes).substr(i, chunk)));
  if (ok) ok = reader.feed(transcoder.finish()) && reader.finish();
  if (!ok) {
    std::fprintf(stderr, "csv_dump: %s\n", reader.error().c_str());
    return 2;
  }
  icp::report::JsonWriter w;
  w.begin_object();
  w.key("delimiter").value(std::string(1, reader.delimiter()));
  w.key("encoding").value(std::string(icp::text::encoding_name(transcoder.encoding())));
  w.key("rows").begin_array();
  for (const auto& row : sink.rows) {
    w.begin_array();
    for (const auto& cell : row) w.value(cell);
    w.end_array();
  }
  w.end_array();
  w.end_object();
  const std::string out = w.finish();
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
