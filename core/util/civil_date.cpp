#include "util/civil_date.h"

#include <cstdio>

namespace icp {

std::string format_iso_date(int32_t days) {
  const CivilDate c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::string format_month(int32_t days) {
  const CivilDate c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", c.year, c.month);
  return buf;
}

std::string format_quarter(int32_t days) {
  const CivilDate c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", c.year, (c.month - 1) / 3 + 1);
  return buf;
}

}  // namespace icp
