#!/usr/bin/env bash
# Sends realistic, correctly signed sample webhooks to the running demo, as the partners would:
# an Uber Eats notification (its order first placed in the fake Uber Eats API), a DoorDash order,
# a website order.
#
#   server-config/bin/send-webhooks.sh [ubereats|doordash|website|all] [count]
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/partners.sh"

AK_DOMAIN=${AK_DOMAIN:-angels-kitchen}
: "${AK_HTTP_PORT:=8080}"
: "${AK_PARTNERS_FAKE_PORT:=8091}"
config=$(partners_config_file)
[[ -f "$config" ]] || die "$config is missing: start the demo first (server-config/bin/run.sh)"
java=java
[[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"
exec "$java" "$AK_REPO/server-config/lib/FakePartners.java" send --config "$config" \
  --target "http://localhost:$AK_HTTP_PORT/partners" --fake "$(partners_fake_url)" \
  --partner "${1:-all}" --count "${2:-1}"
