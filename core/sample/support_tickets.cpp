#include "sample/support_tickets.h"

#include <algorithm>

#include "sample/random.h"
#include "sample/sample_calendar.h"
#include "sample/sample_generator.h"

namespace icp::sample {
namespace {

using std::string_view;

constexpr uint64_t kStreamTag = 3;

constexpr string_view kOnboardingSubjects[] = {
    "Help connecting our data warehouse",
    "SSO setup: SAML assertion rejected",
    "Onboarding call follow-up",
    "How do I invite my team?",
    "Importing historical data, which format?",
    "Connector \"Salesforce\" setup fails at step 3",
    "Training session request",
    "Mapping our fiscal calendar",
};
constexpr string_view kSubjects[] = {
    "Dashboard won't load",
    "Dashboard slow, times out after 30s",
    "Scheduled report not delivered",
    "Export to CSV is missing columns",
    "Data sync delayed",
    "Chart shows wrong totals",
    "API rate limit exceeded",
    "Question about our invoice",
    "Add seats to our plan",
    "User locked out",
    "Connector \"HubSpot\" stopped syncing",
    "Feature request: custom fiscal year",
    "Permissions: viewer can edit filters",
    "Embedded dashboard shows a blank frame",
    "Password reset email not received",
    "Filter by date range, wrong results",
};
constexpr Weighted<string_view> kIcpPriority[] = {{"Low", 30}, {"Normal", 50}, {"High", 16}, {"Urgent", 4}};
constexpr Weighted<string_view> kOffIcpPriority[] = {{"Low", 20}, {"Normal", 45}, {"High", 27}, {"Urgent", 8}};
constexpr Weighted<string_view> kStatusNew[] = {{"New", 40}, {"Open", 40}, {"Pending", 20}};
constexpr Weighted<string_view> kStatusRecent[] = {{"Open", 35}, {"Pending", 25}, {"Solved", 40}};
constexpr Weighted<string_view> kStatusMonth[] = {{"Open", 5}, {"Pending", 10}, {"Solved", 70}, {"Closed", 15}};
constexpr Weighted<string_view> kStatusOld[] = {{"Solved", 3}, {"Closed", 97}};

string_view draw_status(Random& r, int32_t day) {
  const int32_t age = kAsOf - day;
  if (age <= 3) return r.pick(kStatusNew);
  if (age <= 14) return r.pick(kStatusRecent);
  if (age <= 30) return r.pick(kStatusMonth);
  return r.pick(kStatusOld);
}

// Seconds since midnight: office hours (8:00-18:00) for most tickets, any time for the rest.
int draw_time_of_day(Random& r) {
  if (r.chance(850)) return static_cast<int>(r.between(8 * 3600, 18 * 3600 - 1));
  return static_cast<int>(r.below(24 * 3600));
}

// Chance of a ticket on one day, per million: the month's rate spread over its days, weekdays
// weighing 1.2 and weekend days 0.5 (a week sums to 7 ordinary days).
uint32_t daily_per_million(int64_t rate_milli, int32_t day, int month_days) {
  const int wd = weekday(day);
  const int64_t weight_tenths = (wd == 0 || wd == 6) ? 5 : 12;
  return static_cast<uint32_t>(rate_milli * 100 * weight_tenths / month_days);
}

}  // namespace

std::vector<Ticket> raise_tickets(const Crm& crm, const std::vector<CustomerSuccess>& cs,
                                  const std::vector<MrrSnapshot>& revenue, uint64_t seed) {
  std::vector<std::vector<int>> paid_months(crm.accounts.size());
  for (const MrrSnapshot& s : revenue) paid_months[s.account].push_back(s.month);
  std::vector<size_t> rank(crm.accounts.size(), 0);
  for (size_t i = 0; i < crm.account_order.size(); ++i) rank[crm.account_order[i]] = i;

  Random r = substream(seed, kStreamTag);
  int64_t next_requester = 360000000000 + static_cast<int64_t>(r.below(1000000000));
  std::vector<Ticket> tickets;
  for (size_t k : crm.account_order) {
    if (paid_months[k].empty()) continue;
    const Account& a = crm.accounts[k];
    const bool icp = is_icp(a.segment);
    // The account's requesters: a few people, more at bigger companies.
    const int people = 1 + static_cast<int>(r.below(a.employees >= 1000 ? 8 : a.employees >= 200 ? 5 : 3));
    std::vector<int64_t> requesters;
    for (int i = 0; i < people; ++i) {
      requesters.push_back(next_requester);
      next_requester += 1 + static_cast<int64_t>(r.below(400000));
    }
    const int64_t base = icp ? planted::kTicketsPerAccountMonthMilliIcp : planted::kTicketsPerAccountMonthMilliOffIcp;
    const int32_t live = cs[k].go_live;
    for (int month : paid_months[k]) {
      const int32_t first = first_day_of_month(month);
      const int month_days = days_in_sample_month(month);
      for (int32_t day = first; day < first + month_days; ++day) {
        const bool onboarding = live != kNoDay && day >= live && day < live + planted::kTicketWindowDays;
        const int64_t rate = onboarding ? base * planted::kTicketWindowMultiplier : base;
        if (r.below(1000000) >= daily_per_million(rate, day, month_days)) continue;
        Ticket t;
        t.account = k;
        t.day = day;
        t.seconds = draw_time_of_day(r);
        t.requester = requesters[r.below(requesters.size())];
        t.subject = onboarding && r.chance(500) ? r.one_of(kOnboardingSubjects) : r.one_of(kSubjects);
        t.priority = icp ? r.pick(kIcpPriority) : r.pick(kOffIcpPriority);
        t.status = draw_status(r, day);
        tickets.push_back(t);
      }
    }
  }
  std::sort(tickets.begin(), tickets.end(), [&](const Ticket& x, const Ticket& y) {
    if (x.day != y.day) return x.day < y.day;
    if (x.seconds != y.seconds) return x.seconds < y.seconds;
    return rank[x.account] < rank[y.account];
  });
  // Zendesk ids grow with creation across the whole help desk: gaps are other requesters' tickets.
  int64_t id = 20000 + static_cast<int64_t>(r.below(5000));
  for (Ticket& t : tickets) {
    t.id = id;
    id += 1 + static_cast<int64_t>(r.below(3));
  }
  return tickets;
}

}  // namespace icp::sample
