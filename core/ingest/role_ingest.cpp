#include "ingest/role_ingest.h"

#include "ingest/accounts_ingest.h"
#include "ingest/deals_ingest.h"
#include "ingest/revenue_ingest.h"
#include "ingest/spend_ingest.h"
#include "ingest/tickets_ingest.h"

namespace icp::ingest {

std::unique_ptr<RoleIngest> make_role_ingest(mapping::Role role, const mapping::HeaderMapping& mapping,
                                             const std::vector<std::string>& headers, ValueHabits habits,
                                             RowAccounting& accounting) {
  switch (role) {
    case mapping::Role::deals: return std::make_unique<DealsIngest>(mapping, headers, habits, accounting);
    case mapping::Role::accounts: return std::make_unique<AccountsIngest>(mapping, habits, accounting);
    case mapping::Role::revenue: return std::make_unique<RevenueIngest>(mapping, habits, accounting);
    case mapping::Role::tickets: return std::make_unique<TicketsIngest>(mapping, habits, accounting);
    case mapping::Role::spend: return std::make_unique<SpendIngest>(mapping, habits, accounting);
  }
  return nullptr;
}

void append_categorical(table::CategoricalColumn& to, const table::CategoricalColumn& from) {
  to.codes.reserve(to.codes.size() + from.codes.size());
  for (uint32_t code : from.codes) {
    if (code == table::StringDictionary::kMissing) to.push_missing();
    else to.codes.push_back(to.dictionary.intern(from.dictionary.value(code)));
  }
}

}  // namespace icp::ingest
