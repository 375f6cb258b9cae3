#include "metrics/sales_figures.h"

#include <string>
#include <vector>

namespace icp::metrics {

using mapping::Outcome;

namespace {

Figure<stats::MedianSummary> median_figure(std::vector<double>& values, const std::string& what) {
  Figure<stats::MedianSummary> f;
  if (values.empty()) {
    f.reason = "no " + what;
  } else if (values.size() < stats::kMinMedianSample) {
    f.reason = insufficient(values.size());
  } else {
    f.value = stats::summarize_median(values);
  }
  return f;
}

}  // namespace

SalesFigures compute_sales_figures(const table::DealTable& deals, const Customers* customers,
                                   const std::vector<uint32_t>* rows) {
  SalesFigures s;
  std::vector<double> cycle_won, cycle_lost, acv;
  double bookings = 0;
  const size_t count = rows ? rows->size() : deals.size();
  for (size_t j = 0; j < count; ++j) {
    const size_t i = rows ? (*rows)[j] : j;
    const Outcome o = deals.outcome[i];
    ++s.deals;
    if (table::has_amount(deals.amount[i]) && deals.amount[i] >= 0) {
      s.pipeline_created += deals.amount[i];
      ++s.with_amount;
    }
    if (o == Outcome::open) {
      ++s.open;
      continue;
    }
    const bool dated = table::has_date(deals.created[i]) && table::has_date(deals.closed[i]) &&
                       deals.closed[i] >= deals.created[i];
    const double cycle = dated ? static_cast<double>(deals.closed[i] - deals.created[i]) : 0;
    if (o == Outcome::won) {
      ++s.won;
      if (customers && i < customers->of_deal.size()) {
        const int32_t k = customers->of_deal[i];
        if (k != kNoCustomer && customers->first_won_deal[k] == static_cast<int32_t>(i)) ++s.new_logos;
      }
      if (dated) cycle_won.push_back(cycle);
      if (table::has_amount(deals.amount[i]) && deals.amount[i] >= 0) {
        acv.push_back(deals.amount[i]);
        bookings += deals.amount[i];
      }
    } else {
      ++s.lost;
      if (dated) cycle_lost.push_back(cycle);
    }
  }
  s.won_with_amount = acv.size();
  s.won_with_cycle = cycle_won.size();
  s.lost_with_cycle = cycle_lost.size();

  const uint64_t closed = s.won + s.lost;
  if (closed == 0) {
    s.win_rate.reason = "no closed deals (won or lost)";
  } else {
    s.win_rate_ci = stats::wilson_interval(s.won, closed);
    const double half = (s.win_rate_ci->high - s.win_rate_ci->low) / 2;
    if (half > stats::kMaxConfidentHalfWidth) {
      s.win_rate.reason = insufficient(closed);
    } else {
      s.win_rate.value = static_cast<double>(s.won) / static_cast<double>(closed);
    }
  }
  if (s.deals == 0) {
    s.win_rate_inclusive.reason = "no deals";
  } else {
    s.win_rate_inclusive.value = static_cast<double>(s.won) / static_cast<double>(s.deals);
  }

  s.cycle_days_won = median_figure(cycle_won, "won deals with created and close dates");
  s.cycle_days_lost = median_figure(cycle_lost, "lost deals with created and close dates");
  s.acv_won = median_figure(acv, "won deals with an amount");
  if (acv.empty()) {
    s.acv_mean.reason = s.acv_won.reason;
    s.bookings.reason = s.won == 0 ? "no won deals" : "no won deals with an amount";
  } else {
    s.acv_mean.value = bookings / static_cast<double>(acv.size());
    s.bookings.value = bookings;
  }
  return s;
}

}  // namespace icp::metrics
