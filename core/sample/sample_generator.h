// The built-in sample dataset: a synthetic B2B SaaS company with a file for every input role — a
// Salesforce Opportunities report, an accounts export, monthly MRR snapshots, a Zendesk tickets
// export and a spend sheet — with a planted ICP drift and planted segment behaviour, generated from
// a seed so the page and the CLI produce the same bytes without shipping a file. What is planted,
// and how, is described at the top of sample_generator.cpp; the targets are the constants in
// `planted` below.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::sample {

struct SampleFile {
  std::string name;   // "deals.csv", "accounts.csv", "mrr.csv", "tickets.csv", "spend.csv"
  std::string role;   // "deals" | "accounts" | "revenue" | "tickets" | "spend"
  std::string bytes;  // UTF-8, no BOM, CRLF line ends, RFC 4180 quoting
};

struct SampleOptions {
  uint64_t seed = 20240601;
};

// deals.csv, accounts.csv, mrr.csv, tickets.csv, spend.csv, in that order. Same seed, same bytes,
// on every platform; never reads the clock.
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

// --- Customer success (accounts.csv: Go-Live Date, Health Score) ---
// Only customers (accounts with a won deal) go live and have a health score; the others leave both
// blank, and so does a customer not live by the as-of date (censored).
// Time to value = Go-Live Date - Close Date of the account's first won deal, days; median (the
// spread is lognormal-like, sigma about 0.45, at least 7 days; go-live falls on a workday).
inline constexpr int kMedianTtvDaysIcp = 30;
inline constexpr int kMedianTtvDaysOffIcp = 75;
// Health Score (0..100) of customers: mean and standard deviation (sum of three uniform draws).
inline constexpr int kHealthMeanIcp = 78;
inline constexpr int kHealthMeanOffIcp = 55;
inline constexpr int kHealthSpreadIcp = 10;
inline constexpr int kHealthSpreadOffIcp = 12;

// --- Revenue (mrr.csv: one row per account and month paid, MRR > 0) ---
// A customer pays from the month after its first won deal's Close Date, at that deal's Amount / 12;
// each later won deal adds its Amount / 12 from the month after its close (expansion). Months run
// to the as-of month, 2026-09.
// Realised targets, by fit class:
// monthly logo churn = accounts that stop paying in a month / accounts that paid the month before,
// pooled over every month, in basis points (80 = 0.8%);
inline constexpr int kMonthlyLogoChurnBpIcp = 80;
inline constexpr int kMonthlyLogoChurnBpOffIcp = 300;
// NRR at the as-of month = sum of 2026-09 MRR of the accounts that paid in 2025-09 / their 2025-09
// MRR, in percent (METHODS.md's NRR(T));
inline constexpr int kNrrPercentIcp = 110;
inline constexpr int kNrrPercentOffIcp = 80;
// share of churned accounts that come back, per mille (after 2..9 months, at 70..100% of their MRR).
inline constexpr int kReactivationPerMille = 50;
// The mechanism behind them. A customer never churns before it has gone live, nor before the last
// won deal it signed starts paying. Churn hazard per month, in basis points, in the first
// kEarlyChurnMonths months after the go-live month and afterwards (bad fits leave early), for ICP
// accounts, off-ICP upmarket ones (enterprises seldom leave, they shrink) and the other off-ICP
// "misfits" (industry drift, too small, abroad: they leave):
inline constexpr int kEarlyChurnMonths = 6;
inline constexpr uint32_t kChurnHazardEarlyBpIcp = 130;
inline constexpr uint32_t kChurnHazardLateBpIcp = 70;
inline constexpr uint32_t kChurnHazardEarlyBpUpmarket = 150;
inline constexpr uint32_t kChurnHazardLateBpUpmarket = 80;
inline constexpr uint32_t kChurnHazardEarlyBpMisfit = 1200;
inline constexpr uint32_t kChurnHazardLateBpMisfit = 350;
// and, each month an account keeps paying, the chance (per mille) of an expansion (ICP +8..25%,
// off-ICP +5..15%) or else a contraction (ICP -5..20%, off-ICP -5..15%) of its MRR.
inline constexpr uint32_t kExpansionChanceIcp = 100;
inline constexpr uint32_t kContractionChanceIcp = 30;
inline constexpr uint32_t kExpansionChanceOffIcp = 30;
inline constexpr uint32_t kContractionChanceOffIcp = 60;

// --- Tickets (tickets.csv, Zendesk; Organization = the account name) ---
// Tickets per paid account-month, in thousandths, outside the first kTicketWindowDays days after
// go-live; inside that window the rate is kTicketWindowMultiplier times higher. Tickets are raised
// only in months the account pays for.
inline constexpr int kTicketsPerAccountMonthMilliIcp = 600;
inline constexpr int kTicketsPerAccountMonthMilliOffIcp = 1800;
inline constexpr int kTicketWindowDays = 90;
inline constexpr int kTicketWindowMultiplier = 2;

// --- Spend (spend.csv: Month, Channel, Spend; channels = the deals' Lead Source values) ---
// Total sales & marketing spend per month grows linearly from kSpendFirstMonthUsd (2023-01) to
// kSpendLastMonthUsd (2026-09), shifting toward Outbound and Event, while new logos grow far less
// (about 80 in 2023, 110 a year after): CAC = spend of the year / new logos (accounts whose first
// won deal closed in it) roughly doubles, kCacUsd2023 to kCacUsd2026 (2026: January-September).
inline constexpr int64_t kSpendFirstMonthUsd = 115000;
inline constexpr int64_t kSpendLastMonthUsd = 540000;
inline constexpr int64_t kCacUsd2023 = 25000;
inline constexpr int64_t kCacUsd2026 = 50000;

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
