#!/usr/bin/env bash
# The integration tests' server: its own Payara domain (angels-kitchen-test, ports 28xxx) and its
# own database (angels_kitchen_test), so a running demo never disturbs the tests nor they it.
#
#   test-server.sh up <properties-file>   fresh domain and database, started; connection details
#                                         for the tests written to <properties-file>
#   test-server.sh down                   stops the domain (and an embedded PostgreSQL it started)
#
# Maven's angels-kitchen-ear module calls it around the integration-test phase.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"
source "$AK_REPO/server-config/lib/printers.sh"
source "$AK_REPO/server-config/lib/staff.sh"
source "$AK_REPO/server-config/lib/tests.sh"

# The test domain always has its own random admin password, whatever AK_ADMIN_PASSWORD says.
unset AK_ADMIN_PASSWORD
: "${AK_TEST_PORT_BASE:=28000}"
: "${AK_TEST_DB_NAME:=angels_kitchen_test}"
AK_DOMAIN=angels-kitchen-test
AK_PORT_ARGS="--portbase $AK_TEST_PORT_BASE"
AK_ADMIN_PORT=$((AK_TEST_PORT_BASE + 48))
AK_HTTP_PORT=$((AK_TEST_PORT_BASE + 80))
AK_DB_NAME=$AK_TEST_DB_NAME
AK_ADMIN_ADDRESS=127.0.0.1
# The tests' admin client (Arquillian) talks plain HTTP to the loopback-only admin listener.
AK_SECURE_ADMIN=false
# More heap than a kitchen's server (384m): the tests redeploy the EAR for every test class, about
# seventy times, and a redeploy leaves pieces of the old application in memory until the server
# threads that last touched it (Grizzly's caches, managed threads) let go of them.
: "${AK_TEST_HEAP:=768m}"
AK_HEAP=$AK_TEST_HEAP
AK_DEMO_MODE=false
# An English-speaking store in dollars (the tests that speak Spanish choose it per member or
# screen), on UTC.
AK_LANGUAGE=en-US
AK_CURRENCY=USD
# Its tax is added on top of the prices, like a US sales tax (VatIncludedIT turns the
# Argentine way on for a while).
AK_PRICES_INCLUDE_TAX=false
AK_TIMEZONE=UTC
# Settings are read afresh on every use (no MicroProfile Config cache), so a test that changes one
# live (TestServer.setting) sees it on its next request.
AK_CONFIG_CACHE_SECONDS=0
# The fake partner APIs on the test port range; retries fast, so that backoff tests take seconds.
AK_PARTNERS_FAKE_PORT=$((AK_TEST_PORT_BASE + 90))
: "${AK_PARTNERS_RETRY_BASE_MS:=200}"
: "${AK_PARTNERS_MAX_ATTEMPTS:=4}"
# Orders waiting for a manager are declined after 45 s (8 minutes in a restaurant).
: "${AK_PARTNERS_ACCEPT_WITHIN_SECONDS:=45}"
# Intake recovery: the start-up sweep only (no periodic sweep during a test run, so each recovery
# path is tested on its own), a redelivery re-queues an event unprocessed for 5 s, stuck after 20 s.
: "${AK_PARTNERS_RECOVERY_SECONDS:=3600}"
: "${AK_PARTNERS_REQUEUE_AFTER_SECONDS:=5}"
: "${AK_PARTNERS_STUCK_AFTER_SECONDS:=20}"
export AK_PARTNERS_RETRY_BASE_MS AK_PARTNERS_MAX_ATTEMPTS AK_PARTNERS_ACCEPT_WITHIN_SECONDS
export AK_PARTNERS_RECOVERY_SECONDS AK_PARTNERS_REQUEUE_AFTER_SECONDS AK_PARTNERS_STUCK_AFTER_SECONDS
# The fake printer on the test port range: control on base+92, printers on base+93..+97 (the first
# one the receipt printer by convention; the tests set the printers up through the API).
AK_PRINTERS_FAKE_PORT=$((AK_TEST_PORT_BASE + 92))
AK_PRINTERS_FAKE_COUNT=5
RUN_STATE="$AK_LOCAL/test-run"

ensure_browser() {
  local chromium=${AK_CHROMIUM:-/usr/bin/chromium} driver=${AK_CHROMEDRIVER:-/usr/bin/chromedriver}
  [[ -x "$chromium" && -x "$driver" ]] && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "Installing Debian's chromium and chromium-driver for the browser tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      chromium chromium-driver >/dev/null || die "could not install chromium and chromium-driver"
  else
    die "browser tests need Chromium and ChromeDriver at $chromium and $driver" \
      "(Debian: sudo apt-get install chromium chromium-driver; or set AK_CHROMIUM / AK_CHROMEDRIVER)"
  fi
}

up() {
  local properties=$1
  require_dist
  ensure_browser
  mkdir -p "$RUN_STATE"
  rm -f "$RUN_STATE/embedded-postgres-started"
  if ! port_open "$AK_DB_HOST" "$AK_DB_PORT"; then
    db_ensure_server >/dev/null
    touch "$RUN_STATE/embedded-postgres-started"
  fi
  db_bootstrap recreate "$AK_DB_NAME" >/dev/null

  payara_install
  # A domain left running by an interrupted run is stopped; every run starts from a new domain.
  domain_stop
  rm -rf "$(domain_dir)"
  domain_up
  partners_configure
  staff_configure
  printers_configure
  partners_fake_start
  printers_fake_start

  mkdir -p "$(dirname "$properties")"
  (
    umask 077
    test_properties >"$properties"
    cat >>"$properties" <<PROPS
ak.test.chromium=${AK_CHROMIUM:-/usr/bin/chromium}
ak.test.chromedriver=${AK_CHROMEDRIVER:-/usr/bin/chromedriver}
arq.container.payara.configuration.adminPort=$AK_ADMIN_PORT
arq.container.payara.configuration.adminPassword=$(domain_admin_password)
PROPS
  )
  log "Test server up: http://localhost:$AK_HTTP_PORT/ (admin on $AK_ADMIN_PORT)"
}

down() {
  partners_fake_stop
  printers_fake_stop
  if [[ -x "$AK_PAYARA_HOME/bin/asadmin" ]]; then
    domain_stop
  fi
  if [[ -f "$RUN_STATE/embedded-postgres-started" ]]; then
    embedded_pg_stop
    rm -f "$RUN_STATE/embedded-postgres-started"
  fi
}

case "${1:-}" in
  up) up "${2:?usage: test-server.sh up <properties-file>}" ;;
  down) down ;;
  *) die "usage: test-server.sh up <properties-file> | down" ;;
esac
