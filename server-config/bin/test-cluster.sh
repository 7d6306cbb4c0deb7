#!/usr/bin/env bash
# The cluster tests' servers: their own domain (angels-kitchen-test-cluster: DAS on 25xxx, instances
# ak1 and ak2 on 26xxx and 27xxx, HAProxy on 25099) and their own database
# (angels_kitchen_test_cluster), apart from the demo and from the single-server test domain.
#
#   test-cluster.sh up <properties-file>   fresh domain and database, the cluster started; the
#                                          connection details for the tests written to the file
#   test-cluster.sh down                   stops HAProxy, the instances and the domain
#
# The cluster tests call "up" themselves, the first time one of them runs (it takes about four
# minutes); Maven's angels-kitchen-ear module calls "down" after the integration tests.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"
source "$AK_REPO/server-config/lib/staff.sh"
source "$AK_REPO/server-config/lib/cluster.sh"
source "$AK_REPO/server-config/lib/tests.sh"

unset AK_ADMIN_PASSWORD
# Below Linux's ephemeral range (32768 and up): a port there may be taken by some client's socket
# while a killed instance is down, and the instance then cannot start again.
: "${AK_TEST_CLUSTER_PORT_BASE:=25000}"
AK_DOMAIN=angels-kitchen-test-cluster
AK_PORT_ARGS="--portbase $AK_TEST_CLUSTER_PORT_BASE"
AK_ADMIN_PORT=$((AK_TEST_CLUSTER_PORT_BASE + 48))
AK_DB_NAME=angels_kitchen_test_cluster
AK_ADMIN_ADDRESS=127.0.0.1
AK_SECURE_ADMIN=false
AK_DEMO_MODE=false
# An English-speaking store in dollars (the tests that speak Spanish choose it per member or
# screen), on UTC.
AK_LANGUAGE=en-US
AK_CURRENCY=USD
# Its tax is added on top of the prices, like a US sales tax (VatIncludedIT turns the
# Argentine way on for a while).
AK_PRICES_INCLUDE_TAX=false
AK_TIMEZONE=UTC
AK_INSTANCES=2
AK_INSTANCE_PORT_BASE=$((AK_TEST_CLUSTER_PORT_BASE + 1000))
AK_LB_PORT=$((AK_TEST_CLUSTER_PORT_BASE + 99))
AK_LB_ADDRESS=127.0.0.1
AK_HTTP_PORT=$AK_LB_PORT
AK_PARTNERS_FAKE_PORT=$((AK_TEST_CLUSTER_PORT_BASE + 91))
# Partners retry fast; orders waiting for a manager are declined after 45 s; intake recovery sweeps
# every 2 s, so that the events of a killed instance are adopted within seconds.
: "${AK_PARTNERS_RETRY_BASE_MS:=200}"
: "${AK_PARTNERS_MAX_ATTEMPTS:=4}"
: "${AK_PARTNERS_ACCEPT_WITHIN_SECONDS:=45}"
: "${AK_PARTNERS_RECOVERY_SECONDS:=2}"
: "${AK_PARTNERS_REQUEUE_AFTER_SECONDS:=5}"
: "${AK_PARTNERS_STUCK_AFTER_SECONDS:=20}"
export AK_PARTNERS_RETRY_BASE_MS AK_PARTNERS_MAX_ATTEMPTS AK_PARTNERS_ACCEPT_WITHIN_SECONDS
export AK_PARTNERS_RECOVERY_SECONDS AK_PARTNERS_REQUEUE_AFTER_SECONDS AK_PARTNERS_STUCK_AFTER_SECONDS

up() {
  local properties=$1
  require_dist
  port_open "$AK_DB_HOST" "$AK_DB_PORT" || db_ensure_server >/dev/null
  db_bootstrap recreate "$AK_DB_NAME" >/dev/null
  payara_install
  down
  rm -rf "$(domain_dir)" "$AK_PAYARA_HOME/glassfish/nodes/$(node_name)"
  domain_up
  partners_configure
  staff_configure
  partners_fake_start
  cluster_up
  haproxy_start

  mkdir -p "$(dirname "$properties")"
  (
    umask 077
    test_properties >"$properties"
    cat >>"$properties" <<PROPS
ak.test.cluster.instances=$(instance_names | paste -sd, -)
$(for name in $(instance_names); do
      echo "ak.test.cluster.$name.http.port=$(instance_http_port "$name")"
      echo "ak.test.cluster.$name.dir=$(instance_dir "$name")"
    done)
PROPS
  )
  log "Test cluster up: http://localhost:$AK_LB_PORT/ (instances $(instance_names | paste -sd' ' -))"
}

down() {
  partners_fake_stop
  haproxy_stop
  [[ -x "$AK_PAYARA_HOME/bin/asadmin" ]] && domain_exists || return 0
  if domain_running; then
    cluster_stop
  fi
  # An instance whose DAS is gone is stopped by its pid.
  local name pid
  for name in $(instance_names); do
    pid=$(cat "$(instance_dir "$name")/config/pid" 2>/dev/null) || continue
    ps -p "$pid" -o args= 2>/dev/null | grep -qF "$(instance_dir "$name")" && kill -9 "$pid"
  done
  domain_stop
}

case "${1:-}" in
  up) up "${2:?usage: test-cluster.sh up <properties-file>}" ;;
  down) down ;;
  *) die "usage: test-cluster.sh up <properties-file> | down" ;;
esac
