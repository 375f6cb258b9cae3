// The good-customer outcome (SPEC §4 "Outcome"), the label every ICP figure learns from: per
// customer and per deal, 1 good, 0 bad, −1 not decided (the values of fit_score.h's kGood, kBad,
// kUnlabelled).
//
// - won_and_retained (with revenue data: the MRR matrix is not empty). A customer is won when it has
//   a won deal or ever paid (the revenue file knows customers the CRM export may not). A won
//   customer is
//     bad        when it no longer pays at the as-of month (churned: MRR 0 at the matrix's
//                as_of_month after a paid month), whatever its age;
//     undecided  when its first paid month is less than 12 months before the as-of month (too young
//                to tell), when it never paid (no revenue row joins to it: nothing to judge), or
//                when it first paid after the as-of month;
//     good       when it still pays and NRR at 12 months ≥ 100%: MRR at its first paid month + 12
//                ≥ MRR at its first paid month;
//     bad        otherwise (it still pays, but less than it started with 12 months in).
//   A customer never won with a lost deal is bad; one with only open deals is undecided.
//   Deals: a won deal takes its customer's label (undecided without a customer), a lost deal is
//   bad, an open deal undecided.
// - won (no revenue data, or asked for): a won deal is good, a lost one bad, an open one undecided;
//   a customer with a won deal is good, else with a lost deal bad, else undecided.
// Asking for won_and_retained without revenue data gives the `won` labels, and says so.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/customers.h"
#include "metrics/mrr_matrix.h"
#include "table/deal_table.h"

namespace icp::ideal {

inline constexpr int8_t kGoodLabel = 1, kBadLabel = 0, kUndecidedLabel = -1;
inline constexpr int32_t kRetentionMonths = 12;

enum class GoodDefinition : uint8_t { won_and_retained, won };

std::string_view good_definition_name(GoodDefinition definition);  // "won_and_retained", "won"
std::optional<GoodDefinition> good_definition_from_name(std::string_view name);

struct OutcomeCounts {
  uint64_t good = 0, bad = 0, undecided = 0;
};

struct GoodCustomers {
  GoodDefinition requested = GoodDefinition::won_and_retained;
  GoodDefinition used = GoodDefinition::won_and_retained;  // won when there was no revenue data
  std::vector<int8_t> of_customer;  // by customer key
  std::vector<int8_t> of_deal;      // by deal row
  OutcomeCounts customers, deals;
  // won_and_retained: why won customers got their label.
  struct Retention {
    uint64_t retained = 0;      // good
    uint64_t churned = 0;       // bad: not paying at the as-of month
    uint64_t contracted = 0;    // bad: paying, NRR at 12 months < 100%
    uint64_t young = 0;         // undecided: first paid month < 12 months before the as-of month
    uint64_t never_paid = 0;    // undecided: won, but no MRR in the revenue data
    uint64_t never_won = 0;     // bad: lost deals only
  } retention;
  std::optional<int32_t> as_of_month;  // won_and_retained: the matrix's
  std::string note;  // "no revenue data: good = won", or empty
};

GoodCustomers label_good_customers(const table::DealTable& deals, const metrics::Customers& customers,
                                   const metrics::MrrMatrix& mrr,
                                   GoodDefinition definition = GoodDefinition::won_and_retained);

}  // namespace icp::ideal
