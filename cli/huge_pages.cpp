#include "huge_pages.h"

#include <cstdlib>
#include <cstring>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace icp::cli {

void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES") != nullptr || std::getenv("ICP_DRIFT_NO_HUGE_PAGES") != nullptr) return;
  // Under valgrind, whose tool would not follow the restart (its LD_PRELOAD names its vgpreload).
  if (const char* preload = std::getenv("LD_PRELOAD"); preload != nullptr && std::strstr(preload, "vgpreload") != nullptr) return;
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // the restart failed: go on as started
#else
  (void)argv;
#endif
}

}  // namespace icp::cli
