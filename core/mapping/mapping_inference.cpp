#include "mapping/mapping_inference.h"

#include <algorithm>
#include <cstdio>

namespace icp::mapping {
namespace {

using profile::ColumnProfile;
using profile::ValueType;

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

std::string samples_of(const ColumnProfile& p) {
  std::string out;
  for (size_t i = 0; i < p.samples.size() && i < 3; ++i) out += (i ? ", " : "") + p.samples[i];
  return out;
}

bool header_has(const std::string& header, std::initializer_list<std::string_view> words) {
  const std::string h = normalize_header(header);
  for (std::string_view w : words) {
    if (h.find(w) != std::string::npos) return true;
  }
  return false;
}

// Header guesses whose values disagree lose confidence, and say so.
void check_values(HeaderMapping& m, const std::vector<ColumnProfile>& profiles) {
  const auto check = [&](Field f, std::initializer_list<ValueType> types, const char* what) {
    auto& g = m.slot(f);
    if (!g || static_cast<size_t>(g->column) >= profiles.size()) return;
    const ColumnProfile& p = profiles[g->column];
    if (p.values == 0) return;
    uint64_t fitting = 0;
    for (ValueType t : types) {
      switch (t) {
        case ValueType::date: fitting += p.dates; break;
        case ValueType::money: fitting += p.money + p.numbers; break;
        case ValueType::employee_range: fitting += p.employee_ranges + p.numbers + p.money; break;
        default: break;
      }
    }
    const double share = p.share(std::min(fitting, p.values));
    if (share < 0.5) {
      g->confidence = std::min(g->confidence, 0.3);
      g->reason += "; but only " + percent(share) + " of its values read as " + what;
    } else {
      g->reason += "; " + percent(share) + " of its values read as " + what;
    }
  };
  for (Field f : {Field::created_date, Field::close_date, Field::go_live_date, Field::start_date, Field::end_date}) {
    check(f, {ValueType::date}, "dates");
  }
  for (Field f : {Field::amount, Field::mrr, Field::arr, Field::annual_revenue}) check(f, {ValueType::money}, "amounts");
  check(Field::employees, {ValueType::employee_range}, "employee counts");
}

// Fills fields the headers did not name, from what the values look like.
void map_by_values(HeaderMapping& m, Role role, const std::vector<ColumnProfile>& profiles) {
  const auto free_columns = [&](auto predicate) {
    std::vector<int> out;
    for (size_t c = 0; c < profiles.size(); ++c) {
      if (!m.column_taken(static_cast<int>(c)) && predicate(profiles[c])) out.push_back(static_cast<int>(c));
    }
    return out;
  };
  const auto assign = [&](Field f, int column, double confidence, std::string reason) {
    m.slot(f) = ColumnGuess{column, confidence, std::move(reason)};
  };

  if (role == Role::deals) {
    if (!m.has(Field::stage) && !m.has(Field::status) && !m.has(Field::is_won)) {
      int best = -1;
      double best_share = 0.05;
      for (int c : free_columns([](const ColumnProfile& p) { return p.values > 0 && p.distinct <= 60; })) {
        const double share = profiles[c].share(profiles[c].outcome_words);
        if (share > best_share) best = c, best_share = share;
      }
      if (best >= 0) {
        assign(Field::stage, best, 0.6,
               "values look like deal stages (" + samples_of(profiles[best]) + "; " + percent(best_share) +
                   " say won or lost)");
      }
    }
    if (!m.has(Field::amount)) {
      const auto money = free_columns([](const ColumnProfile& p) { return p.dominant() == ValueType::money; });
      int pick = -1;
      for (int c : money) {
        if (header_has(profiles[c].header, {"amount", "value", "revenue", "acv", "arr", "betrag", "montant", "importe"})) {
          pick = c;
          break;
        }
      }
      if (pick < 0 && money.size() == 1) pick = money[0];
      if (pick >= 0) assign(Field::amount, pick, 0.55, "the column of amounts (" + samples_of(profiles[pick]) + ")");
    }
    if (!m.has(Field::created_date) || !m.has(Field::close_date)) {
      auto dates = free_columns([](const ColumnProfile& p) { return p.dominant() == ValueType::date; });
      for (int c : dates) {
        const auto& h = profiles[c].header;
        if (!m.has(Field::created_date) && header_has(h, {"creat", "erstell", "cre", "add", "open", "erff"})) {
          assign(Field::created_date, c, 0.6, "dates, and the header \"" + h + "\" suggests creation");
        } else if (!m.has(Field::close_date) && header_has(h, {"clos", "won", "abschluss", "cierre", "ferm"})) {
          assign(Field::close_date, c, 0.6, "dates, and the header \"" + h + "\" suggests closing");
        }
      }
      dates = free_columns([](const ColumnProfile& p) { return p.dominant() == ValueType::date; });
      if (m.has(Field::created_date) != m.has(Field::close_date) && dates.size() == 1) {
        const Field missing = m.has(Field::created_date) ? Field::close_date : Field::created_date;
        assign(missing, dates[0], 0.45, "the other date column");
      }
      if (!m.has(Field::created_date) && !m.has(Field::close_date) && dates.size() >= 2) {
        std::sort(dates.begin(), dates.end(), [&](int a, int b) { return profiles[a].mean_date < profiles[b].mean_date; });
        assign(Field::created_date, dates.front(), 0.45, "the earliest of the date columns");
        assign(Field::close_date, dates.back(), 0.45, "the latest of the date columns");
      }
    }
  }
  if ((role == Role::deals || role == Role::accounts) && !m.has(Field::employees)) {
    const auto ranges = free_columns([](const ColumnProfile& p) { return p.dominant() == ValueType::employee_range; });
    if (ranges.size() == 1) {
      assign(Field::employees, ranges[0], 0.6, "values look like employee ranges (" + samples_of(profiles[ranges[0]]) + ")");
    }
  }
}

RoleScore score_role(Role role, const HeaderMapping& m, const std::vector<std::string>& headers,
                     const std::vector<ColumnProfile>& profiles) {
  RoleScore s{role, 0, ""};
  const auto has = [&](Field f) { return m.has(f); };
  // A status column means deals when some of its values say won (subscriptions say "canceled",
  // tickets "closed", neither says won).
  const auto outcome_values = [&](Field f) {
    const int c = m.column(f);
    return c >= 0 && static_cast<size_t>(c) < profiles.size() && profiles[c].won_words > 0;
  };
  const bool account_ref = has(Field::account_id) || has(Field::account_name);
  int firmographics = 0;
  for (Field f : {Field::industry, Field::employees, Field::annual_revenue, Field::country}) firmographics += has(f);
  switch (role) {
    case Role::deals: {
      const bool outcome = has(Field::stage) || has(Field::is_won) || (has(Field::status) && outcome_values(Field::status));
      if (!outcome) return {role, 0, "no stage, outcome or IsWon column"};
      s.score = 4 + has(Field::amount) + has(Field::close_date) + 0.5 * has(Field::created_date);
      s.reason = "a stage or outcome column";
      if (has(Field::amount) || has(Field::close_date)) s.reason += " beside amounts or close dates";
      break;
    }
    case Role::accounts:
      if (!account_ref || firmographics == 0) return {role, 0, "no company name or id with firmographics"};
      s.score = 2 + firmographics + 0.5 * has(Field::go_live_date) + 0.5 * has(Field::health_score);
      if (has(Field::stage) || has(Field::mrr) || has(Field::priority)) s.score -= 2;
      s.reason = "company names or ids with firmographics";
      break;
    case Role::revenue: {
      const bool money = has(Field::mrr) || has(Field::arr) || (has(Field::amount) && has(Field::billing_interval));
      const bool when = has(Field::month) || has(Field::start_date);
      if (!money || !when || !account_ref) return {role, 0, "no account with MRR/ARR and a month or start date"};
      s.score = 4 + has(Field::end_date) + 0.5 * has(Field::subscription_id);
      s.reason = has(Field::month) ? "MRR or ARR per account and month" : "subscriptions with start dates and MRR or ARR";
      break;
    }
    case Role::tickets: {
      int ticketish = 0;
      for (const auto& h : headers) {
        ticketish += header_has(h, {"subject", "requester", "via", "tickettype", "solvedat", "assignee", "satisfaction"});
      }
      if (!has(Field::priority) && !has(Field::ticket_id)) return {role, 0, "no ticket id or priority"};
      if (!has(Field::created_date)) return {role, 0, "no creation date"};
      s.score = 1.5 * has(Field::priority) + (ticketish > 0 ? 2 : 0) + 0.5 * has(Field::status) + 0.5 * account_ref;
      s.reason = "tickets with priorities, requesters or subjects";
      break;
    }
    case Role::spend:
      if (!has(Field::period) || !has(Field::amount)) return {role, 0, "no period and spend amount"};
      s.score = 3 + has(Field::channel) - (account_ref ? 2 : 0) - (headers.size() > 8 ? 1 : 0);
      s.reason = "spend amounts per period";
      if (has(Field::channel)) s.reason += " and channel";
      break;
  }
  return s;
}

}  // namespace

std::optional<FileMapping> infer_mapping(const std::vector<std::string>& headers,
                                         const std::vector<ColumnProfile>& profiles, std::optional<Role> forced,
                                         std::string* why_not) {
  FileMapping best;
  bool found = false;
  for (Role role : kAllRoles) {
    HeaderMapping m = map_headers(headers, role);
    map_by_values(m, role, profiles);
    RoleScore score = score_role(role, m, headers, profiles);
    best.scores.push_back(score);
    const bool take = forced ? role == *forced : (score.score >= 3 && (!found || score.score > best.role_confidence));
    if (take) {
      found = true;
      best.role = role;
      best.role_confidence = score.score;
      best.role_reason = forced ? "given by the user" : score.reason;
      best.columns = std::move(m);
    }
  }
  std::stable_sort(best.scores.begin(), best.scores.end(),
                   [](const RoleScore& a, const RoleScore& b) { return a.score > b.score; });
  if (!found) {
    if (why_not) {
      *why_not = "no stage, firmographic, MRR, ticket or spend columns were recognised among " +
                 std::to_string(headers.size()) + " headers";
    }
    return std::nullopt;
  }
  // The score becomes a confidence: 3 is the bar, 6 and more is near-certain.
  best.role_confidence = forced ? 1.0 : std::min(0.99, 0.5 + (best.role_confidence - 3) / 6);
  check_values(best.columns, profiles);
  return best;
}

}  // namespace icp::mapping
