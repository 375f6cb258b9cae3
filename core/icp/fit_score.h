// Fit score 0–100 of every customer and deal (METHODS.md "Fit score"), learnt from which customers
// were good: a points table over the account attributes, built once (ScoringModel) and applied to
// customers and deals alike.
//
// - Attributes: the text account attributes (industry, country, region, custom account columns;
//   never owner or lead_source, which describe the sale, not the customer) and the sizes cut into
//   the bands of segments.h (employees → kEmployeeBands, annual_revenue → kAnnualRevenueBands).
//   Text compares like ICP rules (text_key; countries by ISO key, shown by their English name).
//   An attribute with more than max_levels distinct values among the labelled customers (an id, a
//   free text) is left out, with a note.
// - Points of a value: the smoothed log-odds of the good rate among the labelled customers holding
//   it against the overall good rate p: r = (good + k·p) ÷ (n + k) with a Beta prior of strength
//   k = prior_strength pseudo-observations centred on p, log_odds = logit(r) − logit(p). A value
//   with little data shrinks to 0; a missing value, or one no labelled customer holds, scores 0.
// - Calibration: attributes that say the same thing (country and region) would count twice, so the
//   log-odds are multiplied by one slope b ∈ [0, 1], fitted by maximum likelihood on the labelled
//   customers (logistic regression of the label on the summed log-odds, intercept logit(p) fixed):
//   points = b · log_odds.
// - Score = 100 · logistic(Σ points) = 100 / (1 + e^−Σ): a fixed, monotone map; 50 is the odds of the
//   average labelled customer, 80 four times those odds, 20 a quarter of them. Tiers (default A ≥ 80,
//   B ≥ 60, C ≥ 40, D below) and pass (score ≥ pass_score, default 60: tiers A and B) follow.
// - Reasons: each value's effect on the score, score − the score without that value (in score
//   points), the largest positive and negative ones: "industry = Software: +18.2".
// Everything computed with exp / log is rounded to 6 significant digits (stats/rounding.h) before
// it is used further, so native and wasm agree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "icp/icp_definition.h"
#include "metrics/attributes.h"

namespace icp::ideal {

// Labels per customer key: 1 good, 0 bad, −1 unlabelled (the caller decides what good means).
inline constexpr int8_t kGood = 1, kBad = 0, kUnlabelled = -1;

struct ScoringOptions {
  double prior_strength = 10;
  std::vector<Tier> tiers;  // highest first; empty: A ≥ 80, B ≥ 60, C ≥ 40, D ≥ 0
  double pass_score = 60;
  size_t max_levels = 300;
};

struct LevelPoints {
  std::string level;     // as shown: its first spelling among the labelled customers, a band label,
                         // a country's English short name
  std::string key;       // as matched: text_key(), a country's ISO code, a band label
  uint64_t n = 0;        // labelled customers holding it
  uint64_t good = 0;     // of which good
  double log_odds = 0;   // smoothed, before calibration
  double points = 0;     // calibration × log_odds
};

struct AttributePoints {
  std::string field;     // "industry", "country", "employees", "annual_revenue", a custom column
  bool banded = false;   // levels are the bands of segments.h, in band order (else by n, then level)
  uint64_t missing = 0;  // labelled customers without a value (they score 0 here)
  std::vector<LevelPoints> levels;
};

struct ScoringModel {
  std::vector<AttributePoints> attributes;
  uint64_t labelled = 0;
  uint64_t good = 0;
  double base_rate = 0;       // good ÷ labelled
  double prior_strength = 10;
  double calibration = 1;     // b
  std::vector<Tier> tiers;    // highest first
  double pass_score = 60;
  std::vector<std::string> notes;  // attributes left out; "no good and bad customers to learn from"
};

// The options a declared ICP implies: its tiers and its pass score (effective_pass_score), so the
// fit score and the ICP agree on what passes; the defaults without one.
ScoringOptions scoring_options_for(const IcpDefinition* declared);

ScoringModel build_scoring_model(const metrics::Attributes& attributes, std::span<const int8_t> labels,
                                 const ScoringOptions& options = {});

enum class RecordKind : uint8_t { customers, deals };

// Scores of one kind of record (a deal takes its customer's account attributes; a deal without a
// customer its own: metrics::Attributes' of_deal).
struct ScoredRecords {
  RecordKind kind = RecordKind::customers;
  std::vector<double> total;   // Σ points
  std::vector<double> score;   // 0–100
  std::vector<uint8_t> tier;   // index into ScoringModel::tiers, or kNoTier (icp_evaluation.h)
  std::vector<uint8_t> pass;   // 1 when score ≥ pass_score
  std::vector<uint32_t> levels;  // attribute-major: levels[a * size() + record], index into
                                 // attributes[a].levels, or metrics::kNoLevel (missing or unseen)
  size_t size() const { return score.size(); }
  uint32_t level(size_t attribute, size_t record) const { return levels[attribute * size() + record]; }
};

// levels (what top_reasons reads) is filled only with keep_levels; without it, it stays empty.
ScoredRecords score_records(const ScoringModel& model, const metrics::Attributes& attributes, RecordKind kind,
                            bool keep_levels = true);

// What the report tells of a set of scored records: how many, their mean score, how many pass and
// how many fall in each tier (the records themselves are not kept for it: a million deals' scores
// and levels are tens of megabytes).
struct ScoreSummary {
  uint64_t n = 0;
  double score_sum = 0;            // the scores added in record order
  uint64_t pass = 0;
  std::vector<uint64_t> per_tier;  // by ScoringModel::tiers
};
ScoreSummary summarize_scores(const ScoringModel& model, const ScoredRecords& scored);

struct Reason {
  size_t attribute = 0;       // index into ScoringModel::attributes
  uint32_t level = 0;         // index into its levels
  std::string_view field;     // views into the model
  std::string_view value;
  double score_points = 0;    // score − the score without this value
};

// The record's largest positive contributions (largest first), then its largest negative ones
// (most negative first), up to per_side of each; values worth 0 points are never reasons.
std::vector<Reason> top_reasons(const ScoringModel& model, const ScoredRecords& scored, size_t record,
                                size_t per_side = 3);
// "industry = Software: +18.2"
std::string format_reason(const Reason& reason);

}  // namespace icp::ideal
