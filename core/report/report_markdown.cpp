#include "report/report_markdown.h"

#include "report/report_document.h"

namespace icp::report {
namespace {

using doc::Block;
using doc::Cell;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string cell_text(const Cell& c) {
  if (c.style == Cell::Style::missing) return c.text.empty() ? "" : markdown_escape(c.text);
  std::string text = markdown_escape(c.text);
  if (text.empty()) return text;
  if (c.style == Cell::Style::reason) return "*" + text + "*";
  if (c.strong) return "**" + text + "**";
  return text;
}

void write_table(std::string& out, const doc::Table& t) {
  if (t.columns.empty()) return;
  if (!t.caption.empty()) out += "**" + markdown_escape(t.caption) + "**\n\n";
  out += "|";
  for (const auto& col : t.columns) out += " " + markdown_escape(col.title) + " |";
  out += "\n|";
  for (const auto& col : t.columns) out += col.numeric ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : t.rows) {
    out += "|";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const std::string text = i < row.size() ? cell_text(row[i]) : std::string();
      out += " " + text + " |";
    }
    out += "\n";
  }
  out += "\n";
}

void write_block(std::string& out, const Block& b) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      out += b.muted ? "*" + markdown_escape(b.text) + "*\n\n" : markdown_escape(b.text) + "\n\n";
      break;
    case Block::Kind::heading:
      out += "### " + markdown_escape(b.text) + "\n\n";
      break;
    case Block::Kind::list:
      for (const auto& item : b.items) out += "- " + markdown_escape(item) + "\n";
      out += "\n";
      break;
    case Block::Kind::table:
      write_table(out, b.table);
      break;
  }
}

}  // namespace

std::string markdown_escape(std::string_view raw) {
  const std::string text = doc::one_line(raw);
  size_t begin = 0, end = text.size();
  while (begin < end && text[begin] == ' ') ++begin;
  while (end > begin && text[end - 1] == ' ') --end;
  std::string out;
  out.reserve(end - begin + 8);
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    const bool at_start = i == begin;
    switch (c) {
      case '\\': case '`': case '*': case '<': case '>': case '|': case '~': case '$':  // $: math on GitHub
        out += '\\';
        out += c;
        break;
      case '_':  // between two letters or digits it can neither open nor close emphasis
        if (i == begin || i + 1 == end || !is_alnum(text[i - 1]) || !is_alnum(text[i + 1])) out += '\\';
        out += c;
        break;
      case '[':  // at the start: a link reference definition, a task list box
        if (at_start) out += '\\';
        out += c;
        break;
      case ']': {  // "](", "][", "]:" make a link, an image, a definition
        const char next = i + 1 < end ? text[i + 1] : ' ';
        if (next == '(' || next == '[' || next == ':') out += '\\';
        out += c;
        break;
      }
      case '&':  // an entity (&lt; &#60;) would be decoded
        if (i + 1 < end && (is_alnum(text[i + 1]) || text[i + 1] == '#')) out += '\\';
        out += c;
        break;
      case '#': case '=':  // a heading, a setext underline
        if (at_start) out += '\\';
        out += c;
        break;
      case '-': case '+': {  // a list item ("- x"), a thematic break ("---"); not a negative number
        const char next = i + 1 < end ? text[i + 1] : ' ';
        if (at_start && (next == ' ' || next == '-')) out += '\\';
        out += c;
        break;
      }
      case '.': case ')': {  // "1. " or "1) " at the start: an ordered list
        bool number_before = i > begin && (i + 1 == end || text[i + 1] == ' ');
        for (size_t j = begin; j < i && number_before; ++j) number_before = is_digit(text[j]);
        if (number_before) out += '\\';
        out += c;
        break;
      }
      default:
        out += c;
    }
  }
  return out;
}

Result<std::string> render_markdown(std::string_view report_json) {
  doc::Options options;
  options.currency_symbols = false;
  Result<doc::Document> d = doc::build_document(report_json, options);
  if (!d) return d.status();
  std::string out = "# " + markdown_escape(d->title) + "\n\n";
  for (const auto& line : d->lead) out += markdown_escape(line) + "\n\n";
  for (const auto& s : d->sections) {
    out += "## " + markdown_escape(s.title) + "\n\n";
    for (const auto& b : s.blocks) write_block(out, b);
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace icp::report
