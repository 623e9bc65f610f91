#!/usr/bin/env bash
# scripts/postgis-server.sh — a throwaway PostgreSQL + PostGIS server for the
# tests: a new cluster in a directory of its own, reachable only on loopback,
# removed again when stopped. CTest runs it around the PostGIS import test
# (the postgis_server_start / postgis_server_stop fixture in tests/).
#
# Usage:
#   scripts/postgis-server.sh start DIR [PORT]
#       Stop and remove whatever an earlier run left in DIR, create a cluster
#       there, start it on 127.0.0.1:PORT (default 55432; when that port is
#       taken the next free one up to PORT+49), create the database
#       "atlas_test" with the postgis extension, and write into DIR:
#         port       the port it listens on
#         conninfo   "host=127.0.0.1 port=… dbname=atlas_test user=postgres"
#         psql       the psql of the same PostgreSQL version
#   scripts/postgis-server.sh stop DIR
#       Stop the server (pg_ctl -m fast, -m immediate if that times out) and
#       delete DIR. Nothing to do when DIR does not exist.
#
# Run as root, the server runs as the "postgres" user (PostgreSQL refuses to
# run as root); run as anyone else, it runs as that user. Either way the
# superuser is "postgres" and every loopback connection is trusted. The
# server binaries come from /usr/lib/postgresql/<newest>/bin (CA_PG_BINDIR
# overrides), installed by scripts/deps.sh (postgresql-NN and
# postgresql-NN-postgis-3); without them "start" fails and says so.
#
# Layout: DIR/data (the cluster), DIR/run (unix socket and server.log). When
# root runs it and the postgres user cannot reach DIR (e.g. a checkout under
# /root), the cluster goes to a directory under ${TMPDIR:-/tmp} instead,
# recorded in DIR/cluster, and is deleted by "stop" like the rest.
set -euo pipefail

readonly MARKER=.compute-atlas-postgis-server
readonly DATABASE=atlas_test
readonly SUPERUSER=postgres
readonly DEFAULT_PORT=55432
readonly PORT_TRIES=50

# Messages in English whatever the locale (the bind error is matched below);
# no PG* variable of the caller may redirect our client connections.
export LC_ALL=C
unset "${!PG@}"

log() { echo "postgis-server.sh: $*"; }
die() { echo "postgis-server.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

now() { echo "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Run "$@" as the user that owns the cluster: postgres when we are root.
as_owner() {
  if (( EUID != 0 )); then
    "$@"
  elif command -v runuser > /dev/null 2>&1; then
    runuser -u "$SUPERUSER" -- "$@"
  else
    setpriv --reuid="$SUPERUSER" --regid="$SUPERUSER" --init-groups -- "$@"
  fi
}

# The newest PostgreSQL server bin directory (CA_PG_BINDIR when set).
find_bindir() {
  local dir version best="" best_version=-1
  if [[ -n "${CA_PG_BINDIR:-}" ]]; then
    echo "$CA_PG_BINDIR"
    return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] || continue
    version=${dir%/bin}
    version=${version##*/}
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if (( version > best_version )); then
      best=$dir
      best_version=$version
    fi
  done
  echo "$best"
}

# The bin directory that matches an existing cluster's PG_VERSION.
bindir_for_cluster() {
  local data=$1 version
  version=$(cat "$data/PG_VERSION" 2> /dev/null || true)
  if [[ -n "$version" && -x "/usr/lib/postgresql/$version/bin/pg_ctl" ]]; then
    echo "/usr/lib/postgresql/$version/bin"
  else
    find_bindir
  fi
}

# Where the cluster of DIR lives: DIR itself, or the directory in DIR/cluster.
cluster_dir() {
  local dir=$1
  if [[ -f "$dir/cluster" ]]; then
    cat "$dir/cluster"
  else
    echo "$dir"
  fi
}

# True when process $1 is a running postgres (not gone, not a zombie: where
# PID 1 does not reap orphans, a stopped postmaster lingers as one).
postgres_alive() {
  local pid=$1 stat
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2> /dev/null) || return 1
  # "pid (comm) state …"
  [[ "$stat" == *"(postgres"*") "[!Z]* ]]
}

# True when something accepts connections on 127.0.0.1:$1.
port_in_use() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

# Stop the server of DIR if one is running and delete DIR (and the cluster
# directory outside it, if any). Refuses directories this script did not make.
stop_and_remove() {
  local dir=$1 cluster data bindir pid
  [[ -e "$dir" ]] || return 0
  if [[ ! -e "$dir/$MARKER" && -n "$(ls -A -- "$dir")" ]]; then
    die "$dir exists and was not made by this script; not touching it"
  fi
  cluster=$(cluster_dir "$dir")
  data="$cluster/data"
  if [[ -f "$data/postmaster.pid" ]]; then
    bindir=$(bindir_for_cluster "$data")
    pid=$(head -n 1 "$data/postmaster.pid")
    if postgres_alive "$pid" && [[ -n "$bindir" ]]; then
      log "stopping the server in $data (pid $pid)"
      if ! as_owner "$bindir/pg_ctl" -D "$data" stop -m fast -w -t 30 > /dev/null; then
        log "fast shutdown failed; immediate shutdown"
        as_owner "$bindir/pg_ctl" -D "$data" stop -m immediate -w -t 30 > /dev/null || true
      fi
    fi
    # Last resort (no pg_ctl, or it failed): the postmaster itself.
    if postgres_alive "$pid"; then
      log "killing postmaster $pid"
      kill -KILL "$pid" 2> /dev/null || true
      sleep 0.5
    fi
  fi
  if [[ "$cluster" != "$dir" ]]; then
    case "$(basename -- "$cluster")" in
      compute-atlas-pg.*) rm -rf --one-file-system -- "$cluster" ;;
      *) die "$dir/cluster names $cluster, which this script did not make" ;;
    esac
  fi
  rm -rf --one-file-system -- "$dir"
}

cmd_start() {
  local dir=$1 port=${2:-$DEFAULT_PORT} start bindir version cluster data run try psql conninfo
  if [[ ! "$port" =~ ^[0-9]+$ ]] || (( port < 1024 || port + PORT_TRIES > 65536 )); then
    die "port must be a number from 1024 to $(( 65536 - PORT_TRIES )) (got '$port')"
  fi
  start=$(now)

  bindir=$(find_bindir)
  if [[ -z "$bindir" || ! -x "$bindir/initdb" || ! -x "$bindir/pg_ctl" || ! -x "$bindir/postgres" ]]; then
    die "no PostgreSQL server found (no initdb, pg_ctl and postgres in ${bindir:-/usr/lib/postgresql/*/bin}); install the packages with 'bash scripts/deps.sh' (Debian 12: postgresql-15 postgresql-15-postgis-3, Debian 13: postgresql-17 postgresql-17-postgis-3)"
  fi
  # "pg_ctl (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
  version=$("$bindir/pg_ctl" --version | awk '{ print $3 }')
  local extension_dir
  extension_dir="$("$bindir/pg_config" --sharedir 2> /dev/null || echo "/usr/share/postgresql/${version%%.*}")/extension"
  [[ -f "$extension_dir/postgis.control" ]] \
    || die "PostGIS is not installed for PostgreSQL $version (no $extension_dir/postgis.control); install postgresql-${version%%.*}-postgis-3 with 'bash scripts/deps.sh'"
  if (( EUID == 0 )); then
    getent passwd "$SUPERUSER" > /dev/null || die "running as root, but there is no '$SUPERUSER' user to run the server as"
  fi

  stop_and_remove "$dir"
  mkdir -p -- "$dir"
  : > "$dir/$MARKER"

  # Root: the cluster belongs to postgres, who must be able to reach it.
  cluster=$dir
  if (( EUID == 0 )); then
    chmod 755 "$dir"
    if ! as_owner test -x "$dir"; then
      cluster=$(mktemp -d "${TMPDIR:-/tmp}/compute-atlas-pg.XXXXXX")
      chmod 755 "$cluster"
      echo "$cluster" > "$dir/cluster"
      log "user $SUPERUSER cannot reach $dir; the cluster goes to $cluster"
    fi
  fi
  data="$cluster/data"
  run="$cluster/run"
  mkdir -p -- "$data" "$run"
  chmod 700 "$data"
  (( EUID != 0 )) || chown "$SUPERUSER:" "$data" "$run"

  # No fsync: the cluster is thrown away, so there is nothing to make durable.
  as_owner "$bindir/initdb" -D "$data" -U "$SUPERUSER" -E UTF8 --locale=C --auth=trust --no-sync \
    > "$run/initdb.log" 2>&1 || { cat "$run/initdb.log" >&2; die "initdb failed"; }
  # Unix sockets have a path limit of about 107 bytes; use TCP only beyond it.
  local socket_dir=$run
  (( ${#run} + 20 < 100 )) || socket_dir=""
  cat >> "$data/postgresql.conf" << EOF

# compute-atlas scripts/postgis-server.sh: a throwaway test server.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
max_connections = 20
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = off
logging_collector = off
EOF

  # Start on the first free port from PORT; another process may take a port
  # between our check and the server's bind, so a bind failure tries the next.
  for (( try = 0; try < PORT_TRIES; try++, port++ )); do
    port_in_use "$port" && continue
    : > "$run/server.log"
    (( EUID != 0 )) || chown "$SUPERUSER:" "$run/server.log"
    if as_owner "$bindir/pg_ctl" -D "$data" -l "$run/server.log" -o "-p $port" -w -t 60 start > /dev/null; then
      break
    fi
    if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$run/server.log"; then
      log "port $port was taken meanwhile; trying the next"
      continue
    fi
    tail -n 20 "$run/server.log" >&2
    die "the server in $data did not start (log: $run/server.log)"
  done
  (( try < PORT_TRIES )) || die "no free port on 127.0.0.1 from ${2:-$DEFAULT_PORT} to $(( port - 1 ))"
  echo "$port" > "$dir/port"

  psql="$bindir/psql"
  [[ -x "$psql" ]] || psql=$(command -v psql || true)
  [[ -n "$psql" ]] || die "psql not found (postgresql-client-${version%%.*})"
  echo "$psql" > "$dir/psql"
  conninfo="host=127.0.0.1 port=$port dbname=$DATABASE user=$SUPERUSER"
  local admin=("$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$SUPERUSER")
  PGCONNECT_TIMEOUT=10 "${admin[@]}" -d postgres -c "CREATE DATABASE $DATABASE" \
    || die "could not create the database $DATABASE"
  PGCONNECT_TIMEOUT=10 "${admin[@]}" -d "$DATABASE" -c "CREATE EXTENSION postgis" \
    || die "could not create the postgis extension"
  local postgis
  postgis=$("${admin[@]}" -d "$DATABASE" -A -t -c "SELECT postgis_lib_version()")
  echo "$conninfo" > "$dir/conninfo"
  log "PostgreSQL $version + PostGIS $postgis on 127.0.0.1:$port, database $DATABASE, cluster in $data; started in $(elapsed "$start") s"
}

cmd_stop() {
  local dir=$1 start
  start=$(now)
  if [[ ! -e "$dir" ]]; then
    log "nothing to stop ($dir does not exist)"
    return 0
  fi
  stop_and_remove "$dir"
  log "stopped and removed $dir in $(elapsed "$start") s"
}

main() {
  local command=${1:-}
  case "$command" in
    start) (( $# == 2 || $# == 3 )) || die "usage: $0 start DIR [PORT]" ;;
    stop) (( $# == 2 )) || die "usage: $0 stop DIR" ;;
    -h | --help | help) usage; exit 0 ;;
    *) usage >&2; [[ -n "$command" ]] && die "unknown command '$command'"; exit 2 ;;
  esac
  [[ -n "$2" ]] || die "DIR must not be empty"
  local dir
  dir=$(realpath -m -- "$2")
  [[ "$dir" != / ]] || die "refusing to use / as DIR"
  # The server and initdb run as postgres, who may not be allowed into the
  # caller's working directory.
  cd /
  shift 2
  "cmd_$command" "$dir" "$@"
}

main "$@"
