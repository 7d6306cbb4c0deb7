#!/usr/bin/env bash
# Runs Angel's Kitchen: builds the EAR, provides PostgreSQL (the one at AK_DB_HOST:AK_DB_PORT, or an
# embedded one), installs and configures Payara Server Full, deploys, waits and prints the URLs.
# Running it again reuses the domain and the data. Stop with server-config/bin/stop.sh.
#
# AK_INSTANCES=2 (or more) runs a cluster instead: the domain angels-kitchen-cluster with a
# deployment group of that many instances and HAProxy in front on AK_LB_PORT (8080).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"
source "$AK_REPO/server-config/lib/printers.sh"
source "$AK_REPO/server-config/lib/staff.sh"
source "$AK_REPO/server-config/lib/cluster.sh"

: "${AK_DB_NAME:=angels_kitchen}"
: "${AK_HTTP_PORT:=8080}"
: "${AK_ADMIN_PORT:=4848}"
: "${AK_ADMIN_ADDRESS:=127.0.0.1}"
: "${AK_SECURE_ADMIN:=true}"
: "${AK_DEMO_MODE:=true}"
# In demo mode the fake partner APIs stand in for DoorDash and Uber Eats (AK_PARTNERS_FAKE_PORT=
# to call the real ones with the credentials from the environment).
if [[ "$AK_DEMO_MODE" == true ]]; then
  : "${AK_PARTNERS_FAKE_PORT=8091}"
  # ...and the fake printer for the kitchen's and the cashier's printers (control page on 8092,
  # printers on 8093-8097; AK_PRINTERS_FAKE_PORT= for none).
  : "${AK_PRINTERS_FAKE_PORT=8092}"
fi
AK_DOMAIN=angels-kitchen
AK_PORT_ARGS="--adminport $AK_ADMIN_PORT --instanceport $AK_HTTP_PORT"
if cluster_enabled; then
  # The cluster's DAS only administers: its own ports sit on a base of their own (admin console
  # on base+48), the load balancer takes AK_LB_PORT.
  : "${AK_CLUSTER_PORT_BASE:=29000}"
  AK_DOMAIN=angels-kitchen-cluster
  AK_PORT_ARGS="--portbase $AK_CLUSTER_PORT_BASE"
  AK_ADMIN_PORT=$((AK_CLUSTER_PORT_BASE + 48))
  AK_HTTP_PORT=$AK_LB_PORT
fi

if [[ "${AK_SKIP_BUILD:-false}" != true ]]; then
  log "Building (./mvnw clean install, tests skipped: run them with ./mvnw verify)"
  (cd "$AK_REPO" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true clean install) ||
    die "the build failed"
fi
require_dist

db_kind=$(db_ensure_server)
db_bootstrap ensure "$AK_DB_NAME"
domain_up
partners_configure
staff_configure
printers_configure
partners_fake_start
printers_fake_start
if cluster_enabled; then
  cluster_up
  haproxy_start
else
  deploy_ear
  wait_for_application
fi

admin_scheme=http
[[ "$AK_SECURE_ADMIN" == true ]] && admin_scheme=https
cat <<TXT

  Angel's Kitchen is running.

    Application     http://localhost:$AK_HTTP_PORT/
$(staff_lines)
    Order API       http://localhost:$AK_HTTP_PORT/api/orders
    Partner intake  http://localhost:$AK_HTTP_PORT/partners/ubereats, /partners/doordash/orders,
                    /partners/doordash/cancellations, /partners/website/orders, /cancellations
    Partners page   http://localhost:$AK_HTTP_PORT/admin/partners.xhtml
    Health          http://localhost:$AK_HTTP_PORT/health/ready   /health/live
$(if cluster_enabled; then
  echo "    Metrics         per instance: https://localhost:$(($(instance_port_base ak1) + 81))/metrics, ...   (a manager's login)"
else
  echo "    Metrics         https://localhost:8181/metrics   (a manager's login)"
fi)
$(partners_demo_lines)
$(printers_demo_lines)
    Admin console   $admin_scheme://localhost:$AK_ADMIN_PORT/   (user admin, password in $(asadmin_passwordfile | sed 's:.*/::') under .local/secrets, or AK_ADMIN_PASSWORD)
    Database        $db_kind PostgreSQL at $AK_DB_HOST:$AK_DB_PORT, database $AK_DB_NAME
$(if cluster_enabled; then
  echo "    Load balancer   http://localhost:$AK_LB_PORT/   (HAProxy, $(haproxy_dir | sed "s:$AK_REPO/::")/haproxy.cfg)"
  for name in $(instance_names); do
    echo "    Instance $name    http://localhost:$(instance_http_port "$name")/   log $(instance_dir "$name" | sed "s:$AK_REPO/::")/logs/server.log"
  done
else
  echo "    Server log      $(domain_dir)/logs/server.log"
fi)

  Stop it with:    server-config/bin/stop.sh

TXT
