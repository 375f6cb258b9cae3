#include "values/month_name.h"

#include <cctype>

namespace icp::values {

int month_from_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  if (name.size() < 3) return 0;
  char lower[16];
  if (name.size() > sizeof lower) return 0;
  for (size_t i = 0; i < name.size(); ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  const std::string_view word(lower, name.size());
  for (int m = 0; m < 12; ++m) {
    // The abbreviation ("mar"), a longer prefix ("sept"), or the whole name.
    if (kNames[m].substr(0, word.size()) == word) return m + 1;
  }
  return 0;
}

}  // namespace icp::values
