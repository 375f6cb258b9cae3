// Small revenue worlds for the revenue tests: a RevenueTable filled row by row and the Customers
// that tie its rows to customer keys, built by hand (no accounts file, no joins).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "metrics/analysis_input.h"
#include "metrics/customers.h"
#include "metrics/mrr_matrix.h"
#include "metrics/segments.h"
#include "table/deal_table.h"
#include "table/tables.h"
#include "util/civil_date.h"

namespace icp::metrics::testing {

// Month index of periods.h.
constexpr int32_t month(int y, int m) { return y * 12 + (m - 1); }

struct RevenueWorld {
  table::Tables tables;
  Customers customers;
  Segmentation segments;
  AnalysisSettings settings;

  explicit RevenueWorld(bool intervals = false) { tables.revenue.intervals = intervals; }

  int32_t add_customer(const std::string& name) {
    customers.account_row.push_back(-1);
    customers.name.push_back(name);
    customers.record_id.push_back("");
    customers.first_won_deal.push_back(-1);
    customers.first_won_close.push_back(table::kNoDate);
    return static_cast<int32_t>(customers.count() - 1);
  }

  // A monthly snapshot (the first of the month, as the ingest stores it). customer may be kNoCustomer.
  void snapshot(int32_t customer, int y, int m, double mrr) {
    row(customer, days_from_civil(y, m, 1), table::kNoDate, mrr);
  }
  // A subscription interval [start, end) in day numbers; end kNoDate when open.
  void interval(int32_t customer, int32_t start, int32_t end, double mrr) { row(customer, start, end, mrr); }

  void row(int32_t customer, int32_t start, int32_t end, double mrr) {
    table::RevenueTable& r = tables.revenue;
    const std::string name = customer >= 0 ? customers.name[customer] : std::string();
    r.account_id.push_missing();
    if (name.empty()) r.account_name.push_missing(); else r.account_name.push(name);
    r.start.push_back(start);
    r.end.push_back(end);
    r.mrr.push_back(mrr);
    customers.of_revenue.push_back(customer);
  }

  MrrMatrix matrix() const { return build_mrr_matrix(tables.revenue, customers, settings); }
  AnalysisInput input() const { return AnalysisInput{tables, customers, segments, settings, table::kNoDate}; }
};

}  // namespace icp::metrics::testing
