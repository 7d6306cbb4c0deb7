# shellcheck shell=bash
# The fake ESC/POS printer (server-config/lib/FakePrinter.java) that stands in for the kitchen's
# ticket printers and the cashier's receipt printer in demo mode and in the tests: it listens on
# loopback TCP ports like a printer's port 9100 and shows what would print. Sourced after
# common.sh and payara.sh.
#
#   AK_PRINTERS_FAKE_PORT   when set, the fake printer runs with its control API (a page of the
#                           slips, and /fake/... for the tests) on this loopback port, and its
#                           printers on the next AK_PRINTERS_FAKE_COUNT ports: control+1 is the
#                           receipt printer, control+2, +3... one per station in the stations' order
#                           (the demo's Fritura, Horno, Mostrador), the rest spare.
#   AK_PRINTERS_FAKE_COUNT  how many printer ports (5)
#
# In demo mode the domain is told where the fake is (ak.printing.demo-printers), and the demo data
# sets up its printers there once, each station printing when its screens are dark for 30 s.

: "${AK_PRINTERS_FAKE_COUNT:=5}"

printers_fake_pidfile() { echo "$AK_LOCAL/$AK_DOMAIN-fake-printer.pid"; }
printers_fake_url() { echo "http://127.0.0.1:$AK_PRINTERS_FAKE_PORT"; }

# The fake's printer ports, comma-separated: control+1 .. control+AK_PRINTERS_FAKE_COUNT.
printers_fake_ports() {
  local i ports=""
  for ((i = 1; i <= AK_PRINTERS_FAKE_COUNT; i++)); do
    ports+="${ports:+,}$((AK_PRINTERS_FAKE_PORT + i))"
  done
  echo "$ports"
}

# Tells the domain where the demo's printers are (or that there are none).
printers_configure() {
  local value=""
  if [[ -n "${AK_PRINTERS_FAKE_PORT:-}" && "$AK_DEMO_MODE" == true ]]; then
    value="127.0.0.1:$((AK_PRINTERS_FAKE_PORT + 1))"
  fi
  local marker
  marker="$(domain_dir)/.ak-printers-applied"
  [[ -f "$marker" && "$(cat "$marker")" == "demo-printers=$value" ]] && return 0
  if [[ -n "$value" ]]; then
    asadmin set-config-property --source=domain --propertyName=ak.printing.demo-printers \
      --propertyValue="$value" >/dev/null || die "could not set ak.printing.demo-printers"
  else
    # A property that was never set fails to delete, harmlessly.
    asadmin delete-config-property --source=domain --propertyName=ak.printing.demo-printers \
      >/dev/null 2>&1 || true
  fi
  printf 'demo-printers=%s' "$value" >"$marker"
}

# Starts the fake printer on AK_PRINTERS_FAKE_PORT (stopping one this domain left running).
printers_fake_start() {
  [[ -n "${AK_PRINTERS_FAKE_PORT:-}" ]] || return 0
  printers_fake_stop
  local port
  for port in "$AK_PRINTERS_FAKE_PORT" $(printers_fake_ports | tr ',' ' '); do
    port_open 127.0.0.1 "$port" &&
      die "port $port is taken: set AK_PRINTERS_FAKE_PORT to a free one (the printers use the next $AK_PRINTERS_FAKE_COUNT)"
  done
  local java=java log="$AK_LOCAL/$AK_DOMAIN-fake-printer.log"
  [[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"
  log "Starting the fake printer on $(printers_fake_url) (printers on ports $(printers_fake_ports); log: ${log#"$AK_REPO"/})"
  nohup "$java" "$AK_REPO/server-config/lib/FakePrinter.java" serve \
    --ports "$(printers_fake_ports)" --control "$AK_PRINTERS_FAKE_PORT" \
    --names "$(printers_fake_names)" >"$log" 2>&1 &
  echo $! >"$(printers_fake_pidfile)"
  wait_until 60 "the fake printer on port $AK_PRINTERS_FAKE_PORT" \
    port_open 127.0.0.1 "$AK_PRINTERS_FAKE_PORT"
}

# Labels for the fake's page: the receipt printer, then the demo's stations.
printers_fake_names() {
  local names=("caja (receipt)" fritura horno mostrador) i out=""
  for ((i = 0; i < AK_PRINTERS_FAKE_COUNT && i < ${#names[@]}; i++)); do
    out+="${out:+,}$((AK_PRINTERS_FAKE_PORT + 1 + i))=${names[$i]}"
  done
  echo "$out"
}

printers_fake_stop() {
  stop_pidfile "$(printers_fake_pidfile)" "the fake printer"
}

# The tests' lines about the fake printer (TestServer.property; it/support/Printers).
printers_test_properties() {
  [[ -n "${AK_PRINTERS_FAKE_PORT:-}" ]] || return 0
  cat <<PROPS
ak.test.printers.fake=$(printers_fake_url)
ak.test.printers.ports=$(printers_fake_ports)
PROPS
}

# The run command's line about the fake printer (nothing without it).
printers_demo_lines() {
  [[ -n "${AK_PRINTERS_FAKE_PORT:-}" ]] || return 0
  cat <<TXT
    Fake printer    $(printers_fake_url)/  (what the kitchen and receipt printers would print)
TXT
}
