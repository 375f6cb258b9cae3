#include "sample/sample_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/civil_date.h"

namespace icp::sample {
namespace {

namespace P = planted;

// ---------------------------------------------------------------------------------------------
// A strict RFC 4180 splitter local to the test: CRLF record ends only (a bare CR or LF outside
// quotes is an error, as is text after a closing quote), and it remembers which fields were quoted.

struct Field {
  std::string text;
  bool quoted = false;
};
using Row = std::vector<Field>;

struct SplitResult {
  std::vector<Row> rows;
  std::string error;  // empty when the bytes are well formed
};

SplitResult split_crlf_csv(std::string_view s) {
  SplitResult out;
  Row row;
  Field field;
  bool at_field_start = true;
  size_t i = 0;
  auto fail = [&](const std::string& what) {
    out.error = what + " at byte " + std::to_string(i) + " (row " + std::to_string(out.rows.size() + 1) + ")";
    return out;
  };
  while (i < s.size()) {
    const char c = s[i];
    if (at_field_start && c == '"') {
      field.quoted = true;
      ++i;
      for (;;) {
        if (i >= s.size()) return fail("unterminated quoted field");
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field.text += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.text += s[i++];
      }
      if (i < s.size() && s[i] != ',' && s[i] != '\r') return fail("text after a closing quote");
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    if (c == ',') {
      row.push_back(std::move(field));
      field = {};
      at_field_start = true;
      ++i;
    } else if (c == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') return fail("CR without LF");
      row.push_back(std::move(field));
      field = {};
      out.rows.push_back(std::move(row));
      row = {};
      at_field_start = true;
      i += 2;
    } else if (c == '\n') {
      return fail("bare LF");
    } else if (c == '"') {
      return fail("quote inside an unquoted field");
    } else {
      field.text += c;
      ++i;
    }
  }
  if (!row.empty() || !field.text.empty() || field.quoted) return fail("last record does not end with CRLF");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

uint64_t fnv1a64(const std::vector<SampleFile>& files) {
  uint64_t h = 0xcbf29ce484222325ull;
  auto add = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 0x100000001b3ull;
    }
    h ^= 0;  // a separator byte between parts
    h *= 0x100000001b3ull;
  };
  for (const SampleFile& f : files) {
    add(f.name);
    add(f.role);
    add(f.bytes);
  }
  return h;
}

std::string hex(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%016" PRIx64, v);
  return buf;
}

bool parse_int(std::string_view s, int64_t& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// "3/7/2024" -> day number; false unless M/D/YYYY without zero padding.
bool parse_us_date(std::string_view s, int32_t& days) {
  const size_t a = s.find('/');
  const size_t b = s.find('/', a == std::string_view::npos ? a : a + 1);
  if (a == std::string_view::npos || b == std::string_view::npos) return false;
  int64_t m = 0, d = 0, y = 0;
  const std::string_view ms = s.substr(0, a), ds = s.substr(a + 1, b - a - 1), ys = s.substr(b + 1);
  if (ms.empty() || ds.empty() || ms[0] == '0' || ds[0] == '0' || ys.size() != 4) return false;
  if (!parse_int(ms, m) || !parse_int(ds, d) || !parse_int(ys, y)) return false;
  if (!is_valid_civil(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d))) return false;
  days = days_from_civil(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  return true;
}

// "USD 1,234,567.89" -> cents; false unless that exact shape (grouped thousands, two decimals).
bool parse_usd(std::string_view s, int64_t& cents) {
  if (s.substr(0, 4) != "USD ") return false;
  s.remove_prefix(4);
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos || s.size() - dot != 3) return false;
  const std::string_view whole = s.substr(0, dot);
  std::string digits;
  for (size_t i = 0; i < whole.size(); ++i) {
    const size_t from_end = whole.size() - i;  // group commas sit where from_end % 4 == 0
    if (from_end % 4 == 0) {
      if (whole[i] != ',' || i == 0) return false;
      continue;
    }
    if (whole[i] < '0' || whole[i] > '9') return false;
    digits += whole[i];
  }
  int64_t dollars = 0, fraction = 0;
  if (!parse_int(digits, dollars) || !parse_int(s.substr(dot + 1), fraction)) return false;
  cents = dollars * 100 + fraction;
  return true;
}

bool salesforce_checksum_ok(std::string_view id) {
  if (id.size() != 18) return false;
  constexpr std::string_view kChecksum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  for (size_t chunk = 0; chunk < 3; ++chunk) {
    unsigned bits = 0;
    for (size_t i = 0; i < 5; ++i) {
      const char c = id[chunk * 5 + i];
      if (c >= 'A' && c <= 'Z') bits |= 1u << i;
    }
    if (id[15 + chunk] != kChecksum[bits]) return false;
  }
  for (char c : id) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!alnum) return false;
  }
  return true;
}

double median(std::vector<int64_t> v) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 == 1 ? static_cast<double>(v[n / 2]) : (static_cast<double>(v[n / 2 - 1]) + v[n / 2]) / 2.0;
}

int quarter_index(int32_t days) {
  const CivilDate c = civil_from_days(days);
  return (c.year - P::kFirstYear) * 4 + (c.month - 1) / 3;
}

constexpr int32_t kAsOf = days_from_civil(P::kAsOfYear, P::kAsOfMonth, P::kAsOfDay);

// ---------------------------------------------------------------------------------------------
// The sample, parsed

const std::vector<std::string> kDealHeaders = {
    "Opportunity ID", "Opportunity Name", "Account ID", "Account Name", "Stage",     "Amount",    "Created Date",
    "Close Date",     "Type",             "Lead Source", "Opportunity Owner", "Product", "Industry", "Employees",
    "Billing Country"};
const std::vector<std::string> kAccountHeaders = {"Account ID",     "Account Name",   "Industry",    "Employees",
                                                  "Annual Revenue", "Billing Country", "Created Date"};

struct DealRow {
  std::string id, account_id, account_name, stage, type, industry, country;
  int64_t amount_cents = 0, employees = 0;
  int32_t created = 0, close = 0;
  bool fit = false, won = false, lost = false, open = false;
  int quarter = 0;
};

struct AccountRow {
  std::string name, industry, country;
  int64_t employees = 0;
  int32_t created = 0;
};

struct Parsed {
  std::vector<Row> deal_rows;     // header included
  std::vector<Row> account_rows;  // header included
  std::vector<DealRow> deals;
  std::map<std::string, AccountRow> accounts;
};

// Parses and validates value shapes; every problem is a test failure naming the row.
Parsed parse_sample(const std::vector<SampleFile>& files) {
  Parsed p;
  EXPECT_EQ(files.size(), 2u);
  if (files.size() != 2) return p;
  EXPECT_EQ(files[0].name, "deals.csv");
  EXPECT_EQ(files[0].role, "deals");
  EXPECT_EQ(files[1].name, "accounts.csv");
  EXPECT_EQ(files[1].role, "accounts");

  const SplitResult deals = split_crlf_csv(files[0].bytes);
  const SplitResult accounts = split_crlf_csv(files[1].bytes);
  EXPECT_EQ(deals.error, "");
  EXPECT_EQ(accounts.error, "");
  p.deal_rows = deals.rows;
  p.account_rows = accounts.rows;
  if (deals.rows.empty() || accounts.rows.empty()) {
    ADD_FAILURE() << "empty file";
    return p;
  }

  for (size_t r = 1; r < accounts.rows.size(); ++r) {
    const Row& row = accounts.rows[r];
    if (row.size() != kAccountHeaders.size()) continue;  // reported by the field-count test
    AccountRow a;
    a.name = row[1].text;
    a.industry = row[2].text;
    a.country = row[5].text;
    EXPECT_TRUE(parse_int(row[3].text, a.employees)) << "accounts row " << r;
    EXPECT_TRUE(parse_us_date(row[6].text, a.created)) << "accounts row " << r << ": " << row[6].text;
    int64_t revenue = 0;
    EXPECT_TRUE(row[4].text.empty() || parse_usd(row[4].text, revenue)) << "accounts row " << r << ": " << row[4].text;
    EXPECT_TRUE(p.accounts.emplace(row[0].text, a).second) << "duplicate account id " << row[0].text;
  }

  for (size_t r = 1; r < deals.rows.size(); ++r) {
    const Row& row = deals.rows[r];
    if (row.size() != kDealHeaders.size()) continue;
    DealRow d;
    d.id = row[0].text;
    d.account_id = row[2].text;
    d.account_name = row[3].text;
    d.stage = row[4].text;
    d.type = row[8].text;
    d.industry = row[12].text;
    d.country = row[14].text;
    EXPECT_TRUE(parse_usd(row[5].text, d.amount_cents)) << "deals row " << r << ": " << row[5].text;
    EXPECT_TRUE(parse_us_date(row[6].text, d.created)) << "deals row " << r << ": " << row[6].text;
    EXPECT_TRUE(parse_us_date(row[7].text, d.close)) << "deals row " << r << ": " << row[7].text;
    EXPECT_TRUE(parse_int(row[13].text, d.employees)) << "deals row " << r;
    d.won = d.stage == "Closed Won";
    d.lost = d.stage == "Closed Lost";
    d.open = !d.won && !d.lost;
    d.fit = P::is_icp_fit(d.industry, static_cast<int>(d.employees), d.country);
    d.quarter = quarter_index(d.created);
    p.deals.push_back(d);
  }
  return p;
}

struct Figures {
  double share_early = 0, share_late = 0;  // ICP share of deals created 2023-Q1..2024-Q2, 2026-Q2..Q3
  double win_icp = 0, win_off = 0;
  double cycle_icp = 0, cycle_off = 0;  // median won cycle, days
  double acv_icp = 0, acv_off = 0;      // median won amount, USD
  int won = 0, lost = 0, open = 0;
};

Figures figures(const std::vector<DealRow>& deals) {
  Figures f;
  int early = 0, early_fit = 0, late = 0, late_fit = 0;
  int won[2] = {0, 0}, lost[2] = {0, 0};
  std::vector<int64_t> cycles[2], acvs[2];
  for (const DealRow& d : deals) {
    if (d.quarter < P::kOnsetQuarterIndex) {
      ++early;
      early_fit += d.fit;
    }
    if (d.quarter >= P::kQuarterCount - 2) {
      ++late;
      late_fit += d.fit;
    }
    const int k = d.fit ? 1 : 0;
    if (d.won) {
      ++won[k];
      cycles[k].push_back(d.close - d.created);
      acvs[k].push_back(d.amount_cents / 100);
    }
    lost[k] += d.lost;
    f.won += d.won;
    f.lost += d.lost;
    f.open += d.open;
  }
  f.share_early = early ? static_cast<double>(early_fit) / early : -1;
  f.share_late = late ? static_cast<double>(late_fit) / late : -1;
  f.win_icp = won[1] + lost[1] ? static_cast<double>(won[1]) / (won[1] + lost[1]) : -1;
  f.win_off = won[0] + lost[0] ? static_cast<double>(won[0]) / (won[0] + lost[0]) : -1;
  f.cycle_icp = median(cycles[1]);
  f.cycle_off = median(cycles[0]);
  f.acv_icp = median(acvs[1]);
  f.acv_off = median(acvs[0]);
  return f;
}

void expect_planted_figures(const Figures& f, uint64_t seed) {
  SCOPED_TRACE("seed " + std::to_string(seed));
  EXPECT_GE(f.share_early, 0.65);
  EXPECT_LE(f.share_early, 0.85);
  EXPECT_GE(f.share_late, 0.25);
  EXPECT_LE(f.share_late, 0.45);
  EXPECT_GE(f.win_icp, 0.38);
  EXPECT_LE(f.win_icp, 0.52);
  EXPECT_GE(f.win_off, 0.14);
  EXPECT_LE(f.win_off, 0.27);
  EXPECT_GE(f.cycle_icp, 35);
  EXPECT_LE(f.cycle_icp, 55);
  EXPECT_GE(f.cycle_off, 80);
  EXPECT_LE(f.cycle_off, 110);
  EXPECT_GE(f.acv_icp, 18000);
  EXPECT_LE(f.acv_icp, 30000);
  EXPECT_GE(f.acv_off, 45000);
  EXPECT_LE(f.acv_off, 80000);
}

const std::vector<SampleFile>& default_sample() {
  static const std::vector<SampleFile> files = generate();
  return files;
}

const Parsed& default_parsed() {
  static const Parsed parsed = parse_sample(default_sample());
  return parsed;
}

// ---------------------------------------------------------------------------------------------

TEST(SampleGenerator, SameSeedGivesIdenticalBytes) {
  const std::vector<SampleFile> again = generate();
  ASSERT_EQ(again.size(), default_sample().size());
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].name, default_sample()[i].name);
    EXPECT_TRUE(again[i].bytes == default_sample()[i].bytes) << again[i].name << " differs between two runs";
  }
  EXPECT_TRUE(generate({7}).at(0).bytes == generate({7}).at(0).bytes);
}

TEST(SampleGenerator, DifferentSeedGivesDifferentBytes) {
  const std::vector<SampleFile> other = generate({SampleOptions{}.seed + 1});
  ASSERT_EQ(other.size(), 2u);
  EXPECT_NE(other[0].bytes, default_sample()[0].bytes);
  EXPECT_NE(other[1].bytes, default_sample()[1].bytes);
}

TEST(SampleGenerator, DefaultOutputHashIsPinned) {
  // Any change to the default sample's bytes shows up here. If the change is intended, check the
  // realised figures still hold (the other tests) and pin the new hash.
  constexpr uint64_t kPinned = 0x86fcbaf9c0f8d9c9ull;
  const uint64_t actual = fnv1a64(default_sample());
  EXPECT_EQ(actual, kPinned) << "FNV-1a 64 of the default sample is " << hex(actual) << ", pinned "
                             << hex(kPinned);
}

TEST(SampleGenerator, FilesAreStrictCrlfCsvWithExactHeaders) {
  const Parsed& p = default_parsed();
  ASSERT_FALSE(p.deal_rows.empty());
  ASSERT_FALSE(p.account_rows.empty());
  std::vector<std::string> header;
  for (const Field& f : p.deal_rows[0]) header.push_back(f.text);
  EXPECT_EQ(header, kDealHeaders);
  header.clear();
  for (const Field& f : p.account_rows[0]) header.push_back(f.text);
  EXPECT_EQ(header, kAccountHeaders);

  for (const SampleFile& f : default_sample()) {
    EXPECT_NE(f.bytes.substr(0, 3), "\xEF\xBB\xBF") << f.name << " starts with a BOM";
  }
  for (size_t r = 0; r < p.deal_rows.size(); ++r) {
    EXPECT_EQ(p.deal_rows[r].size(), kDealHeaders.size()) << "deals.csv row " << r;
  }
  for (size_t r = 0; r < p.account_rows.size(); ++r) {
    EXPECT_EQ(p.account_rows[r].size(), kAccountHeaders.size()) << "accounts.csv row " << r;
  }
  EXPECT_LT(default_sample()[0].bytes.size(), 1000000u);
}

TEST(SampleGenerator, QuotesExactlyTheFieldsThatNeedItAndEveryAmount) {
  const Parsed& p = default_parsed();
  auto needs_quotes = [](const std::string& s) { return s.find_first_of(",\"\r\n") != std::string::npos; };
  int names_with_comma = 0, names_with_quote = 0, names_non_ascii = 0;
  for (size_t r = 1; r < p.deal_rows.size(); ++r) {
    const Row& row = p.deal_rows[r];
    for (size_t c = 0; c < row.size(); ++c) {
      if (c == 5) {
        EXPECT_TRUE(row[c].quoted) << "Amount unquoted in deals row " << r;
      } else {
        EXPECT_EQ(row[c].quoted, needs_quotes(row[c].text)) << "deals row " << r << " column " << c;
      }
    }
  }
  for (size_t r = 1; r < p.account_rows.size(); ++r) {
    const Row& row = p.account_rows[r];
    for (size_t c = 0; c < row.size(); ++c) {
      if (c == 4 && !row[c].text.empty()) {
        EXPECT_TRUE(row[c].quoted) << "Annual Revenue unquoted in accounts row " << r;
      } else {
        EXPECT_EQ(row[c].quoted, needs_quotes(row[c].text)) << "accounts row " << r << " column " << c;
      }
    }
    const std::string& name = row[1].text;
    names_with_comma += name.find(',') != std::string::npos;
    names_with_quote += name.find('"') != std::string::npos;
    names_non_ascii += std::any_of(name.begin(), name.end(), [](char ch) { return (ch & 0x80) != 0; });
  }
  // The awkward names the parsers must survive are really there.
  EXPECT_GE(names_with_comma, 50);
  EXPECT_GE(names_with_quote, 5);
  EXPECT_GE(names_non_ascii, 3);
}

TEST(SampleGenerator, IdsAreUniqueSalesforceIds) {
  const Parsed& p = default_parsed();
  std::set<std::string> ids;
  for (const DealRow& d : p.deals) {
    EXPECT_EQ(d.id.substr(0, 3), "006") << d.id;
    EXPECT_TRUE(salesforce_checksum_ok(d.id)) << d.id;
    EXPECT_TRUE(ids.insert(d.id).second) << "duplicate " << d.id;
  }
  for (const auto& [id, account] : p.accounts) {
    EXPECT_EQ(id.substr(0, 3), "001") << id;
    EXPECT_TRUE(salesforce_checksum_ok(id)) << id;
  }
}

TEST(SampleGenerator, ValuesUseTheDocumentedVocabulary) {
  const std::set<std::string> stages = {"Closed Won",     "Closed Lost",          "Prospecting",
                                        "Qualification",  "Needs Analysis",       "Proposal/Price Quote",
                                        "Negotiation/Review"};
  const std::set<std::string> types = {"New Business", "Existing Business"};
  const std::set<std::string> sources = {"Web", "Referral", "Outbound", "Partner", "Event", "Paid Search"};
  const std::set<std::string> products = {"Analytics Core", "Analytics Enterprise", "Data Connectors", "Embedded BI"};
  const std::set<std::string> industries = {"Software", "Financial Services", "Healthcare", "Manufacturing",
                                            "Retail",   "Education",          "Government", "Media"};
  const std::set<std::string> countries = {"United States", "Canada", "United Kingdom", "Germany",
                                           "France",        "Australia", "Brazil",      "India"};
  const Parsed& p = default_parsed();
  std::set<std::string> owners;
  std::map<std::string, int> type_count;
  for (size_t r = 1; r < p.deal_rows.size(); ++r) {
    const Row& row = p.deal_rows[r];
    EXPECT_EQ(stages.count(row[4].text), 1u) << row[4].text;
    EXPECT_EQ(types.count(row[8].text), 1u) << row[8].text;
    EXPECT_EQ(sources.count(row[9].text), 1u) << row[9].text;
    EXPECT_EQ(products.count(row[11].text), 1u) << row[11].text;
    EXPECT_EQ(industries.count(row[12].text), 1u) << row[12].text;
    EXPECT_EQ(countries.count(row[14].text), 1u) << row[14].text;
    owners.insert(row[10].text);
    ++type_count[row[8].text];
  }
  EXPECT_EQ(owners.size(), 8u);
  EXPECT_GT(type_count["Existing Business"], 20);
  EXPECT_GT(type_count["New Business"], 8 * type_count["Existing Business"]);
}

TEST(SampleGenerator, DatesAreConsistentAndOnlyRecentDealsAreOpen) {
  const Parsed& p = default_parsed();
  const int32_t first = days_from_civil(P::kFirstYear, 1, 1);
  const int32_t last_two_quarters = days_from_civil(2026, 4, 1);
  int open_q2 = 0, open_q3 = 0, deals_q3 = 0;
  for (const DealRow& d : p.deals) {
    EXPECT_GE(d.close, d.created) << d.id;
    EXPECT_GE(d.created, first) << d.id;
    EXPECT_LE(d.created, kAsOf) << d.id;
    if (d.open) {
      EXPECT_GT(d.close, kAsOf) << "open deal " << d.id << " expected to close by the as-of date";
      EXPECT_GE(d.created, last_two_quarters) << "old deal still open: " << d.id;
    } else {
      EXPECT_LE(d.close, kAsOf) << "closed deal " << d.id << " closes after the as-of date";
    }
    open_q2 += d.open && d.quarter == P::kQuarterCount - 2;
    open_q3 += d.open && d.quarter == P::kQuarterCount - 1;
    deals_q3 += d.quarter == P::kQuarterCount - 1;
  }
  EXPECT_GT(open_q2, 0);
  EXPECT_GT(2 * open_q3, deals_q3) << "most 2026-Q3 deals should still be open";
}

TEST(SampleGenerator, VolumeGrowsAsPlanned) {
  const Parsed& p = default_parsed();
  std::vector<int> per_quarter(P::kQuarterCount, 0);
  for (const DealRow& d : p.deals) {
    ASSERT_GE(d.quarter, 0);
    ASSERT_LT(d.quarter, P::kQuarterCount);
    ++per_quarter[static_cast<size_t>(d.quarter)];
  }
  for (int q = 0; q < P::kQuarterCount; ++q) {
    EXPECT_NEAR(per_quarter[static_cast<size_t>(q)], P::nominal_deals_in_quarter(q), 3) << "quarter " << q;
  }
  EXPECT_EQ(P::nominal_deals_in_quarter(0), 60);
  EXPECT_EQ(P::nominal_deals_in_quarter(P::kQuarterCount - 1), 110);
  EXPECT_EQ(P::icp_share_per_mille(P::kOnsetQuarterIndex - 1), 750);
  EXPECT_LT(P::icp_share_per_mille(P::kOnsetQuarterIndex), 750);
  EXPECT_EQ(P::icp_share_per_mille(P::kQuarterCount - 1), 350);
}

TEST(SampleGenerator, PlantedDriftOutcomesCyclesAndAcv) {
  const Figures f = figures(default_parsed().deals);
  expect_planted_figures(f, SampleOptions{}.seed);
  std::printf("[ sample   ] ICP share early %.3f late %.3f | win ICP %.3f off %.3f | won cycle ICP %.1f off %.1f |"
              " won ACV ICP %.0f off %.0f | won %d lost %d open %d\n",
              f.share_early, f.share_late, f.win_icp, f.win_off, f.cycle_icp, f.cycle_off, f.acv_icp, f.acv_off,
              f.won, f.lost, f.open);
}

TEST(SampleGenerator, OffIcpDealsAreMostlyUpmarketPlusIndustryDrift) {
  int off = 0, upmarket = 0, other_industry = 0;
  for (const DealRow& d : default_parsed().deals) {
    if (d.fit) continue;
    ++off;
    upmarket += d.employees >= 1000;
    other_industry += d.employees < 1000 && d.industry != "Software" && d.industry != "Financial Services";
  }
  ASSERT_GT(off, 0);
  EXPECT_GT(upmarket * 100 / off, 45);
  EXPECT_GT(other_industry * 100 / off, 20);
}

TEST(SampleGenerator, PlantedFactsHoldForOtherSeeds) {
  for (uint64_t seed : {1ull, 2ull, 3ull, 42ull}) {
    const Parsed p = parse_sample(generate({seed}));
    expect_planted_figures(figures(p.deals), seed);
  }
}

TEST(SampleGenerator, AccountsMatchTheDeals) {
  const Parsed& p = default_parsed();
  std::map<std::string, int32_t> first_deal;
  for (const DealRow& d : p.deals) {
    const auto it = p.accounts.find(d.account_id);
    if (it == p.accounts.end()) {
      ADD_FAILURE() << "deal " << d.id << " refers to " << d.account_id << ", absent from accounts.csv";
      continue;
    }
    const AccountRow& a = it->second;
    EXPECT_EQ(a.name, d.account_name) << d.id;
    EXPECT_EQ(a.industry, d.industry) << d.id;
    EXPECT_EQ(a.employees, d.employees) << d.id;
    EXPECT_EQ(a.country, d.country) << d.id;
    auto [pos, inserted] = first_deal.emplace(d.account_id, d.created);
    if (!inserted) pos->second = std::min(pos->second, d.created);
  }
  EXPECT_EQ(first_deal.size(), p.accounts.size()) << "accounts.csv holds accounts without a deal";
  for (const auto& [id, created] : first_deal) {
    EXPECT_LE(p.accounts.at(id).created, created) << id << " created after its first deal";
  }
  const double deals_per_account = static_cast<double>(p.deals.size()) / static_cast<double>(p.accounts.size());
  EXPECT_GE(deals_per_account, 1.1);
  EXPECT_LE(deals_per_account, 1.3);

  std::set<std::string> names;
  for (const auto& [id, a] : p.accounts) EXPECT_TRUE(names.insert(a.name).second) << "duplicate name " << a.name;
}

}  // namespace
}  // namespace icp::sample
