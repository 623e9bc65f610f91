#!/usr/bin/env bash
# scripts/deps.sh — install the Debian packages Compute Atlas needs to build,
# test and run.
#
# Supported releases (read from VERSION_CODENAME in /etc/os-release):
#   bookworm  Debian 12: Qt 6.4, Catch2 2.13 (single header), no QtLocation
#   trixie    Debian 13: Qt 6.8, Catch2 3.x, QtLocation / QML map stack
#
# Only packages that are not installed yet are passed to apt-get, so a second
# run on a provisioned machine does nothing and needs neither root nor the
# network.
#
# Usage:
#   scripts/deps.sh           install whatever is missing
#   scripts/deps.sh --print   print this release's package list (one per line)
#                             and exit; used by the docs
#   scripts/deps.sh --fuzz    also install clang and libFuzzer (scripts/fuzz.sh)
set -euo pipefail

# Packages needed on every supported release.
COMMON_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-positioning-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins
  qt6-translations-l10n
  libgdal-dev gdal-bin proj-bin
  libpng-dev poppler-utils
  libgl-dev
  fonts-open-sans fonts-noto-cjk fonts-dejavu-core
  ca-certificates
)

# With --fuzz: clang with its libFuzzer/sanitizer runtimes, and llvm for
# llvm-symbolizer (readable stack traces). Debian's default LLVM on both releases.
FUZZ_PACKAGES=(
  clang libclang-rt-dev llvm
)

# Debian 12: Catch2 2.13 (the "catch2" package ships the single header).
# PostgreSQL + PostGIS: the server the PostGIS import test starts for itself
# (scripts/postgis-server.sh); no cluster of the system's own is created.
BOOKWORM_PACKAGES=(
  catch2
  postgresql-15 postgresql-15-postgis-3
)

# Debian 13: Catch2 3.x plus the QtLocation stack. qt6-location-dev's CMake
# package config pulls in the private Qt modules, hence the *-private-dev
# packages and libxkbcommon-dev (required by Qt6Gui's private config).
TRIXIE_PACKAGES=(
  libcatch2-dev
  postgresql-17 postgresql-17-postgis-3
  qt6-location-dev qt6-location-plugins
  qml6-module-qtlocation qml6-module-qtpositioning qml6-module-qtquick
  qt6-declarative-dev qt6-declarative-private-dev qt6-base-private-dev
  libxkbcommon-dev
)

die() { echo "deps.sh: error: $*" >&2; exit 1; }
log() { echo "deps.sh: $*"; }

# Print the release codename of the running system (bookworm, trixie, ...).
# Read in a subshell so the variables of os-release do not leak into ours.
detect_codename() {
  [[ -r /etc/os-release ]] || die "/etc/os-release not found; is this Debian?"
  (
    # shellcheck source=/dev/null
    . /etc/os-release
    echo "${VERSION_CODENAME:-}"
  )
}

# Fill the global PACKAGES array for the given release.
select_packages() {
  local codename=$1
  case "$codename" in
    bookworm) PACKAGES=("${COMMON_PACKAGES[@]}" "${BOOKWORM_PACKAGES[@]}") ;;
    trixie)   PACKAGES=("${COMMON_PACKAGES[@]}" "${TRIXIE_PACKAGES[@]}") ;;
    "")       die "VERSION_CODENAME is not set in /etc/os-release; only Debian 12 (bookworm) and Debian 13 (trixie) are supported" ;;
    *)        die "unsupported release '$codename'; only Debian 12 (bookworm) and Debian 13 (trixie) are supported" ;;
  esac
}

# True when the package is fully installed (dpkg status "install ok installed").
is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# True when apt knows an installation candidate for the package, i.e. the
# package lists are present and mention it.
has_candidate() {
  local candidate
  candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/^[[:space:]]*Candidate:/ { print $2; exit }')
  [[ -n "$candidate" && "$candidate" != "(none)" ]]
}

# The PostgreSQL server packages are here for the tests only, which start a
# throwaway server of their own. Installing postgresql-NN would otherwise
# create (and, where services may start, run) a "main" cluster on port 5432:
# say create_main_cluster = false first, unless postgresql-common's
# configuration already decides. It goes into a file of its own in
# createcluster.d, which the packaged createcluster.conf includes; writing
# createcluster.conf itself before postgresql-common is installed would make
# ucf keep ours instead of the packaged defaults. Arguments: the packages
# about to be installed.
no_default_postgresql_cluster() {
  local dir=/etc/postgresql-common pkg wanted=0 target
  for pkg in "$@"; do
    [[ "$pkg" == postgresql-[0-9]* ]] && wanted=1
  done
  (( wanted )) || return 0
  if grep -Eqs '^[[:space:]]*create_main_cluster[[:space:]]*=' "$dir/createcluster.conf" "$dir"/createcluster.d/*.conf; then
    return 0
  fi
  target=$dir/createcluster.d/compute-atlas.conf
  # An older or hand-written createcluster.conf that does not read createcluster.d.
  if [[ -f "$dir/createcluster.conf" ]] \
      && ! grep -Eq "^[[:space:]]*include_dir[[:space:]]*=?[[:space:]]*'[^']*createcluster\.d/?'" "$dir/createcluster.conf"; then
    target=$dir/createcluster.conf
  fi
  log "no default PostgreSQL cluster: create_main_cluster = false in $target"
  "${sudo[@]}" mkdir -p "$(dirname "$target")"
  printf '%s\n' '# Written by compute-atlas scripts/deps.sh: the PostgreSQL server is installed' \
    '# for tests that start a throwaway cluster of their own; create no "main" cluster.' \
    'create_main_cluster = false' | "${sudo[@]}" tee -a "$target" > /dev/null
}

main() {
  local print_only=0 fuzz=0
  case "${1:-}" in
    "") ;;
    --print) print_only=1 ;;
    --fuzz) fuzz=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (usage: $0 [--print|--fuzz])" ;;
  esac

  local codename
  codename=$(detect_codename)
  select_packages "$codename"
  if (( fuzz )); then PACKAGES+=("${FUZZ_PACKAGES[@]}"); fi

  if (( print_only )); then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
  fi

  command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found; this script needs a Debian system"

  # Work out what is missing.
  local missing=() pkg
  for pkg in "${PACKAGES[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
  done
  if (( ${#missing[@]} == 0 )); then
    log "all ${#PACKAGES[@]} packages for Debian $codename are installed"
    exit 0
  fi
  log "missing on Debian $codename (${#missing[@]}): ${missing[*]}"

  # Root is needed from here on; use sudo when we are not root.
  local sudo=()
  if (( EUID != 0 )); then
    command -v sudo >/dev/null 2>&1 || die "not root and sudo is not installed; run as root: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi

  # Refresh the package lists once if apt does not know a candidate for
  # some missing package (e.g. a fresh chroot or container with empty lists).
  local updated=0
  for pkg in "${missing[@]}"; do
    if ! has_candidate "$pkg"; then
      log "package lists do not know '$pkg'; running apt-get update"
      "${sudo[@]}" apt-get update
      updated=1
      break
    fi
  done

  # Name a package that still has no candidate instead of letting apt-get
  # fail with a less obvious message.
  local unknown=()
  for pkg in "${missing[@]}"; do
    has_candidate "$pkg" || unknown+=("$pkg")
  done
  if (( ${#unknown[@]} > 0 )); then
    die "no installation candidate on Debian $codename for: ${unknown[*]} (check /etc/apt/sources.list*)"
  fi

  # A run killed in the middle of dpkg (e.g. a CI timeout) leaves its journal
  # behind, and apt then refuses to install anything until it is replayed.
  if compgen -G '/var/lib/dpkg/updates/[0-9]*' > /dev/null; then
    log "dpkg was interrupted earlier; running dpkg --configure -a"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
  fi

  no_default_postgresql_cluster "${missing[@]}"

  local install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive
                 apt-get install -y --no-install-recommends "${missing[@]}")
  local start=$SECONDS
  if ! "${install[@]}"; then
    # Stale lists can point at .debs the mirror no longer has (404):
    # refresh once and try again before giving up.
    (( updated )) && die "apt-get install failed"
    log "apt-get install failed; refreshing package lists and retrying once"
    "${sudo[@]}" apt-get update
    "${install[@]}" || die "apt-get install failed"
  fi
  log "installed ${#missing[@]} package(s) (plus dependencies) in $(( SECONDS - start )) s"
}

main "$@"
