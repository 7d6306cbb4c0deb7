# shellcheck shell=bash
# Partners (Uber Eats, DoorDash, the website): their settings as MicroProfile Config properties of
# the domain (secrets as Payara password aliases, referenced as ${ALIAS=...}: never in domain.xml
# in clear, never in the source tree), and the local fake partner APIs that stand in for DoorDash
# and Uber Eats in demo mode and in the tests. Sourced after common.sh and payara.sh.
#
#   AK_PARTNERS_FAKE_PORT  when set, the fake partner APIs run on this loopback port and the domain
#                          calls them instead of the real partners (demo mode and tests)
#
# Real credentials come from the environment (see docs/configuration.md):
#   AK_UBEREATS_CLIENT_ID, AK_UBEREATS_CLIENT_SECRET, AK_UBEREATS_STORE_ID,
#   AK_DOORDASH_WEBHOOK_TOKEN, AK_DOORDASH_DEVELOPER_ID, AK_DOORDASH_KEY_ID,
#   AK_DOORDASH_SIGNING_SECRET, AK_DOORDASH_STORE_ID, AK_WEBSITE_TOKEN, AK_WEBSITE_STATUS_URL
# With the fake and no credentials given, random ones are generated per domain in .local/secrets.

readonly AK_PARTNER_SECRETS=(ubereats.client-secret doordash.webhook-token doordash.signing-secret
  website.token)

partners_config_file() { echo "$AK_SECRETS/$AK_DOMAIN-partners.properties"; }
partners_fake_pidfile() { echo "$AK_LOCAL/$AK_DOMAIN-fake-partners.pid"; }
partners_fake_url() { echo "http://127.0.0.1:$AK_PARTNERS_FAKE_PORT"; }

# partner_value <env value> <generated secret name>: the environment's value, or with the fake a
# generated one, or nothing (the partner stays unconfigured and its webhooks answer 503).
partner_value() {
  if [[ -n "$1" ]]; then
    printf '%s' "$1"
  elif [[ -n "${AK_PARTNERS_FAKE_PORT:-}" ]]; then
    local_secret "$AK_DOMAIN-$2"
  fi
}

# Writes every ak.partners.* property to the domain's partner file (mode 600): the domain's
# configuration and the fake partners both read it.
partners_write_config() {
  local file uber_api=${AK_UBEREATS_API_URL:-} uber_token=${AK_UBEREATS_TOKEN_URL:-}
  local doordash_api=${AK_DOORDASH_API_URL:-} website_status=${AK_WEBSITE_STATUS_URL:-}
  file=$(partners_config_file)
  mkdir -p "$AK_SECRETS"
  if [[ -n "${AK_PARTNERS_FAKE_PORT:-}" ]]; then
    uber_api=$(partners_fake_url)
    uber_token="$uber_api/oauth/v2/token"
    doordash_api="$uber_api/marketplace"
    website_status="$uber_api/website/status"
  fi
  (
    umask 077
    cat >"$file" <<PROPS
ak.partners.ubereats.client-id=$(partner_value "${AK_UBEREATS_CLIENT_ID:-}" ubereats-client-id)
ak.partners.ubereats.client-secret=$(partner_value "${AK_UBEREATS_CLIENT_SECRET:-}" ubereats-client-secret)
ak.partners.ubereats.store-id=${AK_UBEREATS_STORE_ID:-angels-kitchen-store}
ak.partners.ubereats.api-url=$uber_api
ak.partners.ubereats.token-url=$uber_token
ak.partners.doordash.webhook-token=$(partner_value "${AK_DOORDASH_WEBHOOK_TOKEN:-}" doordash-webhook-token)
ak.partners.doordash.developer-id=$(partner_value "${AK_DOORDASH_DEVELOPER_ID:-}" doordash-developer-id)
ak.partners.doordash.key-id=$(partner_value "${AK_DOORDASH_KEY_ID:-}" doordash-key-id)
ak.partners.doordash.signing-secret=$(partner_value "${AK_DOORDASH_SIGNING_SECRET:-}" doordash-signing-secret)
ak.partners.doordash.store-id=${AK_DOORDASH_STORE_ID:-angels-kitchen-store}
ak.partners.doordash.api-url=$doordash_api
ak.partners.website.token=$(partner_value "${AK_WEBSITE_TOKEN:-}" website-token)
ak.partners.website.status-url=$website_status
ak.partners.retry-base-ms=${AK_PARTNERS_RETRY_BASE_MS:-2000}
ak.partners.max-attempts=${AK_PARTNERS_MAX_ATTEMPTS:-8}
ak.partners.accept-within-seconds=${AK_PARTNERS_ACCEPT_WITHIN_SECONDS:-480}
ak.partners.recovery-seconds=${AK_PARTNERS_RECOVERY_SECONDS:-5}
ak.partners.requeue-after-seconds=${AK_PARTNERS_REQUEUE_AFTER_SECONDS:-30}
ak.partners.stuck-after-seconds=${AK_PARTNERS_STUCK_AFTER_SECONDS:-120}
PROPS
  )
}

partners_is_secret() {
  local name=${1#ak.partners.} secret
  for secret in "${AK_PARTNER_SECRETS[@]}"; do
    [[ "$name" == "$secret" ]] && return 0
  done
  return 1
}

# Sets the partner properties on the running domain when they changed since last time. Secrets
# become password aliases (secret_property in payara.sh).
partners_configure() {
  partners_write_config
  local file marker
  file=$(partners_config_file)
  marker="$(domain_dir)/.ak-partners-applied"
  if [[ -f "$marker" && "$(cat "$marker")" == "$(cksum <"$file")" ]]; then
    return 0
  fi
  log "Configuring the delivery partners of $AK_DOMAIN"
  local name value script deletes
  script=$(mktemp)
  deletes=$(mktemp)
  while IFS='=' read -r name value; do
    [[ -z "$name" ]] && continue
    if [[ -z "$value" ]]; then
      echo "delete-config-property --source=domain --propertyName=$name" >>"$deletes"
    elif partners_is_secret "$name"; then
      secret_property "$name" "$value"
    else
      echo "set-config-property --source=domain --propertyName=$name --propertyValue=$value" >>"$script"
    fi
  done <"$file"
  # Unset settings are removed (a property that was never set fails to delete, harmlessly).
  asadmin multimode --file "$deletes" >/dev/null 2>&1 || true
  local output
  output=$(asadmin multimode --file "$script" 2>&1)
  rm -f "$script" "$deletes"
  if grep -qE 'Command .* failed|remote failure' <<<"$output"; then
    printf '%s\n' "$output" >&2
    die "configuring the delivery partners failed (see above)"
  fi
  cksum <"$file" >"$marker"
}

# Starts the fake partner APIs on AK_PARTNERS_FAKE_PORT (stopping one this domain left running).
partners_fake_start() {
  [[ -n "${AK_PARTNERS_FAKE_PORT:-}" ]] || return 0
  partners_fake_stop
  port_open 127.0.0.1 "$AK_PARTNERS_FAKE_PORT" &&
    die "port $AK_PARTNERS_FAKE_PORT is taken: set AK_PARTNERS_FAKE_PORT to a free one"
  local java=java log="$AK_LOCAL/$AK_DOMAIN-fake-partners.log"
  [[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"
  log "Starting the fake partner APIs on $(partners_fake_url) (log: ${log#"$AK_REPO"/})"
  nohup "$java" "$AK_REPO/server-config/lib/FakePartners.java" serve \
    --config "$(partners_config_file)" --port "$AK_PARTNERS_FAKE_PORT" >"$log" 2>&1 &
  echo $! >"$(partners_fake_pidfile)"
  wait_until 60 "the fake partner APIs on port $AK_PARTNERS_FAKE_PORT" \
    port_open 127.0.0.1 "$AK_PARTNERS_FAKE_PORT"
}

partners_fake_stop() {
  stop_pidfile "$(partners_fake_pidfile)" "the fake partner APIs"
}

# The run command's lines about the fake partners (nothing when real partners are used).
partners_demo_lines() {
  [[ -n "${AK_PARTNERS_FAKE_PORT:-}" ]] || return 0
  cat <<TXT
    Fake partners   $(partners_fake_url)/  (stand-ins for the DoorDash and Uber Eats APIs)
    Sample orders   server-config/bin/send-webhooks.sh [ubereats|doordash|website|all] [count]
TXT
}
