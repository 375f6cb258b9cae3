// Report JSON texts for the renderer tests (report_markdown_test, report_html_test): a report of
// every section as docs/REPORT.md describes it, in the engine's shapes, with one name from the
// "files" (a segment, a stage, a file, an unmatched account, a channel) set by the test.
#pragma once

#include <string>
#include <string_view>

namespace icp::report::testing {

// `text` as the body of a JSON string.
inline std::string json_string(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

inline std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Sales, inputs and joins only (no revenue, spend or tickets file); @NAME@ is replaced by `name`.
inline std::string sales_report(std::string_view name = "Software") {
  static constexpr std::string_view kReport = R"json({
  "schema_version": "1.0.0",
  "generator": {"name": "icp-drift", "version": "0.1.0"},
  "settings": {"period": "quarter", "fiscal_year_start_month": 1, "gross_margin": 0.8, "as_of_month": null, "as_of_day": "2026-09-30"},
  "inputs": [
    {"file": "@NAME@.csv", "role": "deals", "role_confidence": 0.99, "role_reason": "a stage column beside amounts",
     "format": "csv", "encoding": "UTF-8", "delimiter": "comma", "bytes": 297170,
     "rows_read": 1290, "rows_used": 1288, "rows_rejected": 2,
     "rejected_by_reason": [{"reason": "no stage or outcome", "count": 2, "first_lines": [7, 9]}],
     "warnings": [{"reason": "unreadable date in Close Date", "count": 14, "first_lines": [3, 4, 5]}],
     "blank_lines": 1, "mapping": {"stage": "Stage", "amount": "@NAME@"},
     "mapping_details": [{"field": "stage", "column": "Stage", "confidence": 0.95, "reason": "a known name"},
                         {"field": "amount", "column": "@NAME@", "confidence": 0.7, "reason": "amounts"}],
     "unmapped_columns": [], "columns": [], "currency": "USD",
     "stage_table": [{"column": "Stage", "value": "@NAME@", "outcome": "won", "source": "name", "rows": 404}],
     "date_order": "month_first", "date_order_source": "data", "notes": ["close date: month/day/year (@NAME@)"],
     "csv_problems": {"count": 0, "first": []}},
    {"file": "accounts.csv", "role": "accounts", "role_confidence": 0.99, "role_reason": "firmographics",
     "format": "csv", "encoding": "UTF-8", "delimiter": "comma", "bytes": 1000,
     "rows_read": 1063, "rows_used": 1063, "rows_rejected": 0, "rejected_by_reason": [], "warnings": [],
     "blank_lines": 0, "mapping": {}, "mapping_details": [], "unmapped_columns": [], "columns": [], "currency": null,
     "stage_table": [], "date_order": null, "date_order_source": null, "notes": [], "csv_problems": {"count": 0, "first": []}}
  ],
  "joins": [{"from": "deals", "to": "accounts", "rows": 1290, "matched": 1200, "matched_by_id": 1100, "matched_by_name": 100,
             "unmatched": 90, "match_rate": 0.9302, "unmatched_examples": ["@NAME@"]}],
  "sales": {
    "overall": {"deals": 1290, "won": 404, "lost": 804, "open": 82, "closed": 1208,
                "win_rate": 0.377938517179, "win_rate_ci": [0.33849918691, 0.419061968314], "win_rate_inclusive": 0.313178294574,
                "median_cycle_days_won": 50, "cycle_days_won": {"n": 404, "median": 50, "q1": 38, "q3": 67, "median_ci": [47, 53], "median_ci_coverage": 0.9588},
                "median_cycle_days_lost": 52.5, "cycle_days_lost": {"n": 804, "median": 52.5, "q1": 36, "q3": 80.25, "median_ci": [49, 55], "median_ci_coverage": 0.9557},
                "acv_median": 28000, "acv_won": {"n": 404, "median": 28000, "q1": 19400, "q3": 42850, "median_ci": [26000, 31200], "median_ci_coverage": 0.9588},
                "acv_mean": 37007.9207921, "bookings": 14951200, "new_logos": 385, "pipeline_created": 59602600,
                "n_with_amount": 1290, "n_won_with_amount": 404, "n_won_with_cycle": 404, "n_lost_with_cycle": 804, "currency": "USD"},
    "dimensions": [{"name": "industry", "account_attribute": true, "banded": false, "levels": ["@NAME@", "Retail", "Other"],
                    "folded": ["Media"], "deals_missing": 12}],
    "by_dimension": {"industry": [
      {"segment": "@NAME@", "deals": 575, "won": 209, "lost": 344, "open": 22, "closed": 553,
       "win_rate": 0.377938517179, "win_rate_ci": [0.33849918691, 0.419061968314], "win_rate_inclusive": 0.36,
       "median_cycle_days_won": 45, "acv_median": 26100, "new_logos": 195,
       "win_rate_p_value": 0.00323366, "win_rate_q_value": 0.0144044854545, "win_rate_differs": true},
      {"segment": "Retail", "deals": 20, "won": 2, "lost": 18, "open": 0, "closed": 20,
       "win_rate": null, "win_rate_reason": "insufficient data (n=20)", "win_rate_ci": [0.0279, 0.3010],
       "median_cycle_days_won": null, "median_cycle_days_won_reason": "insufficient data (n=2)",
       "acv_median": null, "acv_median_reason": "insufficient data (n=2)", "new_logos": 2,
       "win_rate_p_value": 0.2, "win_rate_q_value": 0.31, "win_rate_differs": false}]},
    "win_rate_test": "each segment against all other closed deals",
    "by_combination": [{"dimensions": ["industry", "employees_band"],
                        "segments": [{"segment": ["@NAME@", "51-200"], "deals": 319, "closed": 313, "won": 127, "lost": 186,
                                      "win_rate": 0.405750798722, "win_rate_ci": [0.35281332698, 0.460973668511],
                                      "acv_median": 23000, "median_cycle_days_won": 44, "new_logos": 117}]}],
    "min_closed_per_combination": 30,
    "period": "quarter",
    "by_period": [
      {"period": "2023-Q1", "created": 63, "pipeline_created": 2163400, "won": 14, "lost": 21, "closed": 35,
       "win_rate": null, "win_rate_reason": "insufficient data (n=35)", "win_rate_ci": [0.2555, 0.5643],
       "bookings": 411100, "new_logos": 14, "acv_median": 26050, "acv_mean": 29364.2857143,
       "median_cycle_days_won": 37, "median_cycle_days_lost": 38},
      {"period": "2023-Q2", "created": 65, "pipeline_created": 2639100, "won": 19, "lost": 34, "closed": 53,
       "win_rate": 0.358490566038, "win_rate_ci": [0.243019525528, 0.493088584446],
       "bookings": 508000, "new_logos": 19, "acv_median": 25900, "acv_mean": 26736.8421053,
       "median_cycle_days_won": 49, "median_cycle_days_lost": 44.5}],
    "bucketed_by": {"created": "created_date", "won": "close_date"},
    "not_in_any_period": {"closed_without_close_date": 0, "without_created_date": 3, "outside_range": 0}
  }
})json";
  return replace_all(std::string(kReport), "@NAME@", json_string(name));
}

// sales_report() with efficiency, revenue and customer_success objects.
inline std::string full_report(std::string_view name = "Software") {
  static constexpr std::string_view kSections = R"json(,
  "efficiency": {"gross_margin": 0.8, "new_mrr_basis": "revenue", "period": "quarter", "spend_total": 1250000,
    "new_logos_total": 385, "cac_overall": 3246.75, "new_mrr_per_logo": 2100.5, "cac_payback_months": 1.93,
    "by_period": [{"period": "2026-Q2", "spend": 90000, "new_logos": 26, "cac": 3461.5, "new_mrr_per_logo": 2000, "cac_payback_months": 2.2},
                  {"period": "2026-Q3", "spend": null, "spend_reason": "no spend rows for the period", "new_logos": 33,
                   "cac": null, "cac_reason": "no spend rows for the period", "new_mrr_per_logo": 2100, "cac_payback_months": null,
                   "cac_payback_months_reason": "no spend rows for the period"}],
    "by_channel": [{"channel": "@NAME@", "matched": true, "spend": 400000, "new_logos": 111, "cac": 3603.6, "by_period": []}],
    "unmatched_spend_channels": ["@NAME@ TV"], "lead_sources_without_spend": [],
    "magic_number_basis": "revenue",
    "magic_number": [{"quarter": "2026-Q3", "net_new_arr": 240000, "prior_quarter_spend": 90000, "magic_number": 2.67}],
    "bucketed_by": {"spend": "spend period"}, "notes": []},
  "revenue": {"as_of": "2026-09", "basis": "snapshots", "months": 45, "customers": 410, "rows_used": 6888,
    "rows_without_customer": 3, "mrr": 812345.5, "arr": 9748146, "paying_customers": 301,
    "nrr_trailing_12m": 1.053, "grr_trailing_12m": 0.912, "nrr_n": 220,
    "logo_churn_monthly": 0.0123, "logo_churn_monthly_ci": [0.01, 0.015], "logo_churn_annualized": 0.138,
    "logo_churn_annualized_ci": [0.114, 0.166], "logo_churn_n": 9000,
    "revenue_churn_monthly_6m": 0.009, "arpa": 2698.8, "gross_margin": 0.8, "ltv": null, "ltv_reason": "revenue churn is 0 over the last 6 months",
    "movements": [{"month": "2026-09", "opening": false, "start_mrr": 800000, "new": 20000, "expansion": 5000, "contraction": 2000,
                   "churn": 10654.5, "reactivation": 0, "end_mrr": 812345.5, "customers_start": 298, "customers_end": 301,
                   "new_customers": 8, "churned_customers": 5, "reactivated_customers": 0, "logo_churn": 0.0168}],
    "by_dimension": {"industry": [{"segment": "@NAME@", "customers": 200, "paying_customers": 150, "mrr": 400000, "nrr_n": 120,
                                   "nrr_trailing_12m": 1.1, "grr_trailing_12m": 0.93, "logo_churn_annualized": 0.1, "ltv": 190000},
                                  {"segment": "Retail", "customers": 12, "mrr": 9000, "nrr_n": 8,
                                   "nrr_trailing_12m": null, "nrr_trailing_12m_reason": "insufficient data (n=8)",
                                   "grr_trailing_12m": null, "grr_trailing_12m_reason": "insufficient data (n=8)",
                                   "logo_churn_annualized": null, "logo_churn_annualized_reason": "insufficient data (n=8)",
                                   "ltv": null, "ltv_reason": "insufficient data (n=8)"}]},
    "by_cohort": [{"cohort": "2024-Q1", "opening": false, "customers": 30, "start_mrr": 60000, "nrr_n": 28,
                   "nrr_trailing_12m": 1.02, "grr_trailing_12m": 0.9, "logo_churn_annualized": 0.12,
                   "revenue_retention": [1, 0.98, 0.97, 1.01], "logo_retention": [1, 0.97, 0.93, 0.93]}]},
  "customer_success": {"as_of": "2026-09-30", "customers": 410,
    "tickets": {"tickets": 5979, "without_customer": 4, "before_start": 12, "customers": 380, "account_months": 9876.5,
                "per_account_month": 0.61, "customers_first_90d": 200, "per_account_month_first_90d": 1.25,
                "by_dimension": {"industry": [{"segment": "@NAME@", "customers": 180, "per_account_month": 0.4, "per_account_month_first_90d": 0.9}]},
                "by_cohort": [{"cohort": "2024-Q1", "customers": 30, "per_account_month": null, "per_account_month_reason": "insufficient data (n=3)",
                               "per_account_month_first_90d": 1.1}]},
    "time_to_value": {"n": 300, "events": 260, "censored": 40, "median_days": 34, "median_days_ci": [30, 39],
                      "go_live_before_close": 2, "curve": [{"day": 0, "survival": 1, "at_risk": 300}],
                      "by_dimension": {"industry": [{"segment": "@NAME@", "n": 150, "events": 140, "censored": 10, "median_days": 28,
                                                     "median_days_ci": [25, null], "median_days_ci_reason": "the upper band never falls to 0.5"}]},
                      "by_cohort": []},
    "health": null, "health_reason": "no health score column"}
})json";
  std::string report = sales_report(name);
  report.resize(report.rfind('}'));  // reopen the top-level object
  while (!report.empty() && (report.back() == '\n' || report.back() == ' ')) report.pop_back();
  return report + replace_all(std::string(kSections), "@NAME@", json_string(name));
}

// No deals file: sales null with its reason, and the sections without theirs.
inline std::string accounts_only_report() {
  return R"json({
  "schema_version": "1.0.0",
  "generator": {"name": "icp-drift", "version": "0.1.0"},
  "settings": {"period": "quarter", "fiscal_year_start_month": 4, "gross_margin": 0.8, "as_of_month": null, "as_of_day": null},
  "inputs": [{"file": "accounts.csv", "role": "accounts", "rows_read": 3, "rows_used": 3, "rows_rejected": 0,
              "rejected_by_reason": [], "warnings": [], "mapping": {"account_name": "Name"}}],
  "joins": [],
  "sales": null, "sales_reason": "no deals file was given",
  "efficiency": null, "efficiency_reason": "no spend file was given",
  "revenue": null, "revenue_reason": "no revenue file was given",
  "customer_success": null, "customer_success_reason": "neither a tickets file nor go-live or health columns"
})json";
}

}  // namespace icp::report::testing
