#include "mapping/header_mapping.h"


namespace icp::mapping {
namespace {

constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
constexpr unsigned kDeals = bit(Role::deals);
constexpr unsigned kAccounts = bit(Role::accounts);
constexpr unsigned kRevenue = bit(Role::revenue);
constexpr unsigned kTickets = bit(Role::tickets);
constexpr unsigned kSpend = bit(Role::spend);
constexpr unsigned kAccountRef = kDeals | kAccounts | kRevenue | kTickets;

struct Synonym {
  std::string_view normalized;  // as normalize_header writes it
  Field field;
  double confidence;
  unsigned roles;
};

// Ordered by preference within a field: the first synonym present wins.
constexpr Synonym kSynonyms[] = {
    // ids
    {"opportunityid", Field::deal_id, 0.95, kDeals},
    {"dealid", Field::deal_id, 0.95, kDeals},
    {"donotmodifyopportunity", Field::deal_id, 0.9, kDeals},
    {"recordid", Field::deal_id, 0.8, kDeals},
    {"hsobjectid", Field::deal_id, 0.8, kDeals},
    {"id", Field::deal_id, 0.6, kDeals},
    {"ticketid", Field::ticket_id, 0.95, kTickets},
    {"id", Field::ticket_id, 0.7, kTickets},
    {"subscriptionid", Field::subscription_id, 0.95, kRevenue},
    {"id", Field::subscription_id, 0.6, kRevenue},
    {"accountid", Field::account_id, 0.95, kAccountRef},
    {"accountnameid", Field::account_id, 0.9, kAccountRef},
    {"associatedcompanyids", Field::account_id, 0.85, kDeals | kTickets},
    {"associatedcompanyid", Field::account_id, 0.85, kDeals | kTickets},
    {"associationscompanies", Field::account_id, 0.85, kDeals | kTickets},  // HubSpot API JSON
    {"companyid", Field::account_id, 0.9, kAccountRef},
    {"organizationid", Field::account_id, 0.85, kAccountRef},
    {"dealorganizationid", Field::account_id, 0.85, kDeals},
    {"customerid", Field::account_id, 0.9, kAccountRef},
    {"customer", Field::account_id, 0.6, kRevenue},
    {"id", Field::account_id, 0.8, kAccounts},
    {"recordid", Field::account_id, 0.85, kAccounts},
    // account names
    {"accountname", Field::account_name, 0.95, kAccountRef},
    {"companyname", Field::account_name, 0.9, kAccountRef},
    {"account", Field::account_name, 0.85, kAccountRef},
    {"company", Field::account_name, 0.85, kAccountRef},
    {"organizationname", Field::account_name, 0.85, kAccountRef},
    {"dealorganization", Field::account_name, 0.85, kDeals},
    {"organization", Field::account_name, 0.8, kAccountRef},
    {"organisation", Field::account_name, 0.8, kAccountRef},
    {"customername", Field::account_name, 0.85, kAccountRef},
    {"customer", Field::account_name, 0.7, kDeals | kAccounts | kTickets},
    {"associatedcompany", Field::account_name, 0.8, kDeals | kTickets},
    {"name", Field::account_name, 0.8, kAccounts},
    {"unternehmen", Field::account_name, 0.8, kAccountRef},
    {"firmenname", Field::account_name, 0.8, kAccountRef},
    {"entreprise", Field::account_name, 0.8, kAccountRef},
    {"empresa", Field::account_name, 0.8, kAccountRef},
    // stage and outcome
    {"stage", Field::stage, 0.95, kDeals},
    {"stagename", Field::stage, 0.95, kDeals},
    {"dealstage", Field::stage, 0.95, kDeals},
    {"opportunitystage", Field::stage, 0.95, kDeals},
    {"salesstage", Field::stage, 0.9, kDeals},
    {"dealphase", Field::stage, 0.85, kDeals},       // German HubSpot: Deal-Phase
    {"phasedelatransaction", Field::stage, 0.85, kDeals},
    {"etapadelnegocio", Field::stage, 0.85, kDeals},
    {"fasedonegocio", Field::stage, 0.85, kDeals},
    {"obchodfze", Field::stage, 0.7, kDeals},
    {"pipelinephase", Field::stage, 0.6, kDeals},
    {"statusreason", Field::stage, 0.5, kDeals},
    {"dealstatus", Field::status, 0.9, kDeals},
    {"status", Field::status, 0.8, kDeals | kRevenue | kTickets},
    {"obchodstav", Field::status, 0.8, kDeals},      // Czech Pipedrive: Obchod - Stav
    {"state", Field::status, 0.5, kTickets},
    {"iswon", Field::is_won, 0.98, kDeals},
    {"hsisclosedwon", Field::is_won, 0.98, kDeals},
    {"isclosedwon", Field::is_won, 0.95, kDeals},
    {"isclosed", Field::is_closed, 0.98, kDeals},
    {"hsisclosed", Field::is_closed, 0.98, kDeals},
    // dates
    {"createddate", Field::created_date, 0.95, kDeals | kAccounts | kTickets},
    {"createdate", Field::created_date, 0.95, kDeals | kAccounts | kTickets},
    {"createdon", Field::created_date, 0.9, kDeals | kAccounts | kTickets},
    {"opportunitycreateddate", Field::created_date, 0.95, kDeals},
    {"dealcreated", Field::created_date, 0.9, kDeals},
    {"dealcreatedon", Field::created_date, 0.9, kDeals},
    {"dealdealcreated", Field::created_date, 0.9, kDeals},
    {"dealaddtime", Field::created_date, 0.85, kDeals},
    {"createdat", Field::created_date, 0.9, kDeals | kAccounts | kTickets},
    {"created", Field::created_date, 0.8, kDeals | kAccounts | kTickets},
    {"createdutc", Field::created_date, 0.7, kTickets},
    {"erstellungsdatum", Field::created_date, 0.85, kDeals | kAccounts | kTickets},
    {"erstelldatum", Field::created_date, 0.85, kDeals | kAccounts | kTickets},
    {"datedecration", Field::created_date, 0.85, kDeals | kAccounts | kTickets},   // Date de création
    {"fechadecreacin", Field::created_date, 0.85, kDeals | kAccounts | kTickets},  // Fecha de creación
    {"datadecriao", Field::created_date, 0.85, kDeals | kAccounts | kTickets},     // Data de criação
    {"closedate", Field::close_date, 0.95, kDeals},
    {"closingdate", Field::close_date, 0.95, kDeals},
    {"dealcloseddate", Field::close_date, 0.9, kDeals},
    {"dealclosedon", Field::close_date, 0.9, kDeals},
    {"dealclosedate", Field::close_date, 0.9, kDeals},
    {"closedon", Field::close_date, 0.85, kDeals},
    {"actualclosedate", Field::close_date, 0.9, kDeals},
    {"estclosedate", Field::close_date, 0.7, kDeals},
    {"dealwontime", Field::close_date, 0.6, kDeals},
    {"closedate2", Field::close_date, 0.5, kDeals},
    {"abschlussdatum", Field::close_date, 0.85, kDeals},
    {"datedefermeture", Field::close_date, 0.85, kDeals},
    {"datedeclture", Field::close_date, 0.85, kDeals},  // Date de clôture
    {"fechadecierre", Field::close_date, 0.85, kDeals},
    {"datadefechamento", Field::close_date, 0.85, kDeals},
    {"golivedate", Field::go_live_date, 0.95, kAccounts},
    {"golive", Field::go_live_date, 0.9, kAccounts},
    {"livedate", Field::go_live_date, 0.85, kAccounts},
    {"onboardingcompleted", Field::go_live_date, 0.7, kAccounts},
    {"implementationdate", Field::go_live_date, 0.7, kAccounts},
    // revenue
    {"month", Field::month, 0.95, kRevenue},
    {"snapshotmonth", Field::month, 0.95, kRevenue},
    {"snapshotdate", Field::month, 0.85, kRevenue},
    {"period", Field::month, 0.7, kRevenue},
    {"date", Field::month, 0.6, kRevenue},
    {"eventdate", Field::month, 0.7, kRevenue},
    {"churndate", Field::month, 0.7, kRevenue},
    {"startdate", Field::start_date, 0.95, kRevenue},
    {"startutc", Field::start_date, 0.9, kRevenue},
    {"start", Field::start_date, 0.85, kRevenue},
    {"subscriptionstart", Field::start_date, 0.9, kRevenue},
    {"enddate", Field::end_date, 0.95, kRevenue},
    {"endedatutc", Field::end_date, 0.9, kRevenue},
    {"endedat", Field::end_date, 0.9, kRevenue},
    {"canceledatutc", Field::end_date, 0.7, kRevenue},
    {"end", Field::end_date, 0.8, kRevenue},
    {"subscriptionend", Field::end_date, 0.9, kRevenue},
    {"mrr", Field::mrr, 0.95, kRevenue},
    {"mrramount", Field::mrr, 0.95, kRevenue},
    {"monthlyrecurringrevenue", Field::mrr, 0.95, kRevenue},
    {"arr", Field::arr, 0.95, kRevenue},
    {"arramount", Field::arr, 0.95, kRevenue},
    {"annualrecurringrevenue", Field::arr, 0.95, kRevenue},
    {"interval", Field::billing_interval, 0.9, kRevenue},
    {"billinginterval", Field::billing_interval, 0.95, kRevenue},
    {"billingfrequency", Field::billing_interval, 0.95, kRevenue},
    {"planinterval", Field::billing_interval, 0.9, kRevenue},
    {"eventtype", Field::event_type, 0.9, kRevenue},
    {"event", Field::event_type, 0.8, kRevenue},
    {"type", Field::event_type, 0.5, kRevenue},
    // money
    {"amount", Field::amount, 0.95, kDeals | kRevenue | kSpend},
    {"dealamount", Field::amount, 0.95, kDeals},
    {"amountconverted", Field::amount, 0.9, kDeals},
    {"totalamount", Field::amount, 0.9, kDeals | kSpend},
    {"dealvalue", Field::amount, 0.9, kDeals},
    {"value", Field::amount, 0.75, kDeals},
    {"estrevenue", Field::amount, 0.85, kDeals},
    {"estimatedrevenue", Field::amount, 0.8, kDeals},
    {"acv", Field::amount, 0.85, kDeals},
    {"annualcontractvalue", Field::amount, 0.85, kDeals},
    {"amountincompanycurrency", Field::amount, 0.9, kDeals},
    {"betrag", Field::amount, 0.85, kDeals | kSpend},
    {"montant", Field::amount, 0.85, kDeals | kSpend},
    {"importe", Field::amount, 0.85, kDeals | kSpend},
    {"monto", Field::amount, 0.85, kDeals | kSpend},
    {"valor", Field::amount, 0.8, kDeals | kSpend},
    {"spend", Field::amount, 0.95, kSpend},
    {"cost", Field::amount, 0.9, kSpend},
    {"spendamount", Field::amount, 0.95, kSpend},
    {"total", Field::amount, 0.6, kSpend},
    {"currency", Field::currency, 0.9, kDeals | kRevenue | kSpend},
    {"amountcurrency", Field::currency, 0.9, kDeals},
    {"dealcurrencyofvalue", Field::currency, 0.9, kDeals},
    {"currencyisocode", Field::currency, 0.9, kDeals},
    // people and channels
    {"opportunityowner", Field::owner, 0.95, kDeals},
    {"dealowner", Field::owner, 0.95, kDeals},
    {"owner", Field::owner, 0.9, kDeals | kAccounts},
    {"ownername", Field::owner, 0.9, kDeals | kAccounts},
    {"accountowner", Field::owner, 0.9, kAccounts},
    {"companyowner", Field::owner, 0.9, kAccounts},
    {"ownerid", Field::owner, 0.7, kDeals},
    {"hubspotownerid", Field::owner, 0.8, kDeals},
    {"leadsource", Field::lead_source, 0.95, kDeals | kAccounts},
    {"originalsource", Field::lead_source, 0.85, kDeals | kAccounts},
    {"hsanalyticssource", Field::lead_source, 0.8, kDeals | kAccounts},
    {"source", Field::lead_source, 0.7, kDeals},
    {"channel", Field::lead_source, 0.7, kDeals},
    {"type", Field::deal_type, 0.7, kDeals},
    {"dealtype", Field::deal_type, 0.9, kDeals},
    {"opportunitytype", Field::deal_type, 0.9, kDeals},
    {"product", Field::product, 0.9, kDeals | kAccounts},
    {"productname", Field::product, 0.85, kDeals},
    {"associatedproduct", Field::product, 0.85, kDeals},
    {"usecase", Field::product, 0.85, kDeals | kAccounts},
    {"productline", Field::product, 0.8, kDeals},
    {"priority", Field::priority, 0.95, kTickets},
    {"ticketpriority", Field::priority, 0.95, kTickets},
    {"channel", Field::channel, 0.95, kSpend},
    {"source", Field::channel, 0.8, kSpend},
    {"campaign", Field::channel, 0.6, kSpend},
    {"category", Field::channel, 0.6, kSpend},
    {"month", Field::period, 0.95, kSpend},
    {"period", Field::period, 0.95, kSpend},
    {"quarter", Field::period, 0.9, kSpend},
    {"date", Field::period, 0.8, kSpend},
    {"week", Field::period, 0.7, kSpend},
    // firmographics
    {"industry", Field::industry, 0.95, kDeals | kAccounts},
    {"accountindustry", Field::industry, 0.95, kDeals | kAccounts},
    {"branche", Field::industry, 0.85, kDeals | kAccounts},
    {"secteur", Field::industry, 0.8, kDeals | kAccounts},
    {"sector", Field::industry, 0.8, kDeals | kAccounts},
    {"employees", Field::employees, 0.95, kDeals | kAccounts},
    {"numberofemployees", Field::employees, 0.95, kDeals | kAccounts},
    {"employeecount", Field::employees, 0.9, kDeals | kAccounts},
    {"companysize", Field::employees, 0.7, kDeals | kAccounts},
    {"headcount", Field::employees, 0.85, kDeals | kAccounts},
    {"mitarbeiter", Field::employees, 0.8, kDeals | kAccounts},
    {"anzahldermitarbeiter", Field::employees, 0.85, kDeals | kAccounts},
    {"annualrevenue", Field::annual_revenue, 0.95, kDeals | kAccounts},
    {"jahresumsatz", Field::annual_revenue, 0.85, kDeals | kAccounts},
    {"billingcountry", Field::country, 0.95, kDeals | kAccounts},
    {"country", Field::country, 0.9, kDeals | kAccounts},
    {"countryregion", Field::country, 0.9, kDeals | kAccounts},
    {"accountcountry", Field::country, 0.9, kDeals | kAccounts},
    {"land", Field::country, 0.8, kDeals | kAccounts},
    {"pays", Field::country, 0.8, kDeals | kAccounts},
    {"pas", Field::country, 0.7, kDeals | kAccounts},  // País
    {"region", Field::region, 0.8, kDeals | kAccounts},
    {"salesregion", Field::region, 0.8, kDeals | kAccounts},
    {"territoryregion", Field::region, 0.75, kDeals | kAccounts},
    {"billingstate", Field::region, 0.6, kAccounts},
    {"stateregion", Field::region, 0.6, kAccounts},
    {"healthscore", Field::health_score, 0.95, kAccounts},
    {"health", Field::health_score, 0.85, kAccounts},
    {"customerhealth", Field::health_score, 0.9, kAccounts},
};

}  // namespace

bool HeaderMapping::column_taken(int column) const {
  for (const auto& g : fields) {
    if (g && g->column == column) return true;
  }
  return false;
}

std::string normalize_header(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  for (unsigned char c : header) {  // ASCII letters and digits, as std::isalnum in the "C" locale
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + ('a' - 'A')));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
  }
  return out;
}

bool role_uses(Role role, Field field) {
  for (const Synonym& s : kSynonyms) {
    if (s.field == field && (s.roles & bit(role))) return true;
  }
  return false;
}

HeaderMapping map_headers(const std::vector<std::string>& headers, Role role) {
  std::vector<std::string> normalized;
  normalized.reserve(headers.size());
  for (const auto& h : headers) normalized.push_back(normalize_header(h));

  HeaderMapping mapping;
  std::vector<bool> taken(headers.size(), false);
  for (const Synonym& s : kSynonyms) {
    if (!(s.roles & bit(role))) continue;
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
