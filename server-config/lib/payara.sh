# shellcheck shell=bash
# Payara Server Full for Angel's Kitchen: install from the distribution on Maven Central, create and
# configure a domain idempotently, deploy the EAR. Sourced after common.sh.
#
# A domain is described by these variables, set by the calling script before use:
#   AK_DOMAIN        domain name (angels-kitchen for the demo, angels-kitchen-test for the tests)
#   AK_PORT_ARGS     create-domain port options, e.g. "--adminport 4848 --instanceport 8080"
#   AK_ADMIN_PORT    the admin listener port those options produce
#   AK_HTTP_PORT     the HTTP listener port those options produce
#   AK_DB_NAME       the database the domain's connection pool uses
#   AK_SECURE_ADMIN  true to serve the admin console and REST over HTTPS (needs a restart)
#   AK_ADMIN_ADDRESS address the admin listener binds to (127.0.0.1 keeps it off the network)
#   AK_DEMO_MODE     true to load the demo menu and sample data
#   AK_LANGUAGE      the store's language and locale, a BCP 47 tag (es-AR; en-US, ...)
#   AK_CURRENCY      the ISO 4217 code of the prices (ARS)
#   AK_PRICES_INCLUDE_TAX  true: menu prices include the VAT, as in Argentina (true); false adds it
#   AK_TIMEZONE      the restaurant's time zone, an IANA name (America/Argentina/Buenos_Aires)
#
# The network surface is closed by default: only the HTTP(S) listeners bind to every interface.
# These open the others deliberately (e.g. 0.0.0.0 for a broker cluster across machines):
#   AK_BROKER_ADDRESS  the embedded OpenMQ broker: port mapper and every service (127.0.0.1)
#   AK_JMX_ADDRESS     Payara's JMX connector (127.0.0.1)
#   AK_IIOP_ADDRESS    the IIOP listeners, unused by the application (127.0.0.1)

: "${AK_HEAP:=384m}"
: "${AK_LANGUAGE:=es-AR}"
: "${AK_CURRENCY:=ARS}"
: "${AK_PRICES_INCLUDE_TAX:=true}"
: "${AK_TIMEZONE:=America/Argentina/Buenos_Aires}"
: "${AK_BROKER_ADDRESS:=127.0.0.1}"
: "${AK_JMX_ADDRESS:=127.0.0.1}"
: "${AK_IIOP_ADDRESS:=127.0.0.1}"

# The broker's users. Its stock users guest/guest and admin/admin are removed or given a secret
# password; Payara connects as AK_BROKER_APP_USER (the application) and admin (administration).
readonly AK_BROKER_APP_USER="angels-kitchen"
# Payara's stock metrics user in the file realm. The application's sign-in guards /metrics, not
# this user; it exists with a random password only so that set-metrics-configuration does not
# create it with the password "mp".
readonly AK_METRICS_USER="mp"

# Resource names the application looks up. They are mirrored in the application: the database in
# com.angelskitchen.platform.ResourceNames, the queues in com.angelskitchen.partners.boundary.
# PartnerQueues; change both together.
readonly AK_JDBC_POOL="angels-kitchen-pool"
readonly AK_JDBC_RESOURCE="jdbc/angelsKitchen"
readonly AK_JMS_QUEUES=("AK_OrderIntake:jms/angelsKitchen/OrderIntakeQueue"
  "AK_PartnerStatus:jms/angelsKitchen/PartnerStatusQueue")

asadmin_passwordfile() { echo "$AK_SECRETS/$AK_DOMAIN.asadmin"; }

asadmin() {
  "$AK_PAYARA_HOME/bin/asadmin" --interactive=false --host localhost --port "$AK_ADMIN_PORT" \
    --user admin --passwordfile "$(asadmin_passwordfile)" "$@"
}

payara_install() {
  [[ -x "$AK_PAYARA_HOME/bin/asadmin" ]] && return 0
  require_dist
  log "Installing Payara Server Full $AK_PAYARA_VERSION into $(dirname "$AK_PAYARA_HOME")"
  local target
  target=$(dirname "$AK_PAYARA_HOME")
  rm -rf "$target.partial"
  mkdir -p "$target.partial"
  (cd "$target.partial" && jar xf "$AK_DIST/payara.zip")
  chmod +x "$target.partial"/payara6/bin/* "$target.partial"/payara6/glassfish/bin/* \
    "$target.partial"/payara6/mq/bin/*
  rm -rf "$target"
  mv "$target.partial" "$target"
}

domain_dir() { echo "$AK_DOMAINS/$AK_DOMAIN"; }
domain_exists() { [[ -f "$(domain_dir)/config/domain.xml" ]]; }
domain_running() {
  "$AK_PAYARA_HOME/bin/asadmin" list-domains --domaindir "$AK_DOMAINS" 2>/dev/null |
    grep -qE "^$AK_DOMAIN running"
}

# The admin password comes from AK_ADMIN_PASSWORD, or else from a random secret generated on the
# first run and kept in .local/secrets. The stock empty password is never used.
domain_admin_password() {
  if [[ -n "${AK_ADMIN_PASSWORD:-}" ]]; then
    printf '%s' "$AK_ADMIN_PASSWORD"
  else
    local_secret "$AK_DOMAIN-admin-password"
  fi
}

write_asadmin_passwordfile() {
  mkdir -p "$AK_SECRETS"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$1" >"$(asadmin_passwordfile)")
}

domain_create() {
  local password
  password=$(domain_admin_password)
  write_asadmin_passwordfile "$password"
  log "Creating Payara domain $AK_DOMAIN in $AK_DOMAINS"
  mkdir -p "$AK_DOMAINS"
  # shellcheck disable=SC2086
  "$AK_PAYARA_HOME/bin/asadmin" --interactive=false --user admin \
    --passwordfile "$(asadmin_passwordfile)" create-domain --domaindir "$AK_DOMAINS" \
    $AK_PORT_ARGS "$AK_DOMAIN" >"$AK_LOCAL/create-domain-$AK_DOMAIN.log" 2>&1 ||
    die "create-domain failed, see $AK_LOCAL/create-domain-$AK_DOMAIN.log"
  rm -f "$(domain_dir)/.ak-config-applied"
}

domain_start() {
  domain_running && return 0
  log "Starting Payara domain $AK_DOMAIN (admin port $AK_ADMIN_PORT)"
  "$AK_PAYARA_HOME/bin/asadmin" start-domain --domaindir "$AK_DOMAINS" "$AK_DOMAIN" >/dev/null ||
    die "start-domain failed, see $(domain_dir)/logs/server.log"
  wait_for_deployed_application
}

# start-domain and restart-domain return while the server is still loading the applications
# deployed earlier. Redeploying during that load tears the half-loaded application down under the
# loader's feet (broken class loaders, a persistence unit without its entities), so every
# (re)start waits until a deployed application answers, or visibly failed to come up.
wait_for_deployed_application() {
  asadmin list-applications 2>/dev/null | grep -q "^$AK_APP_NAME " || return 0
  log "Waiting for the deployed application to finish loading"
  local deadline=$((SECONDS + 180)) status
  until status=$(http_status "$AK_HTTP_PORT" /api/health) && [[ "$status" == 200 || "$status" == 503 ]]; do
    if ((SECONDS >= deadline)); then
      log "The deployed application did not answer within 180 s; deploying over it"
      return 0
    fi
    sleep 1
  done
}

domain_stop() {
  domain_exists || return 0
  domain_running || return 0
  log "Stopping Payara domain $AK_DOMAIN"
  "$AK_PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$AK_DOMAINS" "$AK_DOMAIN" >/dev/null ||
    "$AK_PAYARA_HOME/bin/asadmin" stop-domain --kill --domaindir "$AK_DOMAINS" "$AK_DOMAIN" >/dev/null
}

domain_restart() {
  log "Restarting Payara domain $AK_DOMAIN to apply its configuration"
  "$AK_PAYARA_HOME/bin/asadmin" restart-domain --domaindir "$AK_DOMAINS" "$AK_DOMAIN" >/dev/null ||
    die "restart-domain failed, see $(domain_dir)/logs/server.log"
  wait_for_deployed_application
}

# Keeps the domain's admin password in step with AK_ADMIN_PASSWORD when an operator changes it.
domain_sync_admin_password() {
  local wanted current
  wanted=$(domain_admin_password)
  current=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$(asadmin_passwordfile)" 2>/dev/null)
  [[ "$wanted" == "$current" ]] && return 0
  log "Changing the admin password of $AK_DOMAIN"
  local change
  change=$(mktemp)
  printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "$current" "$wanted" >"$change"
  "$AK_PAYARA_HOME/bin/asadmin" --interactive=false --host localhost --port "$AK_ADMIN_PORT" \
    --user admin --passwordfile "$change" change-admin-password >/dev/null ||
    {
      rm -f "$change"
      die "could not change the admin password: is $(asadmin_passwordfile) out of date?"
    }
  rm -f "$change"
  write_asadmin_passwordfile "$wanted"
}

# Everything the domain's configuration depends on; when it changes, the configuration is applied
# again. Secrets are hashed, never stored.
domain_config_fingerprint() {
  {
    cat "$AK_REPO/server-config/lib/payara.sh"
    cksum <"$AK_DIST/postgresql.jar"
    echo "$AK_DB_HOST $AK_DB_PORT $AK_DB_NAME $AK_DB_USER $AK_DB_PASSWORD"
    echo "$AK_SECURE_ADMIN $AK_ADMIN_ADDRESS $AK_DEMO_MODE $AK_HEAP"
    echo "$AK_LANGUAGE $AK_CURRENCY $AK_TIMEZONE $AK_PRICES_INCLUDE_TAX"
    echo "$AK_BROKER_ADDRESS $AK_JMX_ADDRESS $AK_IIOP_ADDRESS"
    echo "${AK_INSTANCES:-1}"
    broker_admin_password
    broker_app_password
    metrics_password
  } | cksum | cut -d' ' -f1
}

# Writes the asadmin commands that bring the running domain to the wanted configuration. Resources
# are only created when missing, so that the script can run against an existing domain.
domain_config_commands() {
  local resources jmsdest aliases
  resources=$(asadmin list 'resources.*')
  # The embedded broker starts lazily; jms-ping starts it (list-jmsdest alone sometimes fails to
  # find its JMX address right after a restart).
  asadmin jms-ping >/dev/null 2>&1 || true
  jmsdest=$(asadmin list-jmsdest) || jmsdest=$(asadmin list-jmsdest) ||
    die "could not list the broker's destinations (see $(domain_dir)/logs/server.log)"
  aliases=$(asadmin list-password-aliases 2>/dev/null || true)

  # PostgreSQL: the driver as a domain library, one pool, one JNDI resource.
  local props="serverName=$AK_DB_HOST:portNumber=$AK_DB_PORT:databaseName=$AK_DB_NAME:user=$AK_DB_USER"
  if ! grep -qx "resources.jdbc-connection-pool.$AK_JDBC_POOL" <<<"$resources"; then
    echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource" \
      "--restype javax.sql.DataSource --steadypoolsize 8 --maxpoolsize 48 --poolresize 4" \
      "--isconnectvalidatereq=true --validationmethod custom-validation" \
      "--validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation" \
      "--failconnection=true --statementcachesize 64 --property $props $AK_JDBC_POOL"
  fi
  local pool="resources.jdbc-connection-pool.$AK_JDBC_POOL"
  echo "set $pool.property.serverName=$AK_DB_HOST"
  echo "set $pool.property.portNumber=$AK_DB_PORT"
  echo "set $pool.property.databaseName=$AK_DB_NAME"
  echo "set $pool.property.user=$AK_DB_USER"
  # Validate a pooled connection at most once a minute, not before every use (a round trip each).
  echo "set $pool.validate-atmost-once-period-in-seconds=60"
  # No SQL trace listener. Payara's default one (which only feeds request tracing, not used here)
  # routes every JDBC call through a reflective proxy: about 8 % of the CPU of placing an order.
  # "null" is the value Payara's resource adapter reads as "none"; an empty value means its default.
  echo "set $pool.sql-trace-listeners=null"
  if [[ -n "$AK_DB_PASSWORD" ]]; then
    if grep -qx "ak-db-password" <<<"$aliases"; then
      echo "update-password-alias ak-db-password"
    else
      echo "create-password-alias ak-db-password"
    fi
    echo "set $pool.property.password=\${ALIAS=ak-db-password}"
  else
    # Payara insists on a password property; () is its notation for the empty string.
    echo "set $pool.property.password=()"
  fi
  grep -qx "resources.jdbc-resource.$AK_JDBC_RESOURCE" <<<"$resources" ||
    echo "create-jdbc-resource --connectionpoolid $AK_JDBC_POOL $AK_JDBC_RESOURCE"

  # OpenMQ: physical destinations in the embedded broker and their JNDI administered objects.
  local entry physical jndi
  for entry in "${AK_JMS_QUEUES[@]}"; do
    physical=${entry%%:*}
    jndi=${entry#*:}
    grep -qx "$physical" <<<"$jmsdest" ||
      echo "create-jmsdest --desttype queue $physical"
    grep -qx "resources.admin-object-resource.$jndi" <<<"$resources" ||
      echo "create-jms-resource --restype jakarta.jms.Queue --property Name=$physical $jndi"
  done

  # The settings of each configuration that runs the application: the DAS's own (server-config),
  # and in a cluster the instances' shared one.
  config_commands server-config
  [[ "${AK_INSTANCES:-1}" -gt 1 ]] && config_commands "$AK_CLUSTER_CONFIG"

  # The data grid (Hazelcast): off for a single server (faster start, less memory); in a cluster it
  # replicates the web sessions and tells the instances apart.
  if [[ "${AK_INSTANCES:-1}" -gt 1 ]]; then
    # (set-hazelcast-configuration itself runs on its own: see domain_configure)
    # The load balancer runs on this machine: the sign-in throttle believes the client address it
    # forwards (X-Forwarded-For) on requests from it, and only from it.
    echo "set-config-property --source=domain --propertyName=ak.proxy.trusted-addresses --propertyValue=127.0.0.1"
    # The instances keep the EJB timer service's state in the data grid: their own H2 file would
    # start empty (the application's timers are not persistent, but the service loads regardless).
    echo "set configs.config.$AK_CLUSTER_CONFIG.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
  else
    echo "set-hazelcast-configuration --enabled=false"
  fi

  # Application settings, read through MicroProfile Config (Configuration > MicroProfile in the
  # admin console shows them).
  echo "set-config-property --source=domain --propertyName=ak.demo-mode --propertyValue=$AK_DEMO_MODE"
  # The store: its language and locale (screens, money, dates), currency and time zone.
  echo "set-config-property --source=domain --propertyName=ak.language --propertyValue=$AK_LANGUAGE"
  echo "set-config-property --source=domain --propertyName=ak.currency --propertyValue=$AK_CURRENCY"
  echo "set-config-property --source=domain --propertyName=ak.timezone --propertyValue=$AK_TIMEZONE"
  echo "set-config-property --source=domain --propertyName=ak.prices-include-tax --propertyValue=$AK_PRICES_INCLUDE_TAX"
  # How long a setting is cached once read (Payara's default, 60 s, unless asked otherwise).
  [[ -n "${AK_CONFIG_CACHE_SECONDS:-}" ]] && echo "set-config-cache --duration=$AK_CONFIG_CACHE_SECONDS"

  # The EJB timer service's H2 database: its stock URL asks H2 for AUTO_SERVER, a TCP server on a
  # random port of every interface. Only this process uses it (the application's timers are not
  # persistent), so it is opened embedded.
  echo "set resources.jdbc-connection-pool.__TimerPool.property.URL=jdbc:h2:\${com.sun.aas.instanceRoot}/lib/databases/ejbtimer"
}

# config_commands <config>: the settings of one configuration (JVM, threads, listeners, the
# network surface, metrics), as asadmin commands.
config_commands() {
  # JVM: UTF-8 whatever the machine's locale (names like Lucía or jamón), the heap size, and a heap
  # dump for the next engineer if memory ever runs out.
  local config=$1 jvm wanted option
  jvm=$(asadmin list-jvm-options --target "$config")
  # The JVM hands memory that native code freed (the JIT's scratch, zip inflaters) back to the OS
  # every 10 s; glibc would keep it, ~35 MB of resident memory after a busy hour.
  # G1 starts a marking cycle only when the old generation passes 70 % of the heap: left adaptive,
  # it ran one every few seconds under load (Payara keeps ~120 MB live in a 384 MB heap), each
  # ending in a 17-37 ms remark pause (class unloading) that every order in flight waited out.
  local options=("-Dfile.encoding=UTF-8" "-Xmx$AK_HEAP" "-XX:TrimNativeHeapInterval=10000"
    "-XX:-G1UseAdaptiveIHOP" "-XX:InitiatingHeapOccupancyPercent=70"
    "-XX:+HeapDumpOnOutOfMemoryError" "-XX:HeapDumpPath=\${com.sun.aas.instanceRoot}/logs")
  for wanted in "${options[@]}"; do
    grep -qxF -- "$wanted" <<<"$jvm" && continue
    # Replace a different value of the same option (e.g. the stock -Xmx512m).
    option=${wanted%%=*}
    [[ "$wanted" == -Xmx* ]] && option=-Xmx
    while read -r existing; do
      [[ -n "$existing" ]] && echo "delete-jvm-options --target $config ${existing//:/\\\\:}"
    done < <(grep -E -- "^${option//+/\+}" <<<"$jvm" | sed 's/ *-->.*//')
    echo "create-jvm-options --target $config ${wanted//:/\\\\:}"
  done

  # Request threads: enough for POS terminals, partners and screens waiting on the database at once
  # (the stock five queue up under load), few enough for two cores.
  echo "set configs.config.$config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=12"

  # Session cookies are SameSite=Lax: another site's form cannot post with a cook's session
  # (with the view state and the API's X-Kitchen-Client header, the CSRF defence).
  echo "set configs.config.$config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-value=Lax"
  echo "set configs.config.$config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-enabled=true"
  echo "set configs.config.$config.network-config.protocols.protocol.http-listener-2.http.cookie-same-site-value=Lax"
  echo "set configs.config.$config.network-config.protocols.protocol.http-listener-2.http.cookie-same-site-enabled=true"

  # The admin console stays on loopback unless configured otherwise.
  echo "set configs.config.$config.network-config.network-listeners.network-listener.admin-listener.address=$AK_ADMIN_ADDRESS"

  # The rest of the network surface. Payara itself opens the broker's port mapper on the jms-host's
  # address; imq.hostname moves the broker's own service ports (jms, admin, its JMX). The quotes
  # keep the backslash through multimode.
  local path=configs.config.$config
  echo "set $path.jms-service.jms-host.default_JMS_host.host=$AK_BROKER_ADDRESS"
  echo "set '$path.jms-service.property.imq\.hostname=$AK_BROKER_ADDRESS'"
  echo "set $path.admin-service.jmx-connector.system.address=$AK_JMX_ADDRESS"
  local iiop
  for iiop in orb-listener-1 SSL SSL_MUTUALAUTH; do
    echo "set $path.iiop-service.iiop-listener.$iiop.address=$AK_IIOP_ADDRESS"
  done
  # Payara logs in to the broker with secrets kept as password aliases: the jms-host's admin user
  # (creating destinations), the JMS service's user (the message-driven beans) and the default
  # connection factory's pool (everything the application sends).
  echo "set $path.jms-service.jms-host.default_JMS_host.admin-user-name=admin"
  echo "set $path.jms-service.jms-host.default_JMS_host.admin-password=\${ALIAS=ak-broker-admin-password}"
  echo "set $path.jms-service.property.user-name=$AK_BROKER_APP_USER"
  echo "set $path.jms-service.property.password=\${ALIAS=ak-broker-app-password}"
  local factory=resources.connector-connection-pool.jms/__defaultConnectionFactory-Connection-Pool
  echo "set $factory.property.UserName=$AK_BROKER_APP_USER"
  echo "set $factory.property.Password=\${ALIAS=ak-broker-app-password}"
  # /metrics: HTTPS and a login. Payara adds its endpoint to the application at the root context,
  # so the application's own sign-in answers for it: managers read it with their staff login.
  echo "set-metrics-configuration --target $config --securityenabled=true --roles=MANAGER"
}

broker_admin_password() { local_secret "$AK_DOMAIN-broker-admin-password"; }
broker_app_password() { local_secret "$AK_DOMAIN-broker-app-password"; }
metrics_password() { local_secret "$AK_DOMAIN-metrics-password"; }

# password_alias <name> <value>: creates or updates a Payara password alias; the value travels in
# a password file, never on a command line.
password_alias() {
  local name=$1 value=$2 secrets verb=create-password-alias
  asadmin list-password-aliases 2>/dev/null | grep -qx "$name" && verb=update-password-alias
  secrets=$(mktemp)
  chmod 600 "$secrets"
  { cat "$(asadmin_passwordfile)"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value"; } >"$secrets"
  "$AK_PAYARA_HOME/bin/asadmin" --interactive=false --host localhost --port "$AK_ADMIN_PORT" \
    --user admin --passwordfile "$secrets" "$verb" "$name" >/dev/null ||
    { rm -f "$secrets"; die "could not store the secret $name"; }
  rm -f "$secrets"
}

# The secrets the network-surface settings refer to, stored before those settings are applied:
# the broker's two passwords as aliases, and Payara's metrics user with a random password.
domain_store_surface_secrets() {
  password_alias ak-broker-admin-password "$(broker_admin_password)"
  password_alias ak-broker-app-password "$(broker_app_password)"
  local secrets verb=create-file-user
  asadmin list-file-users 2>/dev/null | grep -qx "$AK_METRICS_USER" && verb=update-file-user
  secrets=$(mktemp)
  chmod 600 "$secrets"
  { cat "$(asadmin_passwordfile)"; printf 'AS_ADMIN_USERPASSWORD=%s\n' "$(metrics_password)"; } >"$secrets"
  "$AK_PAYARA_HOME/bin/asadmin" --interactive=false --host localhost --port "$AK_ADMIN_PORT" \
    --user admin --passwordfile "$secrets" "$verb" --groups microprofile "$AK_METRICS_USER" \
    >/dev/null || { rm -f "$secrets"; die "could not store the metrics user"; }
  rm -f "$secrets"
}

# Replaces the embedded broker's stock users (guest/guest, admin/admin): admin gets its secret
# password, the application its own user, guest is removed. The broker reads its user file at each
# login, so this takes effect at once; Payara picks up its new credentials at the restart that
# follows (deploying before it would still log in as guest).
broker_secure_users() {
  local usermgr="$AK_PAYARA_HOME/mq/bin/imqusermgr"
  # The zip leaves OpenMQ's scripts without their run bit (installs before this script set it).
  [[ -x "$usermgr" ]] || chmod +x "$AK_PAYARA_HOME"/mq/bin/*
  local mq=(-varhome "$(domain_dir)/imq" -i imqbroker)
  "$usermgr" "${mq[@]}" update -u admin -p "$(broker_admin_password)" -f -s ||
    die "could not set the broker's admin password (imqusermgr)"
  if "$usermgr" "${mq[@]}" list -u "$AK_BROKER_APP_USER" >/dev/null 2>&1; then
    "$usermgr" "${mq[@]}" update -u "$AK_BROKER_APP_USER" -p "$(broker_app_password)" -f -s
  else
    "$usermgr" "${mq[@]}" add -u "$AK_BROKER_APP_USER" -p "$(broker_app_password)" -g user -s
  fi || die "could not store the broker's application user (imqusermgr)"
  if "$usermgr" "${mq[@]}" list -u guest >/dev/null 2>&1; then
    "$usermgr" "${mq[@]}" delete -u guest -f -s || die "could not remove the broker's guest user"
  fi
}

# Applies the configuration when it changed since last time, then restarts the domain once.
domain_configure() {
  local marker fingerprint
  marker="$(domain_dir)/.ak-config-applied"
  fingerprint=$(domain_config_fingerprint)
  [[ -f "$marker" && "$(cat "$marker")" == "$fingerprint" ]] && return 0

  log "Configuring Payara domain $AK_DOMAIN (JDBC pool, JMS destinations, settings)"
  if ! cmp -s "$AK_DIST/postgresql.jar" "$(domain_dir)/lib/postgresql.jar"; then
    asadmin add-library --type common "$AK_DIST/postgresql.jar" >/dev/null ||
      die "could not add the PostgreSQL driver to the domain"
  fi

  domain_store_surface_secrets
  local script output
  script=$(mktemp)
  domain_config_commands >"$script"
  # multimode keeps going after a failed command and exits 0, so its output is checked instead.
  local secrets
  secrets=$(mktemp)
  chmod 600 "$secrets"
  {
    cat "$(asadmin_passwordfile)"
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$AK_DB_PASSWORD"
  } >"$secrets"
  output=$("$AK_PAYARA_HOME/bin/asadmin" --interactive=false --host localhost \
    --port "$AK_ADMIN_PORT" --user admin --passwordfile "$secrets" multimode --file "$script" 2>&1)
  rm -f "$secrets"
  if grep -qE 'Command .* failed|remote failure' <<<"$output"; then
    printf '%s\n' "$output" >&2
    rm -f "$script"
    die "configuring the domain failed (commands: see above)"
  fi
  rm -f "$script"
  if [[ "${AK_INSTANCES:-1}" -gt 1 ]]; then
    # Outside multimode: with instances stopped it "completes with warnings", which multimode
    # reports as a failure. The grid's ports (DAS base + 49, instances 5900 and up) listen on every
    # interface: restricting them (--interfaces=127.0.0.1, hazelcast.socket.bind.any=false) kept
    # a restarted instance out of the grid (it formed a cluster of its own). Firewall them; see
    # docs/scale-out.md. Host-aware partitioning off: with every member on this one host it makes
    # one partition group, and the grid then keeps no backup copies, so the sessions whose
    # partitions a killed instance owned were lost with it. (Across hosts, turn it back on.)
    asadmin set-hazelcast-configuration --enabled=true --dynamic=false \
      --hostawarePartitioning=false >/dev/null ||
      die "could not configure the data grid"
  fi
  broker_secure_users

  if [[ "$AK_SECURE_ADMIN" == true ]] &&
    ! asadmin get secure-admin.enabled 2>/dev/null | grep -q '=true'; then
    log "Enabling secure admin (HTTPS for the admin console)"
    asadmin enable-secure-admin >/dev/null || die "enable-secure-admin failed"
  fi
  domain_restart
  echo "$fingerprint" >"$marker"
  AK_CONFIG_APPLIED=true
}

# Creates, starts and configures the domain described by the AK_* variables (in a cluster, the
# instances' shared configuration is created first, so that it is configured with the rest).
domain_up() {
  payara_install
  domain_exists || domain_create
  domain_start
  domain_sync_admin_password
  [[ "${AK_INSTANCES:-1}" -gt 1 ]] && cluster_config_create
  domain_configure
}

ear_file() { echo "$AK_REPO/angels-kitchen-ear/target/angels-kitchen.ear"; }

deploy_ear() {
  local ear
  ear=$(ear_file)
  [[ -f "$ear" ]] || die "$ear is missing: build it first (./mvnw -DskipTests install)"
  log "Deploying $(basename "$ear") to $AK_DOMAIN"
  asadmin deploy --force=true --name "$AK_APP_NAME" "$ear" >/dev/null ||
    die "deployment failed, see $(domain_dir)/logs/server.log"
}

# HTTP status of a GET on localhost, using bash alone (no curl on a bare machine).
http_status() {
  local port=$1 path=$2
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
    head -n 1 <&3 | cut -d' ' -f2
  ) 2>/dev/null
}

wait_for_application() {
  log "Waiting for the application to answer on port $AK_HTTP_PORT"
  wait_until 180 "http://localhost:$AK_HTTP_PORT/api/health" \
    eval '[[ "$(http_status "$AK_HTTP_PORT" /api/health)" == 200 ]]'
}

# secret_property <property> <value>: stores the value as a Payara password alias named like the
# property and points the MicroProfile Config property at it (${ALIAS=...}), so the secret is
# neither in domain.xml in clear nor in the source tree. The value travels in a password file.
secret_property() {
  local name=$1 value=$2
  password_alias "$name" "$value"
  asadmin set-config-property --source=domain --propertyName="$name" \
    --propertyValue="\${ALIAS=$name}" >/dev/null || die "could not set $name"
}
