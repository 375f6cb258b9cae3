// Streaming CSV reader (the format it accepts is described in csv_reader.h).
//
// How it stays fast and linear:
// - Input passes three stages: the BOM check (first 3 bytes), delimiter sniffing (the first
//   sniff_bytes are held back until the delimiter is chosen) and parse().
// - parse() runs a small state machine over each chunk exactly once. Its state (at a record
//   start, inside an unquoted or quoted field, just after a quote, ...) survives the end of a
//   chunk, so nothing is ever scanned twice, whatever the chunk sizes.
// - Cells are string_views into the caller's chunk. Only two kinds are copied, into `scratch`:
//   quoted cells holding "" (unescaped), and the cells of a record still open when a chunk ends
//   (carried). A field spanning many chunks is appended to once per chunk, so its cost is linear.
//   `scratch`, `fields` and `held` are cleared, not freed, after each record: no allocation per
//   record or cell once they have grown to the widest record.
// - The hot loop is find_first_of3(): a SIMD (16 bytes) or word-at-a-time (8) scan for the three
//   bytes that matter in the current state (delimiter / LF / CR outside quotes, quote / LF / CR
//   inside them).
#include "csv/csv_reader.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>  // clang's SIMD128 intrinsics (the compiler's header, not Emscripten's)
#endif

namespace icp::csv {

namespace {

static_assert(std::endian::native == std::endian::little, "find_first_of3 reads words little-endian");

// The first byte in [p, end) equal to a, b or c; end when there is none.
// Sixteen bytes per step where the target has SIMD (SSE2 on x86-64, SIMD128 in the wasm build):
// three byte compares ORed, and the lowest bit of their mask is the first match. The rest, and
// targets without SIMD, eight bytes per step with the "has a zero byte" trick on the word XORed with
// each target: (x - 0x01..) & ~x & 0x80.. flags every zero byte of x, and its lowest flag is exact,
// so the lowest flag of the three ORed masks is the first match. A cell is 10-20 bytes in a CRM
// export: most are found in one 16-byte step. The rest of the reader depends only on this contract.
inline const char* find_first_of3(const char* p, const char* const end, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)), _mm_cmpeq_epi8(x, vc));
    const auto bits = static_cast<uint32_t>(_mm_movemask_epi8(hit));
    if (bits != 0) return p + std::countr_zero(bits);
    p += 16;
  }
#elif defined(__wasm_simd128__)
  const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
  while (end - p >= 16) {
    const v128_t x = wasm_v128_load(p);
    const v128_t hit = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(x, va), wasm_i8x16_eq(x, vb)), wasm_i8x16_eq(x, vc));
    const auto bits = static_cast<uint32_t>(wasm_i8x16_bitmask(hit));
    if (bits != 0) return p + std::countr_zero(bits);
    p += 16;
  }
#endif
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const uint64_t wa = kOnes * static_cast<unsigned char>(a);
  const uint64_t wb = kOnes * static_cast<unsigned char>(b);
  const uint64_t wc = kOnes * static_cast<unsigned char>(c);
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const uint64_t xa = word ^ wa;
    const uint64_t xb = word ^ wb;
    const uint64_t xc = word ^ wc;
    const uint64_t hits = (((xa - kOnes) & ~xa) | ((xb - kOnes) & ~xb) | ((xc - kOnes) & ~xc)) & kHighs;
    if (hits != 0) return p + (std::countr_zero(hits) >> 3);
    p += 8;
  }
  while (p != end && *p != a && *p != b && *p != c) ++p;
  return p;
}

// Copies [from, to) to out with every "" turned into one ". A lone quote (text after a quote that
// did not close its field) is kept. `out` may equal `from` (in-place compaction). Returns the end
// of what was written.
char* unescape_quotes(const char* from, const char* const to, char* out) {
  while (from != to) {
    const void* hit = std::memchr(from, '"', static_cast<size_t>(to - from));
    const char* const stop = hit != nullptr ? static_cast<const char*>(hit) + 1 : to;
    const size_t n = static_cast<size_t>(stop - from);
    std::memmove(out, from, n);
    out += n;
    from = stop;
    if (hit != nullptr && from != to && *from == '"') ++from;  // the second quote of a pair
  }
  return out;
}

constexpr char kBom[3] = {'\xEF', '\xBB', '\xBF'};

}  // namespace

struct CsvReader::Impl {
  enum class State : uint8_t {
    record_start,  // before a record's first byte (the LF of a CRLF is skipped here)
    field_start,   // after a delimiter
    unquoted,      // inside an unquoted field
    quoted,        // inside a quoted field
    after_quote,   // inside a quoted field after a '"' and `blanks` spaces/tabs: closing or not?
  };

  // A cell copied to scratch; its view in `fields` is filled in just before the record is emitted,
  // since scratch may move while the record grows.
  struct HeldField {
    size_t index;
    size_t offset;
    size_t size;
  };

  Impl(RecordSink& record_sink, Options opts) : sink(record_sink), options(opts), delim(opts.delimiter) {
    if (delim == '"' || delim == '\n' || delim == '\r') {
      fail("invalid delimiter: a quote, CR or LF cannot separate fields");
    }
  }

  // --- input stages --------------------------------------------------------------------------

  // Drops a UTF-8 BOM at the very start (it may arrive split over several chunks).
  std::string_view skip_bom(std::string_view bytes) {
    while (!bytes.empty() && bom_matched < sizeof kBom) {
      if (bytes.front() != kBom[bom_matched]) {  // not a BOM: the bytes matched so far are data
        bom_decided = true;
        route(std::string_view(kBom, bom_matched));
        return bytes;
      }
      ++bom_matched;
      bytes.remove_prefix(1);
    }
    if (bom_matched == sizeof kBom) bom_decided = true;
    return bytes;
  }

  // Holds bytes back until the delimiter is known, then parses.
  void route(std::string_view bytes) {
    if (bytes.empty() || failed) return;
    if (delim != 0) {
      parse(bytes.data(), bytes.data() + bytes.size());
      return;
    }
    if (sniff.empty() && bytes.size() >= options.sniff_bytes) {  // the sample is all in this chunk
      delim = detect_delimiter(bytes.substr(0, options.sniff_bytes), true);
      parse(bytes.data(), bytes.data() + bytes.size());
      return;
    }
    const size_t take = std::min(options.sniff_bytes - sniff.size(), bytes.size());
    sniff.append(bytes.data(), take);
    if (sniff.size() < options.sniff_bytes) return;
    delim = detect_delimiter(sniff, true);
    parse_sniffed();
    bytes.remove_prefix(take);
    if (!bytes.empty()) parse(bytes.data(), bytes.data() + bytes.size());
  }

  void parse_sniffed() {
    if (!sniff.empty()) parse(sniff.data(), sniff.data() + sniff.size());
    std::string().swap(sniff);  // parse() copied what it still needs
  }

  // --- the state machine ---------------------------------------------------------------------

  uint64_t pos(const char* p) const { return base + static_cast<uint64_t>(p - chunk); }
  uint64_t column(uint64_t at) const { return at - line_start + 1; }

  void parse(const char* const begin, const char* const end) {
    if (failed || begin == end) return;
    chunk = begin;
    const char d = delim;
    const char* p = begin;
    const char* field = begin;  // the open field's first byte in this chunk (begin if it began before)
    State st = state;
    // Whether the byte before x is CR (x may be the chunk's first byte).
    const auto follows_cr = [&](const char* x) { return x != begin ? x[-1] == '\r' : prev_cr; };

    for (;;) {
      switch (st) {
        case State::record_start:
          if (p == end) goto chunk_end;
          if (*p == '\n' && follows_cr(p)) {  // the LF of a CRLF whose CR ended the last record
            line_start = pos(++p);
            continue;
          }
          record_line = line;
          record_start = pos(p);
          st = State::field_start;
          [[fallthrough]];
        case State::field_start:
          if (p == end) goto chunk_end;
          if (*p == '"') {
            open_quote_line = line;
            open_quote_column = column(pos(p));
            escaped = false;
            field = ++p;
            st = State::quoted;
            continue;
          }
          field = p;
          st = State::unquoted;
          [[fallthrough]];
        case State::unquoted: {
          const char* const stop = find_first_of3(p, end, d, '\n', '\r');
          if (stop == end) {
            p = end;
            goto chunk_end;
          }
          if (!take_unquoted(field, stop)) return;
          p = stop + 1;
          if (*stop == d) {
            st = State::field_start;
            continue;
          }
          end_line(pos(p));
          end_record(pos(stop) == record_start);
          st = State::record_start;
          continue;
        }
        case State::quoted: {
          const char* const stop = find_first_of3(p, end, '"', '\n', '\r');
          if (stop == end) {
            p = end;
            goto chunk_end;
          }
          p = stop + 1;
          if (*stop != '"') {  // a line break inside the field: CR, LF, or the LF of a CRLF
            if (*stop == '\r' || !follows_cr(stop)) ++line;
            line_start = pos(p);
            continue;
          }
          closing_quote = pos(stop);
          blanks = 0;
          st = State::after_quote;
          [[fallthrough]];
        }
        case State::after_quote: {
          while (p != end && *p != d && (*p == ' ' || *p == '\t')) {
            ++p;
            ++blanks;
          }
          if (p == end) goto chunk_end;
          const char c = *p;
          if (c == '"' && blanks == 0) {  // "" stands for one quote
            escaped = true;
            ++p;
            st = State::quoted;
            continue;
          }
          if (c == d || c == '\n' || c == '\r') {  // the quote closed the field; blanks are dropped
            if (!take_quoted(field)) return;
            ++p;
            if (c == d) {
              st = State::field_start;
              continue;
            }
            end_line(pos(p));
            end_record(false);
            st = State::record_start;
            continue;
          }
          // Text after the quote: as in Papa Parse, the quote (and blanks) are part of the cell.
          add_issue(IssueKind::text_after_closing_quote, line, column(closing_quote));
          st = State::quoted;
          continue;
        }
      }
    }

  chunk_end:
    state = st;
    carry(field, end);
    prev_cr = end[-1] == '\r';
    base += static_cast<uint64_t>(end - begin);
    stats.lines = line - 1;
  }

  // The input has ended: closes the open record. Everything fed has been parsed and the open
  // field, if any, is in scratch (carry() put it there).
  void finish_input() {
    chunk = nullptr;
    switch (state) {
      case State::record_start:
        // Papa Parse reads the empty text after a final line break as one more empty line.
        if (!options.skip_empty_lines && base > 0) {
          record_line = line;
          fields.emplace_back();
          emit();
        }
        break;
      case State::field_start:  // after a trailing delimiter: one more, empty, field
        fields.emplace_back();
        emit();
        break;
      case State::unquoted:
        if (take_unquoted(nullptr, nullptr)) emit();
        break;
      case State::quoted:  // no closing quote: the cell is the rest of the input, raw
        add_issue(IssueKind::missing_closing_quote, open_quote_line, open_quote_column);
        closing_quote = base;
        escaped = false;
        if (take_quoted(nullptr)) emit();
        break;
      case State::after_quote:  // the quote (and any blanks after it) ends the input
        if (take_quoted(nullptr)) emit();
        break;
    }
    stats.lines = line - (state == State::record_start ? 1 : 0);
  }

  // --- fields and records --------------------------------------------------------------------

  // Closes an unquoted field whose bytes in this chunk are [from, to).
  bool take_unquoted(const char* from, const char* to) {
    if (!field_held) [[likely]] {
      const size_t n = static_cast<size_t>(to - from);
      if (n > options.max_field_bytes) [[unlikely]] return too_long(line, column(pos(from)));
      fields.emplace_back(from, n);
      return true;
    }
    hold(from, to);
    return close_held(line, column(field_start), false);
  }

  // Closes a quoted field whose content ends at closing_quote; `from` is its first byte in this
  // chunk when it began in this chunk.
  bool take_quoted(const char* from) {
    if (!field_held && !escaped) [[likely]] {
      const size_t n = static_cast<size_t>(chunk + (closing_quote - base) - from);
      if (n > options.max_field_bytes) [[unlikely]] return too_long(open_quote_line, open_quote_column);
      fields.emplace_back(from, n);
      return true;
    }
    return take_quoted_copy(from);
  }

  // take_quoted() for a field that needs a copy: unescaped, or begun in an earlier chunk.
  bool take_quoted_copy(const char* from) {
    if (!field_held) {
      const char* const to = chunk + (closing_quote - base);
      const size_t n = static_cast<size_t>(to - from);
      if (n > options.max_field_bytes) return too_long(open_quote_line, open_quote_column);
      const size_t offset = scratch.size();
      scratch.resize(offset + n);
      char* const out_end = unescape_quotes(from, to, scratch.data() + offset);
      scratch.resize(static_cast<size_t>(out_end - scratch.data()));
      held.push_back({fields.size(), offset, scratch.size() - offset});
      fields.emplace_back();
      return true;
    }
    if (closing_quote >= base) {  // the content goes on in this chunk up to the quote
      hold(chunk, chunk + (closing_quote - base));
    } else {  // the quote was in an earlier chunk: drop it and the blanks held after it
      scratch.resize(held_offset + (closing_quote - field_start));
    }
    return close_held(open_quote_line, open_quote_column, escaped);
  }

  // Appends [from, to) to the open field held in scratch.
  void hold(const char* from, const char* to) {
    if (from == to) return;
    scratch.append(from, static_cast<size_t>(to - from));
    stats.carried_bytes += static_cast<uint64_t>(to - from);
  }

  // Closes the field held at scratch[held_offset, end).
  bool close_held(uint64_t start_line, uint64_t start_column, bool unescape) {
    const size_t n = scratch.size() - held_offset;
    if (n > options.max_field_bytes) return too_long(start_line, start_column);
    if (unescape) {
      char* const first = scratch.data() + held_offset;
      scratch.resize(static_cast<size_t>(unescape_quotes(first, first + n, first) - scratch.data()));
    }
    held.push_back({fields.size(), held_offset, scratch.size() - held_offset});
    fields.emplace_back();
    field_held = false;
    return true;
  }

  // The chunk ends inside a record: whatever of it is still in the chunk moves to scratch.
  void carry(const char* field, const char* end) {
    for (size_t i = converted; i < fields.size(); ++i) {
      std::string_view& f = fields[i];
      if (!f.empty()) {
        held.push_back({i, scratch.size(), f.size()});
        scratch.append(f);
        stats.carried_bytes += f.size();
      }
      f = {};  // an empty view must not point into the chunk either
    }
    converted = fields.size();
    if (state != State::unquoted && state != State::quoted && state != State::after_quote) return;
    if (!field_held) {
      field_held = true;
      held_offset = scratch.size();
      field_start = pos(field);
    }
    hold(field, end);
    // Refuse an oversized field now rather than buffer it to the end.
    const uint64_t so_far = (state == State::after_quote ? closing_quote : pos(end)) - field_start;
    if (so_far > options.max_field_bytes) {
      if (state == State::unquoted) {
        too_long(line, column(field_start));
      } else {
        too_long(open_quote_line, open_quote_column);
      }
    }
  }

  // A line break ending a record was read; `next` is the stream offset after it.
  void end_line(uint64_t next) {
    ++line;
    line_start = next;
  }

  void end_record(bool empty_line) {
    if (empty_line && options.skip_empty_lines) {
      ++stats.empty_lines;
      clear_record();
      return;
    }
    emit();
  }

  void emit() {
    for (const HeldField& h : held) fields[h.index] = std::string_view(scratch.data() + h.offset, h.size);
    Record record;
    record.fields = fields;
    record.index = stats.records;
    record.line = record_line;
    sink.on_record(record);
    ++stats.records;
    clear_record();
  }

  void clear_record() {
    fields.clear();
    held.clear();
    scratch.clear();
    converted = 0;
  }

  // --- issues and errors ---------------------------------------------------------------------

  void add_issue(IssueKind kind, uint64_t at_line, uint64_t at_column) {
    ++stats.issues;
    if (issues.size() < options.max_issues) issues.push_back({kind, at_line, at_column, stats.records});
  }

  bool too_long(uint64_t at_line, uint64_t at_column) {
    fail("line " + std::to_string(at_line) + ", column " + std::to_string(at_column) +
         ": a field is longer than " + std::to_string(options.max_field_bytes) + " bytes (max_field_bytes)");
    return false;
  }

  void fail(std::string message) {
    if (failed) return;
    failed = true;
    error = std::move(message);
  }

  // --- state ---------------------------------------------------------------------------------

  RecordSink& sink;
  const Options options;
  char delim;
  Stats stats;
  std::vector<Issue> issues;
  std::string error;
  bool failed = false;
  bool finished = false;

  size_t bom_matched = 0;    // leading bytes matching the BOM so far
  bool bom_decided = false;
  std::string sniff;         // input held back until the delimiter is chosen

  State state = State::record_start;
  const char* chunk = nullptr;  // first byte of the chunk being parsed
  uint64_t base = 0;            // its stream offset (bytes after the BOM)
  bool prev_cr = false;         // the byte before it was CR
  uint64_t line = 1;            // line of the parse position
  uint64_t line_start = 0;      // stream offset of that line's first byte
  uint64_t record_line = 1;     // line of the open record's first byte
  uint64_t record_start = 0;    // stream offset of that byte

  uint64_t open_quote_line = 0;    // where the open quoted field's opening quote is
  uint64_t open_quote_column = 0;
  uint64_t closing_quote = 0;      // stream offset of the quote examined in after_quote
  uint64_t blanks = 0;             // spaces and tabs read after it
  bool escaped = false;            // the open quoted field holds ""

  std::vector<std::string_view> fields;  // the open record's cells
  std::vector<HeldField> held;           // those of them copied to scratch
  std::string scratch;
  size_t converted = 0;       // fields[0, converted) no longer point into a chunk
  bool field_held = false;    // the open field's bytes so far are scratch[held_offset, end)
  size_t held_offset = 0;
  uint64_t field_start = 0;   // stream offset of the open held field's first content byte
};

CsvReader::CsvReader(RecordSink& sink, Options options) : impl_(new Impl(sink, options)) {}

CsvReader::~CsvReader() { delete impl_; }

bool CsvReader::feed(std::string_view bytes) {
  Impl& m = *impl_;
  if (m.finished) m.fail("feed() called after finish()");
  if (m.failed) return false;
  m.stats.bytes += bytes.size();
  if (!m.bom_decided) bytes = m.skip_bom(bytes);
  m.route(bytes);
  return !m.failed;
}

bool CsvReader::finish() {
  Impl& m = *impl_;
  if (m.finished || m.failed) return !m.failed;
  m.finished = true;
  if (!m.bom_decided) {  // a BOM's first bytes and then the end: they were data
    m.bom_decided = true;
    m.route(std::string_view(kBom, m.bom_matched));
  }
  if (m.delim == 0) {  // the whole input fitted in the sniffing window
    m.delim = detect_delimiter(m.sniff, false);
    m.parse_sniffed();
  }
  if (!m.failed) m.finish_input();
  return !m.failed;
}

char CsvReader::delimiter() const { return impl_->delim; }

const Stats& CsvReader::stats() const { return impl_->stats; }

const std::vector<Issue>& CsvReader::issues() const { return impl_->issues; }

const std::string& CsvReader::error() const { return impl_->error; }

}  // namespace icp::csv
