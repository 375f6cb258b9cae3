#include "icp/country_names.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace icp::ideal {
namespace {

struct Country {
  const char* alpha2;
  const char* alpha3;
  const char* name;
};

struct Alias {
  const char* text;
  const char* alpha2;
};

// ISO 3166-1: alpha-2, alpha-3, English short name (common name where ISO gives one), sorted by
// alpha-2. Generated from Debian's iso-codes 4.15 (iso_3166-1.json).
constexpr Country kCountries[] = {
    {"AD", "AND", "Andorra"},
    {"AE", "ARE", "United Arab Emirates"},
    {"AF", "AFG", "Afghanistan"},
    {"AG", "ATG", "Antigua and Barbuda"},
    {"AI", "AIA", "Anguilla"},
    {"AL", "ALB", "Albania"},
    {"AM", "ARM", "Armenia"},
    {"AO", "AGO", "Angola"},
    {"AQ", "ATA", "Antarctica"},
    {"AR", "ARG", "Argentina"},
    {"AS", "ASM", "American Samoa"},
    {"AT", "AUT", "Austria"},
    {"AU", "AUS", "Australia"},
    {"AW", "ABW", "Aruba"},
    {"AX", "ALA", "Åland Islands"},
    {"AZ", "AZE", "Azerbaijan"},
    {"BA", "BIH", "Bosnia and Herzegovina"},
    {"BB", "BRB", "Barbados"},
    {"BD", "BGD", "Bangladesh"},
    {"BE", "BEL", "Belgium"},
    {"BF", "BFA", "Burkina Faso"},
    {"BG", "BGR", "Bulgaria"},
    {"BH", "BHR", "Bahrain"},
    {"BI", "BDI", "Burundi"},
    {"BJ", "BEN", "Benin"},
    {"BL", "BLM", "Saint Barthélemy"},
    {"BM", "BMU", "Bermuda"},
    {"BN", "BRN", "Brunei Darussalam"},
    {"BO", "BOL", "Bolivia"},
    {"BQ", "BES", "Bonaire, Sint Eustatius and Saba"},
    {"BR", "BRA", "Brazil"},
    {"BS", "BHS", "Bahamas"},
    {"BT", "BTN", "Bhutan"},
    {"BV", "BVT", "Bouvet Island"},
    {"BW", "BWA", "Botswana"},
    {"BY", "BLR", "Belarus"},
    {"BZ", "BLZ", "Belize"},
    {"CA", "CAN", "Canada"},
    {"CC", "CCK", "Cocos (Keeling) Islands"},
    {"CD", "COD", "Congo, The Democratic Republic of the"},
    {"CF", "CAF", "Central African Republic"},
    {"CG", "COG", "Congo"},
    {"CH", "CHE", "Switzerland"},
    {"CI", "CIV", "Côte d'Ivoire"},
    {"CK", "COK", "Cook Islands"},
    {"CL", "CHL", "Chile"},
    {"CM", "CMR", "Cameroon"},
    {"CN", "CHN", "China"},
    {"CO", "COL", "Colombia"},
    {"CR", "CRI", "Costa Rica"},
    {"CU", "CUB", "Cuba"},
    {"CV", "CPV", "Cabo Verde"},
    {"CW", "CUW", "Curaçao"},
    {"CX", "CXR", "Christmas Island"},
    {"CY", "CYP", "Cyprus"},
    {"CZ", "CZE", "Czechia"},
    {"DE", "DEU", "Germany"},
    {"DJ", "DJI", "Djibouti"},
    {"DK", "DNK", "Denmark"},
    {"DM", "DMA", "Dominica"},
    {"DO", "DOM", "Dominican Republic"},
    {"DZ", "DZA", "Algeria"},
    {"EC", "ECU", "Ecuador"},
    {"EE", "EST", "Estonia"},
    {"EG", "EGY", "Egypt"},
    {"EH", "ESH", "Western Sahara"},
    {"ER", "ERI", "Eritrea"},
    {"ES", "ESP", "Spain"},
    {"ET", "ETH", "Ethiopia"},
    {"FI", "FIN", "Finland"},
    {"FJ", "FJI", "Fiji"},
    {"FK", "FLK", "Falkland Islands (Malvinas)"},
    {"FM", "FSM", "Micronesia, Federated States of"},
    {"FO", "FRO", "Faroe Islands"},
    {"FR", "FRA", "France"},
    {"GA", "GAB", "Gabon"},
    {"GB", "GBR", "United Kingdom"},
    {"GD", "GRD", "Grenada"},
    {"GE", "GEO", "Georgia"},
    {"GF", "GUF", "French Guiana"},
    {"GG", "GGY", "Guernsey"},
    {"GH", "GHA", "Ghana"},
    {"GI", "GIB", "Gibraltar"},
    {"GL", "GRL", "Greenland"},
    {"GM", "GMB", "Gambia"},
    {"GN", "GIN", "Guinea"},
    {"GP", "GLP", "Guadeloupe"},
    {"GQ", "GNQ", "Equatorial Guinea"},
    {"GR", "GRC", "Greece"},
    {"GS", "SGS", "South Georgia and the South Sandwich Islands"},
    {"GT", "GTM", "Guatemala"},
    {"GU", "GUM", "Guam"},
    {"GW", "GNB", "Guinea-Bissau"},
    {"GY", "GUY", "Guyana"},
    {"HK", "HKG", "Hong Kong"},
    {"HM", "HMD", "Heard Island and McDonald Islands"},
    {"HN", "HND", "Honduras"},
    {"HR", "HRV", "Croatia"},
    {"HT", "HTI", "Haiti"},
    {"HU", "HUN", "Hungary"},
    {"ID", "IDN", "Indonesia"},
    {"IE", "IRL", "Ireland"},
    {"IL", "ISR", "Israel"},
    {"IM", "IMN", "Isle of Man"},
    {"IN", "IND", "India"},
    {"IO", "IOT", "British Indian Ocean Territory"},
    {"IQ", "IRQ", "Iraq"},
    {"IR", "IRN", "Iran"},
    {"IS", "ISL", "Iceland"},
    {"IT", "ITA", "Italy"},
    {"JE", "JEY", "Jersey"},
    {"JM", "JAM", "Jamaica"},
    {"JO", "JOR", "Jordan"},
    {"JP", "JPN", "Japan"},
    {"KE", "KEN", "Kenya"},
    {"KG", "KGZ", "Kyrgyzstan"},
    {"KH", "KHM", "Cambodia"},
    {"KI", "KIR", "Kiribati"},
    {"KM", "COM", "Comoros"},
    {"KN", "KNA", "Saint Kitts and Nevis"},
    {"KP", "PRK", "North Korea"},
    {"KR", "KOR", "South Korea"},
    {"KW", "KWT", "Kuwait"},
    {"KY", "CYM", "Cayman Islands"},
    {"KZ", "KAZ", "Kazakhstan"},
    {"LA", "LAO", "Laos"},
    {"LB", "LBN", "Lebanon"},
    {"LC", "LCA", "Saint Lucia"},
    {"LI", "LIE", "Liechtenstein"},
    {"LK", "LKA", "Sri Lanka"},
    {"LR", "LBR", "Liberia"},
    {"LS", "LSO", "Lesotho"},
    {"LT", "LTU", "Lithuania"},
    {"LU", "LUX", "Luxembourg"},
    {"LV", "LVA", "Latvia"},
    {"LY", "LBY", "Libya"},
    {"MA", "MAR", "Morocco"},
    {"MC", "MCO", "Monaco"},
    {"MD", "MDA", "Moldova"},
    {"ME", "MNE", "Montenegro"},
    {"MF", "MAF", "Saint Martin (French part)"},
    {"MG", "MDG", "Madagascar"},
    {"MH", "MHL", "Marshall Islands"},
    {"MK", "MKD", "North Macedonia"},
    {"ML", "MLI", "Mali"},
    {"MM", "MMR", "Myanmar"},
    {"MN", "MNG", "Mongolia"},
    {"MO", "MAC", "Macao"},
    {"MP", "MNP", "Northern Mariana Islands"},
    {"MQ", "MTQ", "Martinique"},
    {"MR", "MRT", "Mauritania"},
    {"MS", "MSR", "Montserrat"},
    {"MT", "MLT", "Malta"},
    {"MU", "MUS", "Mauritius"},
    {"MV", "MDV", "Maldives"},
    {"MW", "MWI", "Malawi"},
    {"MX", "MEX", "Mexico"},
    {"MY", "MYS", "Malaysia"},
    {"MZ", "MOZ", "Mozambique"},
    {"NA", "NAM", "Namibia"},
    {"NC", "NCL", "New Caledonia"},
    {"NE", "NER", "Niger"},
    {"NF", "NFK", "Norfolk Island"},
    {"NG", "NGA", "Nigeria"},
    {"NI", "NIC", "Nicaragua"},
    {"NL", "NLD", "Netherlands"},
    {"NO", "NOR", "Norway"},
    {"NP", "NPL", "Nepal"},
    {"NR", "NRU", "Nauru"},
    {"NU", "NIU", "Niue"},
    {"NZ", "NZL", "New Zealand"},
    {"OM", "OMN", "Oman"},
    {"PA", "PAN", "Panama"},
    {"PE", "PER", "Peru"},
    {"PF", "PYF", "French Polynesia"},
    {"PG", "PNG", "Papua New Guinea"},
    {"PH", "PHL", "Philippines"},
    {"PK", "PAK", "Pakistan"},
    {"PL", "POL", "Poland"},
    {"PM", "SPM", "Saint Pierre and Miquelon"},
    {"PN", "PCN", "Pitcairn"},
    {"PR", "PRI", "Puerto Rico"},
    {"PS", "PSE", "Palestine, State of"},
    {"PT", "PRT", "Portugal"},
    {"PW", "PLW", "Palau"},
    {"PY", "PRY", "Paraguay"},
    {"QA", "QAT", "Qatar"},
    {"RE", "REU", "Réunion"},
    {"RO", "ROU", "Romania"},
    {"RS", "SRB", "Serbia"},
    {"RU", "RUS", "Russian Federation"},
    {"RW", "RWA", "Rwanda"},
    {"SA", "SAU", "Saudi Arabia"},
    {"SB", "SLB", "Solomon Islands"},
    {"SC", "SYC", "Seychelles"},
    {"SD", "SDN", "Sudan"},
    {"SE", "SWE", "Sweden"},
    {"SG", "SGP", "Singapore"},
    {"SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha"},
    {"SI", "SVN", "Slovenia"},
    {"SJ", "SJM", "Svalbard and Jan Mayen"},
    {"SK", "SVK", "Slovakia"},
    {"SL", "SLE", "Sierra Leone"},
    {"SM", "SMR", "San Marino"},
    {"SN", "SEN", "Senegal"},
    {"SO", "SOM", "Somalia"},
    {"SR", "SUR", "Suriname"},
    {"SS", "SSD", "South Sudan"},
    {"ST", "STP", "Sao Tome and Principe"},
    {"SV", "SLV", "El Salvador"},
    {"SX", "SXM", "Sint Maarten (Dutch part)"},
    {"SY", "SYR", "Syria"},
    {"SZ", "SWZ", "Eswatini"},
    {"TC", "TCA", "Turks and Caicos Islands"},
    {"TD", "TCD", "Chad"},
    {"TF", "ATF", "French Southern Territories"},
    {"TG", "TGO", "Togo"},
    {"TH", "THA", "Thailand"},
    {"TJ", "TJK", "Tajikistan"},
    {"TK", "TKL", "Tokelau"},
    {"TL", "TLS", "Timor-Leste"},
    {"TM", "TKM", "Turkmenistan"},
    {"TN", "TUN", "Tunisia"},
    {"TO", "TON", "Tonga"},
    {"TR", "TUR", "Türkiye"},
    {"TT", "TTO", "Trinidad and Tobago"},
    {"TV", "TUV", "Tuvalu"},
    {"TW", "TWN", "Taiwan"},
    {"TZ", "TZA", "Tanzania"},
    {"UA", "UKR", "Ukraine"},
    {"UG", "UGA", "Uganda"},
    {"UM", "UMI", "United States Minor Outlying Islands"},
    {"US", "USA", "United States"},
    {"UY", "URY", "Uruguay"},
    {"UZ", "UZB", "Uzbekistan"},
    {"VA", "VAT", "Holy See (Vatican City State)"},
    {"VC", "VCT", "Saint Vincent and the Grenadines"},
    {"VE", "VEN", "Venezuela"},
    {"VG", "VGB", "Virgin Islands, British"},
    {"VI", "VIR", "Virgin Islands, U.S."},
    {"VN", "VNM", "Vietnam"},
    {"VU", "VUT", "Vanuatu"},
    {"WF", "WLF", "Wallis and Futuna"},
    {"WS", "WSM", "Samoa"},
    {"YE", "YEM", "Yemen"},
    {"YT", "MYT", "Mayotte"},
    {"ZA", "ZAF", "South Africa"},
    {"ZM", "ZMB", "Zambia"},
    {"ZW", "ZWE", "Zimbabwe"},
};

// Further names: ISO's full and official names (with "St" for "Saint"), then common names, native
// names and abbreviations of the larger B2B markets. Codes and short names come from kCountries.
constexpr Alias kAliases[] = {
    {"Principality of Andorra", "AD"}, {"Islamic Republic of Afghanistan", "AF"},
    {"Republic of Albania", "AL"}, {"Republic of Armenia", "AM"}, {"Republic of Angola", "AO"},
    {"Argentine Republic", "AR"}, {"Republic of Austria", "AT"}, {"Republic of Azerbaijan", "AZ"},
    {"Republic of Bosnia and Herzegovina", "BA"}, {"People's Republic of Bangladesh", "BD"},
    {"Kingdom of Belgium", "BE"}, {"Republic of Bulgaria", "BG"}, {"Kingdom of Bahrain", "BH"},
    {"Republic of Burundi", "BI"}, {"Republic of Benin", "BJ"}, {"St Barthélemy", "BL"},
    {"Bolivia, Plurinational State of", "BO"}, {"Plurinational State of Bolivia", "BO"},
    {"Federative Republic of Brazil", "BR"}, {"Commonwealth of the Bahamas", "BS"},
    {"Kingdom of Bhutan", "BT"}, {"Republic of Botswana", "BW"}, {"Republic of Belarus", "BY"},
    {"Republic of the Congo", "CG"}, {"Swiss Confederation", "CH"}, {"Republic of Côte d'Ivoire", "CI"},
    {"Republic of Chile", "CL"}, {"Republic of Cameroon", "CM"}, {"People's Republic of China", "CN"},
    {"Republic of Colombia", "CO"}, {"Republic of Costa Rica", "CR"}, {"Republic of Cuba", "CU"},
    {"Republic of Cabo Verde", "CV"}, {"Republic of Cyprus", "CY"}, {"Czech Republic", "CZ"},
    {"Federal Republic of Germany", "DE"}, {"Republic of Djibouti", "DJ"}, {"Kingdom of Denmark", "DK"},
    {"Commonwealth of Dominica", "DM"}, {"People's Democratic Republic of Algeria", "DZ"},
    {"Republic of Ecuador", "EC"}, {"Republic of Estonia", "EE"}, {"Arab Republic of Egypt", "EG"},
    {"the State of Eritrea", "ER"}, {"Kingdom of Spain", "ES"},
    {"Federal Democratic Republic of Ethiopia", "ET"}, {"Republic of Finland", "FI"},
    {"Republic of Fiji", "FJ"}, {"Federated States of Micronesia", "FM"}, {"French Republic", "FR"},
    {"Gabonese Republic", "GA"}, {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"Republic of Ghana", "GH"}, {"Republic of the Gambia", "GM"}, {"Republic of Guinea", "GN"},
    {"Republic of Equatorial Guinea", "GQ"}, {"Hellenic Republic", "GR"}, {"Republic of Guatemala", "GT"},
    {"Republic of Guinea-Bissau", "GW"}, {"Republic of Guyana", "GY"},
    {"Hong Kong Special Administrative Region of China", "HK"}, {"Republic of Honduras", "HN"},
    {"Republic of Croatia", "HR"}, {"Republic of Haiti", "HT"}, {"Republic of Indonesia", "ID"},
    {"State of Israel", "IL"}, {"Republic of India", "IN"}, {"Republic of Iraq", "IQ"},
    {"Iran, Islamic Republic of", "IR"}, {"Islamic Republic of Iran", "IR"}, {"Republic of Iceland", "IS"},
    {"Italian Republic", "IT"}, {"Hashemite Kingdom of Jordan", "JO"}, {"Republic of Kenya", "KE"},
    {"Kyrgyz Republic", "KG"}, {"Kingdom of Cambodia", "KH"}, {"Republic of Kiribati", "KI"},
    {"Union of the Comoros", "KM"}, {"St Kitts and Nevis", "KN"},
    {"Korea, Democratic People's Republic of", "KP"}, {"Democratic People's Republic of Korea", "KP"},
    {"Korea, Republic of", "KR"}, {"State of Kuwait", "KW"}, {"Republic of Kazakhstan", "KZ"},
    {"Lao People's Democratic Republic", "LA"}, {"Lebanese Republic", "LB"}, {"St Lucia", "LC"},
    {"Principality of Liechtenstein", "LI"}, {"Democratic Socialist Republic of Sri Lanka", "LK"},
    {"Republic of Liberia", "LR"}, {"Kingdom of Lesotho", "LS"}, {"Republic of Lithuania", "LT"},
    {"Grand Duchy of Luxembourg", "LU"}, {"Republic of Latvia", "LV"}, {"Kingdom of Morocco", "MA"},
    {"Principality of Monaco", "MC"}, {"Moldova, Republic of", "MD"}, {"Republic of Moldova", "MD"},
    {"St Martin (French part)", "MF"}, {"Republic of Madagascar", "MG"},
    {"Republic of the Marshall Islands", "MH"}, {"Republic of North Macedonia", "MK"},
    {"Republic of Mali", "ML"}, {"Republic of Myanmar", "MM"},
    {"Macao Special Administrative Region of China", "MO"},
    {"Commonwealth of the Northern Mariana Islands", "MP"}, {"Islamic Republic of Mauritania", "MR"},
    {"Republic of Malta", "MT"}, {"Republic of Mauritius", "MU"}, {"Republic of Maldives", "MV"},
    {"Republic of Malawi", "MW"}, {"United Mexican States", "MX"}, {"Republic of Mozambique", "MZ"},
    {"Republic of Namibia", "NA"}, {"Republic of the Niger", "NE"}, {"Federal Republic of Nigeria", "NG"},
    {"Republic of Nicaragua", "NI"}, {"Kingdom of the Netherlands", "NL"}, {"Kingdom of Norway", "NO"},
    {"Federal Democratic Republic of Nepal", "NP"}, {"Republic of Nauru", "NR"}, {"Sultanate of Oman", "OM"},
    {"Republic of Panama", "PA"}, {"Republic of Peru", "PE"}, {"Independent State of Papua New Guinea", "PG"},
    {"Republic of the Philippines", "PH"}, {"Islamic Republic of Pakistan", "PK"},
    {"Republic of Poland", "PL"}, {"St Pierre and Miquelon", "PM"}, {"the State of Palestine", "PS"},
    {"Portuguese Republic", "PT"}, {"Republic of Palau", "PW"}, {"Republic of Paraguay", "PY"},
    {"State of Qatar", "QA"}, {"Republic of Serbia", "RS"}, {"Rwandese Republic", "RW"},
    {"Kingdom of Saudi Arabia", "SA"}, {"Republic of Seychelles", "SC"}, {"Republic of the Sudan", "SD"},
    {"Kingdom of Sweden", "SE"}, {"Republic of Singapore", "SG"},
    {"St Helena, Ascension and Tristan da Cunha", "SH"}, {"Republic of Slovenia", "SI"},
    {"Slovak Republic", "SK"}, {"Republic of Sierra Leone", "SL"}, {"Republic of San Marino", "SM"},
    {"Republic of Senegal", "SN"}, {"Federal Republic of Somalia", "SO"}, {"Republic of Suriname", "SR"},
    {"Republic of South Sudan", "SS"}, {"Democratic Republic of Sao Tome and Principe", "ST"},
    {"Republic of El Salvador", "SV"}, {"Syrian Arab Republic", "SY"}, {"Kingdom of Eswatini", "SZ"},
    {"Republic of Chad", "TD"}, {"Togolese Republic", "TG"}, {"Kingdom of Thailand", "TH"},
    {"Republic of Tajikistan", "TJ"}, {"Democratic Republic of Timor-Leste", "TL"},
    {"Republic of Tunisia", "TN"}, {"Kingdom of Tonga", "TO"}, {"Republic of Türkiye", "TR"},
    {"Republic of Trinidad and Tobago", "TT"}, {"Taiwan, Province of China", "TW"},
    {"Tanzania, United Republic of", "TZ"}, {"United Republic of Tanzania", "TZ"},
    {"Republic of Uganda", "UG"}, {"United States of America", "US"}, {"Eastern Republic of Uruguay", "UY"},
    {"Republic of Uzbekistan", "UZ"}, {"St Vincent and the Grenadines", "VC"},
    {"Venezuela, Bolivarian Republic of", "VE"}, {"Bolivarian Republic of Venezuela", "VE"},
    {"British Virgin Islands", "VG"}, {"Virgin Islands of the United States", "VI"}, {"Viet Nam", "VN"},
    {"Socialist Republic of Viet Nam", "VN"}, {"Republic of Vanuatu", "VU"},
    {"Independent State of Samoa", "WS"}, {"Republic of Yemen", "YE"}, {"Republic of South Africa", "ZA"},
    {"Republic of Zambia", "ZM"}, {"Republic of Zimbabwe", "ZW"}, {"America", "US"},
    {"United States (USA)", "US"}, {"Estados Unidos", "US"}, {"États-Unis", "US"},
    {"Vereinigte Staaten", "US"}, {"Stati Uniti", "US"}, {"UK", "GB"}, {"Great Britain", "GB"},
    {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
    {"United Kingdom (UK)", "GB"}, {"Royaume-Uni", "GB"}, {"Reino Unido", "GB"},
    {"Vereinigtes Königreich", "GB"}, {"Großbritannien", "GB"}, {"Deutschland", "DE"}, {"Allemagne", "DE"},
    {"Alemania", "DE"}, {"Germania", "DE"}, {"Duitsland", "DE"}, {"West Germany", "DE"},
    {"République française", "FR"}, {"Frankreich", "FR"}, {"Francia", "FR"}, {"Frankrijk", "FR"},
    {"Nippon", "JP"}, {"Nihon", "JP"}, {"Japon", "JP"}, {"Giappone", "JP"}, {"PRC", "CN"},
    {"Mainland China", "CN"}, {"China (PRC)", "CN"}, {"Chine", "CN"}, {"Volksrepublik China", "CN"},
    {"Bharat", "IN"}, {"Indien", "IN"}, {"Inde", "IN"}, {"Kanada", "CA"}, {"Australien", "AU"},
    {"Australie", "AU"}, {"Oz", "AU"}, {"Brasil", "BR"}, {"Brasilien", "BR"}, {"Brésil", "BR"},
    {"Italia", "IT"}, {"Italien", "IT"}, {"Italie", "IT"}, {"España", "ES"}, {"Spanien", "ES"},
    {"Espagne", "ES"}, {"Spagna", "ES"}, {"Holland", "NL"}, {"Nederland", "NL"}, {"Niederlande", "NL"},
    {"Pays-Bas", "NL"}, {"Países Bajos", "NL"}, {"Schweiz", "CH"}, {"Suisse", "CH"}, {"Svizzera", "CH"},
    {"Suiza", "CH"}, {"Sverige", "SE"}, {"Schweden", "SE"}, {"Suède", "SE"}, {"Korea", "KR"},
    {"Republic of Korea", "KR"}, {"ROK", "KR"}, {"Korea (South)", "KR"}, {"Südkorea", "KR"},
    {"Korea (North)", "KP"}, {"DPRK", "KP"}, {"Mexiko", "MX"}, {"Mexique", "MX"}, {"Singapur", "SG"},
    {"Singapour", "SG"}, {"Éire", "IE"}, {"Irland", "IE"}, {"Irlande", "IE"}, {"Republic of Ireland", "IE"},
    {"België", "BE"}, {"Belgique", "BE"}, {"Belgien", "BE"}, {"Belgica", "BE"}, {"Österreich", "AT"},
    {"Oesterreich", "AT"}, {"Autriche", "AT"}, {"Polska", "PL"}, {"Polen", "PL"}, {"Pologne", "PL"},
    {"Norge", "NO"}, {"Norwegen", "NO"}, {"Norvège", "NO"}, {"Danmark", "DK"}, {"Dänemark", "DK"},
    {"Suomi", "FI"}, {"Finnland", "FI"}, {"Aotearoa", "NZ"}, {"Neuseeland", "NZ"}, {"RSA", "ZA"},
    {"Südafrika", "ZA"}, {"Afrique du Sud", "ZA"}, {"UAE", "AE"}, {"Emirates", "AE"},
    {"Vereinigte Arabische Emirate", "AE"}, {"KSA", "SA"}, {"Saudi", "SA"}, {"Hong Kong SAR", "HK"},
    {"Hongkong", "HK"}, {"Republic of China", "TW"}, {"Taiwan (ROC)", "TW"}, {"ROC", "TW"}, {"Russia", "RU"},
    {"Russland", "RU"}, {"Russie", "RU"}, {"Turkey", "TR"}, {"Türkei", "TR"}, {"Turquie", "TR"},
    {"Portugal (PT)", "PT"}, {"Tschechien", "CZ"}, {"Česko", "CZ"}, {"Czech", "CZ"}, {"Argentinien", "AR"},
    {"Chili", "CL"}, {"Kolumbien", "CO"}, {"Macedonia", "MK"}, {"DRC", "CD"}, {"DR Congo", "CD"},
    {"Democratic Republic of the Congo", "CD"}, {"Congo-Kinshasa", "CD"}, {"Congo-Brazzaville", "CG"},
    {"Ivory Coast", "CI"}, {"Burma", "MM"}, {"Swaziland", "SZ"}, {"Cape Verde", "CV"}, {"East Timor", "TL"},
    {"Vatican", "VA"}, {"Vatican City", "VA"}, {"Palestine", "PS"}, {"Micronesia", "FM"}, {"Macau", "MO"},
    {"Luxemburg", "LU"}, {"Hellas", "GR"}, {"Griechenland", "GR"}, {"Ungarn", "HU"}, {"Rumänien", "RO"},
    {"Roumanie", "RO"}, {"Ukraina", "UA"}, {"Malaysia (MY)", "MY"}, {"Indonesien", "ID"}, {"Siam", "TH"},
    {"Ägypten", "EG"}, {"Slowakei", "SK"}, {"Brunei", "BN"}, {"BVI", "VG"}, {"US Virgin Islands", "VI"},
    {"USVI", "VI"},
};

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A); "" for the
// two signs among them (× ÷), which separate like punctuation.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0..CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0..DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0..EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0..FF
constexpr char kLatinExtendedA[] =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk" "llllllllll"
    "nnnnnnnnn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
static_assert(sizeof kLatinExtendedA - 1 == 128, "one letter per code point U+0100..U+017F");

struct Index {
  std::vector<std::pair<std::string, uint16_t>> by_text;  // folded text → index into kCountries
};

size_t country_index(std::string_view alpha2) {
  const auto* begin = std::begin(kCountries);
  const auto* end = std::end(kCountries);
  const auto* it = std::lower_bound(begin, end, alpha2,
                                    [](const Country& c, std::string_view a) { return std::string_view(c.alpha2) < a; });
  return it != end && it->alpha2 == alpha2 ? static_cast<size_t>(it - begin) : SIZE_MAX;
}

const Index& index() {
  static const Index built = [] {
    Index ix;
    const auto add = [&](std::string_view text, size_t country) {
      std::string folded = fold_country_text(text);
      if (!folded.empty()) ix.by_text.emplace_back(std::move(folded), static_cast<uint16_t>(country));
    };
    for (size_t i = 0; i < std::size(kCountries); ++i) {
      add(kCountries[i].alpha2, i);
      add(kCountries[i].alpha3, i);
      add(kCountries[i].name, i);
    }
    for (const Alias& a : kAliases) add(a.text, country_index(a.alpha2));
    std::sort(ix.by_text.begin(), ix.by_text.end());
    ix.by_text.erase(std::unique(ix.by_text.begin(), ix.by_text.end()), ix.by_text.end());
    return ix;
  }();
  return built;
}

}  // namespace

std::string fold_country_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool gap = false;  // a separator seen since the last letter
  const auto put = [&](std::string_view piece) {
    if (gap && !out.empty()) out.push_back(' ');
    gap = false;
    out.append(piece);
  };
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        const char lower = static_cast<char>(c - 'A' + 'a');
        put(std::string_view(&lower, 1));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        put(std::string_view(&s[i - 1], 1));
      } else if (c == '.') {
        // dropped: "U.S.A." is "USA"
      } else if (c == '&') {
        gap = true;
        put("and");
        gap = true;
      } else {
        gap = true;  // spaces, commas, hyphens, apostrophes, brackets, slashes
      }
      continue;
    }
    const unsigned char c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c >= 0xC3 && c <= 0xC5 && (c1 & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (c1 & 0x3Fu);
      i += 2;
      if (cp >= 0xC0 && cp < 0x100) {
        const std::string_view base = kLatin1[cp - 0xC0];
        if (base.empty()) gap = true; else put(base);
        continue;
      }
      put(std::string_view(&kLatinExtendedA[cp - 0x100], 1));  // C4, C5: U+0100..U+017F
      continue;
    }
    if (c == 0xC2 && c1 == 0xA0) {  // no-break space
      gap = true;
      i += 2;
      continue;
    }
    if (c == 0xE2 && c1 == 0x80 && i + 2 < s.size()) {
      const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
      if (c2 == 0x93 || c2 == 0x94 || c2 == 0x98 || c2 == 0x99) {  // – — ‘ ’
        gap = true;
        i += 3;
        continue;
      }
    }
    put(s.substr(i, 1));  // any other byte is kept as it is
    ++i;
  }
  if (out.size() > 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

std::string_view country_key(std::string_view text) {
  const std::string folded = fold_country_text(text);
  if (folded.empty()) return {};
  const auto& v = index().by_text;
  const auto it = std::lower_bound(v.begin(), v.end(), folded,
                                   [](const std::pair<std::string, uint16_t>& e, const std::string& f) { return e.first < f; });
  if (it == v.end() || it->first != folded) return {};
  return kCountries[it->second].alpha2;
}

std::string_view country_name(std::string_view alpha2) {
  const size_t i = country_index(alpha2);
  return i == SIZE_MAX ? std::string_view() : std::string_view(kCountries[i].name);
}

size_t country_count() { return std::size(kCountries); }

CountryCodes country_at(size_t i) { return {kCountries[i].alpha2, kCountries[i].alpha3, kCountries[i].name}; }

size_t country_alias_count() { return std::size(kAliases); }

CountryCodes country_alias_at(size_t i) { return {kAliases[i].alpha2, {}, kAliases[i].text}; }

}  // namespace icp::ideal
