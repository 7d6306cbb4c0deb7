#!/usr/bin/env bash
# Runs the order-to-screen load harness against the running demo server (start it with run.sh).
#   server-config/bin/benchmark.sh rate=200 seconds=30 warmup=150 screens=20
#   server-config/bin/benchmark.sh history=1000000 rate=200 ...
#   server-config/bin/benchmark.sh webhooks rate=100 seconds=30          (partner webhook intake)
#   server-config/bin/benchmark.sh webhooks mode=burst count=10000        (back to back)
#   server-config/bin/benchmark.sh seed-history orders=100000 days=365     (a year of sales)
#   server-config/bin/benchmark.sh dashboard rounds=20                     (dashboard load time)
#   server-config/bin/benchmark.sh push-channels rate=200 count=3000      (PostgreSQL NOTIFY against
#                                  a Hazelcast topic, for telling other servers of a commit)
#   server-config/bin/benchmark.sh crash count=20000 kills=10              (kill -9 the server
#                                  while webhooks arrive; every acknowledged one must become
#                                  exactly one order. It kills and restarts the demo server!)
# history=N first tops the database up to N stored (finished) orders: the demo server is stopped
# for that, the orders are written straight into PostgreSQL, and the server is started again.
# Other arguments go to com.angelskitchen.bench.KitchenLoadBenchmark; see docs/benchmarks.md. The
# harnesses live in angels-kitchen-benchmarks and use the integration tests' API client (the EAR
# module's test classes): both modules are compiled first, against the modules run.sh installed.
# With AK_INSTANCES=2 (the cluster of run.sh) the load goes through the load balancer; the CPU and
# memory figures are then those of instance ak1; kill-at=10 kills ak2 ten seconds into the measured
# phase and reports the longest gap the screens saw.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$AK_REPO/server-config/lib/payara.sh"
source "$AK_REPO/server-config/lib/staff.sh"
source "$AK_REPO/server-config/lib/cluster.sh"

: "${AK_DB_NAME:=angels_kitchen}"
: "${AK_HTTP_PORT:=8080}"
: "${AK_ADMIN_PORT:=4848}"
AK_DOMAIN=angels-kitchen
pid_file="$AK_DOMAINS/$AK_DOMAIN/config/pid"
if cluster_enabled; then
  AK_DOMAIN=angels-kitchen-cluster
  AK_HTTP_PORT=$AK_LB_PORT
  pid_file="$(instance_dir ak1)/config/pid"
  # kill-at=<s> kills ak2 (the harness measures ak1's CPU): start it again afterwards with
  # AK_INSTANCES=2 server-config/bin/run.sh.
  kill_pid_file="$(instance_dir ak2)/config/pid"
fi
db_url="jdbc:postgresql://$AK_DB_HOST:$AK_DB_PORT/$AK_DB_NAME"
[[ " $* " == *" push-channels "* || -f "$pid_file" ]] ||
  die "no running demo server (no $pid_file): start it with server-config/bin/run.sh"

history=""
harness=com.angelskitchen.bench.KitchenLoadBenchmark
harness_args=()
for arg in "$@"; do
  case "$arg" in
    webhooks)
      harness=com.angelskitchen.bench.WebhookIntakeBenchmark
      harness_args+=("config=$AK_SECRETS/$AK_DOMAIN-partners.properties")
      ;;
    crash)
      # The campaign kills the server and starts it again itself (asadmin start-domain), and
      # reads the pid file after every start: the pid= captured below is only the first one.
      harness=com.angelskitchen.bench.CrashCampaign
      harness_args+=("config=$AK_SECRETS/$AK_DOMAIN-partners.properties"
        "domain-dir=$AK_DOMAINS/$AK_DOMAIN" "asadmin=$AK_PAYARA_HOME/bin/asadmin"
        "admin-port=$AK_ADMIN_PORT" "passwordfile=$(asadmin_passwordfile)")
      ;;
    seed-history) harness=com.angelskitchen.bench.SalesHistory ;;
    push-channels) harness=com.angelskitchen.bench.PushChannels ;;
    dashboard) harness=com.angelskitchen.bench.DashboardBenchmark ;;
    history=*) history=${arg#history=} ;;
    *) harness_args+=("$arg") ;;
  esac
done

[[ -n "${kill_pid_file:-}" ]] && harness_args+=("kill-pid-file=$kill_pid_file")

cd "$AK_REPO"
# The harness signs in as the demo's manager (HTTP Basic), read from the environment.
AK_BENCH_USER=manager
AK_BENCH_PASSWORD=$(staff_password manager)
export AK_BENCH_USER AK_BENCH_PASSWORD
./mvnw -q -B -pl angels-kitchen-ear,angels-kitchen-benchmarks -Dspotless.check.skip=true \
  test-compile || die "the benchmark harnesses did not build"
bench_classpath="angels-kitchen-benchmarks/target/classes:$(<angels-kitchen-benchmarks/target/classpath)"
java=java
[[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"
# run_java <main class> <key=value>...: runs a harness, with its exit status.
run_java() {
  "$java" -cp "$bench_classpath" "$@" 2>&1 | { grep -v SLF4J || true; }
}

if [[ -n "$history" ]]; then
  domain_stop
  run_java com.angelskitchen.bench.StoredHistory "orders=$history" "db=$db_url" "user=$AK_DB_USER"
  domain_start
  wait_for_application
fi

pid=$(cat "$pid_file" 2>/dev/null || echo 0)
run_java "$harness" \
  "port=$AK_HTTP_PORT" "pid=$pid" "db=$db_url" "user=$AK_DB_USER" "${harness_args[@]}"
