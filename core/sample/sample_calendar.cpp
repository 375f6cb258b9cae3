#include "sample/sample_calendar.h"

namespace icp::sample {

std::string month_label(int month) {
  const int year = month / 12;
  const int m = month % 12 + 1;
  std::string out = std::to_string(year);
  out += '-';
  out += static_cast<char>('0' + m / 10);
  out += static_cast<char>('0' + m % 10);
  return out;
}

int32_t workday_between(Random& r, int32_t first, int32_t last) {
  int32_t d = static_cast<int32_t>(r.between(first, last));
  const int wd = weekday(d);
  if ((wd == 0 || wd == 6) && r.chance(900)) {
    const int32_t toward_week = wd == 6 ? d - 1 : d + 1;  // Saturday -> Friday, Sunday -> Monday
    const int32_t other_way = wd == 6 ? d + 2 : d - 2;
    d = (toward_week >= first && toward_week <= last) ? toward_week : other_way;
  }
  return d;
}

}  // namespace icp::sample
