// libFuzzer target: encoding detection and the streaming transcoder to UTF-8 (core/text/).
//
// Input layout: 2 control bytes, then the file's bytes.
//   [0] chunk size 1..256 ([0] + 1)   [1] bit 0: the sample is the whole file (complete)
//
// Checked, for every encoding and both option sets:
// - chunking never changes the output bytes, the replacement count and offset, or the fallback;
// - UTF-16 and Windows-1252 always give valid UTF-8, and so does UTF-8 input after a fallback;
// - UTF-8 input with the fallback off: replacements() counts nothing exactly when simdjson finds
//   the input valid UTF-8 (a differential with an independent validator); with a BOM, the same
//   for the bytes after it;
// - detect_encoding() on the sample: a reason always, confidence in [0, 1].
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "simdjson.h"
#include "text/encoding.h"
#include "text/utf8_transcoder.h"

namespace {

using icp::text::Encoding;
using icp::text::TranscoderOptions;
using icp::text::Utf8Transcoder;

struct Output {
  std::string bytes;
  uint64_t replacements;
  uint64_t first_replacement;
  bool fell_back;
  uint64_t fallback_offset;
  Encoding encoding;
};

Output convert(std::string_view data, Encoding encoding, TranscoderOptions options, size_t chunk) {
  Utf8Transcoder t(encoding, options);
  Output out;
  icp::fuzz::feed_in_chunks(data, std::vector<size_t>{chunk}, [&](std::string_view c) {
    out.bytes.append(t.convert(c));
    return true;
  });
  out.bytes.append(t.finish());
  out.replacements = t.replacements();
  out.first_replacement = t.first_replacement_offset();
  out.fell_back = t.fell_back();
  out.fallback_offset = t.fallback_offset();
  out.encoding = t.encoding();
  FUZZ_CHECK(t.bytes_in() == data.size(), "every byte is taken in");
  FUZZ_CHECK(t.bytes_out() == out.bytes.size(), "bytes_out counts the output");
  return out;
}

bool valid_utf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view data(reinterpret_cast<const char*>(bytes), size);
  size_t chunk = 1;
  bool complete = true;
  if (data.size() >= 2) {
    chunk = bytes[0] + 1u;
    complete = (bytes[1] & 1) != 0;
    data.remove_prefix(2);
  }

  const auto guess = icp::text::detect_encoding(data.substr(0, icp::text::kEncodingSniffBytes), complete);
  FUZZ_CHECK(!guess.reason.empty(), "a guess gives its reason");
  FUZZ_CHECK(guess.confidence >= 0 && guess.confidence <= 1, "confidence lies in [0, 1]");

  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::utf16le, Encoding::utf16be, Encoding::windows1252}) {
    for (const TranscoderOptions& options : {TranscoderOptions{}, TranscoderOptions{true, false}}) {
      const Output whole = convert(data, e, options, data.size() + 1);
      const Output pieces = convert(data, e, options, chunk);
      FUZZ_CHECK(whole.bytes == pieces.bytes, "chunking changes the output of " +
                                                  std::string(icp::text::encoding_name(e)));
      FUZZ_CHECK(whole.replacements == pieces.replacements && whole.first_replacement == pieces.first_replacement,
                 "chunking changes the replacements");
      FUZZ_CHECK(whole.fell_back == pieces.fell_back && whole.fallback_offset == pieces.fallback_offset &&
                     whole.encoding == pieces.encoding,
                 "chunking changes the fallback");
      FUZZ_CHECK((whole.replacements == 0) == (whole.first_replacement == Utf8Transcoder::npos),
                 "a first replacement offset exactly when something was replaced");
      const bool utf8_in = e == Encoding::utf8 || e == Encoding::utf8_bom;
      if (!utf8_in || whole.fell_back) {
        FUZZ_CHECK(valid_utf8(whole.bytes), "decoded output is valid UTF-8");
      }
      if (utf8_in && !options.utf8_fallback_to_windows1252) {
        std::string_view body = data;
        if (e == Encoding::utf8_bom && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
        FUZZ_CHECK((whole.replacements == 0) == valid_utf8(body), "replacements agree with simdjson's UTF-8 check");
      }
      if (e == Encoding::utf8 && !whole.fell_back) FUZZ_CHECK(whole.bytes == data, "UTF-8 passes through");
    }
  }
  return 0;
}
