// JSON exports as records (behaviour described in json_records.h).
//
// How it works:
// - feed() appends to one buffer, kept with room for simdjson's padding so that finish() never
//   copies the file.
// - finish() finds the records with a light scanner of its own: the top-level array, the object
//   members (to tell HubSpot / Salesforce / wrapper shapes apart), or the NDJSON lines. The
//   scanner only tracks strings and brackets to find where each value ends; everything it does
//   not hand to simdjson (the glue between records, keys and values outside the records) is
//   checked by validate_json() below.
// - Each record is parsed by simdjson On-Demand on its own (a padded_string_view into the
//   buffer), twice: pass 1 validates it in full and collects its flattened keys, pass 2 fills
//   the row. simdjson's buffers are thus sized by the largest record, not by the file.
// - Numbers are never converted: the row holds the number's source text (raw_json_token), checked
//   against the JSON number grammar here, so the output does not depend on the platform.
// - On any error the whole document is run through validate_json(), a plain strict validator,
//   and its first error is reported: messages say where the first problem in the file is, the
//   same natively and in wasm whatever simdjson kernel runs.
#include "json/json_records.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

#include "simdjson.h"

namespace icp::json {

namespace {

namespace od = simdjson::ondemand;
using ParseError = simdjson::error_code;

constexpr size_t kPadding = simdjson::SIMDJSON_PADDING;
constexpr size_t kMaxDepth = 128;  // records nested deeper are refused (keeps recursion small)
// The whole document may add two levels around a record: {"results":[{…}]}.
constexpr size_t kDocumentDepth = kMaxDepth + 2;
constexpr size_t kNone = static_cast<size_t>(-1);

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  return s;
}

// RFC 8259 number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  if (i < n && s[i] == '-') ++i;
  if (i >= n) return false;
  if (s[i] == '0') {
    ++i;
  } else if (s[i] >= '1' && s[i] <= '9') {
    while (i < n && is_digit(s[i])) ++i;
  } else {
    return false;
  }
  if (i < n && s[i] == '.') {
    const size_t digits = ++i;
    while (i < n && is_digit(s[i])) ++i;
    if (i == digits) return false;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    const size_t digits = i;
    while (i < n && is_digit(s[i])) ++i;
    if (i == digits) return false;
  }
  return i == n;
}

// Length of the valid UTF-8 sequence at p (1-4), or 0 when it is not one.
size_t utf8_length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return p + k < end && p[k] >= lo && p[k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

std::string hex_byte(unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("byte 0x") + kHex[c >> 4] + kHex[c & 15];
}

// What stands at p, for messages: 'x' for visible ASCII, "byte 0xNN" otherwise.
std::string describe_at(const char* p, const char* end) {
  if (p >= end) return "the end";
  const unsigned char c = static_cast<unsigned char>(*p);
  if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  return hex_byte(c);
}

const char* type_name(char first) {
  switch (first) {
    case '{': return "an object";
    case '[': return "an array";
    case '"': return "a string";
    case 't': case 'f': return "a boolean";
    case 'n': return "null";
    default: return "a number";
  }
}

const char* bare_type_name(char first) {
  switch (first) {
    case '"': return "string";
    case 't': case 'f': return "boolean";
    case 'n': return "null";
    default: return "number";
  }
}

// --- the strict validator (error path, glue and values outside the records) --------------------

struct SyntaxError {
  size_t offset = 0;
  bool utf8 = false;         // an encoding problem rather than a syntax one
  std::string what;
  size_t opened_at = kNone;  // for "ends inside the object opened at …"
};

// Checks that data[begin, end) holds exactly one JSON value with optional whitespace around it.
// `unit` names the input in messages ("file" or "line").
class Validator {
 public:
  Validator(const char* data, size_t end, const char* unit, size_t max_depth)
      : d_(data), end_(end), unit_(unit), max_depth_(max_depth) {}

  std::optional<SyntaxError> run(size_t begin) {
    enum class Want { value, value_or_close, key_or_close, key, colon, comma_or_close };
    std::vector<char> stack;       // '{' or '['
    std::vector<size_t> opened;    // where each was opened
    Want want = Want::value;
    size_t i = begin;
    bool done = false;  // the top-level value is complete
    for (;;) {
      while (i < end_ && is_ws(d_[i])) ++i;
      if (i >= end_) {
        if (done) return std::nullopt;
        SyntaxError e{i, false, {}, kNone};
        if (stack.empty()) {
          e.what = std::string("the ") + unit_ + " ends where a value was expected";
        } else {
          e.what = std::string("the ") + unit_ + " ends inside the " +
                   (stack.back() == '{' ? "object" : "array");
          e.opened_at = opened.back();
        }
        return e;
      }
      if (done) return fail(i, "unexpected text after the JSON value, found " + describe_at(d_ + i, d_ + end_));
      const char c = d_[i];
      switch (want) {
        case Want::value_or_close:
          if (c == ']') {
            stack.pop_back();
            opened.pop_back();
            ++i;
            want = Want::comma_or_close;
            done = stack.empty();
            continue;
          }
          [[fallthrough]];
        case Want::value: {
          if (c == '{' || c == '[') {
            if (stack.size() >= max_depth_) {
              return fail(i, "nested more than " + std::to_string(max_depth_) + " levels deep");
            }
            stack.push_back(c);
            opened.push_back(i);
            ++i;
            want = c == '{' ? Want::key_or_close : Want::value_or_close;
            continue;
          }
          std::optional<SyntaxError> e;
          if (c == '"') {
            e = string(i);
          } else if (c == '-' || is_digit(c)) {
            e = number(i);
          } else if (c == 't' || c == 'f' || c == 'n') {
            e = literal(i);
          } else if (c == ']' && !stack.empty() && stack.back() == '[') {
            return fail(i, "expected a value after ',', found ']' (a trailing comma is not JSON)");
          } else {
            return fail(i, "expected a JSON value, found " + describe_at(d_ + i, d_ + end_));
          }
          if (e) return e;
          want = Want::comma_or_close;
          done = stack.empty();
          continue;
        }
        case Want::key_or_close:
          if (c == '}') {
            stack.pop_back();
            opened.pop_back();
            ++i;
            want = Want::comma_or_close;
            done = stack.empty();
            continue;
          }
          [[fallthrough]];
        case Want::key:
          if (c != '"') {
            if (c == '}') return fail(i, "expected a key after ',', found '}' (a trailing comma is not JSON)");
            return fail(i, "expected a key in double quotes, found " + describe_at(d_ + i, d_ + end_));
          }
          if (auto e = string(i)) return e;
          want = Want::colon;
          continue;
        case Want::colon:
          if (c != ':') return fail(i, "expected ':' after the key, found " + describe_at(d_ + i, d_ + end_));
          ++i;
          want = Want::value;
          continue;
        case Want::comma_or_close: {
          const bool object = stack.back() == '{';
          if (c == ',') {
            ++i;
            want = object ? Want::key : Want::value;
          } else if (c == (object ? '}' : ']')) {
            stack.pop_back();
            opened.pop_back();
            ++i;
            done = stack.empty();
          } else {
            const std::string found = describe_at(d_ + i, d_ + end_);
            return fail(i, object ? "expected ',' or '}' after an object member, found " + found
                                  : "expected ',' or ']' after an array element, found " + found);
          }
          continue;
        }
      }
    }
  }

 private:
  static std::optional<SyntaxError> fail(size_t at, std::string what) {
    return SyntaxError{at, false, std::move(what), kNone};
  }

  static int hex(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // The code unit of "\uXXXX" at i (i at the backslash), or -1.
  int u_escape(size_t i) const {
    if (i + 6 > end_ || d_[i] != '\\' || d_[i + 1] != 'u') return -1;
    int v = 0;
    for (size_t k = 2; k < 6; ++k) {
      const int h = hex(d_[i + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // i at the opening quote; on success i is just past the closing one.
  std::optional<SyntaxError> string(size_t& i) {
    const size_t open = i;
    ++i;
    for (;;) {
      if (i >= end_) {
        SyntaxError e{i, false, std::string("the ") + unit_ + " ends inside the string", open};
        return e;
      }
      const unsigned char c = static_cast<unsigned char>(d_[i]);
      if (c == '"') {
        ++i;
        return std::nullopt;
      }
      if (c == '\\') {
        if (i + 1 >= end_) {  // reported as the end inside the string
          i = end_;
          continue;
        }
        const char x = d_[i + 1];
        if (x == '"' || x == '\\' || x == '/' || x == 'b' || x == 'f' || x == 'n' || x == 'r' || x == 't') {
          i += 2;
          continue;
        }
        if (x != 'u') {
          const std::string shown = x > 0x20 && x < 0x7F ? std::string(1, x) : hex_byte(static_cast<unsigned char>(x));
          return fail(i, "invalid escape '\\" + shown + "' in a string");
        }
        const int unit = u_escape(i);
        if (unit < 0) return fail(i, "invalid \\u escape in a string (four hex digits expected)");
        if (unit >= 0xDC00 && unit <= 0xDFFF) return fail(i, "unpaired surrogate \\u escape in a string");
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          const int low = u_escape(i + 6);
          if (low < 0xDC00 || low > 0xDFFF) return fail(i, "unpaired surrogate \\u escape in a string");
          i += 12;
        } else {
          i += 6;
        }
        continue;
      }
      if (c < 0x20) {
        if (c == '\n' || c == '\r') return fail(i, "line break inside a string (is a closing quote missing?)");
        return fail(i, "unescaped control character (" + hex_byte(c) + ") in a string");
      }
      if (c >= 0x80) {
        const size_t n = utf8_length(reinterpret_cast<const unsigned char*>(d_ + i),
                                     reinterpret_cast<const unsigned char*>(d_ + end_));
        if (n == 0) return SyntaxError{i, true, hex_byte(c), kNone};
        i += n;
        continue;
      }
      ++i;
    }
  }

  std::optional<SyntaxError> number(size_t& i) {
    size_t j = i;
    while (j < end_ && !is_ws(d_[j]) && d_[j] != ',' && d_[j] != ']' && d_[j] != '}' && d_[j] != ':' &&
           d_[j] != '"' && d_[j] != '[' && d_[j] != '{') {
      ++j;
    }
    const std::string_view token(d_ + i, j - i);
    if (!is_json_number(token)) {
      std::string shown(token.substr(0, 24));
      for (char& ch : shown) {
        if (static_cast<unsigned char>(ch) < 0x20 || static_cast<unsigned char>(ch) >= 0x7F) ch = '?';
      }
      return fail(i, "invalid number '" + shown + (token.size() > 24 ? "…" : "") + "'");
    }
    i = j;
    return std::nullopt;
  }

  std::optional<SyntaxError> literal(size_t& i) {
    for (std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
      if (static_cast<size_t>(end_ - i) >= word.size() && std::string_view(d_ + i, word.size()) == word) {
        const size_t j = i + word.size();
        // "truex": the letters after the word are not a separator.
        if (j < end_ && ((d_[j] >= 'a' && d_[j] <= 'z') || (d_[j] >= 'A' && d_[j] <= 'Z') || is_digit(d_[j]))) break;
        i = j;
        return std::nullopt;
      }
    }
    return fail(i, "expected true, false or null, found " + describe_at(d_ + i, d_ + end_));
  }

  const char* d_;
  size_t end_;
  const char* unit_;
  size_t max_depth_;
};

// Copies the JSON text [p, end) without the whitespace outside strings.
std::string compact_json(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) {
        out += text[++i];
      } else if (c == '"') {
        in_string = false;
      }
    } else if (!is_ws(c)) {
      out += c;
      in_string = c == '"';
    }
  }
  return out;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Unescapes the inside of a string the validator has accepted.
std::string unescape_json(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto hex4 = [&](size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < 4; ++k) {
      const char c = s[at + k];
      v = v * 16 + static_cast<uint32_t>(is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    const char x = s[++i];
    switch (x) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        uint32_t cp = hex4(i + 1);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          const uint32_t low = hex4(i + 3);
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          i += 6;
        }
        append_utf8(out, cp);
        break;
      }
      default: out += x; break;  // " \ /
    }
  }
  return out;
}

std::string human_bytes(uint64_t n) {
  constexpr uint64_t kKiB = 1024, kMiB = kKiB * 1024, kGiB = kMiB * 1024;
  if (n >= kGiB && n % kGiB == 0) return std::to_string(n / kGiB) + " GiB";
  if (n >= kMiB && n % kMiB == 0) return std::to_string(n / kMiB) + " MiB";
  if (n >= kKiB && n % kKiB == 0) return std::to_string(n / kKiB) + " KiB";
  return std::to_string(n) + " bytes";
}

}  // namespace

// --- the reader --------------------------------------------------------------------------------

struct JsonRecordReader::Impl {
  enum class Flavor { plain, hubspot, salesforce };
  enum class Level { normal, hubspot_root };

  struct Extent {
    size_t begin;
    size_t end;
  };
  struct ArrayScan {
    std::vector<Extent> objects;
    uint64_t values = 0;
    size_t first_other = kNone;  // offset of the first value that is not an object
  };
  struct Member {
    std::string key;
    size_t begin = 0;  // the value
    size_t end = 0;
    bool is_array = false;
    ArrayScan array;
  };
  struct Entry {  // a flattened key seen in pass 1 (a column, or only an object prefix)
    bool value_seen = false;
    bool non_null = false;
    bool object_seen = false;
    int64_t column = -1;
  };
  struct Cell {
    std::string_view view;
    int64_t owned = -1;  // index into owned_ when the text was built here
  };

  Impl(csv::RecordSink& s, Options o) : sink(s), options(o) {}

  csv::RecordSink& sink;
  Options options;
  Stats stats;
  std::string error;
  ErrorCode code = ErrorCode::ok;
  std::string_view shape;
  bool failed = false;
  bool finished = false;
  bool finish_result = false;

  std::string buffer;  // the input, then kPadding bytes
  const char* d = nullptr;
  size_t size = 0;  // input bytes (without padding)
  size_t base = 0;  // 3 after a BOM

  Flavor flavor = Flavor::plain;
  std::vector<Extent> records;
  bool ndjson = false;

  od::parser parser;
  bool emit = false;     // pass 2
  int silent = 0;        // > 0 inside values that make no column (validated in pass 1 only)
  bool too_deep = false;
  bool too_wide = false;
  std::string path;      // flattened key of the value being walked
  std::string scratch;   // joined array text

  std::deque<std::string> names;  // stable storage for index keys
  std::unordered_map<std::string_view, uint32_t> index;
  std::vector<Entry> entries;
  std::vector<uint32_t> order;      // entries in order of first value
  std::vector<uint32_t> predicted;  // entry sequence of the previous record (fast path)
  size_t seq = 0;
  std::vector<std::string> header;

  std::vector<Cell> cells;
  std::vector<std::string> owned;
  size_t owned_used = 0;
  std::vector<std::string_view> fields;

  // --- input -----------------------------------------------------------------------------------

  bool fail(std::string message, ErrorCode code = ErrorCode::unreadable_input) {
    if (!failed) {
      failed = true;
      error = std::move(message);
      this->code = code;
    }
    return false;
  }
  bool fail_syntax(const SyntaxError& e, bool line_unit) {
    const bool depth = e.what.rfind("nested more than", 0) == 0;
    return fail(syntax_message(e, line_unit), depth ? ErrorCode::too_large : ErrorCode::unreadable_input);
  }

  // 1-based line and column (bytes from the line start) of an offset.
  std::pair<uint64_t, uint64_t> location(size_t offset) const {
    uint64_t line = 1;
    size_t line_start = base;
    for (size_t i = base; i < offset && i < size; ++i) {
      const char c = d[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= size || d[i + 1] != '\n'))) {
        ++line;
        line_start = i + 1;
      }
    }
    return {line, offset - line_start + 1};
  }
  std::string at(size_t offset) const {
    const auto [line, column] = location(offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }

  // Line breaks in [from, to).
  uint64_t count_lines(size_t from, size_t to) const {
    uint64_t n = static_cast<uint64_t>(std::count(d + from, d + to, '\n'));
    const char* p = d + from;
    const char* const end = d + to;
    while (p < end) {
      const void* cr = std::memchr(p, '\r', static_cast<size_t>(end - p));
      if (cr == nullptr) break;
      const char* r = static_cast<const char*>(cr);
      if (r + 1 >= d + size || r[1] != '\n') ++n;
      p = r + 1;
    }
    return n;
  }

  std::string syntax_message(const SyntaxError& e, bool line_unit) const {
    if (e.utf8) {
      return "invalid UTF-8 at " + at(e.offset) + " (" + e.what +
             "); the file may be in another encoding";
    }
    std::string what = e.what;
    if (e.opened_at != kNone) {
      if (line_unit) {
        what += " opened at column " + std::to_string(location(e.opened_at).second);
      } else {
        what += " opened at " + at(e.opened_at);
      }
    }
    return "invalid JSON at " + at(e.offset) + ": " + what;
  }

  // A problem in the document starting at `begin`: reports the first error in it.
  bool fail_document(size_t begin, size_t hint, std::string_view fallback) {
    if (auto e = Validator(d, size, "file", kDocumentDepth).run(begin)) return fail_syntax(*e, false);
    return fail("invalid JSON at " + at(hint) + ": " + std::string(fallback));
  }

  // --- scanning --------------------------------------------------------------------------------

  size_t skip_ws(size_t i) const {
    while (i < size && is_ws(d[i])) ++i;
    return i;
  }

  // i at '"': the offset just past the closing quote, or kNone (none before `limit`).
  size_t string_end(size_t i, size_t limit) const {
    ++i;
    for (;;) {
      const void* q = i < limit ? std::memchr(d + i, '"', limit - i) : nullptr;
      if (q == nullptr) return kNone;
      const size_t at_quote = static_cast<size_t>(static_cast<const char*>(q) - d);
      size_t backslashes = 0;
      while (at_quote - backslashes > i && d[at_quote - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return at_quote + 1;
      i = at_quote + 1;
    }
  }

  size_t string_end(size_t i) const { return string_end(i, size); }

  // i at '{' or '[': the offset just past its closing bracket, or kNone (none before `limit`).
  // *nested is set when another container opens inside it.
  size_t container_end(size_t i, bool* nested = nullptr) const { return container_end(i, size, nested); }
  size_t container_end(size_t i, size_t limit, bool* nested) const {
    size_t depth = 0;
    while (i < limit) {
      const char c = d[i];
      if (c == '"') {
        i = string_end(i, limit);
        if (i == kNone) return kNone;
        continue;
      }
      if (c == '{' || c == '[') {
        if (depth > 0 && nested != nullptr) *nested = true;
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return kNone;
  }

  // The end of the value starting at i (not validated), or kNone.
  size_t value_end(size_t i) const {
    if (i >= size) return kNone;
    const char c = d[i];
    if (c == '"') return string_end(i);
    if (c == '{' || c == '[') return container_end(i);
    size_t j = i;
    while (j < size && !is_ws(d[j]) && d[j] != ',' && d[j] != ']' && d[j] != '}' && d[j] != ':' && d[j] != '"' &&
           d[j] != '[' && d[j] != '{') {
      ++j;
    }
    return j == i ? kNone : j;
  }

  bool valid_value(Extent e) const { return !Validator(d, e.end, "file", kDocumentDepth).run(e.begin).has_value(); }

  // i at '['. Collects the object elements; checks every other element. False on a syntax error
  // (the caller reports the document's first one). `end` is set past the ']'.
  bool scan_array(size_t i, ArrayScan& out, size_t& end) const {
    i = skip_ws(i + 1);
    if (i < size && d[i] == ']') {
      end = i + 1;
      return true;
    }
    for (;;) {
      const size_t e = value_end(i);
      if (e == kNone) return false;
      ++out.values;
      if (d[i] == '{') {
        out.objects.push_back({i, e});
      } else {
        if (out.first_other == kNone) out.first_other = i;
        if (!valid_value({i, e})) return false;
      }
      i = skip_ws(e);
      if (i >= size) return false;
      if (d[i] == ']') {
        end = i + 1;
        return true;
      }
      if (d[i] != ',') return false;
      i = skip_ws(i + 1);
    }
  }

  // i at '{'. Reads the members of the top-level object. False on a syntax error.
  bool scan_object(size_t i, std::vector<Member>& members, size_t& end) const {
    i = skip_ws(i + 1);
    if (i < size && d[i] == '}') {
      end = i + 1;
      return true;
    }
    for (;;) {
      if (i >= size || d[i] != '"') return false;
      const size_t key_end = string_end(i);
      if (key_end == kNone || !valid_value({i, key_end})) return false;
      Member m;
      m.key = unescape_json(std::string_view(d + i + 1, key_end - i - 2));
      i = skip_ws(key_end);
      if (i >= size || d[i] != ':') return false;
      i = skip_ws(i + 1);
      m.begin = i;
      if (i < size && d[i] == '[') {
        m.is_array = true;
        if (!scan_array(i, m.array, m.end)) return false;
      } else {
        m.end = value_end(i);
        if (m.end == kNone || !valid_value({m.begin, m.end})) return false;
      }
      i = skip_ws(m.end);
      members.push_back(std::move(m));
      if (i >= size) return false;
      if (d[i] == '}') {
        end = i + 1;
        return true;
      }
      if (d[i] != ',') return false;
      i = skip_ws(i + 1);
    }
  }

  // Whether the object at e has `key` holding a value of `type` (false when it cannot be told).
  bool object_has(Extent e, std::string_view key, od::json_type type) {
    simdjson::padded_string_view view(d + e.begin, e.end - e.begin, size + kPadding - e.begin);
    od::document doc;
    if (parser.iterate(view).get(doc)) return false;
    od::object obj;
    if (doc.get_object().get(obj)) return false;
    for (auto field_result : obj) {
      od::field field;
      if (std::move(field_result).get(field)) return false;
      std::string_view name;
      if (field.unescaped_key(false).get(name)) return false;
      if (name != key) continue;
      od::json_type t;
      if (field.value().type().get(t)) return false;
      return t == type;
    }
    return false;
  }

  // --- columns ---------------------------------------------------------------------------------

  // The entry of `path`; created in pass 1. kNone when pass 2 meets a key pass 1 did not.
  size_t entry_for(std::string_view key) {
    if (seq < predicted.size()) {
      const uint32_t e = predicted[seq];
      if (names[e] == key) {
        ++seq;
        return e;
      }
    }
    uint32_t e;
    const auto it = index.find(key);
    if (it != index.end()) {
      e = it->second;
    } else {
      if (emit) return kNone;
      e = static_cast<uint32_t>(entries.size());
      names.emplace_back(key);
      entries.emplace_back();
      index.emplace(std::string_view(names.back()), e);
    }
    if (seq < predicted.size()) {
      predicted[seq] = e;
    } else {
      predicted.push_back(e);
    }
    ++seq;
    return e;
  }

  // Pass 1: the value at `path` exists (non-null or null).
  void note_value(bool non_null) {
    if (silent > 0) return;
    const size_t e = entry_for(path);
    Entry& entry = entries[e];
    if (!entry.value_seen) {
      entry.value_seen = true;
      order.push_back(static_cast<uint32_t>(e));
      if (order.size() > options.max_columns) too_wide = true;
    }
    entry.non_null = entry.non_null || non_null;
  }
  void note_object() {
    if (silent > 0 || path.empty()) return;
    entries[entry_for(path)].object_seen = true;
  }
  // Pass 2: the cell of `path`, or nullptr when the key is not a column.
  Cell* cell() {
    const size_t e = entry_for(path);
    if (e == kNone || entries[e].column < 0) return nullptr;
    return &cells[static_cast<size_t>(entries[e].column)];
  }
  void put(std::string_view text) {
    if (Cell* c = cell()) *c = {text, -1};
  }
  void put_owned(const std::string& text) {
    Cell* c = cell();
    if (c == nullptr) return;
    if (owned_used == owned.size()) owned.emplace_back();
    owned[owned_used].assign(text);
    *c = {{}, static_cast<int64_t>(owned_used++)};
  }
  void record_value(bool non_null, std::string_view text) {
    if (emit) {
      put(text);
    } else {
      note_value(non_null);
    }
  }

  size_t push(std::string_view key) {
    const size_t mark = path.size();
    if (!path.empty()) path += '.';
    path.append(key);
    return mark;
  }

  // --- walking a record (simdjson On-Demand) ---------------------------------------------------

  static ParseError key_of(od::field& field, std::string_view& key) {
    key = field.escaped_key();
    if (key.find('\\') == std::string_view::npos) return simdjson::SUCCESS;
    return field.unescaped_key(false).get(key);
  }

  // The text of a string, number or boolean; null must be checked by the caller.
  static ParseError scalar_text(od::value& value, od::json_type type, std::string_view& out) {
    const std::string_view raw = trim_right(value.raw_json_token());
    switch (type) {
      case od::json_type::string:
        if (raw.size() >= 2 && raw.find('\\') == std::string_view::npos && raw.find('"', 1) == raw.size() - 1) {
          out = raw.substr(1, raw.size() - 2);
          return simdjson::SUCCESS;
        }
        return value.get_string().get(out);
      case od::json_type::number:
        if (!is_json_number(raw)) return simdjson::NUMBER_ERROR;
        out = raw;
        return simdjson::SUCCESS;
      case od::json_type::boolean:
        if (raw != "true" && raw != "false") return simdjson::T_ATOM_ERROR;
        out = raw;
        return simdjson::SUCCESS;
      case od::json_type::null:
        if (raw != "null") return simdjson::N_ATOM_ERROR;
        out = {};
        return simdjson::SUCCESS;
      default:
        return simdjson::INCORRECT_TYPE;
    }
  }

  // Validates a value that makes no column (pass 1); pass 2 leaves it for the parent to skip.
  ParseError skip(od::value& value, size_t depth) {
    if (emit) return simdjson::SUCCESS;
    ++silent;
    const ParseError err = on_value(value, depth);
    --silent;
    return err;
  }

  ParseError walk_fields(od::object& object, size_t depth, Level level) {
    for (auto field_result : object) {
      od::field field;
      if (auto err = std::move(field_result).get(field)) return err;
      std::string_view key;
      if (auto err = key_of(field, key)) return err;
      od::value value = field.value();
      if (flavor == Flavor::salesforce && key == "attributes") {
        if (auto err = skip(value, depth + 1)) return err;
        continue;
      }
      if (level == Level::hubspot_root) {
        if (auto err = hubspot_member(key, value, depth + 1)) return err;
        continue;
      }
      const size_t mark = push(key);
      const ParseError err = on_value(value, depth + 1);
      path.resize(mark);
      if (err) return err;
    }
    return simdjson::SUCCESS;
  }

  ParseError hubspot_member(std::string_view key, od::value& value, size_t depth) {
    od::json_type type;
    if (auto err = value.type().get(type)) return err;
    if (key == "id") {
      const size_t mark = push(key);
      const ParseError err = on_value(value, depth);
      path.resize(mark);
      return err;
    }
    if (key == "properties" && type == od::json_type::object) {
      od::object properties;
      if (auto err = value.get_object().get(properties)) return err;
      return walk_fields(properties, depth, Level::normal);  // no "properties." prefix
    }
    if (key == "associations" && type == od::json_type::object) {
      od::object kinds;
      if (auto err = value.get_object().get(kinds)) return err;
      for (auto field_result : kinds) {
        od::field field;
        if (auto err = std::move(field_result).get(field)) return err;
        std::string_view kind;
        if (auto err = key_of(field, kind)) return err;
        const size_t mark = push("associations");
        push(kind);
        const ParseError err = association_ids(field.value(), depth + 1);
        path.resize(mark);
        if (err) return err;
      }
      return simdjson::SUCCESS;
    }
    return skip(value, depth);
  }

  // {"results":[{"id":"1","type":"deal_to_company"},…]} → "1;…" at `path`.
  ParseError association_ids(od::value value, size_t depth) {
    if (depth > kMaxDepth) return too_deep = true, simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto err = value.type().get(type)) return err;
    if (type != od::json_type::object) return skip(value, depth);
    od::object object;
    if (auto err = value.get_object().get(object)) return err;
    std::string ids;
    bool found = false;
    for (auto field_result : object) {
      od::field field;
      if (auto err = std::move(field_result).get(field)) return err;
      std::string_view key;
      if (auto err = key_of(field, key)) return err;
      od::value results = field.value();
      od::json_type results_type;
      if (auto err = results.type().get(results_type)) return err;
      if (key != "results" || results_type != od::json_type::array) {
        if (auto err = skip(results, depth + 1)) return err;
        continue;
      }
      found = true;
      od::array array;
      if (auto err = results.get_array().get(array)) return err;
      for (auto element_result : array) {
        od::value element;
        if (auto err = std::move(element_result).get(element)) return err;
        od::json_type element_type;
        if (auto err = element.type().get(element_type)) return err;
        if (element_type != od::json_type::object || depth + 2 > kMaxDepth) {
          if (auto err = skip(element, depth + 2)) return err;
          continue;
        }
        od::object association;
        if (auto err = element.get_object().get(association)) return err;
        for (auto member_result : association) {
          od::field member;
          if (auto err = std::move(member_result).get(member)) return err;
          std::string_view name;
          if (auto err = key_of(member, name)) return err;
          od::value id = member.value();
          od::json_type id_type;
          if (auto err = id.type().get(id_type)) return err;
          if (name == "id" && (id_type == od::json_type::string || id_type == od::json_type::number)) {
            std::string_view text;
            if (auto err = scalar_text(id, id_type, text)) return err;
            if (!ids.empty()) ids += ';';
            ids.append(text);
          } else if (auto err = skip(id, depth + 3)) {
            return err;
          }
        }
      }
    }
    if (found) {
      if (emit) {
        put_owned(ids);
      } else {
        note_value(true);
      }
    }
    return simdjson::SUCCESS;
  }

  ParseError on_value(od::value& value, size_t depth) {
    if (emit && silent > 0) return simdjson::SUCCESS;
    if (depth > kMaxDepth) return too_deep = true, simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto err = value.type().get(type)) return err;
    switch (type) {
      case od::json_type::object: {
        od::object object;
        if (auto err = value.get_object().get(object)) return err;
        if (!emit) note_object();
        return walk_fields(object, depth, Level::normal);
      }
      case od::json_type::array:
        return on_array(value, depth);
      case od::json_type::null: {
        std::string_view text;
        if (auto err = scalar_text(value, type, text)) return err;
        if (silent == 0) record_value(false, {});
        return simdjson::SUCCESS;
      }
      default: {
        std::string_view text;
        if (auto err = scalar_text(value, type, text)) return err;
        if (silent == 0) record_value(true, text);
        return simdjson::SUCCESS;
      }
    }
  }

  ParseError on_array(od::value& value, size_t depth) {
    const char* const start = value.raw_json_token().data();
    if (emit) {
      // Arrays holding containers are kept as compact JSON text; the parent skips the value.
      bool nested = false;
      const size_t begin = static_cast<size_t>(start - d);
      const size_t end = container_end(begin, &nested);
      if (end == kNone) return simdjson::TAPE_ERROR;
      if (nested) {
        put_owned(compact_json(std::string_view(d + begin, end - begin)));
        return simdjson::SUCCESS;
      }
    }
    od::array array;
    if (auto err = value.get_array().get(array)) return err;
    if (silent == 0) scratch.clear();
    bool first = true;
    for (auto element_result : array) {
      od::value element;
      if (auto err = std::move(element_result).get(element)) return err;
      od::json_type type;
      if (auto err = element.type().get(type)) return err;
      if (type == od::json_type::object || type == od::json_type::array) {
        if (auto err = skip(element, depth + 1)) return err;
        continue;
      }
      std::string_view text;
      if (auto err = scalar_text(element, type, text)) return err;
      if (silent == 0 && emit) {
        if (!first) scratch += ';';
        scratch.append(text);
        first = false;
      }
    }
    if (silent == 0) {
      if (emit) {
        put_owned(scratch);
      } else {
        note_value(true);
      }
    }
    return simdjson::SUCCESS;
  }

  ParseError walk_record(Extent e) {
    simdjson::padded_string_view view(d + e.begin, e.end - e.begin, size + kPadding - e.begin);
    od::document doc;
    if (auto err = parser.iterate(view).get(doc)) return err;
    od::object object;
    if (auto err = doc.get_object().get(object)) return err;
    seq = 0;
    if (auto err = walk_fields(object, 1, flavor == Flavor::hubspot ? Level::hubspot_root : Level::normal)) return err;
    if (!doc.at_end()) return simdjson::TRAILING_CONTENT;
    return simdjson::SUCCESS;
  }

  // --- finding the records ---------------------------------------------------------------------

  // The next line from i: [begin, end) trimmed, and where the following line starts.
  struct Line {
    size_t begin, end, next;
  };
  Line line_at(size_t i) const {
    const void* nl = std::memchr(d + i, '\n', size - i);
    size_t stop = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - d) : size;
    size_t next = stop + 1;
    if (const void* cr = std::memchr(d + i, '\r', stop - i)) {
      const size_t at_cr = static_cast<size_t>(static_cast<const char*>(cr) - d);
      next = at_cr + 1 < size && d[at_cr + 1] == '\n' ? at_cr + 2 : at_cr + 1;
      stop = at_cr;
    }
    size_t b = i;
    size_t e = stop;
    while (b < e && is_ws(d[b])) ++b;
    while (e > b && is_ws(d[e - 1])) --e;
    return {b, e, std::min(next, size)};
  }

  // NDJSON when the first non-blank line is a whole object by itself and the next non-blank
  // line starts another one. (A wrapper printed as `{"records":[` + one record per line is not.)
  bool is_ndjson(size_t first) const {
    const Line one = line_at(first);
    if (one.begin == one.end || d[one.begin] != '{') return false;
    bool second = false;
    for (size_t i = one.next; i < size;) {
      const Line l = line_at(i);
      if (l.begin != l.end) {
        second = d[l.begin] == '{';
        break;
      }
      i = l.next;
    }
    return second && container_end(one.begin, one.end, nullptr) == one.end;
  }

  // Every line from the start; a line break ending the last line does not open another one.
  void find_ndjson_records() {
    for (size_t i = base; i < size;) {
      const Line l = line_at(i);
      if (l.begin == l.end) {
        ++stats.blank_lines;
      } else {
        records.push_back({l.begin, l.end});
      }
      i = l.next;
    }
  }

  void take_array(ArrayScan& scan) {
    stats.skipped = scan.values - scan.objects.size();
    records = std::move(scan.objects);
    if (scan.first_other != kNone) stats.first_skipped_line = location(scan.first_other).first;
  }

  bool find_records() {
    const size_t first = skip_ws(base);
    if (first >= size) return fail("empty JSON");
    const char c = d[first];
    if (c == '[') {
      shape = "array";
      ArrayScan scan;
      size_t end = 0;
      if (!scan_array(first, scan, end) || skip_ws(end) != size) return fail_document(first, first, "malformed array");
      if (scan.values > 0 && scan.objects.empty()) {
        return fail("the JSON array holds " + std::to_string(scan.values) + (scan.values == 1 ? " value" : " values") +
                    " and no object (the first is " + type_name(d[scan.first_other]) + " at " +
                    at(scan.first_other) + "); each record must be a JSON object",
                    ErrorCode::unusable_input);
      }
      take_array(scan);
      return true;
    }
    if (c != '{') {
      if (auto e = Validator(d, size, "file", kDocumentDepth).run(first)) return fail_syntax(*e, false);
      return fail(std::string("the JSON holds a single ") + bare_type_name(c) +
                  " (at " + at(first) + "), not an array or object of records",
                  ErrorCode::unusable_input);
    }
    if (is_ndjson(first)) {
      shape = "ndjson";
      ndjson = true;
      find_ndjson_records();
      return true;
    }
    std::vector<Member> members;
    size_t end = 0;
    if (!scan_object(first, members, end) || skip_ws(end) != size) {
      return fail_document(first, first, "malformed object");
    }
    return choose_records(first, end, members);
  }

  static Member* member(std::vector<Member>& members, std::string_view key) {
    for (Member& m : members) {
      if (m.key == key) return &m;
    }
    return nullptr;
  }

  bool choose_records(size_t first, size_t end, std::vector<Member>& members) {
    Member* chosen = nullptr;
    Member* results = member(members, "results");
    Member* sf_records = member(members, "records");
    if (results != nullptr && results->is_array &&
        (results->array.values == 0 ||
         (!results->array.objects.empty() &&
          object_has(results->array.objects.front(), "properties", od::json_type::object)))) {
      shape = "hubspot";
      flavor = Flavor::hubspot;
      chosen = results;
    } else if (sf_records != nullptr && sf_records->is_array &&
               (member(members, "totalSize") != nullptr || member(members, "done") != nullptr ||
                (!sf_records->array.objects.empty() &&
                 object_has(sf_records->array.objects.front(), "attributes", od::json_type::object)))) {
      shape = "salesforce";
      flavor = Flavor::salesforce;
      chosen = sf_records;
    } else {
      std::vector<Member*> candidates;
      std::vector<Member*> arrays;
      for (Member& m : members) {
        if (!m.is_array) continue;
        arrays.push_back(&m);
        if (!m.array.objects.empty()) candidates.push_back(&m);
      }
      if (candidates.size() > 1) {
        std::string keys;
        for (const Member* m : candidates) keys += (keys.empty() ? "\"" : ", \"") + m->key + "\"";
        return fail("the JSON object holds several arrays of objects (" + keys +
                    "); cannot tell which one holds the records",
                    ErrorCode::unusable_input);
      }
      if (candidates.size() == 1) {
        chosen = candidates.front();
      } else if (arrays.size() == 1 && arrays.front()->array.values == 0) {
        chosen = arrays.front();
      }
      shape = chosen != nullptr ? "object" : "record";
    }
    // The objects outside the records have not been checked yet.
    for (const Member& m : members) {
      if (&m == chosen) continue;
      for (const Extent& e : m.array.objects) {
        if (!valid_value(e)) return fail_document(first, e.begin, "malformed object");
      }
    }
    if (chosen == nullptr) {
      records.push_back({first, end});
      return true;
    }
    take_array(chosen->array);
    return true;
  }

  // --- the two passes --------------------------------------------------------------------------

  bool record_error(Extent e, ParseError err) {
    if (too_wide) {
      return fail("the JSON records have more than " + std::to_string(options.max_columns) +
                  " different keys; this is not a table (a record starting at " + at(e.begin) + ")",
                  ErrorCode::too_large);
    }
    if (ndjson) {
      if (d[e.begin] != '{') {
        return fail("line " + std::to_string(location(e.begin).first) +
                    " is not a JSON object (NDJSON holds one object per line)");
      }
      if (auto found = Validator(d, e.end, "line", kMaxDepth).run(e.begin)) return fail_syntax(*found, true);
    } else if (auto found = Validator(d, size, "file", kDocumentDepth).run(skip_ws(base))) {
      return fail_syntax(*found, false);
    }
    if (too_deep) {
      return fail("invalid JSON at " + at(e.begin) + ": a record is nested more than " + std::to_string(kMaxDepth) +
                      " levels deep",
                  ErrorCode::too_large);
    }
    return fail("invalid JSON in the record at " + at(e.begin) + ": " + simdjson::error_message(err));
  }

  bool collect() {
    emit = false;
    if (flavor == Flavor::hubspot && !records.empty()) {
      path = "id";
      note_value(true);
      path.clear();
    }
    for (const Extent& e : records) {
      ParseError err = simdjson::SUCCESS;
      if (ndjson && d[e.begin] != '{') {
        err = simdjson::INCORRECT_TYPE;
      } else {
        err = walk_record(e);
      }
      if (!err && too_wide) err = simdjson::CAPACITY;
      if (err) return record_error(e, err);
    }
    for (const uint32_t e : order) {
      Entry& entry = entries[e];
      if (entry.non_null || !entry.object_seen) {
        entry.column = static_cast<int64_t>(header.size());
        header.push_back(names[e]);
      }
    }
    return true;
  }

  bool emit_all() {
    emit = true;
    predicted.clear();
    const size_t width = header.size();
    stats.columns = width;
    fields.assign(header.begin(), header.end());
    sink.on_record(csv::Record{std::span<const std::string_view>(fields), 0, 1});
    stats.records = 1;
    cells.assign(width, Cell{});
    uint64_t line = 1;
    size_t line_from = base;
    for (const Extent& e : records) {
      line += count_lines(line_from, e.begin);
      line_from = e.begin;
      std::fill(cells.begin(), cells.end(), Cell{});
      owned_used = 0;
      if (const ParseError err = walk_record(e)) return record_error(e, err);
      for (size_t i = 0; i < width; ++i) {
        fields[i] = cells[i].owned >= 0 ? std::string_view(owned[static_cast<size_t>(cells[i].owned)]) : cells[i].view;
      }
      sink.on_record(csv::Record{std::span<const std::string_view>(fields), stats.records, line});
      ++stats.records;
    }
    return true;
  }

  bool run() {
    // Padding for simdjson, inside the capacity feed() kept.
    size = buffer.size();
    buffer.resize(size + kPadding, '\0');
    d = buffer.data();
    if (size >= 3 && std::memcmp(d, "\xEF\xBB\xBF", 3) == 0) base = 3;
    if (!find_records()) return false;
    if (records.empty()) return true;
    if (!collect()) return false;
    return emit_all();
  }
};

JsonRecordReader::JsonRecordReader(csv::RecordSink& sink, Options options)
    : impl_(std::make_unique<Impl>(sink, options)) {}

JsonRecordReader::~JsonRecordReader() = default;

void JsonRecordReader::reserve(uint64_t total_bytes) {
  if (impl_->failed || impl_->finished) return;
  const uint64_t n = std::min(total_bytes, impl_->options.max_bytes);
  impl_->buffer.reserve(static_cast<size_t>(n) + kPadding);
}

bool JsonRecordReader::feed(std::string_view bytes) {
  Impl& m = *impl_;
  if (m.failed) return false;
  if (m.finished) return m.fail("feed() after finish()", ErrorCode::invalid_argument);
  if (bytes.size() > m.options.max_bytes - m.stats.bytes) {
    return m.fail("the JSON file is larger than " + human_bytes(m.options.max_bytes) +
                  ", the most read as JSON (it is held in memory whole, here and in the CLI alike); export it as CSV, "
                  "which is read as a stream",
                  ErrorCode::too_large);
  }
  std::string& buffer = m.buffer;
  const size_t needed = buffer.size() + bytes.size() + kPadding;
  if (needed > buffer.capacity()) buffer.reserve(std::max(needed, buffer.capacity() * 2));
  buffer.append(bytes);
  m.stats.bytes += bytes.size();
  return true;
}

bool JsonRecordReader::finish() {
  Impl& m = *impl_;
  if (m.finished) return m.finish_result;
  m.finished = true;
  m.finish_result = !m.failed && m.run();
  // Nothing refers to the input any more: give the memory back now.
  std::string().swap(m.buffer);
  m.d = nullptr;
  m.parser = od::parser{};
  std::vector<Impl::Extent>().swap(m.records);
  return m.finish_result;
}

const std::string& JsonRecordReader::error() const { return impl_->error; }
ErrorCode JsonRecordReader::error_code() const { return impl_->code; }
const Stats& JsonRecordReader::stats() const { return impl_->stats; }
std::string_view JsonRecordReader::shape() const { return impl_->shape; }

bool looks_like_json(std::string_view first_bytes) {
  std::string_view s = first_bytes;
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && is_ws(s[i])) ++i;
  if (i >= s.size() || (s[i] != '{' && s[i] != '[')) return false;
  const char open = s[i];
  ++i;
  while (i < s.size() && is_ws(s[i])) ++i;
  if (i >= s.size()) return true;
  const char c = s[i];
  if (open == '{') return c == '"' || c == '}';
  return c == '{' || c == '[' || c == ']' || c == '"' || c == '-' || is_digit(c) || c == 't' || c == 'f' || c == 'n';
}

}  // namespace icp::json
