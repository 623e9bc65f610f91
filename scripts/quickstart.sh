#!/usr/bin/env bash
# scripts/quickstart.sh — install dependencies, build Compute Atlas, then run
# the app or the test suite. Works from any directory.
#
# Usage:
#   scripts/quickstart.sh app [ARGS...]   build, then run the app (it opens the
#                                         bundled dataset by default); ARGS are
#                                         passed to the app
#   scripts/quickstart.sh test            build, then run all tests with ctest;
#                                         exits with ctest's status
#   scripts/quickstart.sh sanitize        build with AddressSanitizer and
#                                         UndefinedBehaviorSanitizer (the "asan"
#                                         preset, in build-asan) and run all
#                                         tests; any report fails the run
#
# Environment:
#   CA_BUILD_DIR     build directory (default: build, relative to the repo root)
#   QT_QPA_PLATFORM  for "test" it defaults to "offscreen" so the tests need
#                    no display (CI, ssh, chroot)
set -euo pipefail

# Work from the repository root (the parent of this script's directory).
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_DIR=${CA_BUILD_DIR:-build}

die() { echo "quickstart.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

# Install missing packages, configure (Ninja, RelWithDebInfo) and build.
build() {
  bash scripts/deps.sh

  # CMake refuses to switch generators in an existing build directory; say
  # what to do instead of failing with CMake's longer message.
  local cache="$BUILD_DIR/CMakeCache.txt" generator
  if [[ -f "$cache" ]]; then
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")
    if [[ -n "$generator" && "$generator" != "Ninja" ]]; then
      die "$BUILD_DIR was configured with the '$generator' generator; remove it or set CA_BUILD_DIR to another directory"
    fi
  fi

  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$BUILD_DIR" --parallel
}

main() {
  local command=${1:-}
  case "$command" in
    app)
      shift
      build
      local app="$BUILD_DIR/app/compute-atlas"
      [[ -x "$app" ]] || die "the build did not produce $app"
      exec "$app" "$@"
      ;;
    test)
      shift
      (( $# == 0 )) || die "'test' takes no arguments"
      build
      export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
      # --no-tests=error: a build that registers no test must not pass.
      # exec: the script's exit status is ctest's.
      exec ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel 2 --no-tests=error
      ;;
    sanitize)
      shift
      (( $# == 0 )) || die "'sanitize' takes no arguments"
      bash scripts/deps.sh
      cmake --preset asan
      cmake --build --preset asan --parallel
      export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
      # Leak checking is off: Qt and fontconfig keep caches alive until exit by design.
      # UBSan aborts on the first report (-fno-sanitize-recover in the preset).
      export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
      exec ctest --test-dir build-asan --output-on-failure --parallel 2 --no-tests=error
      ;;
    -h|--help|help)
      usage
      ;;
    *)
      usage >&2
      [[ -n "$command" ]] && die "unknown command '$command'"
      exit 2
      ;;
  esac
}

main "$@"
