#!/usr/bin/env bash
# Builds the libFuzzer targets (preset native-fuzz: clang++, ASan + UBSan) and runs each for
# SECONDS_PER_TARGET seconds (default 20), starting from its seed corpus in tests/fuzz/corpus/.
# Fails on the first target that crashes, hangs, leaks, trips a sanitizer or breaks one of its
# checks, and prints how to reproduce it. Longer runs: docs/FUZZING.md.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]
#   FUZZ_TARGETS="csv_reader_fuzz session_fuzz" scripts/fuzz.sh 60   # some targets only
#   FUZZ_BUILD_DIR=build/my-fuzz scripts/fuzz.sh                      # another build folder
#   FUZZ_JOBS=2 scripts/fuzz.sh 1800                                  # parallel jobs per target
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

seconds=${1:-20}
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || fail "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]"
build=${FUZZ_BUILD_DIR:-build/native-fuzz}
jobs=${FUZZ_JOBS:-1}
command -v clang++ >/dev/null || fail "clang++ is missing: run scripts/setup.sh (Debian packages clang, libclang-rt-14-dev)"

# Each target and the longest input it is given (-max_len): a cell is short, a file is not.
declare -A max_len=(
  [value_parsers_fuzz]=512
  [text_transcoder_fuzz]=8192
  [csv_reader_fuzz]=8192
  [json_records_fuzz]=8192
  [mapping_file_fuzz]=4096
  [session_fuzz]=16384
  [icp_definition_fuzz]=4096
)
targets=(${FUZZ_TARGETS:-value_parsers_fuzz text_transcoder_fuzz csv_reader_fuzz json_records_fuzz mapping_file_fuzz session_fuzz icp_definition_fuzz})

step "build the fuzz targets ($build)"
cmake --preset native-fuzz -B "$build" >/dev/null
cmake --build "$build" --target icp_fuzz_targets

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

for target in "${targets[@]}"; do
  [[ -n "${max_len[$target]:-}" ]] || fail "unknown fuzz target $target"
  step "fuzz $target for ${seconds}s (max_len ${max_len[$target]})"
  # New inputs go to the working corpus under the build folder; the seeds in the repo stay as they are.
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  log="$build/artifacts/$target.log"
  args=(-max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$artifacts/")
  if ((jobs > 1)); then args+=(-jobs="$jobs" -workers="$jobs"); fi
  if ! "$build/fuzz/$target" "${args[@]}" "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
    grep -E "FUZZ_CHECK|ERROR: |runtime error|SUMMARY" "$log" | head -20 >&2 || true
    crash=$(ls -t "$artifacts"/{crash,leak,timeout,oom,slow-unit}-* 2>/dev/null | head -1 || true)
    echo "full log: $log" >&2
    [[ -n "$crash" ]] && echo "reproduce: $build/fuzz/$target $crash" >&2
    fail "$target failed"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | tr '\n' ' '
  echo "(corpus: $(ls "$corpus" | wc -l) inputs)"
done

step "fuzzing passed: ${#targets[@]} targets, ${seconds}s each"
