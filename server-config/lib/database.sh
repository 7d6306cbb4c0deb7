# shellcheck shell=bash
# PostgreSQL for Angel's Kitchen: use the server at AK_DB_HOST:AK_DB_PORT when one answers, or else
# start an embedded PostgreSQL from the binaries on Maven Central, under .local/postgres.
# Sourced after common.sh.

AK_PG_VERSION="$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' "$AK_REPO/pom.xml")"
AK_PG_HOME="$AK_LOCAL/postgres"

is_local_host() { [[ "$1" == localhost || "$1" == 127.0.0.1 || "$1" == ::1 ]]; }

# PostgreSQL refuses to run as root; as root we run it as 'nobody' on folders that user owns.
as_pg_user() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

embedded_pg_dir() {
  # 'nobody' must be able to reach the data folder; a checkout under /root is not reachable.
  if [[ $EUID -eq 0 ]] && ! runuser -u nobody -- test -x "$AK_LOCAL" 2>/dev/null; then
    echo "/var/tmp/angels-kitchen-postgres/$(printf '%s' "$AK_REPO" | cksum | cut -d' ' -f1)"
  else
    echo "$AK_PG_HOME"
  fi
}

embedded_pg_bin() { echo "$(embedded_pg_dir)/$AK_PG_VERSION/bin"; }
# One cluster per port, so that a demo on one port and a test run on another never share a folder.
embedded_pg_data() { echo "$(embedded_pg_dir)/data-$AK_DB_PORT"; }

embedded_pg_running() {
  local data
  data=$(embedded_pg_data)
  [[ -x "$(embedded_pg_bin)/pg_ctl" && -f "$data/PG_VERSION" ]] &&
    as_pg_user "$(embedded_pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1
}

embedded_pg_install() {
  local dir bin
  dir=$(embedded_pg_dir)
  bin=$(embedded_pg_bin)
  [[ -x "$bin/postgres" ]] && return 0
  log "Unpacking PostgreSQL $AK_PG_VERSION binaries into $dir/$AK_PG_VERSION"
  command -v tar >/dev/null && command -v xz >/dev/null ||
    die "tar and xz are needed to unpack the embedded PostgreSQL (Debian: apt-get install xz-utils)"
  local work
  work=$(mktemp -d)
  (cd "$work" && jar xf "$AK_DIST/embedded-postgres-binaries.jar")
  local archive
  archive=$(find "$work" -name '*.txz' | head -n 1)
  [[ -n "$archive" ]] || die "no PostgreSQL archive inside $AK_DIST/embedded-postgres-binaries.jar"
  mkdir -p "$dir/$AK_PG_VERSION"
  tar -xJf "$archive" -C "$dir/$AK_PG_VERSION"
  rm -rf "$work"
  chmod -R a+rX "$dir"
}

embedded_pg_start() {
  embedded_pg_install
  local dir bin data
  dir=$(embedded_pg_dir)
  bin=$(embedded_pg_bin)
  data=$(embedded_pg_data)
  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "Creating an embedded PostgreSQL cluster in $data"
    mkdir -p "$data"
    [[ $EUID -eq 0 ]] && chown nobody "$data"
    chmod 700 "$data"
    local auth=(-A trust)
    if [[ -n "$AK_DB_PASSWORD" ]]; then
      printf '%s\n' "$AK_DB_PASSWORD" >"$dir/.pwfile"
      [[ $EUID -eq 0 ]] && chown nobody "$dir/.pwfile"
      auth=(--auth-local=trust --auth-host=scram-sha-256 "--pwfile=$dir/.pwfile")
    fi
    as_pg_user "$bin/initdb" -D "$data" -U "$AK_DB_USER" -E UTF8 --locale=C "${auth[@]}" >"$dir/initdb.log" 2>&1 ||
      die "initdb failed, see $dir/initdb.log"
    rm -f "$dir/.pwfile"
  fi
  log "Starting embedded PostgreSQL $AK_PG_VERSION on 127.0.0.1:$AK_DB_PORT"
  as_pg_user "$bin/pg_ctl" -D "$data" -l "$data/postgres.log" -w -t 60 \
    -o "-p $AK_DB_PORT -h 127.0.0.1 -k $data" start >/dev/null ||
    die "embedded PostgreSQL did not start, see $data/postgres.log"
}

embedded_pg_stop() {
  if embedded_pg_running; then
    log "Stopping embedded PostgreSQL"
    as_pg_user "$(embedded_pg_bin)/pg_ctl" -D "$(embedded_pg_data)" -m fast -w stop >/dev/null
  fi
}

# Makes sure a PostgreSQL answers at AK_DB_HOST:AK_DB_PORT. Prints "external" or "embedded".
db_ensure_server() {
  if port_open "$AK_DB_HOST" "$AK_DB_PORT"; then
    if embedded_pg_running; then echo embedded; else echo external; fi
    return 0
  fi
  is_local_host "$AK_DB_HOST" ||
    die "no PostgreSQL answers at $AK_DB_HOST:$AK_DB_PORT (an embedded one is only started for localhost)"
  require_dist
  embedded_pg_start
  echo embedded
}

# db_bootstrap ensure|recreate <database>: creates the database when missing (or anew).
db_bootstrap() {
  AK_DB_PASSWORD="$AK_DB_PASSWORD" java -cp "$AK_DIST/postgresql.jar" \
    "$AK_REPO/server-config/lib/DatabaseBootstrap.java" \
    "$AK_DB_HOST" "$AK_DB_PORT" "$AK_DB_USER" "$2" "$1"
}
