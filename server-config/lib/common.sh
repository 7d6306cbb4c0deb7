# shellcheck shell=bash
# Shared settings and helpers for the server-config scripts. Sourced, never run.
#
# Everything that differs per installation comes from AK_* environment variables with laptop
# defaults; docs/configuration.md lists them all.

AK_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AK_LOCAL="$AK_REPO/.local"
AK_DIST="$AK_LOCAL/dist"
AK_DOMAINS="$AK_LOCAL/domains"
AK_SECRETS="$AK_LOCAL/secrets"

AK_PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$AK_REPO/pom.xml")"
AK_PAYARA_HOME="$AK_LOCAL/payara-$AK_PAYARA_VERSION/payara6"
AK_APP_NAME="angels-kitchen"

# glibc gives every thread that allocates its own malloc arena (up to 8 per core); a server with a
# hundred threads then holds far more native memory than it uses. Two arenas are plenty for
# Payara, whose allocations are almost all on the Java heap. Inherited by the servers we start.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

: "${AK_DB_HOST:=localhost}"
: "${AK_DB_PORT:=5432}"
: "${AK_DB_USER:=postgres}"
: "${AK_DB_PASSWORD:=}"

log() { printf '\033[1m[angels-kitchen]\033[0m %s\n' "$*" >&2; }
die() {
  printf '\033[31m[angels-kitchen] ERROR:\033[0m %s\n' "$*" >&2
  exit 1
}

# True when something accepts TCP connections on host:port.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_until <seconds> <description> <command...>: polls the command once a second.
wait_until() {
  local timeout=$1 what=$2
  shift 2
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    ((SECONDS < deadline)) || die "gave up after ${timeout}s waiting for $what"
    sleep 1
  done
}

# stop_pidfile <pidfile> <description>: stops the process a pid file names (a fake partner or
# printer this domain started), waits for it to end, and removes the file.
stop_pidfile() {
  local pidfile=$1 what=$2 pid
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait_until 20 "$what to stop" eval "! kill -0 $pid 2>/dev/null"
  fi
  rm -f "$pidfile"
}

require_dist() {
  local f
  for f in payara.zip postgresql.jar embedded-postgres-binaries.jar; do
    [[ -f "$AK_DIST/$f" ]] || die "$AK_DIST/$f is missing: build first (./mvnw -pl server-config package)"
  done
}

# The random secret stored under .local/secrets/<name>, created on first use (mode 600).
local_secret() {
  local file="$AK_SECRETS/$1"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$AK_SECRETS"
    chmod 700 "$AK_SECRETS"
    (umask 077 && LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 >"$file")
  fi
  cat "$file"
}
