#include "icp/derived_icp.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <span>
#include <string_view>
#include <unordered_map>

#include <boost/math/special_functions/erf.hpp>

#include "icp/country_names.h"
#include "icp/icp_evaluation.h"
#include "metrics/periods.h"
#include "metrics/segments.h"
#include "stats/rounding.h"
#include "stats/two_proportion_test.h"

namespace icp::ideal {
namespace {

using metrics::Band;
using metrics::Figure;

constexpr uint16_t kMissingLevel = UINT16_MAX;
constexpr double kZ95 = 1.959963984540054;
constexpr double kZ975 = 2.241402727604947;  // each of two intervals at 97.5%: both hold with ≥ 95%
constexpr int32_t kNoQuarter = std::numeric_limits<int32_t>::min();
constexpr int kDigits = 6;

double rounded(double x) { return stats::round_significant(x, kDigits); }

// --- text keys -------------------------------------------------------------------------------------

// A value as compared by ICP rules (icp_evaluation.h): its text key, a country's ISO code.
std::string level_key(std::string_view s, bool country) { return country ? country_compare_key(s) : text_key(s); }

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// Attributes that describe the sale, not the customer: never ICP material.
bool describes_the_sale(std::string_view key) {
  return contains(key, "owner") || contains(key, "lead source") || contains(key, "lead_source") ||
         contains(key, "leadsource") || contains(key, "channel") || key == "deal_type" || key == "deal type";
}

bool names_a_use_case(std::string_view key) {
  return contains(key, "use case") || contains(key, "use_case") || contains(key, "usecase");
}

// --- the data, as level codes -----------------------------------------------------------------------

struct Feature {
  std::string field;
  bool numeric = false;
  std::span<const Band> bands;        // numeric
  std::vector<std::string> names;     // per level: as shown (first spelling; band label)
  std::vector<uint16_t> code;         // per unit, kMissingLevel when missing
  std::vector<uint8_t> present;       // per level: held by some unit
};

struct Units {
  std::vector<uint32_t> row;    // deal row
  std::vector<uint8_t> good;    // 1 good, 0 bad
};

// A set of units as one bit each (bit u of word u / 64): a rule's units cost n / 8 bytes however
// many it covers, where a list of their indices cost up to 4 n (on a million deals, several MB per
// beam entry). Read in ascending unit order.
class UnitSet {
 public:
  UnitSet() = default;
  explicit UnitSet(size_t units) : words_((units + 63) / 64, 0) {}
  static UnitSet of(const std::vector<uint32_t>& list, size_t units) {
    UnitSet s(units);
    for (uint32_t u : list) s.add(u);
    return s;
  }
  void add(uint32_t u) { words_[u >> 6] |= uint64_t{1} << (u & 63); }
  template <typename F>
  void each(F&& f) const {
    for (size_t w = 0; w < words_.size(); ++w) {
      for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1) {
        f(static_cast<uint32_t>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
      }
    }
  }

 private:
  std::vector<uint64_t> words_;
};

// A text feature over the units, or nothing when it has fewer than 2 or more than max_levels values.
std::optional<Feature> text_feature(const metrics::TextAttribute& a, const Units& units, size_t max_levels,
                                    std::vector<std::string>& notes) {
  Feature f;
  f.field = a.field;
  const bool country = is_country_field(a.field);
  const size_t n = units.row.size();
  std::vector<uint32_t> raw(n, UINT32_MAX);
  // The level of each text code (metrics/attributes.h), found the first time a unit holds it.
  std::vector<uint32_t> level_of_code(a.values.size(), UINT32_MAX);
  std::unordered_map<std::string, uint32_t> by_key;
  std::vector<std::string> keys;
  std::vector<uint64_t> counts;
  for (size_t u = 0; u < n; ++u) {
    const uint32_t code = units.row[u] < a.of_deal.size() ? a.of_deal[units.row[u]] : metrics::TextAttribute::kMissing;
    if (code == metrics::TextAttribute::kMissing) continue;
    uint32_t& level = level_of_code[code];
    if (level == UINT32_MAX) {
      const std::string_view v = a.values[code];
      std::string key = level_key(v, country);
      const auto kt = by_key.find(key);
      if (kt != by_key.end()) {
        level = kt->second;
      } else {
        level = static_cast<uint32_t>(keys.size());
        by_key.emplace(key, level);
        // Shown as first spelt; a known country by its English short name.
        const std::string_view iso_name = country ? country_name(key) : std::string_view{};
        f.names.emplace_back(iso_name.empty() ? v : iso_name);
        keys.push_back(std::move(key));
        counts.push_back(0);
      }
    }
    raw[u] = level;
    ++counts[level];
  }
  if (keys.size() < 2) return std::nullopt;
  if (keys.size() > max_levels) {
    notes.push_back(a.field + ": " + std::to_string(keys.size()) + " distinct values (more than " +
                    std::to_string(max_levels) + "): left out of the search");
    return std::nullopt;
  }
  // Levels by decided deals (desc), then key: the order values are written in.
  std::vector<uint32_t> order(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    if (counts[x] != counts[y]) return counts[x] > counts[y];
    return keys[x] < keys[y];
  });
  std::vector<uint16_t> rank(keys.size());
  std::vector<std::string> names(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = static_cast<uint16_t>(i);
    names[i] = f.names[order[i]];
  }
  f.names = std::move(names);
  f.code.assign(n, kMissingLevel);
  for (size_t u = 0; u < n; ++u) {
    if (raw[u] != UINT32_MAX) f.code[u] = rank[raw[u]];
  }
  f.present.assign(f.names.size(), 1);
  return f;
}

std::optional<Feature> number_feature(const metrics::NumberAttribute& a, std::span<const Band> bands,
                                      const Units& units) {
  Feature f;
  f.field = a.field;
  f.numeric = true;
  f.bands = bands;
  for (const Band& b : bands) f.names.emplace_back(b.label);
  f.present.assign(bands.size(), 0);
  const size_t n = units.row.size();
  f.code.assign(n, kMissingLevel);
  size_t distinct = 0;
  for (size_t u = 0; u < n; ++u) {
    const double v = units.row[u] < a.of_deal.size() ? a.of_deal[units.row[u]] : std::nan("");
    if (!(v >= 0)) continue;
    uint32_t b = 0;
    while (b + 1 < bands.size() && v >= bands[b + 1].low) ++b;
    f.code[u] = static_cast<uint16_t>(b);
    if (!f.present[b]) ++distinct;
    f.present[b] = 1;
  }
  if (distinct < 2) return std::nullopt;
  return f;
}

// --- rules ------------------------------------------------------------------------------------------

struct Condition {
  uint32_t feature = 0;
  std::vector<uint8_t> in;  // per level
  uint16_t lo = 0, hi = 0;  // numeric: the bands [lo, hi]
};

struct Candidate {
  std::vector<Condition> conditions;  // in the order added
  uint64_t n = 0, good = 0;
  double objective = 0;               // Youden's J: recall − share of the bad outcomes flagged
  double lower = 0;                   // Wilson 95% lower bound of the good rate inside
  double rate = 0;
  std::string key;                    // canonical: conditions by feature
  UnitSet covered;                    // the units it covers (beam entries only)
  size_t parent = 0;                  // the beam entry it extends by its last condition
};

std::string canonical_key(const std::vector<Condition>& conditions) {
  std::vector<const Condition*> sorted;
  for (const Condition& c : conditions) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [](const Condition* a, const Condition* b) { return a->feature < b->feature; });
  std::string key;
  for (const Condition* c : sorted) {
    key += std::to_string(c->feature) + ':';
    for (size_t l = 0; l < c->in.size(); ++l) key.push_back(c->in[l] ? '1' : '0');
    key.push_back('|');
  }
  return key;
}

double lower_bound(uint64_t good, uint64_t n, double z = kZ95) {
  return n == 0 ? 0 : stats::wilson_interval(good, n, z).low;
}

bool better(const Candidate& a, const Candidate& b) {
  if (a.objective != b.objective) return a.objective > b.objective;
  if (a.good != b.good) return a.good > b.good;
  if (a.conditions.size() != b.conditions.size()) return a.conditions.size() < b.conditions.size();
  return a.key < b.key;
}

struct Search {
  std::optional<Candidate> best;
  uint64_t candidates = 0;
  double gate_z = 0;
  std::string reason;
};

struct Searcher {
  const std::vector<Feature>& features;
  const Units& units;
  const DerivedIcpOptions& o;
  double min_good = 0;
  double total_good = 0, total_bad = 0;
  uint64_t evaluated = 0;

  double objective(uint64_t n, uint64_t g) const {
    return static_cast<double>(g) / total_good - static_cast<double>(n - g) / total_bad;
  }

  bool feasible(uint64_t n, uint64_t g) const { return n >= o.min_n && n > 0 && static_cast<double>(g) >= min_good; }

  // Conditions on feature f over the units a rule covers, each with its counts.
  void conditions_of(uint32_t fi, const std::vector<uint64_t>& hn, const std::vector<uint64_t>& hg,
                     std::vector<std::pair<Condition, std::pair<uint64_t, uint64_t>>>& out) {
    const Feature& f = features[fi];
    const size_t levels = f.names.size();
    if (f.numeric) {
      size_t first = levels, last = 0;
      for (size_t b = 0; b < levels; ++b) {
        if (hn[b] > 0) {
          first = std::min(first, b);
          last = b;
        }
      }
      if (first >= levels) return;
      for (size_t lo = first; lo <= last; ++lo) {
        if (hn[lo] == 0) continue;
        uint64_t n = 0, g = 0;
        for (size_t hi = lo; hi <= last; ++hi) {
          n += hn[hi];
          g += hg[hi];
          if (hn[hi] == 0) continue;
          if (lo == first && hi == last) continue;  // no restriction but "has a value"
          if (!feasible(n, g)) continue;
          Condition c;
          c.feature = fi;
          // Out to the ends when the bands beyond hold no decided deal at all: "≥ 51" reads better.
          size_t a = lo, z = hi;
          bool empty_below = true, empty_above = true;
          for (size_t b = 0; b < lo; ++b) empty_below = empty_below && !f.present[b];
          for (size_t b = hi + 1; b < levels; ++b) empty_above = empty_above && !f.present[b];
          if (empty_below) a = 0;
          if (empty_above) z = levels - 1;
          c.lo = static_cast<uint16_t>(a);
          c.hi = static_cast<uint16_t>(z);
          c.in.assign(levels, 0);
          for (size_t b = a; b <= z; ++b) c.in[b] = 1;
          out.push_back({std::move(c), {n, g}});
        }
      }
      return;
    }
    std::vector<uint32_t> held;
    for (uint32_t l = 0; l < levels; ++l) {
      if (hn[l] > 0) held.push_back(l);
    }
    if (held.size() < 2) return;
    std::vector<uint32_t> starts = held;
    std::sort(starts.begin(), starts.end(), [&](uint32_t x, uint32_t y) {
      const double lx = objective(hn[x], hg[x]), ly = objective(hn[y], hg[y]);
      if (lx != ly) return lx > ly;
      if (hg[x] != hg[y]) return hg[x] > hg[y];
      return x < y;
    });
    if (starts.size() > o.set_starts) starts.resize(o.set_starts);
    std::vector<std::vector<uint8_t>> emitted;
    for (uint32_t s : starts) {
      std::vector<uint8_t> in(levels, 0);
      in[s] = 1;
      uint64_t n = hn[s], g = hg[s];
      size_t size = 1;
      while (size < held.size()) {
        int64_t pick = -1;
        double pick_j = -std::numeric_limits<double>::infinity();
        for (uint32_t l : held) {
          if (in[l]) continue;
          const double j = objective(n + hn[l], g + hg[l]);
          if (j > pick_j) {
            pick_j = j;
            pick = l;
          }
        }
        if (pick < 0) break;
        if (feasible(n, g) && !(pick_j > objective(n, g))) break;
        in[pick] = 1;
        n += hn[pick];
        g += hg[pick];
        ++size;
      }
      if (size == held.size() || !feasible(n, g)) continue;
      if (std::find(emitted.begin(), emitted.end(), in) != emitted.end()) continue;
      emitted.push_back(in);
      Condition c;
      c.feature = fi;
      c.in = std::move(in);
      out.push_back({std::move(c), {n, g}});
    }
  }

  Search run(const std::vector<uint32_t>& subset) {
    Search result;
    uint64_t good = 0;
    for (uint32_t u : subset) good += units.good[u];
    const uint64_t n = subset.size();
    if (n < o.min_n || n == 0) {
      result.reason = metrics::insufficient(n);
      return result;
    }
    if (good == 0) {
      result.reason = "no good outcome among the decided deals";
      return result;
    }
    if (good == n) {
      result.reason = "every decided deal is good: nothing to tell apart";
      return result;
    }
    if (features.empty()) {
      result.reason = "no account attribute with at least 2 values among the decided deals";
      return result;
    }
    min_good = o.min_good_share * static_cast<double>(good);
    total_good = static_cast<double>(good);
    total_bad = static_cast<double>(n - good);
    const double base = static_cast<double>(good) / static_cast<double>(n);

    Candidate root;
    root.n = n;
    root.good = good;
    root.rate = base;
    root.objective = 0;
    root.lower = lower_bound(good, n);
    root.covered = UnitSet::of(subset, units.row.size());
    std::vector<Candidate> beam{std::move(root)};
    std::optional<Candidate> best;
    std::vector<uint64_t> hn, hg;
    std::vector<std::pair<Condition, std::pair<uint64_t, uint64_t>>> conds;

    for (size_t depth = 0; depth < o.max_conditions && !beam.empty(); ++depth) {
      std::vector<Candidate> next;
      for (size_t e = 0; e < beam.size(); ++e) {
        const Candidate& entry = beam[e];
        for (uint32_t fi = 0; fi < features.size(); ++fi) {
          bool used = false;
          for (const Condition& c : entry.conditions) used = used || c.feature == fi;
          if (used) continue;
          const Feature& f = features[fi];
          hn.assign(f.names.size(), 0);
          hg.assign(f.names.size(), 0);
          entry.covered.each([&](uint32_t u) {
            const uint16_t l = f.code[u];
            if (l == kMissingLevel) return;
            ++hn[l];
            hg[l] += units.good[u];
          });
          conds.clear();
          conditions_of(fi, hn, hg, conds);
          for (auto& [cond, counts] : conds) {
            ++evaluated;
            Candidate c;
            c.n = counts.first;
            c.good = counts.second;
            c.objective = objective(c.n, c.good);
            c.lower = lower_bound(c.good, c.n);
            c.rate = static_cast<double>(c.good) / static_cast<double>(c.n);
            // Added only when it separates better and raises the lower bound of the interval of the
            // good rate (METHODS.md: stop when a condition does not improve it).
            if (!(c.objective > entry.objective) || !(c.lower > entry.lower)) continue;
            c.conditions = entry.conditions;
            c.conditions.push_back(std::move(cond));
            c.parent = e;
            c.key = canonical_key(c.conditions);
            next.push_back(std::move(c));
          }
        }
      }
      std::sort(next.begin(), next.end(), better);
      std::vector<Candidate> kept;
      for (Candidate& c : next) {
        if (kept.size() >= o.beam_width) break;
        bool dup = false;
        for (const Candidate& k : kept) dup = dup || k.key == c.key;
        if (dup) continue;
        kept.push_back(std::move(c));
      }
      // The units each kept rule covers: its parent's (which hold every earlier condition), through
      // its last condition.
      for (Candidate& c : kept) {
        const Condition& last = c.conditions.back();
        const std::vector<uint16_t>& code = features[last.feature].code;
        c.covered = UnitSet(units.row.size());
        beam[c.parent].covered.each([&](uint32_t u) {
          const uint16_t l = code[u];
          if (l != kMissingLevel && last.in[l]) c.covered.add(u);
        });
      }
      if (!kept.empty() && (!best || better(kept.front(), *best))) {
        // A copy without the units it covers (the beam still needs them; the best rule does not).
        UnitSet covered = std::move(kept.front().covered);
        best = kept.front();
        kept.front().covered = std::move(covered);
      }
      beam = std::move(kept);
    }

    result.candidates = evaluated;
    const double m = static_cast<double>(std::max<uint64_t>(evaluated, 1));
    result.gate_z = rounded(std::sqrt(2.0) * boost::math::erfc_inv(0.05 / m));
    if (!best) {
      result.reason = "no rule beats the base rate";
      return result;
    }
    // The gate: the good rate inside the rule against the rate outside it, two-sided, with the
    // Bonferroni correction for every rule the search looked at. Inside against outside, not inside
    // against the base rate: the base rate holds the rule's own deals, and a rule covering most deals
    // can never clear it by much even when the deals it leaves out are almost never good.
    const uint64_t out_n = n - best->n, out_good = good - best->good;
    const double out_rate = out_n == 0 ? 0 : static_cast<double>(out_good) / static_cast<double>(out_n);
    const double p = out_n == 0 ? 1 : stats::two_proportion_test(best->good, best->n, out_good, out_n).p_value;
    if (!(best->rate > out_rate) || !(p * m < 0.05)) {
      result.reason = "no rule beats the base rate once the search is accounted for (best lift " +
                      report_number(best->rate / base) + " on " + std::to_string(best->n) + " deals, " +
                      std::to_string(evaluated) + " candidate rules)";
      return result;
    }
    result.best = std::move(best);
    return result;
  }

  static std::string report_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", rounded(x));
    return buf;
  }
};

IcpDefinition to_definition(const Candidate& c, const std::vector<Feature>& features, int32_t as_of_day) {
  IcpDefinition icp;
  icp.name = "Derived ICP";
  if (table::has_date(as_of_day)) icp.defined_on = as_of_day;
  icp.match = MatchMode::all;
  for (const Condition& cond : c.conditions) {
    const Feature& f = features[cond.feature];
    Rule r;
    r.field = f.field;
    if (f.numeric) {
      r.op = RuleOp::between;
      if (cond.lo > 0) r.min = f.bands[cond.lo].low;
      if (cond.hi + 1u < f.bands.size()) r.max = f.bands[cond.hi + 1].low - 1;
    } else {
      r.op = RuleOp::in;
      for (size_t l = 0; l < cond.in.size(); ++l) {
        if (cond.in[l]) r.values.push_back(f.names[l]);
      }
    }
    icp.rules.push_back(std::move(r));
  }
  return icp;
}

// --- figures ----------------------------------------------------------------------------------------

std::optional<stats::Interval> rounded(const stats::Interval& ci) {
  return stats::Interval{rounded(ci.low), rounded(ci.high)};
}

// A proportion with its Wilson 95% interval, null under METHODS.md's half-width rule.
void proportion(uint64_t x, uint64_t n, const std::string& none_reason, Figure<double>& f,
                std::optional<stats::Interval>& ci) {
  if (n == 0) {
    f = Figure<double>::none(none_reason);
    return;
  }
  const stats::Interval w = stats::wilson_interval(x, n);
  if ((w.high - w.low) / 2 > stats::kMaxConfidentHalfWidth) {
    f = Figure<double>::none(metrics::insufficient(n));
    return;
  }
  f = Figure<double>::of(rounded(static_cast<double>(x) / static_cast<double>(n)));
  ci = rounded(w);
}

RuleFigures figures_of(const std::vector<uint8_t>& flags, const Units& units, const std::vector<uint32_t>& subset) {
  RuleFigures r;
  for (uint32_t u : subset) {
    const bool flagged = flags[units.row[u]] != 0;
    ++r.n;
    r.good += units.good[u];
    r.flagged += flagged;
    r.flagged_good += flagged && units.good[u];
  }
  if (r.n == 0) {
    const std::string why = "no decided deal";
    r.base_rate = r.coverage = r.precision = r.recall = r.lift = Figure<double>::none(why);
    return r;
  }
  const double base = static_cast<double>(r.good) / static_cast<double>(r.n);
  r.base_rate = Figure<double>::of(rounded(base));
  proportion(r.flagged, r.n, "no decided deal", r.coverage, r.coverage_ci);
  proportion(r.flagged_good, r.flagged, "the rule flags no decided deal", r.precision, r.precision_ci);
  proportion(r.flagged_good, r.good, "no good outcome", r.recall, r.recall_ci);
  if (!r.precision.value) {
    r.lift = Figure<double>::none(r.precision.reason);
  } else if (r.good == 0) {
    r.lift = Figure<double>::none("no good outcome");
  } else {
    const double p_in = static_cast<double>(r.flagged_good) / static_cast<double>(r.flagged);
    r.lift = Figure<double>::of(rounded(p_in / base));
    const uint64_t n_out = r.n - r.flagged;
    if (n_out == 0) {
      r.lift_ci = stats::Interval{1, 1};
    } else {
      const stats::Interval in = stats::wilson_interval(r.flagged_good, r.flagged, kZ975);
      const stats::Interval out = stats::wilson_interval(r.good - r.flagged_good, n_out, kZ975);
      const double c = static_cast<double>(r.flagged) / static_cast<double>(r.n);
      const double low_den = c * in.low + (1 - c) * out.high;
      const double high_den = c * in.high + (1 - c) * out.low;
      const double low = in.low > 0 && low_den > 0 ? in.low / low_den : 0;
      const double high = high_den > 0 ? in.high / high_den : 1 / c;
      r.lift_ci = stats::Interval{rounded(low), rounded(high)};
    }
  }
  return r;
}

// The counts of a set of decided deals when there is no rule to measure: every figure null.
RuleFigures no_rule(const Units& units, const std::vector<uint32_t>& subset, const std::string& reason) {
  RuleFigures r;
  for (uint32_t u : subset) {
    ++r.n;
    r.good += units.good[u];
  }
  if (r.n > 0) r.base_rate = Figure<double>::of(rounded(static_cast<double>(r.good) / static_cast<double>(r.n)));
  else r.base_rate = Figure<double>::none("no decided deal");
  r.coverage = r.precision = r.recall = r.lift = Figure<double>::none(reason);
  return r;
}

// The deals an evaluation flags: those it fits (a rule on a missing value is unknown: not flagged).
std::vector<uint8_t> flagged_deals(const IcpEvaluation& e) {
  std::vector<uint8_t> flags(e.deals.size());
  for (size_t d = 0; d < flags.size(); ++d) flags[d] = e.deals.fit[d] == Fit::fit;
  return flags;
}

}  // namespace

DerivedIcp derive_icp(const metrics::AnalysisInput& input, const metrics::Attributes& attributes,
                      const GoodCustomers& labels, const DerivedIcpOptions& options) {
  DerivedIcp out;
  out.outcome = labels.used;
  out.deals = labels.deals;
  out.customers = labels.customers;
  out.options = options;
  if (!labels.note.empty()) out.notes.push_back(labels.note);

  const table::DealTable& deals = input.tables.deals;
  const size_t n_deals = std::min(deals.size(), labels.of_deal.size());
  metrics::PeriodScheme quarters;
  quarters.granularity = metrics::Granularity::quarter;
  quarters.fiscal_year_start_month = input.settings.periods.fiscal_year_start_month;

  // Decided deals, each in the quarter of its created date (else its close date).
  Units units;
  struct QuarterCounts {
    uint64_t won = 0, won_undecided = 0, decided = 0;
  };
  std::unordered_map<int32_t, QuarterCounts> by_quarter;
  // Sized once: on a million deals, doubling left a fourth to half of each unused.
  size_t n_units = 0;
  for (size_t d = 0; d < n_deals; ++d) n_units += labels.of_deal[d] != kUndecidedLabel;
  units.row.reserve(n_units);
  units.good.reserve(n_units);
  std::vector<int32_t> quarter_of_unit;  // kNoQuarter when undated; only until the split below
  quarter_of_unit.reserve(n_units);
  for (size_t d = 0; d < n_deals; ++d) {
    const int32_t day = table::has_date(deals.created[d]) ? deals.created[d] : deals.closed[d];
    const int32_t q = table::has_date(day) ? metrics::period_of_day(day, quarters) : kNoQuarter;
    const int8_t label = labels.of_deal[d];
    if (q != kNoQuarter) {
      QuarterCounts& c = by_quarter[q];
      if (deals.outcome[d] == mapping::Outcome::won) {
        ++c.won;
        c.won_undecided += label == kUndecidedLabel;
      }
      c.decided += label != kUndecidedLabel;
    }
    if (label == kUndecidedLabel) continue;
    units.row.push_back(static_cast<uint32_t>(d));
    units.good.push_back(label == kGoodLabel ? 1 : 0);
    quarter_of_unit.push_back(q);
  }

  // The horizon: the latest quarter with decided deals whose won deals are at least half decided.
  std::optional<int32_t> horizon;
  {
    std::vector<int32_t> qs;
    for (const auto& [q, c] : by_quarter) qs.push_back(q);
    std::sort(qs.begin(), qs.end());
    for (auto it = qs.rbegin(); it != qs.rend(); ++it) {
      const QuarterCounts& c = by_quarter[*it];
      if (c.decided > 0 && 2 * c.won_undecided <= c.won) {
        horizon = *it;
        break;
      }
    }
  }
  if (horizon) out.horizon_end = metrics::first_day_of_period(*horizon + 1, quarters) - 1;

  std::vector<uint32_t> refit, train, test;
  const int32_t first_test = horizon ? *horizon - (std::max(options.test_quarters, 1) - 1) : kNoQuarter;
  // Where a unit goes: the refit (undated ones there only), then the training or the test periods;
  // after the horizon, nowhere. Counted first, so that each list is sized once.
  enum class Part : uint8_t { refit_only, none, train, test };
  const auto part_of = [&](int32_t q) {
    if (q == kNoQuarter) return Part::refit_only;
    if (horizon && q > *horizon) return Part::none;
    if (!horizon) return Part::refit_only;
    return q < first_test ? Part::train : Part::test;
  };
  size_t in_part[4] = {0, 0, 0, 0};
  for (const int32_t q : quarter_of_unit) ++in_part[static_cast<size_t>(part_of(q))];
  const size_t n_train = in_part[static_cast<size_t>(Part::train)], n_test = in_part[static_cast<size_t>(Part::test)];
  refit.reserve(in_part[static_cast<size_t>(Part::refit_only)] + n_train + n_test);
  train.reserve(n_train);
  test.reserve(n_test);
  for (uint32_t u = 0; u < units.row.size(); ++u) {
    const int32_t q = quarter_of_unit[u];
    const Part part = part_of(q);
    if (q == kNoQuarter) ++out.undated;
    if (part == Part::none) {
      ++out.after_horizon;
      continue;
    }
    refit.push_back(u);
    if (part == Part::train) train.push_back(u);
    else if (part == Part::test) test.push_back(u);
  }
  quarter_of_unit = std::vector<int32_t>();  // not needed past the split (= {} would keep the capacity)
  out.decided = refit.size();
  if (out.after_horizon > 0 && horizon) {
    out.notes.push_back(std::to_string(out.after_horizon) + " decided deals after " +
                        metrics::period_label(*horizon, quarters) +
                        " left out: most won deals of those quarters are not decided yet");
  }

  // The attributes searched, as level codes over the decided deals.
  std::vector<Feature> features;
  for (const metrics::TextAttribute& a : attributes.text) {
    const std::string key = text_key(a.field);
    if (describes_the_sale(key)) continue;
    if (!a.account_attribute && key != "product" && !names_a_use_case(key)) continue;
    if (auto f = text_feature(a, units, std::min<size_t>(options.max_levels, kMissingLevel - 1), out.notes)) features.push_back(std::move(*f));
  }
  for (const metrics::NumberAttribute& a : attributes.numbers) {
    std::optional<Feature> f;
    if (a.field == "employees") f = number_feature(a, metrics::kEmployeeBands, units);
    else if (a.field == "annual_revenue") f = number_feature(a, metrics::kAnnualRevenueBands, units);
    if (f) features.push_back(std::move(*f));
  }
  for (const Feature& f : features) out.attributes.push_back(f.field);

  const auto search = [&](const std::vector<uint32_t>& subset) {
    Searcher s{features, units, options};
    return s.run(subset);
  };

  // Refit on everything up to the horizon: the rules shown.
  {
    Search s = search(refit);
    out.candidates = s.candidates;
    out.gate_z = s.gate_z;
    if (s.best) {
      out.rules = to_definition(*s.best, features, input.as_of_day);  // evaluated below, after the validation's search
    } else {
      out.rules_reason = s.reason;
      out.in_sample = no_rule(units, refit, s.reason);
    }
  }

  // Out of time.
  IcpValidation& v = out.validation;
  if (!horizon) {
    v.reason = "no dated decided deal";
  } else {
    v.train_until = metrics::first_day_of_period(first_test, quarters) - 1;
    for (int32_t q = first_test; q <= *horizon; ++q) v.test_periods.push_back(metrics::period_label(q, quarters));
    for (uint32_t u : train) v.train_good += units.good[u];
    v.train_n = train.size();
    if (train.size() < options.min_n) {
      v.reason = "insufficient data before " + v.test_periods.front() + " (n=" + std::to_string(train.size()) + ")";
    } else if (test.size() < options.min_n) {
      v.reason = "insufficient data in the test periods (n=" + std::to_string(test.size()) + ")";
    } else {
      v.done = true;
      Search s = search(train);
      if (s.best) {
        v.rules = to_definition(*s.best, features, v.train_until.value_or(table::kNoDate));
        v.test = figures_of(flagged_deals(evaluate_icp(*v.rules, attributes)), units, test);
        if (v.test.coverage.value && v.test.recall.value) {
          const double c = *v.test.coverage.value, r = *v.test.recall.value;
          v.meets_qualification_bar = c >= kBarCoverageMin && c <= kBarCoverageMax && r >= kBarRecallMin;
        }
      } else {
        v.rules_reason = s.reason;
        v.test = no_rule(units, test, "no rule found on the training periods: " + s.reason);
        v.meets_qualification_bar = false;
      }
    }
  }
  // The refit's rules on every record, once the searches are done (the evaluation is not held
  // through the validation's search, where the heap peaks): its figures here, kept for drift.
  if (out.rules) {
    out.evaluation = evaluate_icp(*out.rules, attributes);
    out.in_sample = figures_of(flagged_deals(*out.evaluation), units, refit);
  }
  return out;
}

}  // namespace icp::ideal
