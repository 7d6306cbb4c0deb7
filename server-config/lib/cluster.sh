# shellcheck shell=bash
# Angel's Kitchen as a cluster on one machine: the domain's DAS administers a deployment group of
# AK_INSTANCES Payara instances (ak1, ak2, ...) that share one configuration, Payara's data grid
# (Hazelcast) joins them, and HAProxy in front balances HTTP and WebSocket across the instances
# that are ready. docs/scale-out.md describes the same layout across machines.
# Sourced after common.sh and payara.sh.
#
#   AK_INSTANCES           number of instances (2 or more makes a cluster)
#   AK_INSTANCE_PORT_BASE  the first instance's port base (its HTTP port is base+80); each next
#                          instance adds 1000
#   AK_LB_PORT             the load balancer's port: the address staff and partners use

: "${AK_INSTANCES:=1}"
: "${AK_INSTANCE_PORT_BASE:=30000}"
: "${AK_LB_PORT:=8080}"
AK_GROUP="kitchen"
AK_CLUSTER_CONFIG="kitchen-config"

cluster_enabled() { ((AK_INSTANCES > 1)); }

instance_names() {
  local i
  for ((i = 1; i <= AK_INSTANCES; i++)); do echo "ak$i"; done
}
instance_port_base() { echo $((AK_INSTANCE_PORT_BASE + (${1#ak} - 1) * 1000)); }
instance_http_port() { echo $(($(instance_port_base "$1") + 80)); }
node_name() { echo "localhost-$AK_DOMAIN"; }
instance_dir() { echo "$AK_PAYARA_HOME/glassfish/nodes/$(node_name)/$1"; }

# The instances' shared configuration, before the domain's configuration is applied to it: a copy
# of default-config, whose ports come from each instance's port base.
cluster_config_create() {
  asadmin list-configs | grep -qx "$AK_CLUSTER_CONFIG" && return 0
  log "Creating the instances' configuration $AK_CLUSTER_CONFIG"
  asadmin copy-config default-config "$AK_CLUSTER_CONFIG" >/dev/null ||
    die "could not create the configuration $AK_CLUSTER_CONFIG"
}

# Creates the instances and the deployment group that are missing, with the application's
# resources referenced by the group.
cluster_create() {
  # The zip leaves nadmin without its run bit; create-instance then "completes with warnings" and
  # the instance has no files.
  chmod +x "$AK_PAYARA_HOME/glassfish/lib/nadmin" "$AK_PAYARA_HOME"/glassfish/lib/nadmin* 2>/dev/null || true
  local existing name
  existing=$(asadmin list-instances --nostatus 2>/dev/null || true)
  for name in $(instance_names); do
    grep -qE "^$name( |$)" <<<"$existing" && continue
    log "Creating instance $name (HTTP port $(instance_http_port "$name"))"
    asadmin create-instance --node "$(node_name)" --config "$AK_CLUSTER_CONFIG" \
      --portbase "$(instance_port_base "$name")" "$name" >/dev/null ||
      die "could not create instance $name"
  done
  if ! asadmin list-deployment-groups 2>/dev/null | grep -qE "^\s*$AK_GROUP\s*$"; then
    asadmin create-deployment-group "$AK_GROUP" >/dev/null ||
      die "could not create the deployment group $AK_GROUP"
  fi
  local members
  members=$(asadmin list-instances --nostatus "$AK_GROUP" 2>/dev/null || true)
  for name in $(instance_names); do
    grep -qE "^$name( |$)" <<<"$members" && continue
    asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$AK_GROUP" \
      >/dev/null || die "could not add $name to the deployment group"
  done
  local refs resource
  refs=$(asadmin list-resource-refs "$AK_GROUP" 2>/dev/null || true)
  for resource in "$AK_JDBC_RESOURCE" "${AK_JMS_QUEUES[@]#*:}"; do
    grep -qx "$resource" <<<"$refs" && continue
    asadmin create-resource-ref --target "$AK_GROUP" "$resource" >/dev/null ||
      die "could not give the deployment group the resource $resource"
  done
}

# Starts the instances that are not running; restarts the running ones when the domain's
# configuration was applied again in this run (AK_CONFIG_APPLIED, set by domain_configure).
cluster_start() {
  local name stopped=()
  for name in $(instance_names); do
    if instance_running "$name"; then
      if [[ "${AK_CONFIG_APPLIED:-false}" == true ]] ||
        asadmin list-instances "$name" 2>/dev/null | grep -q "requires restart"; then
        # Stopped and started: restart-instance of this Payara asks the node for a start with a
        # zero timeout, which the node refuses, and leaves the instance stopped.
        log "Restarting $name to apply the configuration"
        asadmin stop-instance "$name" >/dev/null || die "could not stop $name"
        stopped+=("$name")
      fi
    else
      stopped+=("$name")
    fi
  done
  ((${#stopped[@]} == 0)) && return 0
  log "Starting instances ${stopped[*]} (this takes about a minute)"
  for name in "${stopped[@]}"; do
    asadmin start-instance "$name" >/dev/null ||
      die "could not start $name, see $(instance_dir "$name")/logs/server.log"
  done
}

instance_running() { asadmin list-instances "$1" 2>/dev/null | grep -qE "^$1 +running"; }

cluster_stop() {
  local name
  for name in $(instance_names); do
    instance_running "$name" || continue
    asadmin stop-instance "$name" >/dev/null 2>&1 || asadmin stop-instance --kill "$name" >/dev/null 2>&1 || true
  done
}

# Each instance's embedded broker is named after the instance (ak1 -> ak1ak1) and keeps its users
# in the instance's folder. It starts with the instance and must know the application's user from
# its very first start, so its user files are seeded before that from the DAS's broker, whose users
# broker_secure_users has set (the application's user and admin with their secret passwords, no
# guest). Done at every run, so a changed password reaches every broker.
cluster_seed_brokers() {
  local from
  from="$(domain_dir)/imq/instances/imqbroker/etc"
  [[ -f "$from/passwd" && -f "$from/accesscontrol.properties" ]] ||
    die "the DAS's broker has no user file to copy ($from)"
  local name etc
  for name in $(instance_names); do
    etc="$(instance_dir "$name")/imq/instances/${name}${name}/etc"
    mkdir -p "$etc"
    cp "$from/passwd" "$from/accesscontrol.properties" "$etc/"
    chmod 600 "$etc/passwd"
  done
}

cluster_deploy() {
  local ear
  ear=$(ear_file)
  [[ -f "$ear" ]] || die "$ear is missing: build it first (./mvnw -DskipTests install)"
  log "Deploying $(basename "$ear") to the deployment group $AK_GROUP (sessions replicated)"
  asadmin deploy --force=true --availabilityenabled=true --target "$AK_GROUP" \
    --name "$AK_APP_NAME" "$ear" >/dev/null ||
    die "deployment failed, see the instances' logs under $AK_PAYARA_HOME/glassfish/nodes"
}

cluster_wait() {
  local name port
  for name in $(instance_names); do
    port=$(instance_http_port "$name")
    log "Waiting for $name to answer on port $port"
    wait_until 240 "$name on port $port" \
      eval '[[ "$(http_status "$port" /health/ready)" == 200 ]]'
  done
}

# The domain's cluster, from nothing or from where it was: configuration, instances, group,
# brokers, application.
cluster_up() {
  cluster_create
  cluster_seed_brokers
  cluster_start
  cluster_deploy
  cluster_wait
}

haproxy_dir() { echo "$AK_LOCAL/haproxy-$AK_DOMAIN"; }

# HAProxy from Debian's packages; installed when missing (as root).
haproxy_ensure() {
  command -v haproxy >/dev/null && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "Installing Debian's haproxy (the cluster's load balancer)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy \
      >/dev/null || die "could not install haproxy"
  else
    die "the cluster needs HAProxy (Debian: sudo apt-get install haproxy)"
  fi
}

# The load balancer's configuration: round robin across the ready instances, a cookie keeps a
# browser on its instance (its session is replicated anyway), WebSocket tunnels kept for an hour.
haproxy_config() {
  cat <<CFG
# Written by server-config/lib/cluster.sh; changes are overwritten at the next run.
global
  maxconn 4096

defaults
  mode http
  option forwardfor
  option redispatch
  retries 2
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A kitchen screen's WebSocket stays open for the whole service.
  timeout tunnel 1h
  timeout http-request 10s

frontend kitchen
  bind ${AK_LB_ADDRESS:-*}:$AK_LB_PORT
  default_backend instances

backend instances
  balance roundrobin
  cookie AK_INSTANCE insert indirect nocache httponly
  # Ready means: started, not stopping, its database and broker answer (the application's checks).
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fastinter 500ms downinter 2s fall 2 rise 2 on-marked-down shutdown-sessions
CFG
  local name
  for name in $(instance_names); do
    echo "  server $name 127.0.0.1:$(instance_http_port "$name") check cookie $name"
  done
}

haproxy_running() {
  local pid
  pid=$(cat "$(haproxy_dir)/haproxy.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null
}

haproxy_start() {
  haproxy_ensure
  mkdir -p "$(haproxy_dir)"
  haproxy_config >"$(haproxy_dir)/haproxy.cfg"
  haproxy -c -q -f "$(haproxy_dir)/haproxy.cfg" || die "HAProxy refused $(haproxy_dir)/haproxy.cfg"
  if haproxy_running; then
    # A soft reload: the new process takes over the listener, the old one finishes its connections.
    haproxy -D -f "$(haproxy_dir)/haproxy.cfg" -p "$(haproxy_dir)/haproxy.pid" \
      -sf "$(cat "$(haproxy_dir)/haproxy.pid")" >>"$(haproxy_dir)/haproxy.log" 2>&1
  else
    port_open 127.0.0.1 "$AK_LB_PORT" && die "port $AK_LB_PORT is taken (a single server running? server-config/bin/stop.sh)"
    log "Starting HAProxy on port $AK_LB_PORT"
    haproxy -D -f "$(haproxy_dir)/haproxy.cfg" -p "$(haproxy_dir)/haproxy.pid" \
      >>"$(haproxy_dir)/haproxy.log" 2>&1 || die "HAProxy did not start, see $(haproxy_dir)/haproxy.log"
  fi
  wait_until 30 "the load balancer" eval '[[ "$(http_status "$AK_LB_PORT" /health/ready)" == 200 ]]'
}

haproxy_stop() {
  haproxy_running || return 0
  kill "$(cat "$(haproxy_dir)/haproxy.pid")" 2>/dev/null || true
  rm -f "$(haproxy_dir)/haproxy.pid"
}
