// The sample's CRM: accounts and deals, drawn from one xoshiro256** stream in a fixed order (the
// plan, and the determinism rules, are at the top of sample_generator.cpp). Changing the order
// or the number of draws here changes deals.csv and accounts.csv for every seed.
#include "sample/crm_generator.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <set>
#include <span>

#include "sample/random.h"
#include "sample/sample_calendar.h"
#include "sample/sample_generator.h"
#include "util/civil_date.h"

namespace icp::sample {
namespace {

using std::string_view;

constexpr int kMaxCycleDays = 180;
constexpr int kReusePerMille = 180;  // deals that go to an existing account

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
  int64_t amount = base_amount(segment, employees) * r.one_of(kLognormalSpreadPerMille) / 1000;
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


Crm build(uint64_t seed) {
  Random r(seed);
  Crm data;
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

}  // namespace

Crm generate_crm(uint64_t seed) { return build(seed); }

}  // namespace icp::sample
