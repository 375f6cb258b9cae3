#include "ingest/role_ingest.h"

#include "ingest/accounts_ingest.h"
#include "ingest/deals_ingest.h"
#include "ingest/revenue_ingest.h"
#include "ingest/spend_ingest.h"
#include "ingest/tickets_ingest.h"
#include "values/missing_marker.h"

namespace icp::ingest {

std::unique_ptr<RoleIngest> make_role_ingest(mapping::Role role, const mapping::HeaderMapping& mapping,
                                             const std::vector<std::string>& headers, ValueHabits habits,
                                             RowAccounting& accounting) {
  switch (role) {
    case mapping::Role::deals: return std::make_unique<DealsIngest>(mapping, headers, habits, accounting);
    case mapping::Role::accounts: return std::make_unique<AccountsIngest>(mapping, headers, habits, accounting);
    case mapping::Role::revenue: return std::make_unique<RevenueIngest>(mapping, headers, habits, accounting);
    case mapping::Role::tickets: return std::make_unique<TicketsIngest>(mapping, headers, habits, accounting);
    case mapping::Role::spend: return std::make_unique<SpendIngest>(mapping, headers, habits, accounting);
  }
  return nullptr;
}

void append_categorical(table::CategoricalColumn& to, const table::CategoricalColumn& from) {
  if (to.codes.empty() && to.dictionary.size() == 0) {
    to = from;  // the first file of its role: the codes stay as they are
    return;
  }
  // Each of the file's values is interned once, the first time a row holds it.
  constexpr uint32_t kMissing = table::StringDictionary::kMissing, kUnseen = kMissing - 1;
  std::vector<uint32_t> code_in_to(from.dictionary.size(), kUnseen);
  to.codes.reserve(to.codes.size() + from.codes.size());
  for (uint32_t code : from.codes) {
    if (code == kMissing) {
      to.push_missing();
      continue;
    }
    uint32_t& mapped = code_in_to[code];
    if (mapped == kUnseen) mapped = to.dictionary.intern(from.dictionary.value(code));
    to.codes.push_back(mapped);
  }
}

void append_categorical(table::CategoricalColumn& to, table::CategoricalColumn&& from) {
  if (to.codes.empty() && to.dictionary.size() == 0) {
    to = std::move(from);
    return;
  }
  append_categorical(to, static_cast<const table::CategoricalColumn&>(from));
}

void append_categorical_rows(table::CategoricalColumn& to, size_t rows_before, table::CategoricalColumn&& from) {
  if (from.codes.empty()) return;
  if (to.codes.size() < rows_before) to.codes.resize(rows_before, table::StringDictionary::kMissing);
  append_categorical(to, std::move(from));
}

void RoleIngest::keep_custom_columns(const std::vector<std::pair<int, std::string>>& columns) {
  for (const auto& [index, name] : columns) {
    custom_index_.push_back(index);
    custom_.push_back({name, {}});
  }
}

void RoleIngest::push_custom(std::span<const std::string_view> fields) {
  for (size_t i = 0; i < custom_index_.size(); ++i) {
    const std::string_view v = cell(fields, custom_index_[i]);
    if (values::is_missing_marker(v)) custom_[i].values.push_missing();
    else custom_[i].values.push(v);
  }
}

void RoleIngest::append_custom(std::vector<table::CustomColumn>& to, size_t rows_before, size_t rows_added) {
  std::vector<bool> filled(to.size(), false);
  for (auto& mine : custom_) {
    size_t at = 0;
    while (at < to.size() && to[at].name != mine.name) ++at;
    if (at == to.size()) {
      to.push_back({mine.name, {}});
      filled.push_back(false);
      for (size_t r = 0; r < rows_before; ++r) to[at].values.push_missing();
    }
    append_categorical(to[at].values, std::move(mine.values));
    filled[at] = true;
  }
  for (size_t i = 0; i < to.size(); ++i) {
    if (!filled[i]) {
      for (size_t r = 0; r < rows_added; ++r) to[i].values.push_missing();
    }
  }
}

}  // namespace icp::ingest
