#!/usr/bin/env bash
# Stops the Angel's Kitchen demo: the single server's domain, or the cluster (load balancer,
# instances, domain), and the embedded PostgreSQL if the run command started one.
# Data stays in .local/ for the next run.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/database.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"
source "$AK_REPO/server-config/lib/printers.sh"
source "$AK_REPO/server-config/lib/cluster.sh"

for AK_DOMAIN in angels-kitchen angels-kitchen-cluster; do
  partners_fake_stop
  printers_fake_stop
  [[ -x "$AK_PAYARA_HOME/bin/asadmin" ]] && domain_exists || continue
  if [[ $AK_DOMAIN == angels-kitchen-cluster ]]; then
    haproxy_stop
    : "${AK_CLUSTER_PORT_BASE:=29000}"
    AK_ADMIN_PORT=$((AK_CLUSTER_PORT_BASE + 48))
    domain_running && AK_INSTANCES=$(asadmin list-instances --nostatus 2>/dev/null | grep -c '^ak') &&
      cluster_stop
  fi
  domain_stop
done
embedded_pg_stop
log "Stopped."
