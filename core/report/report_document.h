// The report as a reader sees it: sections of headings, sentences, lists and tables, built from the
// report JSON text (whatever sections it holds: keys not known here are ignored, missing ones
// tolerated) and written out by report_markdown.h and report_html.h. Every text here is plain text
// as it came from the JSON or from the builder; the writers escape all of it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace icp::report::doc {

struct Cell {
  enum class Style {
    text,     // a name, a label
    number,   // a figure (right-aligned)
    reason,   // why a figure is not given ("insufficient data (n=12)")
    missing,  // the key is not in the report: "—"
  };
  std::string text;
  Style style = Style::text;
  bool strong = false;                  // worth a look (a win rate that differs from the rest)
  std::optional<double> bar;            // a proportion in [0, 1] drawn as a bar (HTML)
  std::optional<double> bar_low;        // its 95% interval, in [0, 1]
  std::optional<double> bar_high;
};

struct Column {
  std::string title;
  bool numeric = false;
};

struct Table {
  std::string caption;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has columns.size() cells
};

struct Block {
  enum class Kind { paragraph, heading, list, table };
  Kind kind = Kind::paragraph;
  std::string text;                 // paragraph, heading
  bool muted = false;               // a paragraph that says why something is not there
  std::vector<std::string> items;   // list
  Table table;                      // table
};

struct Section {
  std::string id;     // a fixed anchor ("sales-overall"), never from the data
  std::string title;
  std::vector<Block> blocks;
};

struct Document {
  std::string title;
  std::string as_of;              // settings.as_of_day, when the report has one
  std::vector<std::string> lead;  // files read, as-of day, settings, generator
  std::vector<Section> sections;
};

// Parses the report JSON (simdjson) and lays it out. An error only for text that is not a JSON
// object; anything inside an object that has another shape than expected is skipped or shown as "—".
struct Options {
  // "$28,000" (USD, EUR, GBP, JPY) rather than "USD 28,000". Markdown keeps the code: a "$" there
  // would have to be escaped, some renderers reading "$…$" as mathematics.
  bool currency_symbols = true;
};
Result<Document> build_document(std::string_view report_json, const Options& options = {});

// Plain text of one line: control characters (line breaks, tabs) become spaces.
std::string one_line(std::string_view text);

}  // namespace icp::report::doc
