#include "icp/good_customer.h"

#include "icp/fit_score.h"

namespace icp::ideal {

using mapping::Outcome;

static_assert(kGoodLabel == kGood && kBadLabel == kBad && kUndecidedLabel == kUnlabelled);

std::string_view good_definition_name(GoodDefinition definition) {
  return definition == GoodDefinition::won ? "won" : "won_and_retained";
}

std::optional<GoodDefinition> good_definition_from_name(std::string_view name) {
  if (name == "won_and_retained") return GoodDefinition::won_and_retained;
  if (name == "won") return GoodDefinition::won;
  return std::nullopt;
}

namespace {

void count(OutcomeCounts& c, int8_t label) {
  if (label == kGoodLabel) ++c.good;
  else if (label == kBadLabel) ++c.bad;
  else ++c.undecided;
}

}  // namespace

GoodCustomers label_good_customers(const table::DealTable& deals, const metrics::Customers& customers,
                                   const metrics::MrrMatrix& mrr, GoodDefinition definition) {
  GoodCustomers out;
  out.requested = definition;
  out.used = definition;
  if (definition == GoodDefinition::won_and_retained && mrr.empty()) {
    out.used = GoodDefinition::won;
    out.note = "no revenue data: good = won";
  }
  const size_t n_customers = customers.count();
  const size_t n_deals = deals.size();
  const auto key_of = [&](size_t d) {
    return d < customers.of_deal.size() ? customers.of_deal[d] : metrics::kNoCustomer;
  };

  // What the deals say of each customer: bit 1 won, bit 2 lost.
  std::vector<uint8_t> seen(n_customers, 0);
  for (size_t d = 0; d < n_deals; ++d) {
    const int32_t k = key_of(d);
    if (k == metrics::kNoCustomer || static_cast<size_t>(k) >= n_customers) continue;
    if (deals.outcome[d] == Outcome::won) seen[k] |= 1;
    else if (deals.outcome[d] == Outcome::lost) seen[k] |= 2;
  }
  for (size_t k = 0; k < n_customers; ++k) {
    if (k < customers.first_won_deal.size() && customers.first_won_deal[k] >= 0) seen[k] |= 1;
  }

  out.of_customer.assign(n_customers, kUndecidedLabel);
  if (out.used == GoodDefinition::won) {
    for (size_t k = 0; k < n_customers; ++k) {
      if (seen[k] & 1) out.of_customer[k] = kGoodLabel;
      else if (seen[k] & 2) out.of_customer[k] = kBadLabel;
    }
  } else {
    const int32_t as_of = mrr.as_of_month;
    out.as_of_month = as_of;
    GoodCustomers::Retention& r = out.retention;
    for (size_t k = 0; k < n_customers; ++k) {
      const int32_t key = static_cast<int32_t>(k);
      const std::optional<int32_t> first = mrr.first_paid_month(key);
      const bool won = (seen[k] & 1) || first.has_value();
      int8_t& label = out.of_customer[k];
      if (!won) {
        if (seen[k] & 2) {
          label = kBadLabel;
          ++r.never_won;
        }
        continue;
      }
      if (!first) {
        ++r.never_paid;
        continue;
      }
      if (*first > as_of) continue;  // paid only after the as-of month: nothing to judge yet
      if (!(mrr.at(key, as_of) > 0)) {
        label = kBadLabel;
        ++r.churned;
      } else if (as_of - *first < kRetentionMonths) {
        ++r.young;
      } else if (mrr.at(key, *first + kRetentionMonths) >= mrr.at(key, *first)) {
        label = kGoodLabel;
        ++r.retained;
      } else {
        label = kBadLabel;
        ++r.contracted;
      }
    }
  }

  out.of_deal.assign(n_deals, kUndecidedLabel);
  for (size_t d = 0; d < n_deals; ++d) {
    int8_t& label = out.of_deal[d];
    switch (deals.outcome[d]) {
      case Outcome::lost: label = kBadLabel; break;
      case Outcome::open: break;
      case Outcome::won: {
        if (out.used == GoodDefinition::won) {
          label = kGoodLabel;
        } else {
          const int32_t k = key_of(d);
          if (k != metrics::kNoCustomer && static_cast<size_t>(k) < n_customers) label = out.of_customer[k];
        }
        break;
      }
    }
  }
  for (int8_t l : out.of_customer) count(out.customers, l);
  for (int8_t l : out.of_deal) count(out.deals, l);
  return out;
}

}  // namespace icp::ideal
