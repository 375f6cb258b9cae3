// Tests of detect_delimiter (Papa Parse's guessDelimiter rule over , ; tab |).
#include <gtest/gtest.h>

#include <string>

#include "csv/csv_reader.h"

namespace icp::csv {
namespace {

TEST(DelimiterDetection, EachCandidate) {
  EXPECT_EQ(detect_delimiter("id,name,amount\n1,Acme,10\n2,Beta,20\n"), ',');
  EXPECT_EQ(detect_delimiter("id;name;amount\n1;Acme;10,50\n2;Beta;20,00\n"), ';');
  EXPECT_EQ(detect_delimiter("id\tname\tamount\n1\tAcme, Inc.\t10\n2\tBeta\t20\n"), '\t');
  EXPECT_EQ(detect_delimiter("id|name|amount\n1|Acme|10\n2|Beta|20\n"), '|');
}

TEST(DelimiterDetection, DelimitersInsideQuotesDoNotCount) {
  // Commas only inside quotes: every record is 3 fields by ';', 1 by ','.
  EXPECT_EQ(detect_delimiter("\"a,b,c\";x;y\n\"d,e,f,g\";z;w\n\"h\";u;v\n"), ';');
  // Semicolons and pipes only inside quotes, with "" and a line break in a quoted field.
  EXPECT_EQ(detect_delimiter("name,note\n\"x;y;z\",\"say \"\"a|b\"\"\"\n\"p;q\",\"two\nlines;here\"\n"), ',');
  // Tabs inside quotes; the real delimiter is the pipe.
  EXPECT_EQ(detect_delimiter("a|b\n\"1\t2\t3\"|4\n\"5\t6\"|7\n"), '|');
}

TEST(DelimiterDetection, MostConsistentFieldCountWins) {
  // From Papa Parse's tests: ',' is consistent (3, 3) while '|' is not (1, 4).
  EXPECT_EQ(detect_delimiter("a,b,c\na,b,c|d|e|f"), ',');
  // Equally consistent: the higher average field count wins ('|' gives 3, ',' gives 2).
  EXPECT_EQ(detect_delimiter("one|two,two|three\nfour|five,five|six"), '|');
  // A European export: ';' between fields, ',' as decimal mark in some values only.
  EXPECT_EQ(detect_delimiter("Deal;Amount;Stage\nA;1,5;Won\nB;2;Lost\nC;3,25;Open\n"), ';');
}

TEST(DelimiterDetection, CommaWhenNothingFits) {
  EXPECT_EQ(detect_delimiter(""), ',');
  EXPECT_EQ(detect_delimiter("just one column\nof values\n"), ',');
  EXPECT_EQ(detect_delimiter("a\nb\n\n\nc\nd\ne\n"), ',');
}

TEST(DelimiterDetection, OnlyTheFirstTenRecordsCount) {
  std::string sample;
  for (int i = 0; i < 10; ++i) sample += "a;b;c\n";
  for (int i = 0; i < 50; ++i) sample += "a,b,c,d\n";
  EXPECT_EQ(detect_delimiter(sample), ';');
}

TEST(DelimiterDetection, BlankLinesAreIgnored) {
  EXPECT_EQ(detect_delimiter("a\tb\n\n\nc\td\n\ne\tf\n"), '\t');
}

TEST(DelimiterDetection, CutSampleLeavesOutItsUnfinishedLastRecord) {
  // The sample ends inside the third record: with it, ',' would look inconsistent (3, 3, 1).
  const std::string sample = "a,b,c\nd,e,f\ng;h";
  EXPECT_EQ(detect_delimiter(sample, /*sample_may_continue=*/true), ',');
  // When the sample is the whole input its last record counts; ',' (3, 3, 1) still beats nothing.
  EXPECT_EQ(detect_delimiter(sample, false), ',');
  // A cut sample holding no complete record is judged on its partial first record.
  EXPECT_EQ(detect_delimiter("h1;h2;h3;h4;h5", true), ';');
}

TEST(DelimiterDetection, UsedByTheReaderWhenNoDelimiterIsGiven) {
  class Count : public RecordSink {
   public:
    void on_record(const Record& record) override { widths += std::to_string(record.fields.size()); }
    std::string widths;
  } sink;
  CsvReader reader(sink);
  ASSERT_TRUE(reader.feed("a|\"b|c\"|d\n1|2|3\n"));
  ASSERT_TRUE(reader.finish());
  EXPECT_EQ(reader.delimiter(), '|');
  EXPECT_EQ(sink.widths, "33");
}

}  // namespace
}  // namespace icp::csv
