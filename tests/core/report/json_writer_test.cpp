#include "report/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace icp::report {

TEST(JsonWriter, NestedDocumentIsPrettyPrinted) {
  JsonWriter w;
  w.begin_object();
  w.key("a").value(uint64_t{1});
  w.key("b").begin_array().value("x").value(0.5).null().end_array();
  w.key("c").begin_object().end_object();
  w.key("d").begin_array().end_array();
  w.end_object();
  EXPECT_EQ(w.finish(), "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    0.5,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}\n");
}

TEST(JsonWriter, NumbersAreStable) {
  EXPECT_EQ(format_number(0.0806576625797981), "0.0806576625798");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(24500), "24500");
  EXPECT_EQ(format_number(1e21), "1e+21");
  JsonWriter w;
  w.begin_array().value(std::numeric_limits<double>::quiet_NaN()).value(INFINITY).end_array();
  EXPECT_EQ(w.finish(), "[\n  null,\n  null\n]\n");
}

TEST(JsonWriter, StringsAreEscapedAndMadeValidUtf8) {
  std::string out;
  append_escaped(out, "a\"b\\c\nd\te\x01");
  EXPECT_EQ(out, "a\\\"b\\\\c\\nd\\te\\u0001");
  out.clear();
  append_escaped(out, "Zürich €");
  EXPECT_EQ(out, "Zürich €");
  out.clear();
  append_escaped(out, "caf\xE9");  // Windows-1252 é: not UTF-8
  EXPECT_EQ(out, "caf\xEF\xBF\xBD");
  out.clear();
  append_escaped(out, "\xC0\xAF");  // overlong
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace icp::report
