// Tests of the JSON record reader: every accepted shape, flattening, the union of keys, value
// texts, line numbers and error messages. Every reading is also done with the input fed one byte
// and seven bytes at a time: the records, lines, stats and errors must not depend on it.
#include "json/json_records.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "simdjson.h"

namespace icp::json {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Parsed {
  Rows records;
  std::vector<uint64_t> lines;
  std::vector<uint64_t> indexes;
  bool ok = true;
  std::string error;
  ErrorCode code = ErrorCode::ok;
  Stats stats;
  std::string shape;
};

class Collector : public csv::RecordSink {
 public:
  explicit Collector(Parsed& out) : out_(out) {}
  void on_record(const csv::Record& record) override {
    out_.records.emplace_back(record.fields.begin(), record.fields.end());
    out_.lines.push_back(record.line);
    out_.indexes.push_back(record.index);
  }

 private:
  Parsed& out_;
};

// chunk 0: all at once.
Parsed read_chunked(std::string_view input, size_t chunk, const Options& options = {}) {
  Parsed out;
  Collector collector(out);
  JsonRecordReader reader(collector, options);
  if (chunk == 0) chunk = input.size() + 1;
  for (size_t at = 0; at < input.size() && out.ok; at += chunk) {
    out.ok = reader.feed(input.substr(at, std::min(chunk, input.size() - at)));
  }
  const bool finished = reader.finish();
  out.ok = out.ok && finished;
  out.error = reader.error();
  out.code = reader.error_code();
  out.stats = reader.stats();
  out.shape = std::string(reader.shape());
  return out;
}

testing::AssertionResult same(const Parsed& a, const Parsed& b) {
  if (a.records != b.records) return testing::AssertionFailure() << "records differ";
  if (a.lines != b.lines) return testing::AssertionFailure() << "lines differ";
  if (a.indexes != b.indexes) return testing::AssertionFailure() << "indexes differ";
  if (a.ok != b.ok || a.error != b.error || a.code != b.code) return testing::AssertionFailure() << "errors differ: " << b.error;
  if (a.shape != b.shape) return testing::AssertionFailure() << "shapes differ";
  if (a.stats.bytes != b.stats.bytes || a.stats.records != b.stats.records || a.stats.columns != b.stats.columns ||
      a.stats.skipped != b.stats.skipped || a.stats.first_skipped_line != b.stats.first_skipped_line ||
      a.stats.blank_lines != b.stats.blank_lines) {
    return testing::AssertionFailure() << "stats differ";
  }
  return testing::AssertionSuccess();
}

// Reads whole, then in chunks of 1 and 7 bytes; all readings must agree.
Parsed read(std::string_view input, const Options& options = {}) {
  Parsed whole = read_chunked(input, 0, options);
  EXPECT_TRUE(same(whole, read_chunked(input, 1, options))) << "fed one byte at a time";
  EXPECT_TRUE(same(whole, read_chunked(input, 7, options))) << "fed seven bytes at a time";
  return whole;
}

Parsed read_ok(std::string_view input, const Options& options = {}) {
  Parsed p = read(input, options);
  EXPECT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.error, "");
  EXPECT_EQ(p.code, ErrorCode::ok);
  // Every record has the header's width; indexes count from 0.
  for (size_t i = 0; i < p.records.size(); ++i) {
    EXPECT_EQ(p.records[i].size(), p.records.front().size()) << "record " << i;
    EXPECT_EQ(p.indexes[i], i);
  }
  EXPECT_EQ(p.stats.records, p.records.size());
  if (!p.records.empty()) {
    EXPECT_EQ(p.stats.columns, p.records.front().size());
  }
  return p;
}

std::string read_error(std::string_view input, const Options& options = {},
                       ErrorCode code = ErrorCode::unreadable_input) {
  Parsed p = read(input, options);
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.code, code) << p.error;
  EXPECT_TRUE(p.records.empty()) << "nothing is emitted when the file is bad";
  return p.error;
}

// --- shapes ------------------------------------------------------------------------------------

TEST(JsonRecords, ArrayOfObjects) {
  const Parsed p = read_ok(R"([{"deal_id":"D1","amount":1200},{"deal_id":"D2","amount":300}])");
  EXPECT_EQ(p.shape, "array");
  EXPECT_EQ(p.records, (Rows{{"deal_id", "amount"}, {"D1", "1200"}, {"D2", "300"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 1, 1}));
  EXPECT_EQ(p.stats.skipped, 0u);
}

TEST(JsonRecords, PrettyArrayRecordLinesPointAtTheOpeningBrace) {
  const std::string input =
      "[\n"
      "  {\n"
      "    \"id\": 1,\n"
      "    \"name\": \"Acme\"\n"
      "  },\n"
      "  {\"id\": 2, \"name\": \"Globex\"},\n"
      "\n"
      "  {\n"
      "    \"id\": 3\n"
      "  }\n"
      "]\n";
  const Parsed p = read_ok(input);
  EXPECT_EQ(p.records, (Rows{{"id", "name"}, {"1", "Acme"}, {"2", "Globex"}, {"3", ""}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 2, 6, 8}));
}

TEST(JsonRecords, UnionOfKeysInOrderOfFirstAppearance) {
  const Parsed p = read_ok(R"([{"a":1},{"b":2},{"c":3,"a":4},{}])");
  EXPECT_EQ(p.records, (Rows{{"a", "b", "c"}, {"1", "", ""}, {"", "2", ""}, {"4", "", "3"}, {"", "", ""}}));
}

TEST(JsonRecords, NestedObjectsFlattenToDottedNames) {
  const Parsed p = read_ok(
      R"([{"id":"D1","owner":{"name":"Ann","team":{"region":"EU"}},"stage":"won"},
          {"id":"D2","owner":{"email":"bob@x.io"}}])");
  EXPECT_EQ(p.records, (Rows{{"id", "owner.name", "owner.team.region", "stage", "owner.email"},
                             {"D1", "Ann", "EU", "won", ""},
                             {"D2", "", "", "", "bob@x.io"}}));
}

TEST(JsonRecords, ArraysOfScalarsAreJoinedAndOthersKeptAsCompactJson) {
  const Parsed p = read_ok(
      R"([{"tags":["a","b", 3, true, null, "c"],"none":[],"items":[ {"sku": "x", "n": 1}, [1, 2] ],"deep":[[1]]}])");
  EXPECT_EQ(p.records, (Rows{{"tags", "none", "items", "deep"},
                             {"a;b;3;true;;c", "", R"([{"sku":"x","n":1},[1,2]])", "[[1]]"}}));
}

TEST(JsonRecords, NumbersKeepTheirSourceText) {
  const Parsed p = read_ok(
      R"([{"int":12000,"neg":-42,"dec":12.50,"exp":1e3,"exp2":-1.5E-7,"big":12345678901234567890,)"
      R"("zero":0,"negzero":-0,"frac":0.1,"max":9007199254740993}])");
  EXPECT_EQ(p.records[1], (std::vector<std::string>{"12000", "-42", "12.50", "1e3", "-1.5E-7",
                                                    "12345678901234567890", "0", "-0", "0.1",
                                                    "9007199254740993"}));
}

TEST(JsonRecords, NullIsEmptyAndBooleansAreWords) {
  const Parsed p = read_ok(R"([{"a":null,"won":true,"closed":false},{"a":"x","won":false}])");
  EXPECT_EQ(p.records, (Rows{{"a", "won", "closed"}, {"", "true", "false"}, {"x", "false", ""}}));
}

TEST(JsonRecords, StringsAreUnescaped) {
  const Parsed p = read_ok(
      R"([{"q":"say \"hi\"","e":"caf\u00e9","raw":"café","emoji":"\ud83d\ude00","nl":"a\nb","sl":"a\/b\\c","t\u0069tle":"x"}])");
  EXPECT_EQ(p.records, (Rows{{"q", "e", "raw", "emoji", "nl", "sl", "title"},
                             {"say \"hi\"", "caf\xC3\xA9", "caf\xC3\xA9", "\xF0\x9F\x98\x80", "a\nb", "a/b\\c", "x"}}));
}

TEST(JsonRecords, DuplicateKeysLastWins) {
  const Parsed p = read_ok(R"([{"a":1,"b":2,"a":3},{"a":null,"a":"z"},{"a":"y","a":null}])");
  EXPECT_EQ(p.records, (Rows{{"a", "b"}, {"3", "2"}, {"z", ""}, {"", ""}}));
}

TEST(JsonRecords, NullWhereOtherRecordsHoldAnObjectGivesOnlyTheDottedColumns) {
  const Parsed p = read_ok(R"([{"id":1,"Account":null,"Lost":null},{"id":2,"Account":{"Name":"Acme"},"Lost":null}])");
  EXPECT_EQ(p.records, (Rows{{"id", "Lost", "Account.Name"}, {"1", "", ""}, {"2", "", "Acme"}}));
}

TEST(JsonRecords, NonObjectsInTheArrayAreSkippedAndCounted) {
  const Parsed p = read_ok("[{\"a\":1},\n 2,\n \"x\", {\"a\":3}, [1], null]");
  EXPECT_EQ(p.records, (Rows{{"a"}, {"1"}, {"3"}}));
  EXPECT_EQ(p.stats.skipped, 4u);
  EXPECT_EQ(p.stats.first_skipped_line, 2u);
}

TEST(JsonRecords, EmptyArrayGivesNoRecords) {
  const Parsed p = read_ok(" [ ] ");
  EXPECT_TRUE(p.records.empty());
  EXPECT_EQ(p.shape, "array");
}

TEST(JsonRecords, EmptyObjectsGiveZeroWidthRows) {
  const Parsed p = read_ok("[{},{}]");
  EXPECT_EQ(p.records, (Rows{{}, {}, {}}));
}

TEST(JsonRecords, NdjsonWithBlankLinesAndCrlf) {
  const std::string input = "{\"id\":1,\"name\":\"A\"}\r\n\r\n{\"id\":2,\"x\":{\"y\":true}}\r\n   \r\n{\"name\":\"C\"}\r\n";
  const Parsed p = read_ok(input);
  EXPECT_EQ(p.shape, "ndjson");
  EXPECT_EQ(p.records, (Rows{{"id", "name", "x.y"}, {"1", "A", ""}, {"2", "", "true"}, {"", "C", ""}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 1, 3, 5}));
  EXPECT_EQ(p.stats.blank_lines, 2u);
}

TEST(JsonRecords, NdjsonWithLoneCrAndNoFinalLineBreak) {
  const Parsed p = read_ok("{\"a\":1}\r{\"a\":2}\r\r{\"a\":3}");
  EXPECT_EQ(p.records, (Rows{{"a"}, {"1"}, {"2"}, {"3"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 1, 2, 4}));
  EXPECT_EQ(p.stats.blank_lines, 1u);
}

TEST(JsonRecords, NdjsonLeadingBlankLinesAndIndentation) {
  const Parsed p = read_ok("\n\n  {\"a\":1}\n\t{\"a\":2}  \n");
  EXPECT_EQ(p.shape, "ndjson");
  EXPECT_EQ(p.records, (Rows{{"a"}, {"1"}, {"2"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 3, 4}));
  EXPECT_EQ(p.stats.blank_lines, 2u);
}

TEST(JsonRecords, NdjsonBadLineNamesItsLine) {
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":2}\n\n{\"a\":3,}\n{\"a\":4}\n"),
            "invalid JSON at line 4, column 8: expected a key after ',', found '}' (a trailing comma is not JSON)");
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":2\n{\"a\":3}\n"),
            "invalid JSON at line 2, column 7: the line ends inside the object opened at column 1");
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":2} x\n"),
            "invalid JSON at line 2, column 9: unexpected text after the JSON value, found 'x'");
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":tru}\n"),
            "invalid JSON at line 2, column 6: expected true, false or null, found 't'");
}

TEST(JsonRecords, NdjsonLineThatIsNotAnObject) {
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":2}\n[1,2]\n"), "line 3 is not a JSON object (NDJSON holds one object per line)");
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":2}\n42\n"), "line 3 is not a JSON object (NDJSON holds one object per line)");
}

TEST(JsonRecords, WrapperObjectWithOneArrayOfObjects) {
  Parsed p = read_ok(R"({"data":[{"id":1,"stage":"won"},{"id":2}],"meta":{"page":1,"more":false},"count":2})");
  EXPECT_EQ(p.shape, "object");
  EXPECT_EQ(p.records, (Rows{{"id", "stage"}, {"1", "won"}, {"2", ""}}));
  p = read_ok(R"({"success":true,"deals":[{"title":"T"}],"tags":["a","b"],"empty":[]})");
  EXPECT_EQ(p.shape, "object");
  EXPECT_EQ(p.records, (Rows{{"title"}, {"T"}}));
  p = read_ok(R"({"data":[],"info":{"more_records":false}})");
  EXPECT_EQ(p.shape, "object");
  EXPECT_TRUE(p.records.empty());
}

TEST(JsonRecords, WrapperWithSeveralArraysOfObjectsIsAnError) {
  EXPECT_EQ(read_error(R"({"deals":[{"a":1}],"companies":[{"b":2}]})", {}, ErrorCode::unusable_input),
            "the JSON object holds several arrays of objects (\"deals\", \"companies\"); cannot tell which one "
            "holds the records");
}

TEST(JsonRecords, SingleObjectWithoutArraysIsOneRecord) {
  const Parsed p = read_ok("{\n  \"id\": \"D1\",\n  \"owner\": {\"name\": \"Ann\"},\n  \"tags\": [\"x\"]\n}\n");
  EXPECT_EQ(p.shape, "record");
  EXPECT_EQ(p.records, (Rows{{"id", "owner.name", "tags"}, {"D1", "Ann", "x"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 1}));
}

// As in FORMATS.md: the HubSpot CRM API answer for deals.
TEST(JsonRecords, HubSpotApiResults) {
  const std::string input = R"({
  "results": [
    {
      "id": "15203923541",
      "properties": {
        "amount": "12000",
        "closedate": "2024-02-01T09:30:00Z",
        "createdate": "2023-11-20T14:02:11.412Z",
        "dealname": "Acme - Platform",
        "dealstage": "closedwon",
        "hs_is_closed_won": "true",
        "hs_lastmodifieddate": "2024-02-02T10:00:00Z",
        "hs_object_id": "15203923541",
        "pipeline": "default"
      },
      "createdAt": "2023-11-20T14:02:11.412Z",
      "updatedAt": "2024-02-02T10:00:00Z",
      "archived": false,
      "associations": {"companies": {"results": [{"id": "5790939450", "type": "deal_to_company"},
                                                 {"id": "5790939451", "type": "deal_to_company_unlabeled"}]}}
    },
    {
      "properties": {
        "amount": null,
        "closedate": null,
        "createdate": "2024-01-05T08:00:00Z",
        "dealname": "Globex - Pilot",
        "dealstage": "appointmentscheduled",
        "hs_is_closed_won": "false",
        "hs_object_id": "15203923542",
        "pipeline": "default",
        "industry": "Software"
      },
      "id": "15203923542",
      "createdAt": "2024-01-05T08:00:00Z",
      "archived": false
    }
  ],
  "paging": {"next": {"after": "NTI1Cg%3D%3D", "link": "https://api.hubapi.com/crm/v3/objects/deals?after=NTI1Cg%3D%3D"}}
})";
  const Parsed p = read_ok(input);
  EXPECT_EQ(p.shape, "hubspot");
  EXPECT_EQ(p.records,
            (Rows{{"id", "amount", "closedate", "createdate", "dealname", "dealstage", "hs_is_closed_won",
                   "hs_lastmodifieddate", "hs_object_id", "pipeline", "associations.companies", "industry"},
                  {"15203923541", "12000", "2024-02-01T09:30:00Z", "2023-11-20T14:02:11.412Z", "Acme - Platform",
                   "closedwon", "true", "2024-02-02T10:00:00Z", "15203923541", "default", "5790939450;5790939451", ""},
                  {"15203923542", "", "", "2024-01-05T08:00:00Z", "Globex - Pilot", "appointmentscheduled", "false",
                   "", "15203923542", "default", "", "Software"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 3, 22}));
}

// A wrapper printed with one record per line is not NDJSON: its first line is not a whole object.
TEST(JsonRecords, WrapperWithOneRecordPerLineIsNotNdjson) {
  Parsed p = read_ok("{\"totalSize\":2,\"done\":true,\"records\":[\n{\"Id\":\"1\"},\n{\"Id\":\"2\"}]}\n");
  EXPECT_EQ(p.shape, "salesforce");
  EXPECT_EQ(p.records, (Rows{{"Id"}, {"1"}, {"2"}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 2, 3}));
  p = read_ok("{\"data\": [\n  {\"a\": 1},\n  {\"a\": 2}\n]}");
  EXPECT_EQ(p.shape, "object");
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 2, 3}));
  // A first NDJSON line cut short reads as one object, reported where it stops making sense.
  EXPECT_EQ(read_error("{\"a\":1\n{\"a\":2}\n"),
            "invalid JSON at line 2, column 1: expected ',' or '}' after an object member, found '{'");
}

TEST(JsonRecords, HubSpotEmptyResults) {
  const Parsed p = read_ok(R"({"results":[],"paging":{}})");
  EXPECT_EQ(p.shape, "hubspot");
  EXPECT_TRUE(p.records.empty());
}

// The Salesforce REST API answer to a SOQL query on Opportunity.
TEST(JsonRecords, SalesforceApiRecords) {
  const std::string input = R"({
  "totalSize": 3,
  "done": true,
  "records": [
    {"attributes": {"type": "Opportunity", "url": "/services/data/v59.0/sobjects/Opportunity/0065g00000AbCdEAAV"},
     "Id": "0065g00000AbCdEAAV", "Name": "Acme - Platform", "StageName": "Closed Won", "Amount": 12000,
     "CloseDate": "2024-02-01", "IsWon": true, "IsClosed": true,
     "Account": {"attributes": {"type": "Account", "url": "/services/data/v59.0/sobjects/Account/0015g00000XyZ"},
                 "Name": "Acme Corp", "Industry": "Manufacturing", "Owner": {"attributes": {"type": "User"}, "Name": "Ann"}}},
    {"attributes": {"type": "Opportunity", "url": "/x"},
     "Id": "0065g00000AbCdFAAV", "Name": "Globex", "StageName": "Prospecting", "Amount": 4999.5,
     "CloseDate": "2024-03-15", "IsWon": false, "IsClosed": false, "Account": null},
    {"attributes": {"type": "Opportunity", "url": "/y"},
     "Id": "0065g00000AbCdGAAV", "Name": "Initech", "StageName": "Closed Lost", "Amount": null,
     "CloseDate": "2024-04-30", "IsWon": false, "IsClosed": true, "Account": {"Name": "Initech"}}
  ]
})";
  const Parsed p = read_ok(input);
  EXPECT_EQ(p.shape, "salesforce");
  EXPECT_EQ(p.records,
            (Rows{{"Id", "Name", "StageName", "Amount", "CloseDate", "IsWon", "IsClosed", "Account.Name",
                   "Account.Industry", "Account.Owner.Name"},
                  {"0065g00000AbCdEAAV", "Acme - Platform", "Closed Won", "12000", "2024-02-01", "true", "true",
                   "Acme Corp", "Manufacturing", "Ann"},
                  {"0065g00000AbCdFAAV", "Globex", "Prospecting", "4999.5", "2024-03-15", "false", "false", "", "", ""},
                  {"0065g00000AbCdGAAV", "Initech", "Closed Lost", "", "2024-04-30", "false", "true", "Initech", "", ""}}));
  EXPECT_EQ(p.lines, (std::vector<uint64_t>{1, 5, 10, 13}));
}

TEST(JsonRecords, SalesforceRecognisedByAttributesAlone) {
  const Parsed p = read_ok(R"({"records":[{"attributes":{"type":"Account"},"Name":"Acme"}]})");
  EXPECT_EQ(p.shape, "salesforce");
  EXPECT_EQ(p.records, (Rows{{"Name"}, {"Acme"}}));
}

TEST(JsonRecords, ByteOrderMarkIsSkipped) {
  Parsed p = read_ok("\xEF\xBB\xBF[{\"a\":\"x\"}]");
  EXPECT_EQ(p.records, (Rows{{"a"}, {"x"}}));
  p = read_ok("\xEF\xBB\xBF{\"a\":1}\n{\"a\":2}\n");
  EXPECT_EQ(p.shape, "ndjson");
  EXPECT_EQ(p.records, (Rows{{"a"}, {"1"}, {"2"}}));
  // Columns are counted from after the BOM.
  EXPECT_EQ(read_error("\xEF\xBB\xBF[{\"a\":x}]"), "invalid JSON at line 1, column 7: expected a JSON value, found 'x'");
}

// --- errors ------------------------------------------------------------------------------------

TEST(JsonRecords, EmptyInput) {
  EXPECT_EQ(read_error(""), "empty JSON");
  EXPECT_EQ(read_error(" \r\n\t\n"), "empty JSON");
  EXPECT_EQ(read_error("\xEF\xBB\xBF"), "empty JSON");
}

TEST(JsonRecords, InvalidJsonNamesLineAndColumn) {
  EXPECT_EQ(read_error("[{\"a\":1},\n {\"a\" 2}]"), "invalid JSON at line 2, column 7: expected ':' after the key, found '2'");
  EXPECT_EQ(read_error("[{\"a\":1},\n {\"b\":2}"),
            "invalid JSON at line 2, column 9: the file ends inside the array opened at line 1, column 1");
  EXPECT_EQ(read_error("[{\"a\":1},\n {\"b\":2]"),
            "invalid JSON at line 2, column 8: expected ',' or '}' after an object member, found ']'");
  EXPECT_EQ(read_error("[{\"a\":1},]"),
            "invalid JSON at line 1, column 10: expected a value after ',', found ']' (a trailing comma is not JSON)");
  EXPECT_EQ(read_error("[{\"a\":1}] x"), "invalid JSON at line 1, column 11: unexpected text after the JSON value, found 'x'");
  EXPECT_EQ(read_error("[{'a':1}]"), "invalid JSON at line 1, column 3: expected a key in double quotes, found '''");
  EXPECT_EQ(read_error("[{\"a\":\"x\ny\"}]"),
            "invalid JSON at line 1, column 9: line break inside a string (is a closing quote missing?)");
  EXPECT_EQ(read_error("[{\"a\":\"x\ty\"}]"), "invalid JSON at line 1, column 9: unescaped control character (byte 0x09) in a string");
  EXPECT_EQ(read_error("[{\"a\":\"\\x\"}]"), "invalid JSON at line 1, column 8: invalid escape '\\x' in a string");
  EXPECT_EQ(read_error("[{\"a\":\"\\ud800\"}]"), "invalid JSON at line 1, column 8: unpaired surrogate \\u escape in a string");
  EXPECT_EQ(read_error("[{\"a\":01}]"), "invalid JSON at line 1, column 7: invalid number '01'");
  EXPECT_EQ(read_error("[{\"a\":1.}]"), "invalid JSON at line 1, column 7: invalid number '1.'");
  EXPECT_EQ(read_error("[{\"a\":-}]"), "invalid JSON at line 1, column 7: invalid number '-'");
  EXPECT_EQ(read_error("[{\"a\":+1}]"), "invalid JSON at line 1, column 7: expected a JSON value, found '+'");
  EXPECT_EQ(read_error("[{\"a\":NaN}]"), "invalid JSON at line 1, column 7: expected a JSON value, found 'N'");
  EXPECT_EQ(read_error("[{\"a\":truex}]"), "invalid JSON at line 1, column 7: expected true, false or null, found 't'");
  EXPECT_EQ(read_error("[{\"a\":\"x}]"), "invalid JSON at line 1, column 11: the file ends inside the string opened at line 1, column 7");
  // The first error in the file is reported, wherever the records are.
  EXPECT_EQ(read_error("{\"paging\":{\"next\":x},\"results\":[{\"id\":\"1\",\"properties\":{}}]}"),
            "invalid JSON at line 1, column 19: expected a JSON value, found 'x'");
  EXPECT_EQ(read_error("{\"results\":[{\"id\":\"1\",\"properties\":{}}],\n\"paging\":{\"next\":x}}"),
            "invalid JSON at line 2, column 18: expected a JSON value, found 'x'");
  EXPECT_EQ(read_error("{\"a\":[{\"x\":1}],\"b\":[{\"y\":[}]}"),
            "invalid JSON at line 1, column 27: expected a JSON value, found '}'");
}

TEST(JsonRecords, InvalidUtf8NamesLineAndColumn) {
  EXPECT_EQ(read_error("[{\"a\":1},\n{\"name\":\"caf\xE9\"}]"),
            "invalid UTF-8 at line 2, column 13 (byte 0xE9); the file may be in another encoding");
  EXPECT_EQ(read_error("{\"a\":1}\n{\"a\":\"\xC3\"}\n"),
            "invalid UTF-8 at line 2, column 7 (byte 0xC3); the file may be in another encoding");
  EXPECT_EQ(read_error("[{\"\xED\xA0\x80\":1}]"),
            "invalid UTF-8 at line 1, column 4 (byte 0xED); the file may be in another encoding");
}

TEST(JsonRecords, ArrayOfNonObjectsIsAnError) {
  EXPECT_EQ(read_error("[1, 2, 3]", {}, ErrorCode::unusable_input),
            "the JSON array holds 3 values and no object (the first is a number at line 1, column 2); each record "
            "must be a JSON object");
  EXPECT_EQ(read_error("[\n  [\"id\", \"name\"]\n]", {}, ErrorCode::unusable_input),
            "the JSON array holds 1 value and no object (the first is an array at line 2, column 3); each record "
            "must be a JSON object");
}

TEST(JsonRecords, TopLevelScalarIsAnError) {
  EXPECT_EQ(read_error("\"abc\"", {}, ErrorCode::unusable_input), "the JSON holds a single string (at line 1, column 1), not an array or object of records");
  EXPECT_EQ(read_error(" 42 ", {}, ErrorCode::unusable_input), "the JSON holds a single number (at line 1, column 2), not an array or object of records");
  EXPECT_EQ(read_error("id,name\n1,Acme\n"), "invalid JSON at line 1, column 1: expected a JSON value, found 'i'");
}

TEST(JsonRecords, TooDeepIsAnError) {
  std::string deep = "[{\"a\":";
  for (int i = 0; i < 200; ++i) deep += "{\"b\":";
  deep += "1";
  for (int i = 0; i < 200; ++i) deep += "}";
  deep += "}]";
  const std::string error = read_error(deep, {}, ErrorCode::too_large);
  EXPECT_NE(error.find("nested more than"), std::string::npos) << error;
  EXPECT_NE(error.find("line 1, column"), std::string::npos) << error;
}

TEST(JsonRecords, LargerThanTheCapIsAnError) {
  Options options;
  options.max_bytes = 16;
  const Parsed p = read_chunked("[{\"a\":1},{\"a\":2}]", 0, options);
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.code, ErrorCode::too_large);
  EXPECT_EQ(p.error,
            "the JSON file is larger than 16 bytes, the most read as JSON (it is held in memory whole, here and in "
            "the CLI alike); export it as CSV, which is read as a stream");
  EXPECT_TRUE(p.records.empty());
  EXPECT_EQ(p.stats.bytes, 0u);
  // Chunked: stops at the chunk that crosses the cap.
  const Parsed q = read_chunked("[{\"a\":1},{\"a\":2}]", 7, options);
  EXPECT_FALSE(q.ok);
  EXPECT_EQ(q.stats.bytes, 14u);
  options.max_bytes = uint64_t{1} << 30;
  const Parsed r = read_chunked(std::string(2, ' '), 0, options);
  EXPECT_EQ(r.error, "empty JSON");
}

TEST(JsonRecords, TooManyColumnsIsAnError) {
  Options options;
  options.max_columns = 3;
  EXPECT_EQ(read_error("[{\"a\":1,\"b\":2},\n{\"c\":3,\"d\":4}]", options, ErrorCode::too_large),
            "the JSON records have more than 3 different keys; this is not a table (a record starting at line 2, "
            "column 1)");
  EXPECT_TRUE(read("[{\"a\":1,\"b\":2},{\"c\":3}]", options).ok);
}

// --- strictness: the reader accepts exactly what simdjson's DOM parser (a full validator) does -----

TEST(JsonRecords, AcceptsExactlyValidJson) {
  const std::vector<std::string> inputs = {
      R"([{"a":1}])", R"([{"a":1},])", R"([{"a":1,}])", R"([{"a":1}}])", R"([{"a":1}]])", R"([{"a":[1,]}])",
      R"([{"a":[1 2]}])", R"([{"a":{"b":1,}}])", R"([{"a":"\u12"}])", R"([{"a":"\u12G4"}])", R"([{"a":1e}])",
      R"([{"a":1e+}])", R"([{"a":.5}])", R"([{"a":0x10}])", R"([{"a":00}])", R"([{"a":-01}])", R"([{"a":1.5e-3}])",
      R"([{"a":true,"b":false,"c":null}])", R"([{"a":nul}])", R"([{"a":True}])", R"([{"a" :  1 } , { "b":2 } ])",
      R"([{"a":1}{"b":2}])", R"([{"a":1},,{"b":2}])", R"([{,"a":1}])", R"([{"a"::1}])", R"([{"a":1:2}])",
      R"([{1:2}])", R"([{"a":[}])", R"([{"a":"x"y}])", R"([{"a":"\/\b\f\n\r\t\"\\"}])", R"([{"a":"\ud83d\ude00"}])",
      R"([{"a":"\udc00"}])", R"([{"a":"\ud83dx"}])", R"([{"a":{"b":[{"c":[]}]}}])", R"([{"a":[[],[[]],{}]}])",
      R"({"data":[{"a":1}],"x":[1,2,]})", R"({"data":[{"a":1}],"x":{"y":}})", R"({"data":[{"a":1}],})",
      R"({"data":[{"a":1}] "x":1})", R"({"results":[{"id":"1","properties":{"a":"b"}}],"paging":{"next":null}})",
      R"({"results":[{"id":"1","properties":{"a":"b",}}]})", R"({"records":[{"attributes":{"type":"X",},"a":1}]})",
      R"([{"a":1}, 2, "s", [3], null, true])", R"([{"a":1}, 2x])", R"([{"a":1}, [3,]])", R"({"a":1,"b":{"c":[1,{"d":2}]}})",
      R"({"a":1,"b":{"c":[1,{"d":2,}]}})", "[{\"a\":\"\x7F\"}]", "[{\"a\":\"\x01\"}]", "[{\"a\":\"\xF4\x90\x80\x80\"}]",
      "[{\"a\":\"\xF0\x9F\x98\x80\"}]", "[{\"a\":\"\xC0\xAF\"}]", "[{\"a\":\"\xE2\x82\"}]", "[{\"a\":1}\x00]",
      "[{\"a\":1}]\x00", "[{\"a\":\"\x00\"}]", "[\f{\"a\":1}]", "[{\"a\":1}]\n\n", "[{\"a\"\n:\n1\n}\n]",
  };
  simdjson::dom::parser dom;
  for (const std::string& input : inputs) {
    const simdjson::padded_string padded(input);
    simdjson::dom::element root;
    const bool valid = dom.parse(padded).get(root) == simdjson::SUCCESS;
    const Parsed p = read_chunked(input, 0);
    EXPECT_EQ(p.ok, valid) << input << " → " << p.error;
    if (!valid) {
      EXPECT_EQ(p.error.rfind("invalid ", 0), 0u) << input << " → " << p.error;
    }
  }
}

// A generated file, fed in uneven chunks, gives the records it was built from.
TEST(JsonRecords, GeneratedFileRoundTrips) {
  std::string input = "[\n";
  // The first record has no owner: "owner.name" first appears in the second.
  Rows want = {{"id", "amount", "stage", "tags", "owner.name"}};
  for (int i = 0; i < 2000; ++i) {
    if (i > 0) input += ",\n";
    const std::string id = "D" + std::to_string(i);
    const std::string amount = std::to_string(i * 7) + "." + std::to_string(i % 10) + "0";
    input += "{\"id\":\"" + id + "\",\"amount\":" + amount + ",\"stage\":\"" + (i % 3 == 0 ? "closedwon" : "open") + "\"";
    std::string owner;
    if (i % 4 != 0) {
      owner = "Owner " + std::to_string(i % 5);
      input += ",\"owner\":{\"name\":\"" + owner + "\"}";
    }
    input += ",\"tags\":[\"t" + std::to_string(i % 2) + "\",\"x\"]}";
    want.push_back({id, amount, i % 3 == 0 ? "closedwon" : "open", "t" + std::to_string(i % 2) + ";x", owner});
  }
  input += "\n]\n";
  for (size_t chunk : {size_t{0}, size_t{1}, size_t{7}, size_t{4096}}) {
    const Parsed p = read_chunked(input, chunk);
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.records, want) << "chunk " << chunk;
    ASSERT_EQ(p.lines.size(), want.size());
    EXPECT_EQ(p.lines[1], 2u);
    EXPECT_EQ(p.lines.back(), 2001u);
  }
}

TEST(JsonRecords, ReserveAndFeedAfterFinish) {
  Parsed out;
  Collector collector(out);
  JsonRecordReader reader(collector);
  reader.reserve(100);
  EXPECT_TRUE(reader.feed("[{\"a\":1}]"));
  EXPECT_TRUE(reader.finish());
  EXPECT_TRUE(reader.finish()) << "finish() twice gives the same answer";
  EXPECT_EQ(out.records, (Rows{{"a"}, {"1"}}));
  EXPECT_FALSE(reader.feed("x"));
  EXPECT_EQ(reader.error(), "feed() after finish()");
  EXPECT_EQ(reader.error_code(), ErrorCode::invalid_argument);
}

// --- detection ---------------------------------------------------------------------------------

TEST(JsonLooksLikeJson, TellsJsonFromCsv) {
  EXPECT_TRUE(looks_like_json("[{\"a\":1}]"));
  EXPECT_TRUE(looks_like_json("\xEF\xBB\xBF  \r\n{\"results\":"));
  EXPECT_TRUE(looks_like_json("{\n  \"a\": 1"));
  EXPECT_TRUE(looks_like_json("{}"));
  EXPECT_TRUE(looks_like_json("[]"));
  EXPECT_TRUE(looks_like_json("[\n  1,"));
  EXPECT_TRUE(looks_like_json("["));
  EXPECT_TRUE(looks_like_json(" {"));
  EXPECT_FALSE(looks_like_json(""));
  EXPECT_FALSE(looks_like_json("   "));
  EXPECT_FALSE(looks_like_json("id,name\n1,{x}"));
  EXPECT_FALSE(looks_like_json("[Deal] Name,Amount\n"));
  EXPECT_FALSE(looks_like_json("{id},{name}\n"));
  EXPECT_FALSE(looks_like_json("\"Record ID\",\"Deal Name\""));
  EXPECT_FALSE(looks_like_json("\xFF\xFE[\x00{\x00"));
}

}  // namespace
}  // namespace icp::json
