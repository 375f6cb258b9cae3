// Efficiency (SPEC §2): CAC, CAC payback and magic number from the spend file, the new logos of the
// deals and the MRR of the revenue data.
//
// - Spend rows are bucketed by their period's first day: a quarter's row counts wholly in the period
//   holding its first day. The spend file does not say whether a row is a month or a quarter, so it
//   is read from the dates: spend is "quarter" when every row starts on a month's first day, all in
//   the same position within a quarter, over at least two distinct months; "month" when every row
//   starts on a month's first day otherwise; "day" else. With quarterly spend and monthly periods
//   asked, the per-period table is cut in quarters (same fiscal year) and a note says so: a month's
//   CAC would divide a quarter's spend by one month's logos.
// - New logos: customers whose first won deal (Customers::first_won_close) closes in the period.
//   The per-period table covers the periods from the first to the last one with spend;
//   new_logos_total counts the new logos of those periods (the others are counted apart).
// - CAC = spend ÷ new logos; new MRR per new logo = the mean MRR of each new logo in its first paid
//   month (revenue basis), or, without revenue data, its first won deal's amount ÷ 12 (deal_amount
//   basis); CAC payback months = CAC ÷ (new MRR per logo × gross margin).
// - Per channel, when the spend rows have channels and the deals have lead sources: the channel of
//   a new logo is the lead source of its first won deal as the deal file has it (not the segment
//   level, where rare sources are folded into "Other"); a spend channel and a lead source match when
//   they are equal ignoring ASCII case, spaces, '_' and '-'. Spend channels that no lead source
//   matches stay in by_channel (CAC null with its reason) and are listed in
//   unmatched_spend_channels; lead sources of new logos with no spend channel are listed too.
// - Magic number per quarter of the scheme's fiscal year, whatever the granularity: net new ARR in
//   the quarter ÷ the spend of the quarter before. Net new ARR = 12 × Σ over the quarter's months of
//   (new + expansion + reactivation − contraction − churn) MRR, month over month from the MRR
//   matrix; a quarter needs the month before it inside the matrix (else all its MRR would count as
//   new) and its last month no later than the matrix's as-of month. Without revenue data, the won
//   bookings (amounts of won deals closed in the quarter, as annual contract values) stand for the
//   net new ARR, and the quarter must end by the data's as-of day.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/figure.h"
#include "metrics/mrr_matrix.h"
#include "metrics/periods.h"

namespace icp::metrics {

enum class NewMrrBasis : uint8_t { revenue, deal_amount };
const char* new_mrr_basis_name(NewMrrBasis b);  // "revenue", "deal_amount"

struct EfficiencyPeriod {
  int32_t period = 0;  // in the scheme of Efficiency::periods
  std::string label;
  double spend = 0;
  uint64_t spend_rows = 0;
  uint64_t new_logos = 0;
  uint64_t new_logos_with_mrr = 0;  // new logos with a first-month MRR (or a deal amount)
  Figure<double> cac;
  Figure<double> new_mrr_per_logo;
  Figure<double> cac_payback_months;
};

struct ChannelPeriod {
  std::string label;
  double spend = 0;
  uint64_t new_logos = 0;
  Figure<double> cac;
};

struct ChannelEfficiency {
  std::string channel;          // as the spend file first writes it
  bool matched = false;         // some lead source matches it
  double spend = 0;
  uint64_t new_logos = 0;
  Figure<double> cac;
  std::vector<ChannelPeriod> by_period;  // the periods of Efficiency::by_period
};

struct MagicNumberQuarter {
  int32_t quarter = 0;  // period in the quarter scheme
  std::string label;
  // Revenue basis: the parts of net new MRR (monthly figures, summed over the quarter's months).
  double new_mrr = 0, expansion_mrr = 0, reactivation_mrr = 0, contraction_mrr = 0, churned_mrr = 0;
  Figure<double> net_new_arr;
  Figure<double> prior_quarter_spend;
  Figure<double> magic_number;
};

struct Efficiency {
  double gross_margin = 0.8;
  NewMrrBasis new_mrr_basis = NewMrrBasis::deal_amount;
  const char* spend_granularity = "month";  // "month", "quarter", "day" (see above)
  PeriodScheme periods;                     // of by_period (quarters when spend is quarterly)

  uint64_t spend_rows = 0;
  uint64_t spend_rows_without_amount = 0;   // unreadable amounts: left out of every sum
  double spend_total = 0;
  uint64_t new_logos_total = 0;             // in the periods of by_period
  uint64_t new_logos_outside_spend_periods = 0;
  uint64_t new_logos_with_mrr = 0;
  Figure<double> cac_overall;
  Figure<double> new_mrr_per_logo;
  Figure<double> cac_payback_months;
  std::vector<EfficiencyPeriod> by_period;

  Figure<std::vector<ChannelEfficiency>> by_channel;  // absent: no channels or no lead sources
  double spend_without_channel = 0;                  // spend rows with an empty channel
  std::vector<std::string> unmatched_spend_channels;
  std::vector<std::string> lead_sources_without_spend;  // of new logos in the spend periods

  const char* magic_number_basis = "revenue";  // "revenue" or "bookings"
  std::vector<MagicNumberQuarter> magic_number;

  std::vector<std::string> notes;
};

// Spend must have rows (the caller reports "no spend file was given" otherwise). An empty matrix
// means no revenue data.
Efficiency compute_efficiency(const AnalysisInput& input, const MrrMatrix& mrr);

// "Paid Search", "paid_search", " paid-search " → "paidsearch".
std::string channel_key(std::string_view channel);

}  // namespace icp::metrics
