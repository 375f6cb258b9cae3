// The sample's CRM records as the generator holds them before writing any file: accounts and the
// deals on them, with the segment each account was drawn from (which the files never name).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::sample {

// Where an account comes from: the declared ICP, or one of the three kinds of off-ICP account.
enum class Segment { icp, upmarket, industry_drift, other };
enum class Outcome { won, lost, open };

constexpr bool is_icp(Segment s) { return s == Segment::icp; }

struct Account {
  std::string name;
  std::string_view industry;
  int employees = 0;
  int64_t annual_revenue = -1;  // whole USD; -1 leaves the field blank
  std::string_view country;
  Segment segment = Segment::icp;
  int32_t created = 0;
  std::string id;
};

struct Deal {
  size_t account = 0;
  int32_t created = 0;
  int32_t close = 0;  // the expected close date while open
  Outcome outcome = Outcome::lost;
  std::string_view stage;
  int64_t amount = 0;  // whole USD
  std::string_view product;
  std::string_view lead_source;
  std::string_view owner;
  bool existing_business = false;
  std::string id;
};

struct Crm {
  std::vector<Account> accounts;      // in order of generation; Deal::account indexes it
  std::vector<size_t> account_order;  // accounts in output order (by id)
  std::vector<Deal> deals;            // in output order (by Created Date, then id)
};

}  // namespace icp::sample
