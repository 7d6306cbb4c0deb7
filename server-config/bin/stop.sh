#!/usr/bin/env bash
# Stops the Angel's Kitchen demo domain, and the embedded PostgreSQL if the run command started one.
# Data stays in .local/ for the next run.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"

AK_DOMAIN=angels-kitchen
partners_fake_stop
if [[ -x "$AK_PAYARA_HOME/bin/asadmin" ]]; then
  domain_stop
fi
embedded_pg_stop
log "Stopped."
