#include "mapping/stage_outcome.h"

#include <string>

#include "mapping/header_mapping.h"
#include "values/missing_marker.h"

namespace icp::mapping {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string_view outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::won: return "won";
    case Outcome::lost: return "lost";
    default: return "open";
  }
}

std::optional<Outcome> outcome_from_stage(std::string_view stage) {
  const std::string s = normalize_header(stage);
  if (s.empty()) return std::nullopt;
  // Won: "Closed Won", "closedwon", "Won", "Deal won", "6 - Closed Won".
  // Localized HubSpot labels: gewonnen, gagné, ganado, ganho, gewonnen/verloren, perdu, perdido.
  if (s == "win" || ends_with(s, "won") || ends_with(s, "gewonnen") || ends_with(s, "gagn") ||
      ends_with(s, "gagne") || ends_with(s, "ganado") || ends_with(s, "ganho")) {
    return Outcome::won;
  }
  // Lost: "Closed Lost", "closedlost", "Lost", "Out-Sold", "Canceled", "Closed - No Decision".
  if (ends_with(s, "lost") || starts_with(s, "closedlost") || s == "outsold" || s == "canceled" ||
      s == "cancelled" || s == "closednodecision" || ends_with(s, "disqualified") || ends_with(s, "verloren") ||
      ends_with(s, "perdu") || ends_with(s, "perdue") || ends_with(s, "perdido")) {
    return Outcome::lost;
  }
  return Outcome::open;
}

std::optional<bool> read_flag(std::string_view text) {
  const std::string s = normalize_header(values::trim(text));
  if (s == "true" || s == "1" || s == "yes" || s == "y" || s == "x" || s == "t") return true;
  if (s.empty() || s == "false" || s == "0" || s == "no" || s == "n" || s == "f") return false;
  return std::nullopt;
}

bool is_deleted_stage(std::string_view stage) { return normalize_header(stage) == "deleted"; }

}  // namespace icp::mapping
