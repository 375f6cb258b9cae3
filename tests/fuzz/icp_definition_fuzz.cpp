// libFuzzer target: the ICP definition file (core/icp/icp_definition.h), then evaluated on a small
// fixed set of customers and deals (core/icp/icp_evaluation.h), as `icp-drift analyze --icp FILE`
// does.
//
// Checked:
// - a refused definition gives one line that starts with the file's name;
// - an accepted one is written back, and that text parses again to a definition written the same
//   (parse(write(x)) == x, byte for byte);
// - the evaluation counts every record once (fit + not fit + unknown, and per rule satisfied + not
//   + unknown), scores lie in 0..100 with score ≤ score_max, and the report parts are valid JSON.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "fuzz_check.h"
#include "icp/icp_definition.h"
#include "icp/icp_evaluation.h"
#include "metrics/attributes.h"
#include "metrics/customers.h"
#include "report/icp_json.h"
#include "simdjson.h"

namespace {

using icp::fuzz::preview;

constexpr std::string_view kSource = "fuzz-icp.json";

struct World {
  icp::table::Tables tables;
  icp::metrics::Customers customers;
  icp::metrics::Attributes attributes;
};

void push(icp::table::CategoricalColumn& col, std::string_view v) {
  if (v.empty()) col.push_missing(); else col.push(v);
}

const World& world() {
  static const World* w = [] {
    auto* out = new World;
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    const struct {
      const char* id;
      const char* industry;
      const char* country;
      double employees;
      double revenue;
      const char* segment;
    } accounts[] = {{"A1", "Software", "USA", 120, 5e6, "Mid"},  {"A2", "financial services ", "DE", 50, kNaN, ""},
                    {"A3", "", "United Kingdom", kNaN, 2e9, "Ent"}, {"A4", "Retail", "", 5001, 1e5, "SMB"},
                    {"A5", "Software", "Atlantis", 0, 0, "12"}};
    icp::table::CustomColumn segment{"Segment", {}};
    for (const auto& a : accounts) {
      out->tables.accounts.id.push(a.id);
      out->tables.accounts.name.push(std::string("Company ") + a.id);
      push(out->tables.accounts.industry, a.industry);
      push(out->tables.accounts.country, a.country);
      push(out->tables.accounts.region, "");
      out->tables.accounts.employees.push_back(a.employees);
      out->tables.accounts.annual_revenue.push_back(a.revenue);
      push(segment.values, a.segment);
    }
    out->tables.accounts.custom.push_back(std::move(segment));
    const struct {
      const char* account;
      const char* product;
      const char* owner;
      double amount;
    } deals[] = {{"A1", "Core", "Ann", 12000}, {"A1", "Add-on", "Bob", kNaN}, {"A2", "core", "Ann", 30000},
                 {"", "Core", "Cy", 250000},   {"A4", "", "", 5000},        {"A5", "Core", "Ann", -1}};
    auto& d = out->tables.deals;
    for (const auto& x : deals) {
      d.outcome.push_back(icp::mapping::Outcome::won);
      d.created.push_back(19700);
      d.closed.push_back(19760);
      d.amount.push_back(x.amount);
      push(d.account_id, x.account);
      push(d.account_name, "");
      push(d.product, x.product);
      push(d.owner, x.owner);
      for (auto* col : {&d.lead_source, &d.deal_type, &d.industry, &d.country}) col->push_missing();
      d.employees.push_back(kNaN);
    }
    std::vector<icp::join::JoinStats> joins;
    out->customers = icp::metrics::build_customers(out->tables, {true, true, false, false}, &joins);
    out->attributes = icp::metrics::build_attributes(out->tables, out->customers);
    return out;
  }();
  return *w;
}

void check_json(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const simdjson::padded_string padded(json);
  FUZZ_CHECK(parser.parse(padded).get(doc) == simdjson::SUCCESS, "valid UTF-8 JSON: " + preview(json));
}

void check_counts(const icp::ideal::RecordFits& f, size_t rules, bool score) {
  FUZZ_CHECK(f.counts.fit + f.counts.not_fit + f.counts.unknown == f.size(), "every record counted once");
  FUZZ_CHECK(f.states.size() == rules * f.size(), "one state per rule and record");
  FUZZ_CHECK(f.per_rule.size() == rules, "counts per rule");
  for (const auto& c : f.per_rule) {
    FUZZ_CHECK(c.satisfied + c.not_satisfied + c.unknown == f.size(), "every record counted once per rule");
  }
  if (!score) return;
  for (size_t i = 0; i < f.size(); ++i) {
    FUZZ_CHECK(f.score[i] >= 0 && f.score[i] <= f.score_max[i] && f.score_max[i] <= 100.0000001, "scores in 0..100");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(bytes), size);
  const icp::Result<icp::ideal::IcpDefinition> parsed = icp::ideal::parse_icp_definition(json, kSource);
  if (!parsed) {
    const std::string& message = parsed.status().message();
    FUZZ_CHECK(parsed.status().code() != icp::ErrorCode::ok, "a refusal has an error code");
    FUZZ_CHECK(message.rfind(std::string(kSource) + ": ", 0) == 0, "the message names the file: " + preview(message));
    FUZZ_CHECK(message.find('\n') == std::string::npos && message.find('\r') == std::string::npos,
               "the message is one line: " + preview(message));
    return 0;
  }
  const std::string written = icp::ideal::write_icp_definition(*parsed);
  check_json(written);
  const icp::Result<icp::ideal::IcpDefinition> again = icp::ideal::parse_icp_definition(written, "written.json");
  FUZZ_CHECK(again.is_ok(), "what was written parses again: " + again.status().message() + " " + preview(written));
  FUZZ_CHECK(icp::ideal::write_icp_definition(*again) == written, "parse(write(x)) == x: " + preview(written));

  const World& w = world();
  const icp::ideal::IcpEvaluation e = icp::ideal::evaluate_icp(*parsed, w.attributes);
  const bool score = parsed->match == icp::ideal::MatchMode::score;
  check_counts(e.customers, parsed->rules.size(), score);
  check_counts(e.deals, parsed->rules.size(), score);
  FUZZ_CHECK(e.customers.size() == w.customers.count() && e.deals.size() == w.tables.deals.size(), "one verdict per record");
  icp::report::JsonWriter summary;
  icp::report::write_icp_evaluation_summary(summary, *parsed, e);
  check_json(summary.finish());
  return 0;
}
