// The built-in sample dataset: a synthetic B2B SaaS CRM (a Salesforce Opportunities report and an
// accounts export) with a planted ICP drift, generated from a seed so the page and the CLI produce
// the same bytes without shipping a file. What is planted, and how, is described at the top of
// sample_generator.cpp; the targets are the constants in `planted` below.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::sample {

struct SampleFile {
  std::string name;   // "deals.csv", "accounts.csv"
  std::string role;   // "deals" | "accounts"
  std::string bytes;  // UTF-8, no BOM, CRLF line ends, RFC 4180 quoting
};

struct SampleOptions {
  uint64_t seed = 20240601;
};

// deals.csv then accounts.csv. Same seed, same bytes, on every platform; never reads the clock.
std::vector<SampleFile> generate(const SampleOptions& options = {});

// The planted behaviour, as targets: the realised figures of one seed scatter around them.
namespace planted {

// Deals are created in 15 calendar quarters, 2023-Q1 (index 0) to 2026-Q3 (index 14).
inline constexpr int kFirstYear = 2023;
inline constexpr int kQuarterCount = 15;
// The data's "today": nothing closes after it; deals whose close would fall later are still open.
inline constexpr int kAsOfYear = 2026;
inline constexpr int kAsOfMonth = 9;
inline constexpr int kAsOfDay = 30;

// The declared ICP: industry in kIcpIndustries AND employees in [kIcpMinEmployees,
// kIcpMaxEmployees] AND country in kIcpCountries.
inline constexpr std::array<std::string_view, 2> kIcpIndustries = {"Software", "Financial Services"};
inline constexpr int kIcpMinEmployees = 50;
inline constexpr int kIcpMaxEmployees = 499;
inline constexpr std::array<std::string_view, 2> kIcpCountries = {"United States", "Canada"};
// The declared ICP in METHODS.md's JSON format, defined on the last day before the onset.
inline constexpr std::string_view kDeclaredIcpJson =
    R"({"name":"Core ICP","defined_on":"2024-06-30","match":"all","rules":[)"
    R"({"field":"industry","op":"in","values":["Software","Financial Services"]},)"
    R"({"field":"employees","op":"between","min":50,"max":499},)"
    R"({"field":"country","op":"in","values":["United States","Canada"]}]})";

// Deals created per quarter: about kDealsFirstQuarter in 2023-Q1, growing linearly to about
// kDealsLastQuarter in 2026-Q3.
inline constexpr int kDealsFirstQuarter = 60;
inline constexpr int kDealsLastQuarter = 110;

// ICP-fit share of deals created in a quarter, in per mille: kIcpShareStable up to 2024-Q2, then a
// linear slide from the onset quarter 2024-Q3 (index 6, the first quarter of the drifting regime)
// down to kIcpShareFinal in 2026-Q3.
inline constexpr int kOnsetQuarterIndex = 6;
inline constexpr std::string_view kOnsetPeriod = "2024-Q3";
inline constexpr int kIcpShareStable = 750;
inline constexpr int kIcpShareFinal = 350;

// Win rate won / (won + lost), per mille.
inline constexpr int kWinRateIcp = 450;
inline constexpr int kWinRateOffIcp = 200;
// Median sales cycle (close - created, days) of won deals.
inline constexpr int kMedianWonCycleDaysIcp = 45;
inline constexpr int kMedianWonCycleDaysOffIcp = 95;
// Median Amount (ACV, USD) of won deals.
inline constexpr int64_t kMedianWonAcvIcp = 24000;
inline constexpr int64_t kMedianWonAcvOffIcp = 60000;
// Among off-ICP accounts, per mille: upmarket (1,000-20,000 employees), industry drift
// (Healthcare, Manufacturing, Government, ...), and the rest (outside the ICP's countries, or too
// small, or just above its size range).
inline constexpr int kOffIcpUpmarket = 550;
inline constexpr int kOffIcpIndustryDrift = 300;
inline constexpr int kOffIcpOther = 150;

// The planned ICP-fit share (per mille) of deals created in quarter `quarter_index` (0..14).
constexpr int icp_share_per_mille(int quarter_index) {
  const int last = kQuarterCount - 1;
  const int hinge = kOnsetQuarterIndex - 1;  // the last quarter of the stable regime
  if (quarter_index <= hinge) return kIcpShareStable;
  return kIcpShareStable - (kIcpShareStable - kIcpShareFinal) * (quarter_index - hinge) / (last - hinge);
}

// The planned number of deals created in quarter `quarter_index` (each quarter jitters by up to 3).
constexpr int nominal_deals_in_quarter(int quarter_index) {
  const int last = kQuarterCount - 1;
  return kDealsFirstQuarter + ((kDealsLastQuarter - kDealsFirstQuarter) * quarter_index + last / 2) / last;
}

// Whether an account's attributes fit the declared ICP (exact, case-sensitive: the sample's own spelling).
constexpr bool is_icp_fit(std::string_view industry, int employees, std::string_view country) {
  bool industry_ok = false;
  for (std::string_view v : kIcpIndustries) industry_ok = industry_ok || v == industry;
  bool country_ok = false;
  for (std::string_view v : kIcpCountries) country_ok = country_ok || v == country;
  return industry_ok && country_ok && employees >= kIcpMinEmployees && employees <= kIcpMaxEmployees;
}

}  // namespace planted
}  // namespace icp::sample
