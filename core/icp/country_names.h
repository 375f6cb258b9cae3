// Country names and codes to one key: every ISO 3166-1 country by its alpha-2 code, alpha-3 code
// and English short name (also ISO's full and official names), plus the names, native names and
// abbreviations people type for the larger B2B markets (United States / USA / US / U.S. / America,
// United Kingdom / UK / GB / Great Britain / England, Germany / DE / Deutschland, ...). The key is
// the alpha-2 code ("US", "GB", "DE"), so "usa", " U.S.A. " and "United States of America" meet.
//
// Matching ignores case, surrounding and repeated spaces, dots, commas, hyphens, apostrophes,
// accents (Latin letters), and a leading "the": "Côte d'Ivoire" = "cote d ivoire", "The
// Netherlands" = "netherlands", "Korea, Republic of" = "korea republic of".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace icp::ideal {

// The alpha-2 code of a country name or code, or "" when the text names no country known here.
std::string_view country_key(std::string_view text);

// The English short name of an alpha-2 code ("US" → "United States"), or "" for an unknown code.
std::string_view country_name(std::string_view alpha2);

// The text as it is compared: case, accents and punctuation folded away (see above).
std::string fold_country_text(std::string_view text);

// The ISO table, for tests: entry i's alpha-2, alpha-3 and English short name.
struct CountryCodes {
  std::string_view alpha2, alpha3, name;
};
size_t country_count();
CountryCodes country_at(size_t i);
// Every further name (ISO's full and official names, common aliases), for tests.
size_t country_alias_count();
CountryCodes country_alias_at(size_t i);  // alpha2 and name set; alpha3 empty

}  // namespace icp::ideal
