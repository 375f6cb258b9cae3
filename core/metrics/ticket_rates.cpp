#include "metrics/ticket_rates.h"

#include <map>

namespace icp::metrics {
namespace {

// Per customer: tickets inside its span and inside its first 90 days.
struct CustomerTickets {
  uint64_t in_span = 0;
  uint64_t first_90d = 0;
};

struct Accumulator {
  uint64_t customers = 0, customers_90 = 0, tickets = 0, tickets_90 = 0;
  double days = 0;

  void add(const CustomerLifetime& life, const CustomerTickets& t) {
    ++customers;
    days += life.days();
    tickets += t.in_span;
    if (life.days() >= 90) {
      ++customers_90;
      tickets_90 += t.first_90d;
    }
  }

  TicketRate rate() const {
    TicketRate r;
    r.customers = customers;
    r.account_months = days / kDaysPerMonth;
    r.tickets = tickets;
    r.customers_first_90d = customers_90;
    r.tickets_first_90d = tickets_90;
    if (customers < kMinRateCustomers) {
      r.per_account_month.reason = customers == 0 ? "no customers" : insufficient(customers);
    } else if (days <= 0) {
      r.per_account_month.reason = "no account-months observed";
    } else {
      r.per_account_month.value = static_cast<double>(tickets) / r.account_months;
    }
    if (customers_90 < kMinRateCustomers) {
      r.per_account_month_first_90d.reason =
          customers_90 == 0 ? "no customer observed for 90 days" : insufficient(customers_90);
    } else {
      r.per_account_month_first_90d.value = static_cast<double>(tickets_90) / (static_cast<double>(customers_90) * 3);
    }
    return r;
  }
};

}  // namespace

Figure<TicketRates> compute_ticket_rates(const AnalysisInput& in, const std::vector<CustomerLifetime>& lives) {
  const table::TicketTable& tickets = in.tables.tickets;
  if (tickets.size() == 0) return Figure<TicketRates>::none("no tickets file was given, or none of its rows was used");
  TicketRates out;
  const size_t n = lives.size();
  std::vector<CustomerTickets> per(n);
  for (size_t t = 0; t < tickets.size(); ++t) {
    ++out.tickets;
    const int32_t k = t < in.customers.of_ticket.size() ? in.customers.of_ticket[t] : kNoCustomer;
    if (k == kNoCustomer || static_cast<size_t>(k) >= n) {
      ++out.without_customer;
      continue;
    }
    const int32_t day = tickets.created[t];
    const CustomerLifetime& life = lives[k];
    if (!table::has_date(day)) {
      ++out.without_date;
    } else if (!life.started()) {
      ++out.customer_without_start;
    } else if (day < life.start) {
      ++out.before_start;
    } else if (!table::has_date(life.end) || day > life.end) {
      ++out.after_end;
    } else {
      ++per[k].in_span;
      if (day < life.start + 90) ++per[k].first_90d;
    }
  }

  Accumulator all;
  for (size_t k = 0; k < n; ++k) {
    if (lives[k].started()) all.add(lives[k], per[k]);
  }
  out.overall = all.rate();

  for (const Dimension& d : in.segments.dimensions) {
    std::vector<Accumulator> levels(d.levels.size());
    for (size_t k = 0; k < n; ++k) {
      if (!lives[k].started() || k >= d.of_customer.size() || d.of_customer[k] >= levels.size()) continue;
      levels[d.of_customer[k]].add(lives[k], per[k]);
    }
    std::vector<TicketSegmentRate> rows;
    for (size_t l = 0; l < levels.size(); ++l) {
      if (levels[l].customers == 0) continue;
      rows.push_back({d.levels[l], levels[l].rate()});
    }
    out.by_dimension.emplace_back(d.name, std::move(rows));
  }

  std::map<int32_t, Accumulator> cohorts;
  for (size_t k = 0; k < n; ++k) {
    if (lives[k].started() && lives[k].cohort != kNoCohort) cohorts[lives[k].cohort].add(lives[k], per[k]);
  }
  const PeriodScheme scheme = cohort_scheme(in.settings);
  for (const auto& [q, acc] : cohorts) out.by_cohort.push_back({period_label(q, scheme), acc.rate()});
  return Figure<TicketRates>::of(std::move(out));
}

}  // namespace icp::metrics
