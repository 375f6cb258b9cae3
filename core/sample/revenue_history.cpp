#include "sample/revenue_history.h"

#include <algorithm>

#include "sample/random.h"
#include "sample/sample_calendar.h"
#include "sample/sample_generator.h"

namespace icp::sample {
namespace {

constexpr uint64_t kStreamTag = 2;
constexpr int64_t kMinimumCents = 10000;  // nobody pays under 100 USD a month

// MRR of an annual contract value in whole USD, to the cent.
int64_t monthly_cents(int64_t acv) { return (acv * 100 + 6) / 12; }

struct Movement {
  uint32_t chance;  // per mille, per month
  int64_t lo;       // size, per mille of MRR
  int64_t hi;
};

struct Retention {
  uint32_t early_hazard;  // churn per 10,000 per month in the first kEarlyChurnMonths months after go-live
  uint32_t late_hazard;   // afterwards
  Movement expansion;
  Movement contraction;
};

// By segment: off-ICP enterprises (upmarket) rarely leave but shrink; the smaller misfits
// (industry drift, other) leave.
constexpr Retention retention(Segment segment) {
  using namespace planted;
  constexpr Movement kOffIcpExpansion{kExpansionChanceOffIcp, 50, 150};
  constexpr Movement kOffIcpContraction{kContractionChanceOffIcp, 50, 150};
  switch (segment) {
    case Segment::icp:
      return {kChurnHazardEarlyBpIcp, kChurnHazardLateBpIcp, {kExpansionChanceIcp, 80, 250},
              {kContractionChanceIcp, 50, 200}};
    case Segment::upmarket:
      return {kChurnHazardEarlyBpUpmarket, kChurnHazardLateBpUpmarket, kOffIcpExpansion, kOffIcpContraction};
    case Segment::industry_drift:
    case Segment::other:
      return {kChurnHazardEarlyBpMisfit, kChurnHazardLateBpMisfit, kOffIcpExpansion, kOffIcpContraction};
  }
  return {};
}

struct Addition {
  int month;
  int64_t cents;
};

void simulate_account(Random& r, size_t account, Segment segment, const std::vector<const Deal*>& won, int32_t go_live,
                      std::vector<MrrSnapshot>& out) {
  const int last = kAsOfMonthIndex;
  const int start = month_of(won.front()->close) + 1;
  if (start > last) return;
  // Later won deals add their ACV / 12 from the month after their close (never in the first month).
  std::vector<Addition> additions;
  int protected_until = start;  // nobody churns before the revenue they signed for has started
  for (size_t i = 1; i < won.size(); ++i) {
    const int m = std::max(month_of(won[i]->close) + 1, start + 1);
    if (m > last) continue;
    additions.push_back({m, monthly_cents(won[i]->amount)});
    protected_until = std::max(protected_until, m);
  }
  // The month of go-live; a customer never churns before it has gone live.
  const int live_month = go_live == kNoDay ? last + 1 : month_of(go_live);
  const Retention plan = retention(segment);

  int64_t mrr = monthly_cents(won.front()->amount);
  out.push_back({account, start, mrr});
  bool paying = true;
  int comeback_month = -1;
  int64_t comeback_cents = 0;
  for (int m = start + 1; m <= last; ++m) {
    if (!paying) {
      if (m != comeback_month) continue;
      paying = true;
      mrr = comeback_cents;
      out.push_back({account, m, mrr});
      continue;
    }
    if (m > protected_until && m > live_month) {
      const bool early = m - live_month <= planted::kEarlyChurnMonths;
      if (r.below(10000) < (early ? plan.early_hazard : plan.late_hazard)) {
        paying = false;
        if (r.chance(planted::kReactivationPerMille)) {
          comeback_month = m + static_cast<int>(r.between(2, 9));
          comeback_cents = std::max(mrr * r.between(700, 1000) / 1000, kMinimumCents);
        }
        continue;
      }
    }
    const uint64_t x = r.below(1000);
    if (x < plan.expansion.chance) {
      mrr = mrr * (1000 + r.between(plan.expansion.lo, plan.expansion.hi)) / 1000;
    } else if (x < plan.expansion.chance + plan.contraction.chance) {
      mrr = std::max(mrr * (1000 - r.between(plan.contraction.lo, plan.contraction.hi)) / 1000, kMinimumCents);
    }
    for (const Addition& a : additions) {
      if (a.month == m) mrr += a.cents;
    }
    out.push_back({account, m, mrr});
  }
}

}  // namespace

std::vector<MrrSnapshot> simulate_revenue(const Crm& crm, const std::vector<CustomerSuccess>& cs, uint64_t seed) {
  // Each account's won deals by close date (then output order, which is creation order).
  std::vector<std::vector<const Deal*>> won(crm.accounts.size());
  for (const Deal& d : crm.deals) {
    if (d.outcome == Outcome::won) won[d.account].push_back(&d);
  }
  for (auto& list : won) {
    std::stable_sort(list.begin(), list.end(), [](const Deal* x, const Deal* y) { return x->close < y->close; });
  }
  Random r = substream(seed, kStreamTag);
  std::vector<MrrSnapshot> rows;
  std::vector<size_t> rank(crm.accounts.size(), 0);  // position in output order
  for (size_t i = 0; i < crm.account_order.size(); ++i) {
    const size_t k = crm.account_order[i];
    rank[k] = i;
    if (won[k].empty()) continue;
    simulate_account(r, k, crm.accounts[k].segment, won[k], cs[k].go_live, rows);
  }
  std::sort(rows.begin(), rows.end(), [&](const MrrSnapshot& a, const MrrSnapshot& b) {
    return a.month != b.month ? a.month < b.month : rank[a.account] < rank[b.account];
  });
  return rows;
}

}  // namespace icp::sample
