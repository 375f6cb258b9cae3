// The built-in sample dataset: a synthetic B2B SaaS company ("an analytics product") whose CRM
// shows ICP drift, with a file for every input role of SPEC §1, as the tools would export them:
//   deals.csv     (deals) a Salesforce Opportunities report export (18-character ids,
//                 "USD 24,500.00" amounts, US M/D/YYYY dates, CRLF line ends, RFC 4180 quoting);
//   accounts.csv  (accounts) the matching accounts report, one row per account that has a deal,
//                 with Go-Live Date and Health Score as the last two columns;
//   mrr.csv       (revenue) monthly MRR snapshots: Account ID, Account Name, Month (2024-03),
//                 MRR (2041.67), one row per account and month paid, by month then account id;
//   tickets.csv   (tickets) a Zendesk tickets export: Id, Organization (the account name),
//                 Requester id, Subject, Priority, Status, Created at (2024-03-05 14:22:00);
//   spend.csv     (spend) Month, Channel, Spend per month 2023-01 .. 2026-09 and lead source.
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
//   Retail/Education/Media at ICP-like sizes), 15% other misses (outside the ICP's countries,
//   under 50 or 500-999 employees). The mix within off-ICP is constant; its growing share is what
//   moves every dimension.
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
// - Customer success: only customers (an account with a won deal) go live. Time to value
//   (first won Close Date -> Go-Live Date) has a median of about 30 days for ICP accounts and 75
//   for off-ICP (lognormal-like spread, sigma about 0.45, at least a week, on a workday); a
//   customer not live by 2026-09-30 has a blank Go-Live Date (censored). Health Score 0..100:
//   mean 78 (sd 10) for ICP customers, 55 (sd 12) off-ICP; blank for accounts that never won.
// - Revenue: a customer pays from the month after its first won deal closes, at that deal's
//   Amount / 12; every later won deal (Existing Business, or a second New Business deal closing
//   later) adds its Amount / 12 from the month after its close. Each further month it may expand
//   or contract (ICP: 10% chance of +8..25%, 3% of -5..20%; off-ICP: 3% of +5..15%, 6% of
//   -5..15%) or churn. Nobody churns before going live or before its last signed deal starts
//   paying; the churn hazard is higher in the first 6 months after go-live: ICP 1.3% then 0.7% a
//   month; off-ICP upmarket accounts (enterprises seldom leave, they shrink) 1.5% then 0.8%; the
//   other off-ICP accounts (industry drift, too small, abroad) 12% then 3.5%. What the data
//   realise, pooled over months: logo churn about 0.8% a month for ICP accounts and 3% off-ICP;
//   NRR at 2026-09 about 110% for ICP and 80% for off-ICP (3% logo churn alone would leave 69%
//   of the logos after a year: off-ICP revenue holds up better than its logos because the small
//   misfits leave and the big upmarket accounts stay and shrink). 5% of churned accounts come
//   back 2..9 months later at 70..100% of their old MRR.
// - Tickets: raised only in months an account pays for, 0.6 per account-month for ICP accounts
//   and 1.8 off-ICP, twice that in the first 90 days after go-live (with onboarding subjects);
//   weekdays busier than weekends, office hours busier than nights; off-ICP tickets are more
//   often High or Urgent. Status follows age (old tickets Closed, the last days' New/Open).
// - Spend: total spend grows linearly from 115,000 USD a month (2023-01) to 540,000 (2026-09),
//   moving from Paid Search and Web toward Outbound and Event, while new logos grow far less:
//   CAC (spend / new logos of the year) roughly doubles, about 25,000 USD in 2023 to 50,000 in 2026.
//
// DETERMINISM: the CRM (deals and accounts) is one xoshiro256** stream (random.h) of the seed,
// drawn in a fixed order; go-live and health, revenue, tickets and spend each draw from their
// own stream of the seed (random.h's substream), so one part can change without moving another.
// Integer arithmetic only (dates through days_from_civil/civil_from_days, money as integer cents
// formatted by hand), each draw in its own statement (operand order within an expression is
// unspecified), ordered containers only, sorts with a total order, and no clock.
//
// One concept per file: crm_generator (deals and accounts), customer_success (go-live, health),
// revenue_history (MRR), support_tickets, marketing_spend, sample_calendar, sample_csv (writing);
// this file lays the records out as the five files.
#include "sample/sample_generator.h"

#include <string_view>

#include "sample/crm_generator.h"
#include "sample/customer_success.h"
#include "sample/marketing_spend.h"
#include "sample/revenue_history.h"
#include "sample/sample_calendar.h"
#include "sample/sample_csv.h"
#include "sample/support_tickets.h"

namespace icp::sample {
namespace {

using std::string_view;

void header(CsvWriter& w, std::initializer_list<string_view> names) {
  for (string_view h : names) w.field(h);
  w.end_row();
}

std::string deals_csv(const Crm& crm) {
  CsvWriter w;
  header(w, {"Opportunity ID", "Opportunity Name", "Account ID", "Account Name", "Stage", "Amount", "Created Date",
             "Close Date", "Type", "Lead Source", "Opportunity Owner", "Product", "Industry", "Employees",
             "Billing Country"});
  for (const Deal& d : crm.deals) {
    const Account& a = crm.accounts[d.account];
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

std::string accounts_csv(const Crm& crm, const std::vector<CustomerSuccess>& cs) {
  CsvWriter w;
  header(w, {"Account ID", "Account Name", "Industry", "Employees", "Annual Revenue", "Billing Country", "Created Date",
             "Go-Live Date", "Health Score"});
  for (size_t k : crm.account_order) {
    const Account& a = crm.accounts[k];
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
    w.field(cs[k].go_live == kNoDay ? std::string() : us_date(cs[k].go_live));
    w.field(cs[k].health < 0 ? std::string() : std::to_string(cs[k].health));
    w.end_row();
  }
  return w.take();
}

std::string mrr_csv(const Crm& crm, const std::vector<MrrSnapshot>& revenue) {
  CsvWriter w;
  header(w, {"Account ID", "Account Name", "Month", "MRR"});
  for (const MrrSnapshot& s : revenue) {
    const Account& a = crm.accounts[s.account];
    w.field(a.id);
    w.field(a.name);
    w.field(month_label(s.month));
    w.field(plain_decimal(s.cents));
    w.end_row();
  }
  return w.take();
}

std::string tickets_csv(const Crm& crm, const std::vector<Ticket>& tickets) {
  CsvWriter w;
  header(w, {"Id", "Organization", "Requester id", "Subject", "Priority", "Status", "Created at"});
  for (const Ticket& t : tickets) {
    w.field(std::to_string(t.id));
    w.field(crm.accounts[t.account].name);
    w.field(std::to_string(t.requester));
    w.field(t.subject);
    w.field(t.priority);
    w.field(t.status);
    w.field(iso_date_time(t.day, t.seconds));
    w.end_row();
  }
  return w.take();
}

std::string spend_csv(const std::vector<SpendLine>& spend) {
  CsvWriter w;
  header(w, {"Month", "Channel", "Spend"});
  for (const SpendLine& s : spend) {
    w.field(month_label(s.month));
    w.field(s.channel);
    w.field(plain_decimal(s.cents));
    w.end_row();
  }
  return w.take();
}

}  // namespace

std::vector<SampleFile> generate(const SampleOptions& options) {
  const Crm crm = generate_crm(options.seed);
  const std::vector<CustomerSuccess> cs = plant_customer_success(crm, options.seed);
  const std::vector<MrrSnapshot> revenue = simulate_revenue(crm, cs, options.seed);
  const std::vector<Ticket> tickets = raise_tickets(crm, cs, revenue, options.seed);
  std::vector<SampleFile> files;
  files.push_back({"deals.csv", "deals", deals_csv(crm)});
  files.push_back({"accounts.csv", "accounts", accounts_csv(crm, cs)});
  files.push_back({"mrr.csv", "revenue", mrr_csv(crm, revenue)});
  files.push_back({"tickets.csv", "tickets", tickets_csv(crm, tickets)});
  files.push_back({"spend.csv", "spend", spend_csv(plan_spend(options.seed))});
  return files;
}

}  // namespace icp::sample
