#include "report/report_html.h"

#include <cstdio>

#include "report/report_document.h"

namespace icp::report {
namespace {

using doc::Block;
using doc::Cell;

// The stylesheet: system fonts only, no url(), no @import; a layout that prints (thead repeated,
// rows kept whole, colours of the bars kept).
constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1f2328; background: #fff; margin: 0 auto; max-width: 1180px; padding: 28px 24px 48px;
       font-size: 14px; line-height: 1.45; }
h1 { font-size: 1.75em; margin: 0 0 .4em; }
h2 { font-size: 1.3em; margin: 2.2em 0 .7em; padding-bottom: .25em; border-bottom: 2px solid #d0d7de; break-after: avoid; }
h3 { font-size: 1.05em; margin: 1.6em 0 .5em; break-after: avoid; }
p { margin: .45em 0; }
.lead { color: #57606a; margin: .15em 0; }
.reason { color: #6e7781; font-style: italic; }
.missing { color: #8c959f; }
nav { margin: 1.2em 0 0; padding: .6em 1em; background: #f6f8fa; border-radius: 6px; }
nav ol { margin: 0; padding-left: 1.3em; columns: 3; }
nav a { color: #0550ae; text-decoration: none; }
.scroll { overflow-x: auto; margin: .4em 0 1.3em; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .2em 0 .35em; }
th, td { padding: 3px 9px; border-bottom: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
th { background: #f6f8fa; border-bottom: 1px solid #d0d7de; font-weight: 600; }
th.num { text-align: right; }
td.num { text-align: right; white-space: nowrap; }
td:first-child { white-space: nowrap; }
td.reason { white-space: normal; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
.bar { display: inline-block; position: relative; width: 64px; height: 10px; margin-right: 7px;
       vertical-align: -1px; background: #eaeef2; border-radius: 2px; }
.bar .fill { position: absolute; left: 0; top: 0; bottom: 0; background: #54aeff; border-radius: 2px; }
.bar .ci { position: absolute; top: 4px; height: 2px; background: #0a3069; }
footer { margin-top: 3em; color: #6e7781; font-size: .9em; border-top: 1px solid #d0d7de; padding-top: .6em; }
@page { margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .scroll { overflow: visible; }
  table { font-size: 8pt; }
  th, td { padding: 2px 4px; }
  thead { display: table-header-group; }
  tr, caption { break-inside: avoid; }
  h2 { break-after: avoid; }
  .bar, .bar .fill, .bar .ci, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

std::string percent_css(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", v * 100);
  return buf;
}

void write_cell(std::string& out, const Cell& c, bool numeric) {
  std::string cls = numeric ? "num" : "";
  if (c.style == Cell::Style::reason) cls += cls.empty() ? "reason" : " reason";
  if (c.style == Cell::Style::missing) cls += cls.empty() ? "missing" : " missing";
  out += cls.empty() ? "<td>" : "<td class=\"" + cls + "\">";
  if (c.bar) {
    // Widths from the report's numbers only, never from its text.
    out += "<span class=\"bar\" aria-hidden=\"true\"><span class=\"fill\" style=\"width:" + percent_css(*c.bar) + "\"></span>";
    if (c.bar_low && c.bar_high) {
      out += "<span class=\"ci\" style=\"left:" + percent_css(*c.bar_low) + ";width:" +
             percent_css(*c.bar_high - *c.bar_low) + "\"></span>";
    }
    out += "</span>";
  }
  if (c.strong) out += "<strong>";
  out += html_escape(c.text);
  if (c.strong) out += "</strong>";
  out += "</td>";
}

void write_table(std::string& out, const doc::Table& t) {
  if (t.columns.empty()) return;
  out += "<div class=\"scroll\"><table>\n";
  if (!t.caption.empty()) out += "<caption>" + html_escape(t.caption) + "</caption>\n";
  out += "<thead><tr>";
  for (const auto& col : t.columns) {
    out += col.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">";
    out += html_escape(col.title) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (i < row.size()) write_cell(out, row[i], t.columns[i].numeric);
      else out += "<td></td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
}

void write_block(std::string& out, const Block& b) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      out += (b.muted ? "<p class=\"reason\">" : "<p>") + html_escape(b.text) + "</p>\n";
      break;
    case Block::Kind::heading:
      out += "<h3>" + html_escape(b.text) + "</h3>\n";
      break;
    case Block::Kind::list:
      out += "<ul>\n";
      for (const auto& item : b.items) out += "<li>" + html_escape(item) + "</li>\n";
      out += "</ul>\n";
      break;
    case Block::Kind::table:
      write_table(out, b.table);
      break;
  }
}

}  // namespace

std::string html_escape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + 16);
  for (char c : raw) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: {
        const unsigned char u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7F) ? ' ' : c;
      }
    }
  }
  return out;
}

Result<std::string> render_html(std::string_view report_json) {
  Result<doc::Document> d = doc::build_document(report_json);
  if (!d) return d.status();
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing may load or run, even if a name slipped through unescaped.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"icp-drift\">\n";
  const std::string title = d->as_of.empty() ? d->title : d->title + ", data as of " + d->as_of;
  out += "<title>" + html_escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<header>\n";
  out += "<h1>" + html_escape(d->title) + "</h1>\n";
  for (const auto& line : d->lead) out += "<p class=\"lead\">" + html_escape(line) + "</p>\n";
  out += "<nav aria-label=\"Sections\"><ol>\n";
  for (const auto& s : d->sections) out += "<li><a href=\"#" + html_escape(s.id) + "\">" + html_escape(s.title) + "</a></li>\n";
  out += "</ol></nav>\n</header>\n<main>\n";
  for (const auto& s : d->sections) {
    out += "<section id=\"" + html_escape(s.id) + "\">\n<h2>" + html_escape(s.title) + "</h2>\n";
    for (const auto& b : s.blocks) write_block(out, b);
    out += "</section>\n";
  }
  out += "</main>\n<footer>A figure the data cannot support shows the reason instead of a number. "
         "Rates are percentages with their 95% interval in brackets.</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace icp::report
