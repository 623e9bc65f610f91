#!/usr/bin/env bash
# scripts/fuzz.sh — build and run the libFuzzer targets of tests/fuzz (see
# docs/fuzzing.md). Works from any directory.
#
# Usage:
#   scripts/fuzz.sh build                  configure build-fuzz with clang (the
#                                          "fuzz" preset: ASan + UBSan, only the
#                                          model and the fuzzers) and build it
#   scripts/fuzz.sh run [SECONDS] [TARGET...]
#                                          fuzz each target (default: all that
#                                          were built) for SECONDS (default 60),
#                                          one after the other; new inputs go to
#                                          build-fuzz/corpus/TARGET, crashes to
#                                          build-fuzz/artifacts/TARGET
#   scripts/fuzz.sh replay [TARGET...]     run each target once over its
#                                          committed corpus and regressions (and
#                                          the bundled and malformed datasets):
#                                          the fast regression check
#
# Every command exits non-zero if any target crashed, timed out or ran out of
# memory. Reproduce a crash with build-fuzz/tests/fuzz/TARGET FILE.
#
# Environment:
#   FUZZ_BUILD_JOBS  parallel compile jobs for "build" (default 2)
#   FUZZ_NICE        nice level of the fuzzers (default 10)
#   FUZZ_ARGS        more libFuzzer options for "run", e.g. "-len_control=0"
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=build-fuzz
FUZZ_DIR=tests/fuzz
ALL_TARGETS=(fuzz_dataset fuzz_scenes fuzz_csv_import fuzz_geojson_import)
# The import fuzzers exist only once model/datasetimporter.cpp is part of the model library.
OPTIONAL_TARGETS=" fuzz_csv_import fuzz_geojson_import "

die() { echo "fuzz.sh: error: $*" >&2; exit 1; }
log() { echo "fuzz.sh: $*"; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

# Sanitizer settings: stop at the first report, with a stack; abort so libFuzzer saves the input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Per target: the largest input it generates (-max_len), its dictionary, and any read-only seed
# directories besides tests/fuzz/corpus/TARGET.
max_len() {
  case "$1" in
    fuzz_dataset) echo 16384 ;;
    fuzz_scenes) echo 8192 ;;
    *) echo 4096 ;;
  esac
}
dictionary() {
  case "$1" in
    fuzz_dataset|fuzz_scenes) echo "$FUZZ_DIR/json.dict" ;;
    fuzz_csv_import) echo "$FUZZ_DIR/csv.dict" ;;
    fuzz_geojson_import) echo "$FUZZ_DIR/geojson.dict" ;;
  esac
}
extra_seed_dirs() {
  case "$1" in
    fuzz_dataset) echo tests/data/malformed ;;
  esac
}
# Whole files replayed individually (too big for the corpus, or living elsewhere).
replay_files() {
  case "$1" in
    fuzz_dataset) echo resources/datasets/us-uk-2025.json tests/data/malformed/*.json ;;
  esac
}

binary() { echo "$BUILD_DIR/tests/fuzz/$1"; }

# The targets named on the command line, or every target that was built. A named target that
# was not built is an error; an import target missing from "all" is only reported.
select_targets() {
  TARGETS=()
  local target
  if (( $# > 0 )); then
    for target in "$@"; do
      [[ " ${ALL_TARGETS[*]} " == *" $target "* ]] || die "unknown target '$target' (targets: ${ALL_TARGETS[*]})"
      [[ -x "$(binary "$target")" ]] || die "$(binary "$target") is missing; run 'scripts/fuzz.sh build' first"
      TARGETS+=("$target")
    done
    return
  fi
  for target in "${ALL_TARGETS[@]}"; do
    if [[ -x "$(binary "$target")" ]]; then
      TARGETS+=("$target")
    elif [[ "$OPTIONAL_TARGETS" == *" $target "* ]]; then
      log "skipping $target: not built (model/datasetimporter.cpp not in the model library)"
    else
      die "$(binary "$target") is missing; run 'scripts/fuzz.sh build' first"
    fi
  done
}

build() {
  if ! command -v clang++ > /dev/null 2>&1 \
      || ! compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' > /dev/null; then
    bash scripts/deps.sh --fuzz
  fi
  cmake --preset fuzz
  cmake --build --preset fuzz --parallel "${FUZZ_BUILD_JOBS:-2}"
}

run() {
  local seconds=60
  if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
  fi
  select_targets "$@"
  local target status=0 failed=()
  for target in "${TARGETS[@]}"; do
    local scratch="$BUILD_DIR/corpus/$target" artifacts="$BUILD_DIR/artifacts/$target" dirs=() extra=()
    mkdir -p "$scratch" "$artifacts"
    dirs=("$scratch" "$FUZZ_DIR/corpus/$target")
    [[ -d "$FUZZ_DIR/regressions/$target" ]] && dirs+=("$FUZZ_DIR/regressions/$target")
    read -r -a extra <<< "$(extra_seed_dirs "$target")"
    dirs+=("${extra[@]}")
    log "fuzzing $target for $seconds s (new inputs: $scratch, crashes: $artifacts/)"
    # The first directory receives the new inputs; the others are only read.
    if ! nice -n "${FUZZ_NICE:-10}" "$(binary "$target")" -max_total_time="$seconds" \
        -max_len="$(max_len "$target")" -dict="$(dictionary "$target")" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "${dirs[@]}"; then
      failed+=("$target")
      status=1
    fi
  done
  (( status == 0 )) || log "FAILED: ${failed[*]} (inputs in $BUILD_DIR/artifacts/)"
  return "$status"
}

replay() {
  select_targets "$@"
  local target status=0 failed=()
  for target in "${TARGETS[@]}"; do
    local dirs=("$FUZZ_DIR/corpus/$target") files=()
    [[ -d "$FUZZ_DIR/regressions/$target" ]] && dirs+=("$FUZZ_DIR/regressions/$target")
    read -r -a files <<< "$(replay_files "$target")"
    log "replaying $target: ${dirs[*]}${files:+ and ${#files[@]} more files}"
    # -runs=0 with directories: run every input once and stop. Files are run one by one, in full.
    local ok=1
    "$(binary "$target")" -runs=0 -timeout=10 -rss_limit_mb=2048 "${dirs[@]}" || ok=0
    if (( ${#files[@]} > 0 )); then
      "$(binary "$target")" -timeout=10 -rss_limit_mb=2048 "${files[@]}" || ok=0
    fi
    if (( ! ok )); then
      failed+=("$target")
      status=1
    fi
  done
  if (( status == 0 )); then
    log "replay passed: ${TARGETS[*]}"
  else
    log "replay FAILED: ${failed[*]}"
  fi
  return "$status"
}

main() {
  local command=${1:-}
  case "$command" in
    build) shift; (( $# == 0 )) || die "'build' takes no arguments"; build ;;
    run) shift; run "$@" ;;
    replay) shift; replay "$@" ;;
    -h|--help|help) usage ;;
    *)
      usage >&2
      [[ -n "$command" ]] && die "unknown command '$command'"
      exit 2
      ;;
  esac
}

main "$@"
