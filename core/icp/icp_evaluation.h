// Does each customer and each deal fit an ICP definition (icp_definition.h)? Rules are evaluated on
// the attribute values before banding (metrics/attributes.h), with three outcomes each: satisfied,
// not satisfied, or unknown when the attribute is missing, so missing data is counted apart and
// never silently as off-ICP.
//
// - match "all": fit when every rule holds; not fit as soon as one rule fails (known); unknown when
//   no rule fails but some are unknown.
// - match "score": score = Σ weights of the rules that hold ÷ Σ weights × 100 (an unknown rule gives
//   no points); score_max = the score if every unknown rule held. Fit when score ≥ pass score, not
//   fit when even score_max is below it, unknown in between. The tier is the score's.
//
// Fields: text attributes by name (industry, country, region, product, deal_type, lead_source,
// owner, custom columns), numbers by name (employees, annual_revenue, amount), with aliases
// ("acv" = amount; "employee_count", "number_of_employees", "headcount" = employees; "revenue" =
// annual_revenue); canonical names and custom columns are found case-insensitively. The band fields
// employees_band, annual_revenue_band and acv_band take band labels (segments.h: "51-200") with in,
// not_in, eq. Text compares ignoring case (ASCII and Latin letters) and surrounding / repeated
// spaces; a field holding "country" in its name compares countries by their ISO key
// (country_names.h), so "USA", "us" and "United States" are one value. A number rule on a text
// column (a custom "Seats" column) reads its values as numbers, unknown where they are not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "icp/icp_definition.h"
#include "metrics/attributes.h"
#include "metrics/segments.h"

namespace icp::ideal {

// --- fields --------------------------------------------------------------------------------------

enum class FieldKind : uint8_t { text, number, band };

struct RuleField {
  std::string attribute;        // the attribute read: "employees" for "employee_count", "Segment"
  FieldKind kind = FieldKind::text;
  bool canonical = false;       // a canonical field (else a custom column, read as text)
  std::span<const metrics::Band> bands;  // kind band: its bands (the values are their labels)
};

// What a rule's field names, from its name alone (the data is not needed).
RuleField resolve_rule_field(std::string_view field);

// A text as compared: trimmed, repeated spaces as one, ASCII and Latin letters in lower case.
std::string text_key(std::string_view text);
// A country as compared: its ISO alpha-2 code when known (country_names.h), else text_key().
std::string country_compare_key(std::string_view text);
// Whether a field's values are countries ("country", "Billing Country", ...).
bool is_country_field(std::string_view attribute);

// --- tiers ---------------------------------------------------------------------------------------

inline constexpr uint8_t kNoTier = UINT8_MAX;

// The definition's tiers, highest first; its default A ≥ 80, B ≥ 60, C ≥ 40, D ≥ 0 when it has none.
std::vector<Tier> effective_tiers(const IcpDefinition& icp);
// pass_score, else the min_score of the second tier when there are 3 or more (A and B pass: 60 with
// the default tiers, the fit score's default too), of the top one when there are 2, else 50.
double effective_pass_score(const IcpDefinition& icp);
// The first tier (highest first) whose min_score the score reaches, or kNoTier.
uint8_t tier_of(std::span<const Tier> tiers, double score);

// --- evaluation ----------------------------------------------------------------------------------

enum class RuleState : uint8_t { not_satisfied = 0, satisfied = 1, unknown = 2 };
enum class Fit : uint8_t { not_fit = 0, fit = 1, unknown = 2 };

std::string_view fit_name(Fit fit);  // "not_fit", "fit", "unknown"

struct RuleCounts {
  uint64_t satisfied = 0, not_satisfied = 0, unknown = 0;
};

struct FitCounts {
  uint64_t fit = 0, not_fit = 0, unknown = 0;
};

// The verdicts for one kind of record (customers, or deals), one entry per record.
struct RecordFits {
  std::vector<Fit> fit;
  std::vector<double> score;      // match "score" only (else empty): 0–100
  std::vector<double> score_max;  // match "score" only: the score if every unknown rule held
  std::vector<uint8_t> tier;      // match "score" only: index into IcpEvaluation::tiers, or kNoTier
  std::vector<RuleState> states;  // rule-major: states[rule * size() + record]
  FitCounts counts;
  std::vector<RuleCounts> per_rule;
  std::vector<uint64_t> per_tier;  // match "score" only: records in each tier

  size_t size() const { return fit.size(); }
  RuleState state(size_t rule, size_t record) const { return states[rule * size() + record]; }
};

struct IcpEvaluation {
  RecordFits customers;  // by customer key (metrics/customers.h)
  RecordFits deals;      // by deal row
  std::vector<std::string> rule_attributes;  // per rule: the attribute it read, "" when the data has none
  std::vector<Tier> tiers;                   // match "score": effective_tiers()
  double pass_score = 0;                     // match "score": effective_pass_score()
  // One line per problem, by rule number from 1: "rule 2 (employees): no employees values in the
  // data: unknown for every record", "rule 3 (country): \"Atlantis\" is not a country known here:
  // compared as text".
  std::vector<std::string> notes;
};

IcpEvaluation evaluate_icp(const IcpDefinition& icp, const metrics::Attributes& attributes);

}  // namespace icp::ideal
