// An Ideal Customer Profile as METHODS.md "ICP definition JSON" writes it: named rules on canonical
// fields, the date it was defined on, how rules combine (all of them, or a weighted score with
// tiers). Declared by the user (a file, the page's editor) or derived from the data
// (derived_icp.h); read with simdjson (a bad file is an error naming the bad key) and written back
// in the same format.
//
//   {"name": "Core ICP", "defined_on": "2024-06-30", "match": "all",
//    "rules": [{"field": "industry", "op": "in", "values": ["Software", "Financial Services"]},
//              {"field": "employees", "op": "between", "min": 50, "max": 499}]}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace icp::ideal {

enum class RuleOp : uint8_t { in, not_in, between, eq };
enum class MatchMode : uint8_t { all, score };

struct Rule {
  std::string field;                 // a canonical field ("industry", "employees", "country", ...) or a custom column
  RuleOp op = RuleOp::in;
  std::vector<std::string> values;   // in, not_in, eq (eq: exactly one)
  std::optional<double> min, max;    // between: inclusive, either may be omitted
  double weight = 1;                 // match "score": points when the rule holds
};

struct Tier {
  std::string name;     // "A"
  double min_score = 0; // the tier holds scores >= this
};

struct IcpDefinition {
  std::string name;
  std::optional<int32_t> defined_on;  // day number
  MatchMode match = MatchMode::all;
  std::vector<Rule> rules;
  std::vector<Tier> tiers;            // match "score": highest first; empty: A ≥ 80, B ≥ 60, C ≥ 40, D
  // For "score": the score (0–100, share of the total weight) at or above which an account fits.
  // Absent: see effective_pass_score (60 with the default tiers).
  std::optional<double> pass_score;
};

Result<IcpDefinition> parse_icp_definition(std::string_view json, std::string_view source_name);
std::string write_icp_definition(const IcpDefinition& icp);

std::string_view rule_op_name(RuleOp op);

}  // namespace icp::ideal
