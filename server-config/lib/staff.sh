# shellcheck shell=bash
# The staff accounts a domain starts with. There is no built-in password: the first manager
# ("manager") gets AK_MANAGER_PASSWORD, or else a random password generated once into
# .local/secrets/<domain>-staff-manager (mode 600). In demo mode a cashier, a cook and an expo are
# seeded too, from AK_CASHIER_PASSWORD, AK_COOK_PASSWORD, AK_EXPO_PASSWORD or generated ones. The
# passwords reach the application as Payara password aliases. Sourced after common.sh and payara.sh.

staff_accounts() {
  if [[ "$AK_DEMO_MODE" == true ]]; then
    echo manager cashier cook expo
  else
    echo manager
  fi
}

# staff_password <account>: the configured password of a seeded account.
staff_password() {
  local var="AK_${1^^}_PASSWORD"
  if [[ -n "${!var:-}" ]]; then
    printf '%s' "${!var}"
  else
    local_secret "$AK_DOMAIN-staff-$1"
  fi
}

staff_property() {
  if [[ "$1" == manager ]]; then
    echo ak.staff.first-manager-password
  else
    echo "ak.staff.demo-password.$1"
  fi
}

# Sets the seeded accounts' passwords on the running domain when they changed since last time.
# The application creates the accounts at start when they do not exist yet; an existing account
# keeps its password (a manager may have changed it on the Staff page).
staff_configure() {
  local marker account password salt fingerprint=""
  marker="$(domain_dir)/.ak-staff-applied"
  # The marker says whether the passwords changed without holding them: a salted SHA-256 each.
  salt=$(local_secret "$AK_DOMAIN-staff-marker-salt")
  for account in $(staff_accounts); do
    password=$(staff_password "$account")
    ((${#password} >= 10)) || die "the $account password must have at least 10 characters"
    fingerprint+="$account:$(printf '%s:%s' "$salt" "$password" | sha256sum | cut -c1-64) "
  done
  [[ -f "$marker" && "$(cat "$marker")" == "$fingerprint" ]] && return 0
  log "Configuring the staff accounts of $AK_DOMAIN"
  for account in $(staff_accounts); do
    secret_property "$(staff_property "$account")" "$(staff_password "$account")"
  done
  printf '%s' "$fingerprint" >"$marker"
}

# The run command's lines about signing in.
staff_lines() {
  local account
  echo "    Sign in         http://localhost:$AK_HTTP_PORT/login.xhtml"
  for account in $(staff_accounts); do
    if [[ "$AK_DEMO_MODE" == true ]]; then
      printf '                    %-8s %s\n' "$account" "$(staff_password "$account")"
    else
      printf '                    %-8s password in .local/secrets/%s (or AK_MANAGER_PASSWORD)\n' \
        "$account" "$AK_DOMAIN-staff-$account"
    fi
  done
}
