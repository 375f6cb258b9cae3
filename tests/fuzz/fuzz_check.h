// Checks for the fuzz targets: a failed check prints what was expected and aborts, which libFuzzer
// reports as a crash and saves the input (crash-<sha1>). Never assert(): it vanishes under NDEBUG.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond, what)                                                                     \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, #cond, \
                   std::string(what).c_str());                                                     \
      std::abort();                                                                                \
    }                                                                                              \
  } while (0)

namespace icp::fuzz {

// Cuts `data` into chunks whose sizes cycle through `sizes` (0 in the list means "all the rest"),
// and hands each to `feed` until it returns false. Returns false if feed did.
template <class Sizes, class Feed>
bool feed_in_chunks(std::string_view data, const Sizes& sizes, Feed&& feed) {
  size_t turn = 0;
  while (!data.empty()) {
    size_t n = sizes.empty() ? data.size() : static_cast<size_t>(sizes[turn++ % sizes.size()]);
    if (n == 0 || n > data.size()) n = data.size();
    if (!feed(data.substr(0, n))) return false;
    data.remove_prefix(n);
  }
  return true;
}

// A short, printable rendering of bytes for failure messages.
inline std::string preview(std::string_view s, size_t max = 80) {
  std::string out;
  for (size_t i = 0; i < s.size() && out.size() < max; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

}  // namespace icp::fuzz
