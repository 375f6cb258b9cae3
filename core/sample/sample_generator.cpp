// The built-in sample dataset: a synthetic B2B SaaS company ("an analytics product") whose CRM
// shows ICP drift. Two files, as the CRM would export them:
//   deals.csv     a Salesforce Opportunities report export (18-character ids, "USD 24,500.00"
//                 amounts, US M/D/YYYY dates, CRLF line ends, RFC 4180 quoting);
//   accounts.csv  the matching accounts report, one row per account that has a deal.
//
// WHAT IS PLANTED (targets in planted:: of the header; one seed's realised figures scatter
// around them — the test pins the ranges):
// - Calendar: deals are created in 2023-Q1 .. 2026-Q3 (15 quarters). The data's "today" is
//   2026-09-30: nothing closes later; a deal whose close would fall later is still open, with
//   that date as its expected Close Date and an open stage chosen by how far along it is. Sales
//   cycles never exceed 180 days (+2 for a weekend), so every deal created before 2026-Q2 is
//   closed; most 2026-Q3 deals and some 2026-Q2 ones are open.
// - Volume: about 60 deals created in 2023-Q1 growing linearly to about 110 in 2026-Q3 (±3 a quarter).
// - Declared ICP: Industry in {Software, Financial Services} AND Employees 50..499 AND Billing
//   Country in {United States, Canada} (planted::kDeclaredIcpJson).
// - Drift: 75% of a quarter's deals are ICP-fit up to 2024-Q2 (give or take 4 deals a quarter),
//   then the share slides linearly from the onset quarter 2024-Q3 down to 35% in 2026-Q3.
//   Off-ICP accounts are 55% upmarket (1,000-20,000 employees, any industry, mostly North
//   American), 30% industry drift (Healthcare, Manufacturing, Government and a little
//   Retail/Education/Media at ICP-like sizes), 15% other misses (outside the ICP's countries, under 50 or 500-999 employees). The mix within
//   off-ICP is constant; its growing share is what moves every dimension.
// - Outcomes: win rate won/(won+lost) 0.45 for ICP deals, 0.20 for off-ICP.
// - Sales cycle (close - created) of won deals: ICP median about 45 days, off-ICP about 95; lost
//   deals a little shorter (about 40 and 85). A few deals of each kind stall (+10..60 days).
// - Amount: lognormal-like spread (sigma about 0.45, from a fixed quantile table) around a base
//   that grows with company size: ICP won median about 24,000 USD, off-ICP about 60,000.
// - Secondary signals, for the drift diagnosis: two enterprise reps (Diego Alvarez, Olivia
//   Brennan) join in 2024-Q3 and take 70% of the upmarket deals from then on; upmarket deals come
//   mostly from Outbound and Event, industry-drift deals from Partner and Paid Search; upmarket
//   accounts buy "Analytics Enterprise" more often.
// - Accounts: about 1 per 1.2 deals. 18% of deals go to an account created in an earlier quarter
//   of the same fit class; such a deal is "Existing Business" when the account already had a
//   won deal closed on or before its Created Date, else "New Business" (a retry after a loss).
//   An account's Created Date is up to 90 days before its first deal (never before 1/1/2023).
//   Annual Revenue is blank for half of the Government accounts and 3% of the others.
// - Names are realistic and awkward on purpose: commas ("Northwind Analytics, Inc.",
//   "Harper, Lane & Co."), legal suffixes by country (GmbH, SAS, Pty Ltd, Ltda., ...), a few
//   embedded double quotes (Sullivan "Blue" Labs), apostrophes and UTF-8 accents (Müller GmbH).
//   Names are unique after dropping the legal suffix, so a join by normalised name is unambiguous.
//
// DETERMINISM: one xoshiro256** stream (random.h) drawn in a fixed order, integer arithmetic only
// (dates through days_from_civil/civil_from_days, money as integer cents formatted by hand),
// each draw in its own statement (operand order within an expression is unspecified),
// ordered containers only, sorts with a total order, and no clock.
#include "sample/sample_generator.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <set>
#include <span>

#include "sample/random.h"
#include "util/civil_date.h"

namespace icp::sample {
namespace {

using std::string_view;

constexpr int32_t kAsOf = days_from_civil(planted::kAsOfYear, planted::kAsOfMonth, planted::kAsOfDay);
constexpr int32_t kFirstDay = days_from_civil(planted::kFirstYear, 1, 1);
constexpr int kMaxCycleDays = 180;
constexpr int kReusePerMille = 180;  // deals that go to an existing account

enum class Segment { icp, upmarket, industry_drift, other };
enum class Outcome { won, lost, open };

bool is_icp(Segment s) { return s == Segment::icp; }

// ---------------------------------------------------------------------------------------------
// Vocabulary

constexpr string_view kSoftware = "Software";
constexpr string_view kFinancialServices = "Financial Services";
constexpr string_view kHealthcare = "Healthcare";
constexpr string_view kManufacturing = "Manufacturing";
constexpr string_view kRetail = "Retail";
constexpr string_view kEducation = "Education";
constexpr string_view kGovernment = "Government";
constexpr string_view kMedia = "Media";

constexpr string_view kUnitedStates = "United States";
constexpr string_view kCanada = "Canada";
constexpr string_view kUnitedKingdom = "United Kingdom";
constexpr string_view kGermany = "Germany";
constexpr string_view kFrance = "France";
constexpr string_view kAustralia = "Australia";
constexpr string_view kBrazil = "Brazil";
constexpr string_view kIndia = "India";

constexpr Weighted<string_view> kIcpIndustry[] = {{kSoftware, 60}, {kFinancialServices, 40}};
constexpr Weighted<string_view> kIcpCountry[] = {{kUnitedStates, 82}, {kCanada, 18}};
constexpr Weighted<string_view> kUpmarketIndustry[] = {
    {kSoftware, 25},      {kFinancialServices, 20}, {kHealthcare, 15}, {kManufacturing, 15},
    {kGovernment, 10},    {kRetail, 10},            {kMedia, 5}};
constexpr Weighted<string_view> kUpmarketCountry[] = {{kUnitedStates, 65}, {kCanada, 10},
                                                      {kUnitedKingdom, 10}, {kGermany, 8},
                                                      {kFrance, 4},         {kAustralia, 3}};
constexpr Weighted<string_view> kDriftIndustry[] = {{kHealthcare, 35}, {kManufacturing, 30},
                                                    {kGovernment, 20}, {kRetail, 8},
                                                    {kEducation, 4},   {kMedia, 3}};
constexpr Weighted<string_view> kDriftCountry[] = {{kUnitedStates, 80}, {kCanada, 15}, {kUnitedKingdom, 5}};
constexpr Weighted<string_view> kAbroadCountry[] = {{kUnitedKingdom, 30}, {kGermany, 25}, {kFrance, 15},
                                                    {kAustralia, 15},     {kBrazil, 8},   {kIndia, 7}};

struct Range {
  int lo;
  int hi;
};
constexpr Weighted<Range> kIcpEmployees[] = {{{50, 99}, 30}, {{100, 199}, 35}, {{200, 499}, 35}};
constexpr Weighted<Range> kUpmarketEmployees[] = {
    {{1000, 2499}, 40}, {{2500, 4999}, 30}, {{5000, 9999}, 20}, {{10000, 20000}, 10}};
constexpr Weighted<Range> kDriftEmployees[] = {{{50, 199}, 40}, {{200, 499}, 40}, {{500, 999}, 20}};

constexpr string_view kOwners[] = {"Alex Morgan",  "Priya Raman", "Daniel Okafor", "Sofia Lindqvist",
                                   "Marcus Chen",  "Hannah Weiss", "Diego Alvarez", "Olivia Brennan"};
constexpr size_t kCommercialReps = 6;  // the first six; the last two are enterprise reps from the onset

constexpr Weighted<string_view> kIcpLeadSource[] = {{"Web", 30},     {"Referral", 20}, {"Paid Search", 20},
                                                    {"Outbound", 15}, {"Partner", 10}, {"Event", 5}};
constexpr Weighted<string_view> kUpmarketLeadSource[] = {{"Outbound", 40}, {"Event", 25}, {"Partner", 15},
                                                         {"Web", 10},      {"Referral", 5}, {"Paid Search", 5}};
constexpr Weighted<string_view> kDriftLeadSource[] = {{"Partner", 30},  {"Paid Search", 25}, {"Web", 20},
                                                      {"Outbound", 15}, {"Event", 5},        {"Referral", 5}};
constexpr Weighted<string_view> kOtherLeadSource[] = {{"Web", 35},      {"Paid Search", 25}, {"Partner", 15},
                                                      {"Referral", 10}, {"Outbound", 10},    {"Event", 5}};

constexpr string_view kCore = "Analytics Core";
constexpr string_view kEnterprise = "Analytics Enterprise";
constexpr string_view kConnectors = "Data Connectors";
constexpr string_view kEmbedded = "Embedded BI";
constexpr Weighted<string_view> kIcpProduct[] = {{kCore, 50}, {kConnectors, 25}, {kEmbedded, 20}, {kEnterprise, 5}};
constexpr Weighted<string_view> kUpmarketProduct[] = {{kEnterprise, 55}, {kCore, 20}, {kConnectors, 20}, {kEmbedded, 5}};
constexpr Weighted<string_view> kDriftProduct[] = {{kCore, 45}, {kConnectors, 30}, {kEmbedded, 15}, {kEnterprise, 10}};

// Open stages, in order of progress.
constexpr string_view kOpenStages[] = {"Prospecting", "Qualification", "Needs Analysis",
                                       "Proposal/Price Quote", "Negotiation/Review"};

// Quantiles (i + 0.5) / 32 of exp(0.45 * Z), in per mille: a lognormal spread without exp().
constexpr int kSpreadPerMille[] = {379,  470,  528,  575,  616,  653,  688,  722,  754,  787,  818,
                                   850,  883,  915,  948,  983,  1018, 1054, 1093, 1133, 1176, 1222,
                                   1271, 1325, 1385, 1453, 1531, 1624, 1739, 1893, 2126, 2636};

// --- company names ---

constexpr string_view kBrandWords[] = {
    "Northwind", "Bluefin",  "Cedar",   "Summit",  "Ironwood", "Harbor",  "Lumen",    "Vertex",
    "Crescent",  "Granite",  "Meridian", "Beacon", "Redwood",  "Orchard", "Keystone", "Pinnacle",
    "Aurora",    "Falcon",   "Evergreen", "Nimbus", "Tidal",   "Foxglove", "Sparrow", "Juniper",
    "Atlas",     "Helix",    "Stratus", "Kestrel", "Obsidian", "Willow",  "Zephyr",   "Cobalt",
    "Polaris",   "Ember",    "Horizon", "Sapphire", "Alder",   "Wren",    "Quill",    "Marble"};
constexpr string_view kBrandHeads[] = {"North", "Blue",  "Cedar", "Iron", "Silver", "Red",   "Bright",
                                       "Clear", "High",  "Lake",  "River", "Stone", "Sun",   "Star",
                                       "Oak",   "Pine",  "Gold",  "Green", "Swift", "True",  "West",
                                       "East",  "Copper", "Maple", "Fair"};
constexpr string_view kBrandTails[] = {"wind",  "point", "wood",  "line",  "stone", "field", "gate",
                                       "bridge", "path", "peak",  "crest", "light", "brook", "ridge",
                                       "view",  "haven", "works", "forge", "mark",  "well",  "vale"};
constexpr string_view kSurnames[] = {
    "Brandt",  "Harper",   "Okafor",   "Whitaker", "Castellano", "Nakamura", "Fischer", "Sullivan",
    "Hargrove", "Ashford", "Bauer",    "Rossi",    "Gallagher",  "Thornton", "McAllister", "Kowalski",
    "Lane",    "Mercer",   "Holloway", "Pruitt",   "Vance",      "Donovan",  "O'Neil",  "O'Brien",
    "Abernathy", "Calloway", "Jensen", "Lindgren", "Novak",      "Reyes"};
constexpr string_view kGermanSurnames[] = {"Müller", "Schröder", "Weiß", "Hartmann", "Vogel", "Köhler"};
constexpr string_view kFrenchSurnames[] = {"Lefèvre", "Bérard", "Dubois", "Moreau", "Fontaine", "Delacroix"};
constexpr string_view kBrazilianSurnames[] = {"Gonçalves", "Araújo", "Mendes", "Carvalho", "Ribeiro"};
constexpr string_view kIndianSurnames[] = {"Iyer", "Kapoor", "Reddy", "Banerjee", "Mehta"};
constexpr string_view kBritishSurnames[] = {"Pemberton", "Whitfield", "Ashdown", "Fairbairn"};
constexpr string_view kAustralianSurnames[] = {"Blackwood", "Kirby", "Mackay", "Dunmore"};
constexpr string_view kNicknames[] = {"Blue", "Red Fox", "Big Sky", "Lucky", "Night Owl", "Iron"};
constexpr string_view kPlaces[] = {
    "Springfield", "Riverside", "Fairview",  "Lakewood", "Brookfield", "Greenville", "Clayton",
    "Madison",     "Franklin",  "Georgetown", "Ashland", "Milton",     "Salem",      "Dover",
    "Kingston",    "Hamilton",  "Richmond",  "Bristol",  "Chester",    "Auburn",     "Newport",
    "Oxford",      "Clinton",   "Marion",    "Arlington", "Burlington", "Jackson",   "Lincoln",
    "Monroe",      "Winchester"};

constexpr string_view kSoftwareNouns[] = {"Analytics", "Labs",   "Software", "Systems", "Cloud",
                                          "Data",      "Technologies", "Digital", "Networks", "AI"};
constexpr string_view kFinanceNouns[] = {"Capital", "Financial", "Bank",     "Insurance", "Partners",
                                         "Payments", "Lending",  "Securities", "Wealth",   "Credit Union"};
constexpr string_view kHealthNouns[] = {"Health", "Medical Group", "Clinics", "Pharma", "Diagnostics",
                                        "Care",   "Biosciences"};
constexpr string_view kManufacturingNouns[] = {"Manufacturing", "Industries", "Components", "Metals",
                                               "Plastics",      "Machinery",  "Fabrication", "Tooling"};
constexpr string_view kRetailNouns[] = {"Retail", "Outfitters", "Goods", "Markets", "Stores", "Brands", "Supply"};
constexpr string_view kMediaNouns[] = {"Media", "Studios", "Publishing", "Broadcasting", "Press", "Entertainment"};
constexpr string_view kCoEndings[] = {"& Co.", "& Partners", "& Associates", "& Sons"};

constexpr Weighted<string_view> kUsSuffix[] = {{", Inc.", 30}, {" Inc.", 20}, {" LLC", 20}, {" Corp.", 10}, {"", 20}};
constexpr Weighted<string_view> kCanadaSuffix[] = {{" Inc.", 40}, {" Ltd.", 30}, {" Corp.", 10}, {"", 20}};
constexpr Weighted<string_view> kUkSuffix[] = {{" Ltd", 60}, {" plc", 15}, {"", 25}};
constexpr Weighted<string_view> kGermanSuffix[] = {{" GmbH", 70}, {" AG", 20}, {"", 10}};
constexpr Weighted<string_view> kFrenchSuffix[] = {{" SAS", 60}, {" SA", 25}, {"", 15}};
constexpr Weighted<string_view> kAustralianSuffix[] = {{" Pty Ltd", 80}, {"", 20}};
constexpr Weighted<string_view> kBrazilianSuffix[] = {{" Ltda.", 75}, {" S.A.", 15}, {"", 10}};
constexpr Weighted<string_view> kIndianSuffix[] = {{" Pvt. Ltd.", 70}, {" Ltd.", 20}, {"", 10}};

std::span<const string_view> nouns_for(string_view industry) {
  if (industry == kSoftware) return kSoftwareNouns;
  if (industry == kFinancialServices) return kFinanceNouns;
  if (industry == kHealthcare) return kHealthNouns;
  if (industry == kManufacturing) return kManufacturingNouns;
  if (industry == kRetail) return kRetailNouns;
  return kMediaNouns;
}

// Revenue per employee (USD), for Annual Revenue.
int64_t revenue_per_employee(string_view industry) {
  if (industry == kSoftware) return 200000;
  if (industry == kFinancialServices) return 400000;
  if (industry == kHealthcare) return 150000;
  if (industry == kManufacturing) return 250000;
  if (industry == kRetail) return 220000;
  if (industry == kEducation) return 80000;
  if (industry == kGovernment) return 100000;
  return 180000;
}

const string_view& legal_suffix(Random& r, string_view country) {
  if (country == kCanada) return r.pick(kCanadaSuffix);
  if (country == kUnitedKingdom) return r.pick(kUkSuffix);
  if (country == kGermany) return r.pick(kGermanSuffix);
  if (country == kFrance) return r.pick(kFrenchSuffix);
  if (country == kAustralia) return r.pick(kAustralianSuffix);
  if (country == kBrazil) return r.pick(kBrazilianSuffix);
  if (country == kIndia) return r.pick(kIndianSuffix);
  return r.pick(kUsSuffix);
}

std::string surname(Random& r, string_view country) {
  if (r.chance(700)) {
    if (country == kGermany) return std::string(r.one_of(kGermanSurnames));
    if (country == kFrance) return std::string(r.one_of(kFrenchSurnames));
    if (country == kBrazil) return std::string(r.one_of(kBrazilianSurnames));
    if (country == kIndia) return std::string(r.one_of(kIndianSurnames));
    if (country == kUnitedKingdom) return std::string(r.one_of(kBritishSurnames));
    if (country == kAustralia) return std::string(r.one_of(kAustralianSurnames));
  }
  return std::string(r.one_of(kSurnames));
}

std::string brand(Random& r) {
  if (r.chance(350)) return std::string(r.one_of(kBrandWords));
  std::string b(r.one_of(kBrandHeads));
  b += r.one_of(kBrandTails);
  return b;
}

struct CompanyName {
  std::string core;    // what identifies the company once the legal form is dropped
  std::string suffix;  // legal form, with its leading ", " or " "
};

CompanyName company_name(Random& r, string_view industry, string_view country) {
  const string_view place = r.one_of(kPlaces);
  if (industry == kGovernment) {
    switch (r.below(4)) {
      case 0: return {"City of " + std::string(place), ""};
      case 1: return {std::string(place) + " County", ""};
      case 2: return {std::string(place) + " Transit Authority", ""};
      default: return {std::string(place) + " Department of Revenue", ""};
    }
  }
  if (industry == kEducation) {
    switch (r.below(4)) {
      case 0: return {std::string(place) + " University", ""};
      case 1: return {"University of " + std::string(place), ""};
      case 2: return {std::string(place) + " Community College", ""};
      default: return {std::string(place) + " School District", ""};
    }
  }
  if (industry == kHealthcare && r.chance(350)) {
    if (r.chance(500)) return {std::string(place) + " Health System", ""};
    return {std::string(place) + " Regional Hospital", ""};
  }
  // Every draw is its own statement: the operands of one expression are evaluated in an
  // unspecified order (g++ and clang differ), which would make native and wasm samples differ.
  const std::span<const string_view> nouns = nouns_for(industry);
  const string_view noun = nouns[r.below(nouns.size())];
  const uint64_t pattern = r.below(1000);
  // Outside the English-speaking markets, family names are the common form (Müller GmbH).
  const bool family_names = country == kGermany || country == kFrance || country == kBrazil || country == kIndia;
  CompanyName name;
  if (pattern < 25) {  // embedded double quotes: Sullivan "Blue" Labs
    name.core = surname(r, country);
    name.core += " \"";
    name.core += r.one_of(kNicknames);
    name.core += "\" ";
    name.core += noun;
  } else if (pattern < 110) {  // a comma inside the name: Harper, Lane & Co.
    name.core = surname(r, country);
    name.core += ", ";
    name.core += surname(r, country);
    name.core += " ";
    name.core += r.one_of(kCoEndings);
    return name;
  } else if (pattern < (family_names ? 650u : 330u)) {
    name.core = surname(r, country) + " " + std::string(noun);
  } else {
    name.core = brand(r) + " " + std::string(noun);
  }
  name.suffix = legal_suffix(r, country);
  return name;
}

std::string ascii_lower(string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Records

struct Account {
  std::string name;
  string_view industry;
  int employees = 0;
  int64_t annual_revenue = -1;  // whole USD; -1 leaves the field blank
  string_view country;
  Segment segment = Segment::icp;
  int32_t created = 0;
  std::string id;
};

struct Deal {
  size_t account = 0;
  int32_t created = 0;
  int32_t close = 0;  // the expected close date while open
  Outcome outcome = Outcome::lost;
  string_view stage;
  int64_t amount = 0;  // whole USD
  string_view product;
  string_view lead_source;
  string_view owner;
  bool existing_business = false;
  std::string id;
};

// 0 = Sunday .. 6 = Saturday (1970-01-01, day 0, was a Thursday).
int weekday(int32_t days) { return static_cast<int>(((days % 7) + 11) % 7); }

// A creation date in [first, last], moved off weekends most of the time (CRMs fill up on workdays).
int32_t workday_between(Random& r, int32_t first, int32_t last) {
  int32_t d = static_cast<int32_t>(r.between(first, last));
  const int wd = weekday(d);
  if ((wd == 0 || wd == 6) && r.chance(900)) {
    const int32_t toward_week = wd == 6 ? d - 1 : d + 1;  // Saturday -> Friday, Sunday -> Monday
    const int32_t other_way = wd == 6 ? d + 2 : d - 2;
    d = (toward_week >= first && toward_week <= last) ? toward_week : other_way;
  }
  return d;
}

int draw_cycle_days(Random& r, bool icp, bool won) {
  // A triangular shape: floor + two uniform draws (drawn in separate statements, see company_name).
  const int64_t floor = icp ? (won ? 9 : 6) : (won ? 33 : 24);
  const int64_t width = icp ? (won ? 34 : 31) : (won ? 60 : 57);
  int64_t days = floor + r.between(0, width);
  days += r.between(0, width);
  if (r.chance(80)) days += r.between(10, 60);  // a stalled deal
  return static_cast<int>(std::min<int64_t>(days, kMaxCycleDays));
}

// Base amount (USD) before the spread: grows with company size.
int64_t base_amount(Segment segment, int employees) {
  switch (segment) {
    case Segment::icp: return 17500 + 35 * static_cast<int64_t>(employees);
    case Segment::upmarket: return 58000 + 5 * static_cast<int64_t>(employees);
    case Segment::industry_drift: return 42000 + 25 * static_cast<int64_t>(employees);
    case Segment::other: return 30000 + 25 * static_cast<int64_t>(employees);
  }
  return 0;
}

int64_t draw_amount(Random& r, Segment segment, int employees) {
  int64_t amount = base_amount(segment, employees) * r.one_of(kSpreadPerMille) / 1000;
  amount = amount * r.between(950, 1050) / 1000;
  amount = (amount + 50) / 100 * 100;  // reps type round numbers
  return std::max<int64_t>(amount, 2000);
}

Account draw_account(Random& r, Segment segment, int32_t first_deal_created, std::set<std::string>& used_cores) {
  Account a;
  a.segment = segment;
  Range size{50, 499};
  switch (segment) {
    case Segment::icp:
      a.industry = r.pick(kIcpIndustry);
      size = r.pick(kIcpEmployees);
      a.country = r.pick(kIcpCountry);
      break;
    case Segment::upmarket:
      a.industry = r.pick(kUpmarketIndustry);
      size = r.pick(kUpmarketEmployees);
      a.country = r.pick(kUpmarketCountry);
      break;
    case Segment::industry_drift:
      a.industry = r.pick(kDriftIndustry);
      size = r.pick(kDriftEmployees);
      a.country = r.pick(kDriftCountry);
      break;
    case Segment::other: {
      a.industry = r.pick(kIcpIndustry);
      const uint64_t kind = r.below(100);
      if (kind < 55) {  // ICP-like company outside the ICP's countries
        size = r.pick(kIcpEmployees);
        a.country = r.pick(kAbroadCountry);
      } else if (kind < 80) {  // too small
        size = {10, 49};
        a.country = r.pick(kIcpCountry);
      } else {  // just above the size range
        size = {500, 999};
        a.country = r.pick(kIcpCountry);
      }
      break;
    }
  }
  a.employees = static_cast<int>(r.between(size.lo, size.hi));

  CompanyName name = company_name(r, a.industry, a.country);
  for (int attempt = 0; attempt < 64 && used_cores.count(ascii_lower(name.core)) != 0; ++attempt) {
    name = company_name(r, a.industry, a.country);
  }
  for (int n = 2; used_cores.count(ascii_lower(name.core)) != 0; ++n) {  // practically never
    name.core += " " + std::to_string(n);
  }
  used_cores.insert(ascii_lower(name.core));
  a.name = name.core + name.suffix;

  const bool blank_revenue = a.industry == kGovernment ? r.chance(500) : r.chance(30);
  if (!blank_revenue) {
    const int64_t revenue = a.employees * revenue_per_employee(a.industry) * r.between(70, 130) / 100;
    a.annual_revenue = std::max<int64_t>((revenue + 50000) / 100000 * 100000, 100000);
  }
  const int32_t lead_time = static_cast<int32_t>(r.between(0, std::min<int32_t>(90, first_deal_created - kFirstDay)));
  a.created = first_deal_created - lead_time;
  return a;
}

Segment draw_segment(Random& r, bool fit) {
  if (fit) return Segment::icp;
  const uint64_t x = r.below(1000);
  if (x < static_cast<uint64_t>(planted::kOffIcpUpmarket)) return Segment::upmarket;
  if (x < static_cast<uint64_t>(planted::kOffIcpUpmarket + planted::kOffIcpIndustryDrift)) {
    return Segment::industry_drift;
  }
  return Segment::other;
}

string_view draw_owner(Random& r, Segment segment, int quarter_index) {
  if (quarter_index < planted::kOnsetQuarterIndex) return kOwners[r.below(kCommercialReps)];
  const uint32_t enterprise_share = segment == Segment::upmarket ? 700 : 150;
  if (r.chance(enterprise_share)) return kOwners[kCommercialReps + r.below(2)];
  return kOwners[r.below(kCommercialReps)];
}

string_view draw_lead_source(Random& r, Segment segment) {
  switch (segment) {
    case Segment::icp: return r.pick(kIcpLeadSource);
    case Segment::upmarket: return r.pick(kUpmarketLeadSource);
    case Segment::industry_drift: return r.pick(kDriftLeadSource);
    case Segment::other: return r.pick(kOtherLeadSource);
  }
  return "Web";
}

string_view draw_product(Random& r, Segment segment) {
  switch (segment) {
    case Segment::upmarket: return r.pick(kUpmarketProduct);
    case Segment::industry_drift: return r.pick(kDriftProduct);
    case Segment::icp:
    case Segment::other: return r.pick(kIcpProduct);
  }
  return kCore;
}

// ---------------------------------------------------------------------------------------------
// Ids: Salesforce-style 18-character ids. A 15-character id (key prefix, instance, a reserved
// zero, nine base-62 digits of a record number that grows with creation order) plus the
// 3-character case-safe checksum Salesforce appends.

std::string salesforce_id(string_view key_prefix, uint64_t record_number) {
  constexpr string_view kBase62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string id(key_prefix);
  id += "8W0";
  char digits[9];
  for (int i = 8; i >= 0; --i) {
    digits[i] = kBase62[record_number % 62];
    record_number /= 62;
  }
  id.append(digits, 9);
  constexpr string_view kChecksum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  for (int chunk = 0; chunk < 3; ++chunk) {
    unsigned bits = 0;
    for (int i = 0; i < 5; ++i) {
      const char c = id[static_cast<size_t>(chunk * 5 + i)];
      if (c >= 'A' && c <= 'Z') bits |= 1u << i;
    }
    id += kChecksum[bits];
  }
  return id;
}

// Record numbers: a random start (some leading zeros remain, as in real orgs), then gaps of 1..40.
class IdSequence {
 public:
  IdSequence(Random& r, string_view key_prefix)
      : key_prefix_(key_prefix), next_(238328 + r.below(56800235584ull - 238328)) {}  // 62^3 .. 62^6
  std::string take(Random& r) {
    std::string id = salesforce_id(key_prefix_, next_);
    next_ += 1 + r.below(40);
    return id;
  }

 private:
  string_view key_prefix_;
  uint64_t next_;
};

// ---------------------------------------------------------------------------------------------
// Formatting

// M/D/YYYY without zero padding, as a US-locale Salesforce report writes it.
std::string us_date(int32_t days) {
  const CivilDate c = civil_from_days(days);
  return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

// "USD 1,234,567.89" from integer cents.
std::string usd(int64_t cents) {
  std::string out = cents < 0 ? "USD -" : "USD ";
  const uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  const std::string whole = std::to_string(magnitude / 100);
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  const uint64_t fraction = magnitude % 100;
  out += '.';
  out += static_cast<char>('0' + fraction / 10);
  out += static_cast<char>('0' + fraction % 10);
  return out;
}

// RFC 4180 rows with CRLF ends. A field is quoted when it holds the delimiter, a quote, CR or LF,
// or when the caller asks (Salesforce quotes every amount).
class CsvWriter {
 public:
  void field(string_view value, bool always_quote = false) {
    if (!at_row_start_) out_ += ',';
    at_row_start_ = false;
    const bool quote = always_quote || value.find_first_of(",\"\r\n") != string_view::npos;
    if (!quote) {
      out_ += value;
      return;
    }
    out_ += '"';
    for (char c : value) {
      if (c == '"') out_ += '"';
      out_ += c;
    }
    out_ += '"';
  }
  void end_row() {
    out_ += "\r\n";
    at_row_start_ = true;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool at_row_start_ = true;
};

// ---------------------------------------------------------------------------------------------

struct Dataset {
  std::vector<Account> accounts;      // in order of generation; Deal::account indexes it
  std::vector<size_t> account_order;  // accounts in output order (by id)
  std::vector<Deal> deals;            // in output order (by Created Date, then id)
};

Dataset build(uint64_t seed) {
  Random r(seed);
  Dataset data;
  std::set<std::string> used_cores;
  std::vector<size_t> pool[2];  // accounts from earlier quarters: [0] off-ICP, [1] ICP

  for (int q = 0; q < planted::kQuarterCount; ++q) {
    const int year = planted::kFirstYear + q / 4;
    const int month = 3 * (q % 4) + 1;
    const int32_t first = days_from_civil(year, month, 1);
    const int32_t last = (month == 10 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, month + 3, 1)) - 1;
    const int count = planted::nominal_deals_in_quarter(q) + static_cast<int>(r.between(-3, 3));
    const int share = planted::icp_share_per_mille(q);
    const size_t accounts_before = data.accounts.size();
    // The quarter's ICP-fit deals: the planned share of the count, give or take 4, in random order
    // (a little less scatter than independent draws, so every seed shows the planted shape).
    const int fit_count = std::clamp((count * share + 500) / 1000 + static_cast<int>(r.between(-4, 4)), 0, count);
    std::vector<bool> fits(static_cast<size_t>(count), false);
    std::fill(fits.begin(), fits.begin() + fit_count, true);
    for (size_t k = fits.size(); k > 1; --k) {  // Fisher-Yates
      const size_t j = r.below(k);
      const bool tmp = fits[k - 1];
      fits[k - 1] = fits[j];
      fits[j] = tmp;
    }

    for (int i = 0; i < count; ++i) {
      Deal d;
      d.created = workday_between(r, first, last);
      const bool fit = fits[static_cast<size_t>(i)];
      std::vector<size_t>& same_class = pool[fit ? 1 : 0];
      if (!same_class.empty() && r.chance(kReusePerMille)) {
        d.account = same_class[r.below(same_class.size())];
      } else {
        d.account = data.accounts.size();
        data.accounts.push_back(draw_account(r, draw_segment(r, fit), d.created, used_cores));
      }
      const Account& a = data.accounts[d.account];
      const bool icp = is_icp(a.segment);
      const bool won = r.chance(static_cast<uint32_t>(icp ? planted::kWinRateIcp : planted::kWinRateOffIcp));
      d.close = d.created + draw_cycle_days(r, icp, won);
      const int wd = weekday(d.close);
      if (wd == 6) d.close += 2;
      if (wd == 0) d.close += 1;
      d.amount = draw_amount(r, a.segment, a.employees);
      d.product = draw_product(r, a.segment);
      d.lead_source = draw_lead_source(r, a.segment);
      d.owner = draw_owner(r, a.segment, q);
      if (d.close > kAsOf) {
        d.outcome = Outcome::open;
        const int64_t progress = int64_t{kAsOf - d.created} * 5 / (d.close - d.created);  // 0..4
        d.stage = kOpenStages[std::min<int64_t>(progress, 4)];
      } else {
        d.outcome = won ? Outcome::won : Outcome::lost;
        d.stage = won ? "Closed Won" : "Closed Lost";
      }
      data.deals.push_back(std::move(d));
    }
    for (size_t k = accounts_before; k < data.accounts.size(); ++k) {
      pool[is_icp(data.accounts[k].segment) ? 1 : 0].push_back(k);
    }
  }

  // Existing Business: the account already had a deal won and closed by this one's creation.
  std::vector<int32_t> first_won_close(data.accounts.size(), std::numeric_limits<int32_t>::max());
  for (const Deal& d : data.deals) {
    if (d.outcome == Outcome::won) first_won_close[d.account] = std::min(first_won_close[d.account], d.close);
  }
  for (Deal& d : data.deals) d.existing_business = first_won_close[d.account] <= d.created;

  // Ids grow with creation order, as record numbers do in a CRM.
  std::vector<size_t>& order = data.account_order;
  order.resize(data.accounts.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return data.accounts[x].created != data.accounts[y].created ? data.accounts[x].created < data.accounts[y].created
                                                                : x < y;
  });
  IdSequence account_ids(r, "001");
  for (size_t k : order) data.accounts[k].id = account_ids.take(r);

  std::stable_sort(data.deals.begin(), data.deals.end(),
                   [](const Deal& x, const Deal& y) { return x.created < y.created; });
  IdSequence deal_ids(r, "006");
  for (Deal& d : data.deals) d.id = deal_ids.take(r);
  return data;
}

std::string deals_csv(const Dataset& data) {
  CsvWriter w;
  for (string_view h : {"Opportunity ID", "Opportunity Name", "Account ID", "Account Name", "Stage", "Amount",
                        "Created Date", "Close Date", "Type", "Lead Source", "Opportunity Owner", "Product",
                        "Industry", "Employees", "Billing Country"}) {
    w.field(h);
  }
  w.end_row();
  for (const Deal& d : data.deals) {
    const Account& a = data.accounts[d.account];
    w.field(d.id);
    w.field(a.name + " - " + std::string(d.product) + (d.existing_business ? " Expansion" : ""));
    w.field(a.id);
    w.field(a.name);
    w.field(d.stage);
    w.field(usd(d.amount * 100), true);
    w.field(us_date(d.created));
    w.field(us_date(d.close));
    w.field(d.existing_business ? "Existing Business" : "New Business");
    w.field(d.lead_source);
    w.field(d.owner);
    w.field(d.product);
    w.field(a.industry);
    w.field(std::to_string(a.employees));
    w.field(a.country);
    w.end_row();
  }
  return w.take();
}

std::string accounts_csv(const Dataset& data) {
  CsvWriter w;
  for (string_view h :
       {"Account ID", "Account Name", "Industry", "Employees", "Annual Revenue", "Billing Country", "Created Date"}) {
    w.field(h);
  }
  w.end_row();
  for (size_t k : data.account_order) {
    const Account& a = data.accounts[k];
    w.field(a.id);
    w.field(a.name);
    w.field(a.industry);
    w.field(std::to_string(a.employees));
    if (a.annual_revenue < 0) {
      w.field("");
    } else {
      w.field(usd(a.annual_revenue * 100), true);
    }
    w.field(a.country);
    w.field(us_date(a.created));
    w.end_row();
  }
  return w.take();
}

}  // namespace

std::vector<SampleFile> generate(const SampleOptions& options) {
  const Dataset data = build(options.seed);
  std::vector<SampleFile> files;
  files.push_back({"deals.csv", "deals", deals_csv(data)});
  files.push_back({"accounts.csv", "accounts", accounts_csv(data)});
  return files;
}

}  // namespace icp::sample
