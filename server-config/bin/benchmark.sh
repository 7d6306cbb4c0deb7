#!/usr/bin/env bash
# Runs the order-to-screen load harness against the running demo server (start it with run.sh).
#   server-config/bin/benchmark.sh rate=200 seconds=30 screens=20
# Arguments are passed to com.angelskitchen.bench.KitchenLoadBenchmark; see the README.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

: "${AK_HTTP_PORT:=8080}"
pid_file="$AK_DOMAINS/angels-kitchen/config/pid"
[[ -f "$pid_file" ]] || die "no running demo server (no $pid_file): start it with server-config/bin/run.sh"
pid=$(cat "$pid_file")
cd "$AK_REPO"
./mvnw -q -B -o -pl angels-kitchen-ear -Dspotless.check.skip=true test-compile exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=com.angelskitchen.bench.KitchenLoadBenchmark \
  -Dexec.args="port=$AK_HTTP_PORT pid=$pid $*" 2>&1 | grep -vE '^\[(INFO|WARNING)\]|SLF4J'
