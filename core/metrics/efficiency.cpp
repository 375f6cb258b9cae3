#include "metrics/efficiency.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using table::CategoricalColumn;
using table::StringDictionary;

std::string_view text_of(const CategoricalColumn& col, size_t row) {
  if (row >= col.codes.size() || col.codes[row] == StringDictionary::kMissing) return {};
  return col.dictionary.value(col.codes[row]);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::optional<int32_t> first_paid(const MrrMatrix& m, size_t customer) {
  if (customer >= m.customers) return std::nullopt;
  for (int32_t i = 0; i < m.months; ++i) {
    if (m.mrr[customer * m.months + i] > 0) return m.first_month + i;
  }
  return std::nullopt;
}

const char* read_spend_granularity(const table::SpendTable& spend) {
  bool first_days = true;
  int residue = -1;
  bool same_residue = true;
  std::set<int32_t> months;
  for (int32_t day : spend.period_start) {
    if (!table::has_date(day)) continue;
    if (civil_from_days(day).day != 1) first_days = false;
    const int32_t m = month_of_day(day);
    const int r = ((m % 3) + 3) % 3;
    if (residue < 0) residue = r;
    else if (r != residue) same_residue = false;
    months.insert(m);
  }
  if (!first_days) return "day";
  return same_residue && months.size() >= 2 ? "quarter" : "month";
}

Figure<double> payback(const Figure<double>& cac, const Figure<double>& new_mrr, double gross_margin) {
  if (!cac.value) return Figure<double>::none(cac.reason);
  if (!new_mrr.value) return Figure<double>::none(new_mrr.reason);
  if (!(*new_mrr.value > 0)) return Figure<double>::none("new MRR per logo is not positive");
  if (!(gross_margin > 0)) return Figure<double>::none("gross margin is not positive");
  return Figure<double>::of(*cac.value / (*new_mrr.value * gross_margin));
}

Figure<double> cac_figure(double spend, uint64_t spend_rows, uint64_t logos, const char* no_logos) {
  if (spend_rows == 0) return Figure<double>::none("no spend in the period");
  if (logos == 0) return Figure<double>::none(no_logos);
  return Figure<double>::of(spend / static_cast<double>(logos));
}

// A new logo's first MRR: the MRR of its first paid month, or its first won deal's amount ÷ 12.
std::optional<double> first_mrr(const AnalysisInput& in, const MrrMatrix& mrr, NewMrrBasis basis, size_t k) {
  if (basis == NewMrrBasis::revenue) {
    const auto m = first_paid(mrr, k);
    if (!m) return std::nullopt;
    return mrr.at(static_cast<int32_t>(k), *m);
  }
  const int32_t deal = in.customers.first_won_deal[k];
  if (deal < 0 || static_cast<size_t>(deal) >= in.tables.deals.amount.size()) return std::nullopt;
  const double a = in.tables.deals.amount[deal];
  if (!table::has_amount(a) || a < 0) return std::nullopt;
  return a / 12;
}

struct MonthMovements {
  std::vector<double> new_mrr, expansion, reactivation, contraction, churn;  // per matrix month
};

MonthMovements movements(const MrrMatrix& m) {
  MonthMovements mv;
  const size_t months = static_cast<size_t>(m.months);
  for (auto* v : {&mv.new_mrr, &mv.expansion, &mv.reactivation, &mv.contraction, &mv.churn}) v->assign(months, 0);
  for (size_t k = 0; k < m.customers; ++k) {
    const double* row = m.mrr.data() + k * months;
    bool ever = false;
    for (size_t i = 0; i < months; ++i) {
      const double cur = row[i];
      if (i > 0) {
        const double prev = row[i - 1];
        if (!(prev > 0) && cur > 0) {
          (ever ? mv.reactivation : mv.new_mrr)[i] += cur;
        } else if (prev > 0 && !(cur > 0)) {
          mv.churn[i] += prev;
        } else if (prev > 0 && cur > prev) {
          mv.expansion[i] += cur - prev;
        } else if (prev > 0 && cur < prev) {
          mv.contraction[i] += prev - cur;
        }
      }
      if (cur > 0) ever = true;
    }
  }
  return mv;
}

}  // namespace

const char* new_mrr_basis_name(NewMrrBasis b) { return b == NewMrrBasis::revenue ? "revenue" : "deal_amount"; }

std::string channel_key(std::string_view channel) {
  std::string key;
  for (char ch : channel) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (std::isspace(u) || ch == '_' || ch == '-') continue;
    key.push_back(static_cast<char>(std::tolower(u)));
  }
  return key;
}

Efficiency compute_efficiency(const AnalysisInput& in, const MrrMatrix& mrr) {
  const table::SpendTable& spend = in.tables.spend;
  const table::DealTable& deals = in.tables.deals;
  const Customers& customers = in.customers;
  Efficiency e;
  e.gross_margin = in.settings.gross_margin;
  e.new_mrr_basis = mrr.empty() ? NewMrrBasis::deal_amount : NewMrrBasis::revenue;
  e.spend_granularity = read_spend_granularity(spend);
  e.periods = in.settings.periods;
  if (e.periods.granularity == Granularity::month && std::string_view(e.spend_granularity) == "quarter") {
    e.periods.granularity = Granularity::quarter;
    e.notes.push_back("spend is given per quarter: CAC and payback are given per quarter, not per month");
  }
  const PeriodScheme& scheme = e.periods;

  // Spend per period.
  e.spend_rows = spend.size();
  bool have_range = false;
  int32_t pmin = 0, pmax = 0;
  for (size_t r = 0; r < spend.size(); ++r) {
    if (!table::has_amount(spend.amount[r]) || !table::has_date(spend.period_start[r])) {
      ++e.spend_rows_without_amount;
      continue;
    }
    const int32_t p = period_of_day(spend.period_start[r], scheme);
    if (!have_range) pmin = pmax = p;
    pmin = std::min(pmin, p);
    pmax = std::max(pmax, p);
    have_range = true;
    e.spend_total += spend.amount[r];
  }
  const auto valid_spend = [&](size_t r) {
    return table::has_amount(spend.amount[r]) && table::has_date(spend.period_start[r]);
  };
  const size_t n_periods = have_range ? static_cast<size_t>(pmax - pmin + 1) : 0;
  e.by_period.resize(n_periods);
  for (size_t i = 0; i < n_periods; ++i) {
    e.by_period[i].period = pmin + static_cast<int32_t>(i);
    e.by_period[i].label = period_label(e.by_period[i].period, scheme);
  }
  for (size_t r = 0; r < spend.size(); ++r) {
    if (!valid_spend(r)) continue;
    EfficiencyPeriod& p = e.by_period[period_of_day(spend.period_start[r], scheme) - pmin];
    p.spend += spend.amount[r];
    ++p.spend_rows;
  }

  // New logos and their first MRR.
  std::vector<double> mrr_sum(n_periods, 0);
  double mrr_total = 0;
  std::vector<int32_t> logo_period(customers.count(), -1);  // index into by_period, -1 outside
  for (size_t k = 0; k < customers.count(); ++k) {
    const int32_t close = customers.first_won_close[k];
    if (!table::has_date(close)) continue;
    const int32_t p = period_of_day(close, scheme);
    if (!have_range || p < pmin || p > pmax) {
      ++e.new_logos_outside_spend_periods;
      continue;
    }
    logo_period[k] = p - pmin;
    EfficiencyPeriod& row = e.by_period[p - pmin];
    ++row.new_logos;
    ++e.new_logos_total;
    if (const auto v = first_mrr(in, mrr, e.new_mrr_basis, k)) {
      ++row.new_logos_with_mrr;
      ++e.new_logos_with_mrr;
      mrr_sum[p - pmin] += *v;
      mrr_total += *v;
    }
  }
  const char* no_mrr = e.new_mrr_basis == NewMrrBasis::revenue ? "no new logo of the period has revenue data"
                                                               : "no new logo's first won deal has an amount";
  const auto mrr_figure = [&](uint64_t logos, uint64_t with, double sum) {
    if (logos == 0) return Figure<double>::none("no new logos in the period");
    if (with == 0) return Figure<double>::none(no_mrr);
    return Figure<double>::of(sum / static_cast<double>(with));
  };
  for (size_t i = 0; i < n_periods; ++i) {
    EfficiencyPeriod& p = e.by_period[i];
    p.cac = cac_figure(p.spend, p.spend_rows, p.new_logos, "no new logos in the period");
    p.new_mrr_per_logo = mrr_figure(p.new_logos, p.new_logos_with_mrr, mrr_sum[i]);
    p.cac_payback_months = payback(p.cac, p.new_mrr_per_logo, e.gross_margin);
  }
  if (!have_range) {
    e.cac_overall = Figure<double>::none("no spend row has a readable amount");
  } else {
    e.cac_overall = cac_figure(e.spend_total, 1, e.new_logos_total, "no new logos in the periods with spend");
  }
  e.new_mrr_per_logo = mrr_figure(e.new_logos_total, e.new_logos_with_mrr, mrr_total);
  if (!e.new_mrr_per_logo.value && e.new_logos_total == 0) {
    e.new_mrr_per_logo.reason = "no new logos in the periods with spend";
  }
  e.cac_payback_months = payback(e.cac_overall, e.new_mrr_per_logo, e.gross_margin);
  if (e.new_mrr_basis == NewMrrBasis::revenue && e.new_logos_with_mrr < e.new_logos_total) {
    e.notes.push_back(std::to_string(e.new_logos_total - e.new_logos_with_mrr) +
                      " new logos have no revenue data and are left out of new MRR per logo");
  }

  // Channels.
  bool spend_has_channels = false, deals_have_sources = false;
  for (size_t r = 0; r < spend.size() && !spend_has_channels; ++r) {
    spend_has_channels = !channel_key(text_of(spend.channel, r)).empty();
  }
  std::map<std::string, std::string> source_shown;  // key → lead source as first seen
  for (size_t d = 0; d < deals.size(); ++d) {
    const std::string_view v = trim(text_of(deals.lead_source, d));
    const std::string key = channel_key(v);
    if (key.empty()) continue;
    deals_have_sources = true;
    source_shown.emplace(key, std::string(v));
  }
  if (!spend_has_channels) {
    e.by_channel = Figure<std::vector<ChannelEfficiency>>::none("the spend rows have no channels");
  } else if (!deals_have_sources) {
    e.by_channel = Figure<std::vector<ChannelEfficiency>>::none("the deals have no lead sources");
  } else {
    std::vector<ChannelEfficiency> channels;
    std::map<std::string, size_t> index_of;  // key → index in channels (first appearance order)
    std::vector<std::vector<uint64_t>> rows_of;  // spend rows per channel per period
    for (size_t r = 0; r < spend.size(); ++r) {
      if (!valid_spend(r)) continue;
      const std::string_view shown = trim(text_of(spend.channel, r));
      const std::string key = channel_key(shown);
      if (key.empty()) {
        e.spend_without_channel += spend.amount[r];
        continue;
      }
      auto [it, added] = index_of.try_emplace(key, channels.size());
      if (added) {
        ChannelEfficiency c;
        c.channel = std::string(shown);
        c.matched = source_shown.count(key) > 0;
        c.by_period.resize(n_periods);
        for (size_t i = 0; i < n_periods; ++i) c.by_period[i].label = e.by_period[i].label;
        channels.push_back(std::move(c));
        rows_of.emplace_back(n_periods, 0);
      }
      const size_t i = static_cast<size_t>(period_of_day(spend.period_start[r], scheme) - pmin);
      channels[it->second].spend += spend.amount[r];
      channels[it->second].by_period[i].spend += spend.amount[r];
      ++rows_of[it->second][i];
    }
    std::set<std::string> sources_without_spend;
    for (size_t k = 0; k < customers.count(); ++k) {
      if (logo_period[k] < 0) continue;
      const int32_t deal = customers.first_won_deal[k];
      const std::string key = deal >= 0 ? channel_key(text_of(deals.lead_source, deal)) : std::string();
      if (key.empty()) continue;
      const auto it = index_of.find(key);
      if (it == index_of.end()) {
        sources_without_spend.insert(key);
        continue;
      }
      ++channels[it->second].new_logos;
      ++channels[it->second].by_period[logo_period[k]].new_logos;
    }
    for (size_t c = 0; c < channels.size(); ++c) {
      ChannelEfficiency& ch = channels[c];
      if (!ch.matched) {
        e.unmatched_spend_channels.push_back(ch.channel);
        ch.cac = Figure<double>::none("no lead source of the deals matches this channel");
      } else {
        ch.cac = cac_figure(ch.spend, 1, ch.new_logos, "no new logos from this channel");
      }
      for (size_t i = 0; i < n_periods; ++i) {
        ChannelPeriod& p = ch.by_period[i];
        p.cac = ch.matched ? cac_figure(p.spend, rows_of[c][i], p.new_logos, "no new logos from this channel in the period")
                           : Figure<double>::none("no lead source of the deals matches this channel");
      }
    }
    for (const auto& key : sources_without_spend) e.lead_sources_without_spend.push_back(source_shown[key]);
    e.by_channel = Figure<std::vector<ChannelEfficiency>>::of(std::move(channels));
  }

  // Magic number per quarter.
  const PeriodScheme quarters{Granularity::quarter, in.settings.periods.fiscal_year_start_month};
  std::map<int32_t, double> spend_of_quarter;
  for (size_t r = 0; r < spend.size(); ++r) {
    if (valid_spend(r)) spend_of_quarter[period_of_day(spend.period_start[r], quarters)] += spend.amount[r];
  }
  e.magic_number_basis = mrr.empty() ? "bookings" : "revenue";
  if (!spend_of_quarter.empty()) {
    const int32_t qmin = spend_of_quarter.begin()->first + 1;
    const int32_t qmax = spend_of_quarter.rbegin()->first + 1;
    MonthMovements mv;
    if (!mrr.empty()) mv = movements(mrr);
    std::map<int32_t, double> bookings;  // quarter → won amounts
    if (mrr.empty()) {
      for (size_t d = 0; d < deals.size(); ++d) {
        if (deals.outcome[d] != mapping::Outcome::won || !table::has_date(deals.closed[d])) continue;
        if (!table::has_amount(deals.amount[d])) continue;
        bookings[period_of_day(deals.closed[d], quarters)] += deals.amount[d];
      }
    }
    for (int32_t q = qmin; q <= qmax; ++q) {
      const int32_t first_day = first_day_of_period(q, quarters);
      if (table::has_date(in.as_of_day) && first_day > in.as_of_day) break;
      MagicNumberQuarter mq;
      mq.quarter = q;
      mq.label = period_label(q, quarters);
      const int32_t m0 = first_month_of_period(q, quarters);
      if (!mrr.empty()) {
        const int32_t last_in_matrix = mrr.first_month + mrr.months - 1;
        if (m0 - 1 < mrr.first_month) {
          mq.net_new_arr = Figure<double>::none("the revenue data starts in " + month_label(mrr.first_month) +
                                                ": the quarter needs the month before it");
        } else if (m0 + 2 > mrr.as_of_month || m0 + 2 > last_in_matrix) {
          mq.net_new_arr = Figure<double>::none("the quarter is not complete as of " +
                                                month_label(std::min(mrr.as_of_month, last_in_matrix)));
        } else {
          for (int32_t m = m0; m <= m0 + 2; ++m) {
            const size_t i = static_cast<size_t>(m - mrr.first_month);
            mq.new_mrr += mv.new_mrr[i];
            mq.expansion_mrr += mv.expansion[i];
            mq.reactivation_mrr += mv.reactivation[i];
            mq.contraction_mrr += mv.contraction[i];
            mq.churned_mrr += mv.churn[i];
          }
          mq.net_new_arr = Figure<double>::of(
              12 * (mq.new_mrr + mq.expansion_mrr + mq.reactivation_mrr - mq.contraction_mrr - mq.churned_mrr));
        }
      } else {
        const int32_t last_day = first_day_of_period(q + 1, quarters) - 1;
        if (table::has_date(in.as_of_day) && last_day > in.as_of_day) {
          mq.net_new_arr = Figure<double>::none("the quarter is not complete as of " + format_iso_date(in.as_of_day));
        } else {
          const auto it = bookings.find(q);
          mq.net_new_arr = Figure<double>::of(it == bookings.end() ? 0.0 : it->second);
        }
      }
      const auto prior = spend_of_quarter.find(q - 1);
      if (prior == spend_of_quarter.end()) {
        mq.prior_quarter_spend = Figure<double>::none("no spend in " + period_label(q - 1, quarters));
      } else {
        mq.prior_quarter_spend = Figure<double>::of(prior->second);
      }
      if (!mq.net_new_arr.value) {
        mq.magic_number = Figure<double>::none(mq.net_new_arr.reason);
      } else if (!mq.prior_quarter_spend.value) {
        mq.magic_number = Figure<double>::none(mq.prior_quarter_spend.reason);
      } else if (!(*mq.prior_quarter_spend.value > 0)) {
        mq.magic_number = Figure<double>::none("the prior quarter's spend is not positive");
      } else {
        mq.magic_number = Figure<double>::of(*mq.net_new_arr.value / *mq.prior_quarter_spend.value);
      }
      e.magic_number.push_back(std::move(mq));
    }
  }
  if (mrr.empty()) {
    e.notes.push_back("no revenue data: new MRR per logo is the first won deal's amount ÷ 12, and the magic "
                      "number's net new ARR is the won bookings of the quarter");
  }
  return e;
}

}  // namespace icp::metrics
