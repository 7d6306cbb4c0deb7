#!/usr/bin/env bash
# Runs Angel's Kitchen: builds the EAR, provides PostgreSQL (the one at AK_DB_HOST:AK_DB_PORT, or an
# embedded one), installs and configures Payara Server Full, deploys, waits and prints the URLs.
# Running it again reuses the domain and the data. Stop with server-config/bin/stop.sh.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"
source "$AK_REPO/server-config/lib/staff.sh"

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
fi
AK_DOMAIN=angels-kitchen
AK_PORT_ARGS="--adminport $AK_ADMIN_PORT --instanceport $AK_HTTP_PORT"

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
partners_fake_start
deploy_ear
wait_for_application

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
    Metrics         https://localhost:8181/metrics   (a manager's login)
$(partners_demo_lines)
    Admin console   $admin_scheme://localhost:$AK_ADMIN_PORT/   (user admin, password in $(asadmin_passwordfile | sed 's:.*/::') under .local/secrets, or AK_ADMIN_PASSWORD)
    Database        $db_kind PostgreSQL at $AK_DB_HOST:$AK_DB_PORT, database $AK_DB_NAME
    Server log      $(domain_dir)/logs/server.log

  Stop it with:    server-config/bin/stop.sh

TXT
