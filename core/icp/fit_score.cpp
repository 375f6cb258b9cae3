#include "icp/fit_score.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <unordered_map>

#include "icp/country_names.h"
#include "icp/icp_evaluation.h"
#include "metrics/segments.h"
#include "stats/rounding.h"

namespace icp::ideal {
namespace {

using metrics::Attributes;
using metrics::kNoLevel;

constexpr int kDigits = 6;
constexpr uint32_t kUnseen = kNoLevel - 1;  // a per-code table's entry not filled yet

double round6(double x) { return stats::round_significant(x, kDigits); }

double logit(double p) { return std::log(p / (1 - p)); }

double score_of_total(double total) { return round6(100 / (1 + std::exp(-total))); }

// Where an attribute of the model reads its values, and how a value becomes a level key.
struct Source {
  const metrics::TextAttribute* text = nullptr;
  const metrics::NumberAttribute* number = nullptr;
  std::span<const metrics::Band> bands;  // number: its bands
  bool country = false;

  // Text: the code of record i's value (metrics/attributes.h), kMissing when it has none.
  uint32_t code_at(bool deals, size_t i) const {
    if (deals) return i < text->of_deal.size() ? text->of_deal[i] : metrics::TextAttribute::kMissing;
    return i < text->of_customer.size() ? text->of_customer[i] : metrics::TextAttribute::kMissing;
  }
  double number_at(bool deals, size_t i) const {
    if (deals) return i < number->of_deal.size() ? number->of_deal[i] : std::nan("");
    return i < number->of_customer.size() ? number->of_customer[i] : std::nan("");
  }
  // Number: whether x has a band (a number from 0 up), and its index in *band.
  bool band_of(double x, uint32_t* band) const {
    if (!(x >= 0)) return false;
    uint32_t b = 0;
    while (b + 1 < bands.size() && x >= bands[b + 1].low) ++b;
    *band = b;
    return true;
  }
  // Number: the key of record i's value (its band's label), or "" when it has none; the band index in *band.
  std::string key_at(bool deals, size_t i, uint32_t* band = nullptr) const {
    uint32_t b = 0;
    if (!band_of(number_at(deals, i), &b)) return {};
    if (band) *band = b;
    return bands[b].label;
  }
  // Text: the key of a code's value, or "" for kMissing.
  std::string key_of_code(uint32_t code) const {
    const std::string_view t = text->text(code);
    if (t.empty()) return {};
    return country ? country_compare_key(t) : text_key(t);
  }
};

std::vector<std::pair<std::string, Source>> sources_of(const Attributes& a) {
  std::vector<std::pair<std::string, Source>> out;
  for (const auto& t : a.text) {
    if (!t.account_attribute || t.field == "owner" || t.field == "lead_source") continue;
    Source s;
    s.text = &t;
    s.country = is_country_field(t.field);
    out.emplace_back(t.field, s);
  }
  for (const auto& n : a.numbers) {
    Source s;
    s.number = &n;
    if (n.field == "employees") s.bands = metrics::kEmployeeBands;
    else if (n.field == "annual_revenue") s.bands = metrics::kAnnualRevenueBands;
    else continue;
    out.emplace_back(n.field, s);
  }
  return out;
}

Source source_for(const Attributes& a, const AttributePoints& attribute) {
  Source s;
  if (attribute.banded) {
    s.number = a.number_field(attribute.field);
    if (attribute.field == "employees") s.bands = metrics::kEmployeeBands;
    else s.bands = metrics::kAnnualRevenueBands;
  } else {
    s.text = a.text_field(attribute.field);
    s.country = is_country_field(attribute.field);
  }
  return s;
}

// The slope b ∈ [0, 1] maximising the likelihood of the labels under logistic(c + b·L).
double fit_calibration(const std::vector<double>& totals, const std::vector<int8_t>& y, double c) {
  double b = 1;
  for (int iteration = 0; iteration < 100; ++iteration) {
    double gradient = 0, curvature = 0;
    for (size_t i = 0; i < totals.size(); ++i) {
      const double s = 1 / (1 + std::exp(-(c + b * totals[i])));
      gradient += (y[i] - s) * totals[i];
      curvature += s * (1 - s) * totals[i] * totals[i];
    }
    if (!(curvature > 0)) break;
    const double next = std::clamp(b + gradient / curvature, 0.0, 1.0);
    const double step = next - b;
    b = next;
    if (std::fabs(step) < 1e-10) break;
  }
  return round6(b);
}

}  // namespace

ScoringOptions scoring_options_for(const IcpDefinition* declared) {
  ScoringOptions options;
  if (declared) {
    options.tiers = declared->tiers;
    options.pass_score = effective_pass_score(*declared);
  }
  return options;
}

ScoringModel build_scoring_model(const Attributes& attributes, std::span<const int8_t> labels,
                                 const ScoringOptions& options) {
  ScoringModel m;
  m.prior_strength = options.prior_strength;
  m.tiers = options.tiers.empty() ? std::vector<Tier>{{"A", 80}, {"B", 60}, {"C", 40}, {"D", 0}} : options.tiers;
  m.pass_score = options.pass_score;

  const size_t customers = attributes.speaking_deal.size();
  std::vector<size_t> labelled;  // customer keys with a label
  std::vector<int8_t> y;
  for (size_t k = 0; k < customers && k < labels.size(); ++k) {
    if (labels[k] == kGood || labels[k] == kBad) {
      labelled.push_back(k);
      y.push_back(labels[k]);
    }
  }
  m.labelled = labelled.size();
  for (int8_t v : y) m.good += v == kGood;
  m.base_rate = m.labelled ? static_cast<double>(m.good) / static_cast<double>(m.labelled) : 0;
  const bool contrast = m.good > 0 && m.good < m.labelled;
  if (!contrast) {
    m.notes.push_back(m.labelled == 0 ? "no labelled customers to learn from: every score is 50"
                                      : "every labelled customer has the same label: every score is 50");
  }

  // Levels and their counts, among the labelled customers.
  std::vector<std::vector<uint32_t>> level_of;  // per model attribute: per labelled customer
  for (const auto& field_source : sources_of(attributes)) {
    const auto& [field, source_binding] = field_source;
    const Source& source = source_binding;  // a reference the lambdas below can capture (C++20 bindings cannot, in clang 14)
    AttributePoints a;
    a.field = field;
    a.banded = source.number != nullptr;
    std::unordered_map<std::string, uint32_t> index;
    std::vector<uint32_t> band_of_level;
    std::vector<uint32_t> levels(labelled.size(), kNoLevel);
    // Text: the level of each code, found the first time a labelled customer holds it.
    std::vector<uint32_t> level_of_code(source.text ? source.text->values.size() : 0, kUnseen);
    const auto level_of_key = [&](std::string key, uint32_t band, std::string_view text) {
      auto [it, added] = index.try_emplace(key, static_cast<uint32_t>(a.levels.size()));
      if (added) {
        LevelPoints l;
        if (source.number) {
          l.level = key;
        } else {
          const std::string_view iso = source.country ? country_key(text) : std::string_view();
          l.level = iso.empty() ? std::string(text) : std::string(country_name(iso));
        }
        l.key = std::move(key);
        a.levels.push_back(std::move(l));
        band_of_level.push_back(band);
      }
      return it->second;
    };
    for (size_t j = 0; j < labelled.size(); ++j) {
      uint32_t level = kNoLevel;
      if (source.text) {
        const uint32_t code = source.code_at(false, labelled[j]);
        if (code != metrics::TextAttribute::kMissing) {
          uint32_t& known = level_of_code[code];
          if (known == kUnseen) {
            std::string key = source.key_of_code(code);
            known = key.empty() ? kNoLevel : level_of_key(std::move(key), 0, source.text->text(code));
          }
          level = known;
        }
      } else {
        uint32_t band = 0;
        std::string key = source.key_at(false, labelled[j], &band);
        if (!key.empty()) level = level_of_key(std::move(key), band, {});
      }
      if (level == kNoLevel) {
        ++a.missing;
        continue;
      }
      LevelPoints& l = a.levels[level];
      ++l.n;
      l.good += y[j] == kGood;
      levels[j] = level;
    }
    if (a.levels.empty()) continue;
    if (a.levels.size() > options.max_levels) {
      m.notes.push_back(field + ": " + std::to_string(a.levels.size()) +
                        " distinct values among the labelled customers, not a category: left out of the score");
      continue;
    }
    // Order: bands in band order, else by n (desc), then as shown, then key.
    std::vector<uint32_t> order(a.levels.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t z) {
      if (a.banded) return band_of_level[x] < band_of_level[z];
      const LevelPoints& lx = a.levels[x];
      const LevelPoints& lz = a.levels[z];
      if (lx.n != lz.n) return lx.n > lz.n;
      if (lx.level != lz.level) return lx.level < lz.level;
      return lx.key < lz.key;
    });
    std::vector<uint32_t> rank(order.size());
    std::vector<LevelPoints> sorted;
    sorted.reserve(order.size());
    for (uint32_t r = 0; r < order.size(); ++r) {
      rank[order[r]] = r;
      sorted.push_back(std::move(a.levels[order[r]]));
    }
    a.levels = std::move(sorted);
    for (uint32_t& l : levels) {
      if (l != kNoLevel) l = rank[l];
    }
    m.attributes.push_back(std::move(a));
    level_of.push_back(std::move(levels));
  }

  if (!contrast) return m;
  const double p = m.base_rate;
  const double k = options.prior_strength > 0 ? options.prior_strength : 0;
  const double base_logit = round6(logit(p));
  for (AttributePoints& a : m.attributes) {
    for (LevelPoints& l : a.levels) {
      const double r = (static_cast<double>(l.good) + k * p) / (static_cast<double>(l.n) + k);
      // Without a prior, a level of only good (or only bad) customers would be ±infinite: clamp.
      const double rc = std::clamp(r, 1e-6, 1 - 1e-6);
      l.log_odds = round6(round6(logit(rc)) - base_logit);
    }
  }
  std::vector<double> totals(labelled.size(), 0);
  for (size_t a = 0; a < m.attributes.size(); ++a) {
    for (size_t j = 0; j < labelled.size(); ++j) {
      if (level_of[a][j] != kNoLevel) totals[j] += m.attributes[a].levels[level_of[a][j]].log_odds;
    }
  }
  m.calibration = fit_calibration(totals, y, base_logit);
  for (AttributePoints& a : m.attributes) {
    for (LevelPoints& l : a.levels) l.points = round6(m.calibration * l.log_odds);
  }
  return m;
}

ScoredRecords score_records(const ScoringModel& model, const Attributes& attributes, RecordKind kind,
                            bool keep_levels) {
  ScoredRecords out;
  out.kind = kind;
  const bool deals = kind == RecordKind::deals;
  const size_t n = deals ? attributes.deal_count() : attributes.customer_count();
  out.total.assign(n, 0);
  if (keep_levels) out.levels.assign(model.attributes.size() * n, kNoLevel);
  for (size_t a = 0; a < model.attributes.size(); ++a) {
    const AttributePoints& attribute = model.attributes[a];
    const Source source = source_for(attributes, attribute);
    if (!source.text && !source.number) continue;
    std::unordered_map<std::string, uint32_t> index;
    for (uint32_t l = 0; l < attribute.levels.size(); ++l) index.emplace(attribute.levels[l].key, l);
    // Text: the level of each code, keyed the first time a record holds it. Number: of each band.
    std::vector<uint32_t> level_of_code(source.text ? source.text->values.size() : 0, kUnseen);
    std::vector<uint32_t> level_of_band(source.number ? source.bands.size() : 0, kNoLevel);
    for (size_t b = 0; b < level_of_band.size(); ++b) {
      const auto it = index.find(source.bands[b].label);
      if (it != index.end()) level_of_band[b] = it->second;
    }
    size_t i = 0;
    const auto add = [&](uint32_t level) {
      if (level != kNoLevel && i < n) {
        if (keep_levels) out.levels[a * n + i] = level;
        out.total[i] += attribute.levels[level].points;
      }
      ++i;
    };
    const auto add_code = [&](uint32_t code) {
      if (code == metrics::TextAttribute::kMissing) return add(kNoLevel);
      uint32_t& known = level_of_code[code];
      if (known == kUnseen) {
        const auto it = index.find(source.key_of_code(code));
        known = it == index.end() ? kNoLevel : it->second;
      }
      add(known);
    };
    const auto add_number = [&](double x) {
      uint32_t band = 0;
      add(source.band_of(x, &band) ? level_of_band[band] : kNoLevel);
    };
    // Records past the values' end have none (and add nothing).
    if (source.text && deals) source.text->of_deal.for_each(add_code);
    else if (source.text) std::for_each(source.text->of_customer.begin(), source.text->of_customer.end(), add_code);
    else if (deals) source.number->of_deal.for_each(add_number);
    else std::for_each(source.number->of_customer.begin(), source.number->of_customer.end(), add_number);
  }
  out.score.resize(n);
  out.tier.resize(n);
  out.pass.resize(n);
  // Records share a few thousand totals (sums of a handful of levels' points): each total's score,
  // a logistic and a decimal rounding, is worked out once.
  std::unordered_map<double, double> score_of;
  for (size_t i = 0; i < n; ++i) {
    const auto [known, added] = score_of.try_emplace(out.total[i], 0.0);
    if (added) known->second = score_of_total(out.total[i]);
    out.score[i] = known->second;
    out.tier[i] = tier_of(model.tiers, out.score[i]);
    out.pass[i] = out.score[i] >= model.pass_score ? 1 : 0;
  }
  return out;
}

ScoreSummary summarize_scores(const ScoringModel& model, const ScoredRecords& scored) {
  ScoreSummary s;
  s.n = scored.size();
  s.per_tier.assign(model.tiers.size(), 0);
  for (size_t i = 0; i < scored.size(); ++i) {
    if (scored.tier[i] < s.per_tier.size()) ++s.per_tier[scored.tier[i]];
    s.pass += scored.pass[i];
    s.score_sum += scored.score[i];
  }
  return s;
}

std::vector<Reason> top_reasons(const ScoringModel& model, const ScoredRecords& scored, size_t record,
                                size_t per_side) {
  std::vector<Reason> positive, negative;
  for (size_t a = 0; a < model.attributes.size(); ++a) {
    const uint32_t l = scored.level(a, record);
    if (l == kNoLevel) continue;
    const LevelPoints& level = model.attributes[a].levels[l];
    if (level.points == 0) continue;
    Reason r;
    r.attribute = a;
    r.level = l;
    r.field = model.attributes[a].field;
    r.value = level.level;
    r.score_points = round6(scored.score[record] - score_of_total(scored.total[record] - level.points));
    (level.points > 0 ? positive : negative).push_back(r);
  }
  const auto by_size = [](const Reason& x, const Reason& z) {
    if (std::fabs(x.score_points) != std::fabs(z.score_points)) return std::fabs(x.score_points) > std::fabs(z.score_points);
    return x.attribute < z.attribute;
  };
  std::sort(positive.begin(), positive.end(), by_size);
  std::sort(negative.begin(), negative.end(), by_size);
  if (positive.size() > per_side) positive.resize(per_side);
  if (negative.size() > per_side) negative.resize(per_side);
  positive.insert(positive.end(), negative.begin(), negative.end());
  return positive;
}

std::string format_reason(const Reason& reason) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", reason.score_points);
  return std::string(reason.field) + " = " + std::string(reason.value) + ": " + buf;
}

}  // namespace icp::ideal
