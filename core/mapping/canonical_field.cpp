#include "mapping/canonical_field.h"

namespace icp::mapping {
namespace {
constexpr std::string_view kNames[kFieldCount] = {
    "deal_id",       "account_id", "account_name", "stage",        "status",    "is_won",
    "is_closed",     "created_date", "close_date", "amount",       "currency",  "owner",
    "lead_source",   "deal_type",  "product",      "industry",     "employees", "annual_revenue",
    "country",       "region",     "go_live_date", "health_score", "month",     "start_date",
    "end_date",      "mrr",        "arr",          "billing_interval", "subscription_id", "event_type",
    "ticket_id",     "priority",   "period",       "channel"};
}  // namespace

std::string_view field_name(Field field) { return kNames[static_cast<int>(field)]; }

std::optional<Field> field_from_name(std::string_view name) {
  for (int i = 0; i < kFieldCount; ++i) {
    if (kNames[i] == name) return static_cast<Field>(i);
  }
  return std::nullopt;
}

}  // namespace icp::mapping
