#include "join/company_name.h"

#include <cctype>
#include <vector>

namespace icp::join {
namespace {

// Latin-1 letters as UTF-8 (C3 xx) folded to ASCII.
char fold_latin1(unsigned char second) {
  static constexpr char kTable[64] = {
      'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',   // C0-CF
      'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   's',   // D0-DF
      'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',   // E0-EF
      'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y'};  // F0-FF
  return second >= 0x80 && second <= 0xBF ? kTable[second - 0x80] : 0;
}

constexpr std::string_view kLegalSuffixes[] = {
    "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "plc",
    "corp", "corporation", "co", "company", "pty", "srl", "spa", "oy", "ab", "as", "kk", "llp", "lp",
    "se", "kg", "ug", "the"};

bool is_legal_suffix(std::string_view word) {
  for (std::string_view s : kLegalSuffixes) {
    if (word == s) return true;
  }
  return false;
}

}  // namespace

std::string company_name_key(std::string_view name) {
  // Words of lower-case ASCII letters and digits; "&" becomes "and"; dots inside abbreviations vanish.
  std::vector<std::string> words(1);
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    char out = 0;
    if (c < 0x80) {
      if (std::isalnum(c)) out = static_cast<char>(std::tolower(c));
      else if (c == '&') {
        if (!words.back().empty()) words.emplace_back();
        words.back() = "and";
        words.emplace_back();
        continue;
      } else if (c == '.' || c == '\'') {
        continue;  // "L.L.C." → "llc", "O'Neil" → "oneil"
      }
    } else if (c == 0xC3 && i + 1 < name.size()) {
      out = fold_latin1(static_cast<unsigned char>(name[++i]));
    } else {
      continue;  // other non-ASCII bytes: dropped
    }
    if (out) words.back().push_back(out);
    else if (!words.back().empty()) words.emplace_back();
  }
  while (!words.empty() && words.back().empty()) words.pop_back();
  // Drop legal suffixes from the end (and a leading "the"), but never the whole name.
  while (words.size() > 1 && is_legal_suffix(words.back())) words.pop_back();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  std::string key;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

}  // namespace icp::join
