// Large memory on transparent huge pages, for the native command line.
//
// The engine's columns and report structures for a 1M-deal export take some 200 MB, touched 4 kB at
// a time: on this kind of machine (a virtual machine, where a page fault is costly) the faults were
// a fifth of `analyze`. glibc puts malloc's large blocks on transparent huge pages when its tunable
// glibc.malloc.hugetlb=1 is set, and reads its tunables only when a program starts; so the CLI sets
// it and starts itself once more. The output does not change, only the time (docs/BENCHMARKS.md).
#pragma once

namespace icp::cli {

// Starts this program again with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 unless GLIBC_TUNABLES is
// already set (the user's own choice, or this second start), ICP_DRIFT_NO_HUGE_PAGES is set, it runs
// under valgrind, or the platform is not Linux with glibc. Returns only when it does not restart (or the restart failed).
void restart_with_huge_pages(char** argv);

}  // namespace icp::cli
