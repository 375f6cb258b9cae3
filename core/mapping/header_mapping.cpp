#include "mapping/header_mapping.h"

#include <cctype>

namespace icp::mapping {
namespace {

struct Synonym {
  std::string_view normalized;
  Field field;
  double confidence;
};

// Ordered by preference within a field: the first synonym present wins.
constexpr Synonym kSynonyms[] = {
    // deal id
    {"opportunityid", Field::deal_id, 0.95},
    {"dealid", Field::deal_id, 0.95},
    {"recordid", Field::deal_id, 0.8},
    {"donotmodifyopportunity", Field::deal_id, 0.9},
    {"hsobjectid", Field::deal_id, 0.8},
    {"id", Field::deal_id, 0.6},
    // account id
    {"accountid", Field::account_id, 0.95},
    {"accountnameid", Field::account_id, 0.9},
    {"associatedcompanyids", Field::account_id, 0.85},
    {"associatedcompanyid", Field::account_id, 0.85},
    {"companyid", Field::account_id, 0.9},
    {"organizationid", Field::account_id, 0.85},
    {"dealorganizationid", Field::account_id, 0.85},
    {"customerid", Field::account_id, 0.8},
    // account name
    {"accountname", Field::account_name, 0.95},
    {"companyname", Field::account_name, 0.9},
    {"account", Field::account_name, 0.85},
    {"company", Field::account_name, 0.85},
    {"organizationname", Field::account_name, 0.85},
    {"dealorganization", Field::account_name, 0.85},
    {"organization", Field::account_name, 0.8},
    {"customername", Field::account_name, 0.8},
    {"customer", Field::account_name, 0.7},
    {"associatedcompany", Field::account_name, 0.8},
    // stage
    {"stage", Field::stage, 0.95},
    {"stagename", Field::stage, 0.95},
    {"dealstage", Field::stage, 0.95},
    {"opportunitystage", Field::stage, 0.95},
    {"salesstage", Field::stage, 0.9},
    {"pipelinephase", Field::stage, 0.6},
    {"statusreason", Field::stage, 0.5},
    // outcome columns
    {"status", Field::status, 0.8},
    {"dealstatus", Field::status, 0.9},
    {"iswon", Field::is_won, 0.98},
    {"hsisclosedwon", Field::is_won, 0.98},
    {"isclosedwon", Field::is_won, 0.95},
    {"isclosed", Field::is_closed, 0.98},
    {"hsisclosed", Field::is_closed, 0.98},
    // dates
    {"createddate", Field::created_date, 0.95},
    {"createdate", Field::created_date, 0.95},
    {"createdon", Field::created_date, 0.9},
    {"dealcreated", Field::created_date, 0.9},
    {"dealcreatedon", Field::created_date, 0.9},
    {"dealaddtime", Field::created_date, 0.85},
    {"dealdealcreated", Field::created_date, 0.9},
    {"createdat", Field::created_date, 0.85},
    {"created", Field::created_date, 0.8},
    {"opportunitycreateddate", Field::created_date, 0.95},
    {"closedate", Field::close_date, 0.95},
    {"closingdate", Field::close_date, 0.95},
    {"dealcloseddate", Field::close_date, 0.9},
    {"dealclosedon", Field::close_date, 0.9},
    {"closedon", Field::close_date, 0.85},
    {"actualclosedate", Field::close_date, 0.9},
    {"estclosedate", Field::close_date, 0.7},
    {"dealclosedate", Field::close_date, 0.9},
    {"dealwontime", Field::close_date, 0.6},
    {"closedate2", Field::close_date, 0.5},
    // money
    {"amount", Field::amount, 0.95},
    {"dealamount", Field::amount, 0.95},
    {"amountconverted", Field::amount, 0.9},
    {"totalamount", Field::amount, 0.9},
    {"dealvalue", Field::amount, 0.9},
    {"value", Field::amount, 0.75},
    {"estrevenue", Field::amount, 0.85},
    {"estimatedrevenue", Field::amount, 0.8},
    {"acv", Field::amount, 0.85},
    {"annualcontractvalue", Field::amount, 0.85},
    {"amountincompanycurrency", Field::amount, 0.9},
    {"currency", Field::currency, 0.9},
    {"amountcurrency", Field::currency, 0.9},
    {"dealcurrencyofvalue", Field::currency, 0.9},
    {"currencyisocode", Field::currency, 0.9},
    // people and channels
    {"opportunityowner", Field::owner, 0.95},
    {"dealowner", Field::owner, 0.95},
    {"owner", Field::owner, 0.9},
    {"ownername", Field::owner, 0.9},
    {"ownerid", Field::owner, 0.7},
    {"leadsource", Field::lead_source, 0.95},
    {"source", Field::lead_source, 0.7},
    {"originalsource", Field::lead_source, 0.85},
    {"hsanalyticssource", Field::lead_source, 0.8},
    {"channel", Field::lead_source, 0.7},
    {"type", Field::deal_type, 0.7},
    {"dealtype", Field::deal_type, 0.9},
    {"opportunitytype", Field::deal_type, 0.9},
    {"product", Field::product, 0.9},
    {"productname", Field::product, 0.85},
    {"associatedproduct", Field::product, 0.85},
    {"usecase", Field::product, 0.85},
    {"productline", Field::product, 0.8},
    // firmographics
    {"industry", Field::industry, 0.95},
    {"accountindustry", Field::industry, 0.95},
    {"employees", Field::employees, 0.95},
    {"numberofemployees", Field::employees, 0.95},
    {"employeecount", Field::employees, 0.9},
    {"companysize", Field::employees, 0.7},
    {"annualrevenue", Field::annual_revenue, 0.95},
    {"billingcountry", Field::country, 0.95},
    {"country", Field::country, 0.9},
    {"countryregion", Field::country, 0.9},
    {"accountcountry", Field::country, 0.9},
    {"region", Field::region, 0.8},
    {"salesregion", Field::region, 0.8},
    {"territoryregion", Field::region, 0.75},
    {"billingstate", Field::region, 0.6},
};

}  // namespace

std::string normalize_header(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  for (unsigned char c : header) {
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

HeaderMapping map_headers(const std::vector<std::string>& headers) {
  std::vector<std::string> normalized;
  normalized.reserve(headers.size());
  for (const auto& h : headers) normalized.push_back(normalize_header(h));

  HeaderMapping mapping;
  std::vector<bool> taken(headers.size(), false);
  for (const Synonym& s : kSynonyms) {
    auto& slot = mapping.fields[static_cast<int>(s.field)];
    if (slot) continue;
    for (size_t c = 0; c < normalized.size(); ++c) {
      if (taken[c] || normalized[c] != s.normalized) continue;
      slot = ColumnGuess{static_cast<int>(c), s.confidence,
                         "header \"" + headers[c] + "\" is a known name for " + std::string(field_name(s.field))};
      taken[c] = true;
      break;
    }
  }
  return mapping;
}

}  // namespace icp::mapping
