// The key company names are matched on when records carry no shared id: case, accents, punctuation
// and legal suffixes removed ("Müller GmbH" and "MULLER, gmbh." both become "muller").
#pragma once

#include <string>
#include <string_view>

namespace icp::join {

std::string company_name_key(std::string_view name);

}  // namespace icp::join
