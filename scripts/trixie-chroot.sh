#!/usr/bin/env bash
# scripts/trixie-chroot.sh — build and test Compute Atlas on Debian 13 (trixie:
# Qt 6.8, Catch2 3, QtLocation) from a Debian 12 host, inside a chroot made
# with debootstrap. Needs root (re-runs itself with sudo otherwise).
#
# Usage:
#   scripts/trixie-chroot.sh ensure   create the chroot, or reuse it if healthy
#   scripts/trixie-chroot.sh test     ensure, then run "scripts/quickstart.sh
#                                     test" inside it against this repository
#   scripts/trixie-chroot.sh shell [COMMAND...]
#                                     interactive shell (or COMMAND) inside it,
#                                     in /src, with the same mounts as "test"
#   scripts/trixie-chroot.sh remove   delete the chroot
#
# Environment:
#   CA_CHROOT  chroot directory (default /var/lib/compute-atlas/trixie-chroot)
#   CA_MIRROR  Debian mirror (default: the host's Debian mirror from its apt
#              sources)
#   CI         passed through to the build inside the chroot
#
# Layout inside the chroot while "test" or "shell" runs:
#   /src     this repository, bind-mounted read-write
#   /build   the build directory (inside the chroot, so it never collides with
#            the host's build/ in the repository)
#   /proc, /dev, /dev/pts, /dev/shm   mounted for the run only
#
# Every mount is undone on exit (also on failure and on Ctrl-C; after a
# SIGKILL the next run unmounts the leftovers before doing anything). The
# chroot is only ever deleted after checking /proc/mounts that nothing (in
# particular the repository at /src) is mounted inside it. A lock file
# serialises runs.
set -euo pipefail

# Bump when the chroot's setup below changes incompatibly: existing chroots
# with another version are then rebuilt.
readonly FORMAT_VERSION=1
readonly SUITE=trixie
readonly MARKER_NAME=.compute-atlas-chroot-ok          # written last on creation
readonly CREATING_NAME=.compute-atlas-chroot-creating  # present while creating
readonly CLEAN_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# chroot, mount and debootstrap live in sbin, which a user's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

SCRIPT_PATH=$(realpath -- "${BASH_SOURCE[0]}")
REPO=$(cd "$(dirname "$SCRIPT_PATH")/.." && pwd -P)
CHROOT=""   # canonical chroot path, set by check_chroot_path
MIRROR=""   # set by detect_mirror
MOUNTED=()  # mount points this run created, in mount order

heading() { echo; echo "== Debian 13 (trixie) chroot: $*"; }
note()    { echo "   $*"; }
warn()    { echo "trixie-chroot.sh: warning: $*" >&2; }
die()     { echo "trixie-chroot.sh: error: $*" >&2; exit 1; }
usage()   { sed -n '2,/^set -euo/p' "$SCRIPT_PATH" | sed '$d; s/^# \{0,1\}//'; }

# ---------------------------------------------------------------------------
# Safety checks
# ---------------------------------------------------------------------------

# Canonicalise CA_CHROOT and refuse paths that would be dangerous to delete.
check_chroot_path() {
  local raw=${CA_CHROOT:-/var/lib/compute-atlas/trixie-chroot}
  [[ "$raw" == /* ]] || die "CA_CHROOT must be an absolute path (got '$raw')"
  CHROOT=$(realpath -m -- "$raw")
  local parts
  IFS=/ read -r -a parts <<< "${CHROOT#/}"
  (( ${#parts[@]} >= 2 )) || die "refusing to use '$CHROOT' as the chroot: too close to /"
  case "$REPO/" in
    "$CHROOT"/*) die "refusing to use '$CHROOT' as the chroot: it contains the repository" ;;
  esac
  case "$CHROOT/" in
    "$REPO"/*) die "refusing to use '$CHROOT' as the chroot: it is inside the repository" ;;
  esac
}

# Print every mount point at or below directory $1, one per line, as listed
# in /proc/mounts (octal escapes such as \040 decoded).
mounts_under() {
  local dir=$1 _source mount_point _rest
  while read -r _source mount_point _rest; do
    mount_point=$(printf '%b' "$mount_point")
    case "$mount_point" in
      "$dir" | "$dir"/*) printf '%s\n' "$mount_point" ;;
    esac
  done < /proc/mounts
}

# Unmount whatever is still mounted below $1: leftovers of a run that was
# killed before its cleanup could run (we hold the lock, so no other run of
# this script is using them). Dies if something cannot be unmounted.
release_stale_mounts() {
  local dir=$1 pass mount_point
  local -a stale
  for pass in 1 2 3 4 5; do
    mapfile -t stale < <(mounts_under "$dir" | sort -r)   # deepest first
    (( ${#stale[@]} == 0 )) && return 0
    for mount_point in "${stale[@]}"; do
      warn "unmounting leftover mount $mount_point (pass $pass)"
      umount "$mount_point" 2>/dev/null || umount -l "$mount_point" 2>/dev/null || true
    done
  done
  mapfile -t stale < <(mounts_under "$dir")
  (( ${#stale[@]} == 0 )) || die "still mounted below $dir, not touching it: ${stale[*]}"
}

# Die unless directory $1 may be deleted by this script: it must be absent,
# empty, or made by this script (marker or in-progress file present).
assert_ours() {
  local dir=$1
  [[ -e "$dir" || -L "$dir" ]] || return 0
  [[ -d "$dir" && ! -L "$dir" ]] || die "$dir is not a directory; remove it yourself"
  if [[ ! -e "$dir/$MARKER_NAME" && ! -e "$dir/$CREATING_NAME" ]] \
      && [[ -n "$(ls -A -- "$dir")" ]]; then
    die "$dir exists but was not created by this script; remove it yourself or set CA_CHROOT"
  fi
}

# Delete a chroot directory, but only after checking that nothing is mounted
# inside it (the repository is bind-mounted at /src during runs!) and that it
# was made by this script (see assert_ours).
safe_remove_dir() {
  local dir=$1
  [[ -e "$dir" || -L "$dir" ]] || return 0
  assert_ours "$dir"
  release_stale_mounts "$dir"
  # Last check right before deleting; --one-file-system as a second guard.
  [[ -z "$(mounts_under "$dir")" ]] || die "something got mounted below $dir; not deleting it"
  note "deleting $dir"
  rm -rf --one-file-system -- "$dir"
}

# Serialise runs: "test", "shell", "ensure" and "remove" all take this lock,
# so one run never unmounts or deletes what another is using.
acquire_lock() {
  local lock_file="$CHROOT.lock"
  mkdir -p -- "$(dirname "$CHROOT")"
  exec 9> "$lock_file"
  if ! flock -n 9; then
    note "waiting for another run that holds $lock_file ..."
    flock 9
  fi
}

# ---------------------------------------------------------------------------
# Creating the chroot
# ---------------------------------------------------------------------------

# Print the first Debian archive URI of the host's apt sources whose suite is
# the host's own release (so not -security and not -updates). Handles deb822
# (*.sources) and one-line (sources.list, *.list) files.
host_mirror_from_sources() {
  local codename=$1 file
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -r "$file" ]] || continue
    awk -v want="$codename" '
      BEGIN { RS = ""; FS = "\n" }   # one deb822 paragraph per record
      {
        types = ""; uris = ""; suites = ""; enabled = "yes"; last = ""
        for (i = 1; i <= NF; i++) {
          line = $i
          if (line ~ /^#/) continue
          if (line ~ /^[ \t]/) {       # continuation of the previous field
            sub(/^[ \t]+/, "", line)
            if (last == "types") types = types " " line
            else if (last == "uris") uris = uris " " line
            else if (last == "suites") suites = suites " " line
            continue
          }
          key = tolower(line); sub(/:.*/, "", key)
          val = line; sub(/^[^:]*:[ \t]*/, "", val)
          last = key
          if (key == "types") types = val
          else if (key == "uris") uris = val
          else if (key == "suites") suites = val
          else if (key == "enabled") enabled = tolower(val)
        }
        if (enabled == "no" || (" " types " ") !~ / deb /) next
        n = split(suites, s, /[ \t]+/)
        for (j = 1; j <= n; j++)
          if (s[j] == want) {
            sub(/^[ \t]+/, "", uris); split(uris, u, /[ \t]+/)
            if (u[1] != "") print u[1]
            exit
          }
      }' "$file"
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r "$file" ]] || continue
    awk -v want="$codename" '
      $1 == "deb" {
        i = 2
        if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }   # [ options ]
        if ($(i + 1) == want) { print $i; exit }
      }' "$file"
  done
}

# Set MIRROR from CA_MIRROR or from the host's apt configuration.
detect_mirror() {
  if [[ -n "${CA_MIRROR:-}" ]]; then
    MIRROR=$CA_MIRROR
  else
    local codename uri
    # shellcheck source=/dev/null
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [[ -n "$codename" ]] || die "cannot read VERSION_CODENAME from /etc/os-release; set CA_MIRROR"
    while read -r uri; do
      case "$uri" in
        http://* | https://* | ftp://* | file:/*) MIRROR=$uri; break ;;
      esac
    done < <(host_mirror_from_sources "$codename")
    [[ -n "$MIRROR" ]] || die "found no Debian mirror for '$codename' in /etc/apt/sources.list*; set CA_MIRROR (e.g. CA_MIRROR=http://deb.debian.org/debian)"
  fi
  MIRROR=${MIRROR%/}
}

# Install debootstrap on the host if it is missing.
ensure_host_debootstrap() {
  command -v debootstrap > /dev/null 2>&1 && return 0
  heading "installing debootstrap on the host"
  local candidate
  candidate=$(apt-cache policy debootstrap 2>/dev/null | awk '/Candidate:/ { print $2; exit }')
  if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
    apt-get update
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    debootstrap debian-archive-keyring
}

# Configuration written once, right after debootstrap, into chroot root $1.
configure_new_chroot() {
  local root=$1
  # Package sources: the same mirror as the host.
  printf 'deb %s %s main\n' "$MIRROR" "$SUITE" > "$root/etc/apt/sources.list"
  # Never start services from maintainer scripts inside the chroot.
  printf '#!/bin/sh\n# Written by compute-atlas trixie-chroot.sh: no services in this chroot.\nexit 101\n' \
    > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  # Shows "(trixie)" in the prompt of "shell" (Debian's default bashrc).
  echo "$SUITE" > "$root/etc/debian_chroot"
  mkdir -p "$root/src" "$root/build"
}

# Create a fresh chroot in "$CHROOT.new", then move it into place; a chroot
# at $CHROOT therefore always has the marker unless someone removed it.
create_chroot() {
  local new="$CHROOT.new" start=$SECONDS script_args=()
  # Fail now, not after debootstrap, if the old one may not be replaced.
  assert_ours "$CHROOT"
  assert_ours "$new"
  ensure_host_debootstrap
  heading "debootstrap --variant=minbase $SUITE (mirror $MIRROR)"
  safe_remove_dir "$new"
  mkdir -p -- "$new"
  echo "$FORMAT_VERSION" > "$new/$CREATING_NAME"
  # Older debootstrap releases have no script for trixie; sid's works.
  if [[ ! -e "/usr/share/debootstrap/scripts/$SUITE" && -e /usr/share/debootstrap/scripts/sid ]]; then
    script_args=(/usr/share/debootstrap/scripts/sid)
  fi
  if ! debootstrap --variant=minbase "$SUITE" "$new" "$MIRROR" "${script_args[@]}"; then
    [[ -f "$new/debootstrap/debootstrap.log" ]] && tail -n 30 "$new/debootstrap/debootstrap.log" >&2
    die "debootstrap failed (partial tree left in $new; it is deleted on the next run)"
  fi
  configure_new_chroot "$new"
  echo "$FORMAT_VERSION" > "$new/$MARKER_NAME"
  rm -f -- "$new/$CREATING_NAME"
  safe_remove_dir "$CHROOT"        # the old, broken one (if any)
  mv -T -- "$new" "$CHROOT"
  note "debootstrap done in $(( SECONDS - start )) s"
}

# Why the chroot is not usable (empty output: it is healthy).
health_problem() {
  if [[ ! -d "$CHROOT" ]]; then echo "it does not exist"; return; fi
  if [[ ! -f "$CHROOT/$MARKER_NAME" ]]; then echo "marker $MARKER_NAME is missing"; return; fi
  local version
  version=$(< "$CHROOT/$MARKER_NAME")
  if [[ "$version" != "$FORMAT_VERSION" ]]; then
    echo "it has format version '$version', this script wants $FORMAT_VERSION"; return
  fi
  if ! env -i PATH="$CLEAN_PATH" chroot "$CHROOT" /bin/true 9>&- 2>/dev/null; then
    echo "'chroot $CHROOT /bin/true' failed"; return
  fi
}

# Settings refreshed on every run (cheap, and they may change on the host).
refresh_chroot() {
  # DNS: copy the host's resolver configuration. --remove-destination so a
  # symlink inside the chroot is replaced, never followed to a host path.
  if [[ -e /etc/resolv.conf ]]; then
    cp -L --remove-destination /etc/resolv.conf "$CHROOT/etc/resolv.conf"
  fi
  # Let git inside the chroot work in /src, which root does not own there
  # (same as "git config --global --add safe.directory /src", which cannot
  # run before git is installed).
  if ! grep -qsx $'\tdirectory = /src' "$CHROOT/root/.gitconfig"; then
    printf '[safe]\n\tdirectory = /src\n' >> "$CHROOT/root/.gitconfig"
  fi
}

# Create or reuse the chroot. Caller holds the lock.
ensure_chroot() {
  local start=$SECONDS problem
  heading "ensure $CHROOT"
  release_stale_mounts "$CHROOT"
  problem=$(health_problem)
  if [[ -z "$problem" ]]; then
    note "reusing the existing chroot"
  else
    note "(re)creating the chroot: $problem"
    detect_mirror
    create_chroot
    problem=$(health_problem)
    [[ -z "$problem" ]] || die "the new chroot is not usable: $problem"
  fi
  refresh_chroot
  note "ensure done in $(( SECONDS - start )) s"
}

# ---------------------------------------------------------------------------
# Running inside the chroot
# ---------------------------------------------------------------------------

# /build inside the chroot is shared by every checkout that runs this script,
# and every checkout appears at the same path, /src. Ninja decides what to
# rebuild by timestamps, so after another checkout was built there, files
# older than its objects would silently not be recompiled. Hence: remember
# which host directory /build belongs to and start afresh when it changes.
prepare_build_dir() {
  local build="$CHROOT/build" stamp="$CHROOT/build/.compute-atlas-source"
  if [[ -f "$stamp" && "$(< "$stamp")" == "$REPO" ]]; then
    return 0
  fi
  if [[ -d "$build" && -n "$(ls -A -- "$build")" ]]; then
    note "/build was used for another checkout; emptying it"
    [[ -z "$(mounts_under "$build")" ]] || die "something is mounted below $build"
    rm -rf --one-file-system -- "$build"
  fi
  mkdir -p -- "$build"
  printf '%s\n' "$REPO" > "$stamp"
}

# Mount $@ (mount(8) arguments, target last) and remember the target so that
# cleanup_mounts undoes it. Our mounts are made private so that nothing
# mounted or unmounted below them propagates back to the host.
mount_for_run() {
  local target=${*: -1}
  mount "$@"
  MOUNTED+=("$target")
  mount --make-private "$target"
}

setup_mounts() {
  heading "mounting /proc, /dev and the repository ($REPO -> /src)"
  mkdir -p "$CHROOT/proc" "$CHROOT/dev" "$CHROOT/src"
  mount_for_run -t proc proc "$CHROOT/proc"
  mount_for_run --bind /dev "$CHROOT/dev"
  if [[ -d "$CHROOT/dev/pts" ]] && mountpoint -q /dev/pts; then
    mount_for_run --bind /dev/pts "$CHROOT/dev/pts"
  fi
  if [[ -d "$CHROOT/dev/shm" ]]; then
    mount_for_run -t tmpfs -o mode=1777,nosuid,nodev shm "$CHROOT/dev/shm"
  fi
  mount_for_run --bind "$REPO" "$CHROOT/src"
}

# Undo this run's mounts in reverse order (lazily if busy), then verify that
# nothing is left below the chroot. Returns non-zero if anything is left.
cleanup_mounts() {
  local i target status=0
  for (( i = ${#MOUNTED[@]} - 1; i >= 0; i-- )); do
    target=${MOUNTED[i]}
    if umount "$target" 2>/dev/null; then
      :
    elif umount -l "$target"; then
      warn "$target was busy; unmounted lazily"
    else
      warn "could not unmount $target"
      status=1
    fi
  done
  if (( ${#MOUNTED[@]} > 0 )); then
    MOUNTED=()
    local left
    left=$(mounts_under "$CHROOT")
    if [[ -n "$left" ]]; then
      warn "still mounted below $CHROOT:"$'\n'"$left"
      status=1
    else
      note "unmounted everything below $CHROOT"
    fi
  fi
  return "$status"
}

on_exit() {
  local status=$?
  if ! cleanup_mounts && (( status == 0 )); then
    status=1
  fi
  exit "$status"
}

# Run "$@" inside the chroot with a clean environment. Extra VAR=value
# settings come first in CHROOT_ENV. fd 9 (the lock) is not inherited.
CHROOT_ENV=()
in_chroot() {
  env -i PATH="$CLEAN_PATH" HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    CI="${CI:-}" "${CHROOT_ENV[@]}" chroot "$CHROOT" "$@" 9>&-
}

# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------

cmd_ensure() {
  acquire_lock
  ensure_chroot
}

cmd_test() {
  local total_start=$SECONDS start status
  [[ -f "$REPO/scripts/quickstart.sh" ]] || die "$REPO/scripts/quickstart.sh not found"
  acquire_lock
  ensure_chroot
  prepare_build_dir
  setup_mounts

  # Installing packages is done by quickstart.sh too; running it on its own
  # first reports its time separately (a no-op when all is installed).
  start=$SECONDS
  heading "packages (scripts/deps.sh)"
  in_chroot /bin/bash -c 'cd /src && exec bash scripts/deps.sh' < /dev/null
  note "packages done in $(( SECONDS - start )) s"

  start=$SECONDS
  heading "build and test (CA_BUILD_DIR=/build scripts/quickstart.sh test)"
  status=0
  CHROOT_ENV=(CA_BUILD_DIR=/build)
  in_chroot /bin/bash -c 'cd /src && exec bash scripts/quickstart.sh test' < /dev/null || status=$?
  CHROOT_ENV=()
  note "build and test finished with status $status in $(( SECONDS - start )) s"

  heading "total $(( SECONDS - total_start )) s"
  return "$status"
}

cmd_shell() {
  acquire_lock
  ensure_chroot
  prepare_build_dir
  setup_mounts
  heading "shell in /src (leave with 'exit'; everything is unmounted then)"
  local status=0
  CHROOT_ENV=(TERM="${TERM:-xterm}" CA_BUILD_DIR=/build)
  if (( $# == 0 )); then
    in_chroot /bin/bash -c 'cd /src && exec /bin/bash --login' || status=$?
  else
    in_chroot /bin/bash -c 'cd /src && exec "$@"' bash "$@" || status=$?
  fi
  CHROOT_ENV=()
  return "$status"
}

cmd_remove() {
  acquire_lock
  heading "remove $CHROOT"
  safe_remove_dir "$CHROOT.new"
  safe_remove_dir "$CHROOT"
  note "removed"
}

main() {
  local command=${1:-}
  case "$command" in
    ensure | test | shell | remove) shift ;;
    -h | --help | help) usage; exit 0 ;;
    *) usage >&2; [[ -n "$command" ]] && die "unknown command '$command'"; exit 2 ;;
  esac
  case "$command" in
    ensure | test | remove) (( $# == 0 )) || die "'$command' takes no arguments" ;;
  esac

  # chroot, mount and debootstrap need root.
  if (( EUID != 0 )); then
    command -v sudo > /dev/null 2>&1 || die "must be run as root (sudo is not installed)"
    exec sudo --preserve-env=CI,CA_CHROOT,CA_MIRROR,TERM -- bash "$SCRIPT_PATH" "$command" "$@"
  fi
  command -v flock > /dev/null 2>&1 || die "flock (util-linux) is required"

  check_chroot_path
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  "cmd_$command" "$@"
}

main "$@"
