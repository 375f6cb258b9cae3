#include "join/account_join.h"

#include "join/company_name.h"

namespace icp::join {

namespace {
constexpr size_t kExamples = 5;
}

AccountIndex::AccountIndex(const table::AccountTable& accounts) : accounts_(accounts) {
  by_id_code_.assign(accounts.id.dictionary.size(), kNoAccount);
  for (size_t row = 0; row < accounts.size(); ++row) {
    const uint32_t id = accounts.id.codes[row];
    if (id != table::StringDictionary::kMissing && by_id_code_[id] == kNoAccount) {
      by_id_code_[id] = static_cast<int32_t>(row);
      const std::string_view text = accounts.id.dictionary.value(id);
      if (text.size() == 18) {
        const uint32_t c = id15_.intern(text.substr(0, 15));
        if (c >= by_id15_.size()) by_id15_.resize(c + 1, kNoAccount);
        if (by_id15_[c] == kNoAccount) by_id15_[c] = static_cast<int32_t>(row);
      }
    }
    const uint32_t name = accounts.name.codes[row];
    if (name == table::StringDictionary::kMissing) continue;
    const std::string key = company_name_key(accounts.name.dictionary.value(name));
    if (key.empty()) continue;
    const uint32_t code = name_keys_.intern(key);
    if (code >= by_name_key_.size()) by_name_key_.resize(code + 1, kNoAccount);
    if (by_name_key_[code] == kNoAccount) by_name_key_[code] = static_cast<int32_t>(row);
  }
}

int32_t AccountIndex::find_id(std::string_view id) const {
  const uint32_t a = accounts_.id.dictionary.find(id);
  if (a != table::StringDictionary::kMissing) return by_id_code_[a];
  if (id.size() == 15 || id.size() == 18) {
    const uint32_t c = id15_.find(id.substr(0, 15));
    if (c != table::StringDictionary::kMissing) return by_id15_[c];
  }
  return kNoAccount;
}

std::vector<int32_t> AccountIndex::match(const table::CategoricalColumn& ids, const table::CategoricalColumn& names,
                                         size_t rows, JoinStats& stats) const {
  // Each distinct id and name is looked up once.
  std::vector<int32_t> id_hit(ids.dictionary.size(), kNoAccount);
  std::vector<int32_t> name_hit(names.dictionary.size(), kNoAccount);
  for (uint32_t code = 0; code < names.dictionary.size(); ++code) {
    const std::string key = company_name_key(names.dictionary.value(code));
    const uint32_t k = key.empty() ? table::StringDictionary::kMissing : name_keys_.find(key);
    if (k != table::StringDictionary::kMissing && k < by_name_key_.size()) name_hit[code] = by_name_key_[k];
  }
  for (uint32_t code = 0; code < ids.dictionary.size(); ++code) id_hit[code] = find_id(ids.dictionary.value(code));

  const size_t n = rows;
  std::vector<int32_t> out(n, kNoAccount);
  for (size_t row = 0; row < n; ++row) {
    ++stats.rows;
    const uint32_t id = row < ids.codes.size() ? ids.codes[row] : table::StringDictionary::kMissing;
    const uint32_t name = row < names.codes.size() ? names.codes[row] : table::StringDictionary::kMissing;
    if (id != table::StringDictionary::kMissing && id_hit[id] != kNoAccount) {
      out[row] = id_hit[id];
      ++stats.matched_by_id;
    } else if (name != table::StringDictionary::kMissing && name_hit[name] != kNoAccount) {
      out[row] = name_hit[name];
      ++stats.matched_by_name;
    } else {
      ++stats.unmatched;
      if (stats.unmatched_examples.size() < kExamples) {
        std::string example(name != table::StringDictionary::kMissing ? names.dictionary.value(name)
                            : id != table::StringDictionary::kMissing  ? ids.dictionary.value(id)
                                                                       : std::string_view("(no account)"));
        bool seen = false;
        for (const auto& e : stats.unmatched_examples) seen = seen || e == example;
        if (!seen) stats.unmatched_examples.push_back(std::move(example));
      }
    }
  }
  return out;
}

}  // namespace icp::join
