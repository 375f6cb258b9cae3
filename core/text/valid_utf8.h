// Text as the report writes it: valid UTF-8, each byte that does not start a valid sequence replaced
// by U+FFFD (report/json_writer.h does the same when it escapes strings). Names the engine keeps and
// later matches against a saved mapping — headers, stage names — go through it first, so a name with
// a stray byte matches its own saved spelling.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace icp::text {

// Length of the valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when none starts there
// (a stray continuation byte, a cut or overlong sequence, a surrogate, beyond U+10FFFF).
size_t utf8_sequence_length(std::string_view s, size_t i);

// The text with each byte that starts no valid sequence replaced by U+FFFD (EF BF BD).
std::string to_valid_utf8(std::string_view text);

}  // namespace icp::text
