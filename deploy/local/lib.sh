# Functions behind ./observatory: find a JDK, start PostgreSQL, a Kafka broker and Keycloak without Docker, run
# the services from their packaged jars, and stop it all. Everything the stack writes goes to .local/.
# shellcheck shell=bash

STATE="$ROOT/.local"
LOGS="$STATE/logs"
PIDS="$STATE/pids"
KAFKA_LIBS="$ROOT/deploy/local/target/kafka-libs"
KAFKA_CONF="$ROOT/deploy/local/kafka"
# Keycloak, the identity provider: the distribution the build copied into deploy/local/target/keycloak, unpacked
# under .local/keycloak, with the committed realm imported at its first start (deploy/local/keycloak/README.md).
KEYCLOAK_ARCHIVES="$ROOT/deploy/local/target/keycloak"
KEYCLOAK_REALM="$ROOT/deploy/local/keycloak/observatory-realm.json"
KEYCLOAK_PORT=8180
OIDC_ISSUER="http://127.0.0.1:$KEYCLOAK_PORT/realms/observatory"
LOADER_CLIENT_ID=observatory-loader
LOADER_CLIENT_SECRET=observatory-loader-dev-secret
# The realm's users and their development passwords (printed by ./observatory start).
DEV_USERS=("editor:editor-dev-password:registers and changes records"
  "admin:admin-dev-password:also rebuilds statistics, handles dead letters, repairs publication"
  "reader:reader-dev-password:reads, when reads require a token")
SERVICES=("actors-service:8081:observatory_actors" "agreements-service:8082:observatory_agreements" "analytics-service:8083:observatory_analytics")

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'observatory: %s\n' "$*" >&2; exit 1; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# A JDK of version 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return
  fi
  local best="" best_version=0 dir version
  for dir in /usr/lib/jvm/*/; do
    [ -x "$dir/bin/javac" ] || continue
    version=$(java_major "$dir/bin/java")
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best="${dir%/}" best_version=$version
    fi
  done
  [ -n "$best" ] || die "a JDK 21 or newer is needed (for example Temurin 25 in /usr/lib/jvm); set JAVA_HOME to one"
  export JAVA_HOME="$best"
}

ensure_tools() {
  find_jdk
  export PATH="$JAVA_HOME/bin:$PATH"
  local missing=() tool
  # node, npm and kubectl run the offline checks of the contracts and the Kubernetes manifests in the tests.
  for tool in mvn:maven curl:curl jq:jq node:nodejs npm:npm kubectl:kubernetes-client; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null || die "needed: apt-get install ${missing[*]}"
  fi
  # Maven's own libraries warn on JDK 24+; they are not ours to fix.
  [ "$(java_major "$JAVA_HOME/bin/java")" -lt 24 ] || export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}

# The dashboard's browser tests drive Debian's Chromium (never a browser a test tool downloads).
ensure_browser() {
  if ! command -v chromium >/dev/null; then
    say "Installing chromium"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null || die "the browser tests need Chromium: apt-get install chromium"
  fi
}

# PostgreSQL at 127.0.0.1:5432, started if it is down.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return
  fi
  if ! command -v pg_ctlcluster >/dev/null; then
    say "Installing PostgreSQL"
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || die "PostgreSQL is needed: apt-get install postgresql"
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -1)
  say "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "PostgreSQL $version did not start"
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
  ensure_role
}

# The tests and the services connect as PGUSER (root by default), with trust authentication on localhost.
ensure_role() {
  local user="${PGUSER:-root}"
  if ! psql -h 127.0.0.1 -U "$user" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    su postgres -c "createuser --superuser $user" 2>/dev/null || true
  fi
}

ensure_databases() {
  local entry db
  for entry in "${SERVICES[@]}"; do
    db="${entry##*:}"
    if [ "$(psql -h 127.0.0.1 -d postgres -Atc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      say "Creating database $db"
      createdb -h 127.0.0.1 "$db"
    fi
  done
}

build() {
  say "Building (tests skipped; ./observatory test runs them)"
  mvn -B -q -f "$ROOT/pom.xml" package -DskipTests || die "the build failed"
}

running() { [ -f "$PIDS/$1" ] && kill -0 "$(cat "$PIDS/$1")" 2>/dev/null; }

start_kafka() {
  if running kafka; then
    say "Kafka is already running on 127.0.0.1:9092"
    return
  fi
  local config="$STATE/kafka/server.properties"
  mkdir -p "$STATE/kafka"
  if [ ! -f "$STATE/kafka/data/meta.properties" ]; then
    cp "$KAFKA_CONF/server.properties" "$config"
    echo "log.dirs=$STATE/kafka/data" >> "$config"
    local cluster_id
    cluster_id=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_CONF/log4j2.properties" \
      kafka.tools.StorageTool format --standalone --cluster-id="$cluster_id" -c "$config" > "$LOGS/kafka-format.log" 2>&1 \
      || die "formatting Kafka's storage failed; see $LOGS/kafka-format.log"
  fi
  say "Starting Kafka on 127.0.0.1:9092"
  : > "$LOGS/kafka.log"
  nohup java -Xms256m -Xmx512m -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_CONF/log4j2.properties" \
    kafka.Kafka "$config" >> "$LOGS/kafka.log" 2>&1 &
  echo $! > "$PIDS/kafka"
  for _ in $(seq 1 120); do
    grep -q "Kafka Server started" "$LOGS/kafka.log" && return
    running kafka || break
    sleep 0.5
  done
  die "Kafka did not start; see $LOGS/kafka.log"
}

# Unpacks the Keycloak distribution under .local/keycloak once, and puts the realm where --import-realm reads it.
prepare_keycloak() {
  local archive version
  archive=$(ls "$KEYCLOAK_ARCHIVES"/keycloak-quarkus-dist-*.tar.gz 2>/dev/null | sort -V | tail -1)
  if [ -z "$archive" ]; then
    mvn -B -q -f "$ROOT/deploy/local/pom.xml" generate-resources || die "fetching the Keycloak distribution failed"
    archive=$(ls "$KEYCLOAK_ARCHIVES"/keycloak-quarkus-dist-*.tar.gz 2>/dev/null | sort -V | tail -1)
    [ -n "$archive" ] || die "no Keycloak distribution in $KEYCLOAK_ARCHIVES"
  fi
  version=$(basename "$archive" .tar.gz)
  version=${version#keycloak-quarkus-dist-}
  KEYCLOAK_VERSION=$version
  KEYCLOAK_HOME="$STATE/keycloak/keycloak-$version"
  if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
    say "Unpacking Keycloak $version into $KEYCLOAK_HOME"
    rm -rf "$KEYCLOAK_HOME.partial"
    mkdir -p "$KEYCLOAK_HOME.partial"
    tar xzf "$archive" -C "$KEYCLOAK_HOME.partial" --strip-components=1 || die "unpacking $archive failed"
    mv "$KEYCLOAK_HOME.partial" "$KEYCLOAK_HOME"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$KEYCLOAK_REALM" "$KEYCLOAK_HOME/data/import/observatory-realm.json"
}

keycloak_ready() { curl -fs "$OIDC_ISSUER/.well-known/openid-configuration" >/dev/null 2>&1; }

# Keycloak in development mode (HTTP, an H2 file database under its data/ directory) on 127.0.0.1:8180. Its first
# start builds the server once (about a minute); later starts reuse that build. The realm is imported when it does
# not exist yet: to load a changed realm file, stop the stack and delete $STATE/keycloak/*/data/h2.
start_keycloak() {
  if running keycloak; then
    say "Keycloak is already running on 127.0.0.1:$KEYCLOAK_PORT"
    return
  fi
  if keycloak_ready; then
    say "An identity provider already answers for $OIDC_ISSUER: using it"
    return
  fi
  prepare_keycloak
  say "Starting Keycloak $KEYCLOAK_VERSION on 127.0.0.1:$KEYCLOAK_PORT"
  : > "$LOGS/keycloak.log"
  JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx384m}" \
    nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --import-realm \
    >> "$LOGS/keycloak.log" 2>&1 &
  echo $! > "$PIDS/keycloak"
}

await_keycloak() {
  for _ in $(seq 1 480); do
    keycloak_ready && return
    running keycloak || die "Keycloak stopped; see $LOGS/keycloak.log"
    sleep 0.5
  done
  die "Keycloak is not ready after 240 s; see $LOGS/keycloak.log"
}

# Prints an access token of a realm user (password grant on the public client observatory-cli).
print_token() {
  local user=${1:-} entry password="" answer
  for entry in "${DEV_USERS[@]}"; do
    [ "${entry%%:*}" = "$user" ] && { password=${entry#*:}; password=${password%%:*}; }
  done
  [ -n "$password" ] || die "usage: ./observatory token editor|admin|reader"
  password=${OBSERVATORY_PASSWORD:-$password}
  answer=$(curl -sS --data-urlencode grant_type=password --data-urlencode client_id=observatory-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$password" \
    "$OIDC_ISSUER/protocol/openid-connect/token") || die "no identity provider answers at $OIDC_ISSUER (./observatory start runs one)"
  jq -er '.access_token // empty' <<< "$answer" 2>/dev/null \
    || die "$OIDC_ISSUER refused a token for $user: $(jq -r '.error_description // .error // .' <<< "$answer" 2>/dev/null || echo "$answer")"
}

start_service() {
  local name=$1 port=$2 db=$3
  if running "$name"; then
    say "$name is already running on port $port"
    return
  fi
  say "Starting $name on port $port"
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 \
  OBSERVATORY_OIDC_ISSUER="$OIDC_ISSUER" \
    nohup java -Xmx512m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" > "$LOGS/$name.log" 2>&1 &
  echo $! > "$PIDS/$name"
}

await_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return
    running "$name" || die "$name stopped; see $LOGS/$name.log"
    sleep 0.5
  done
  die "$name is not ready after 90 s; see $LOGS/$name.log"
}

start_all() {
  ensure_tools
  ensure_postgres
  ensure_role
  ensure_databases
  mkdir -p "$LOGS" "$PIDS"
  build
  start_keycloak
  start_kafka
  await_keycloak
  local entry name port db
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port db <<< "$entry"
    start_service "$name" "$port" "$db"
  done
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port db <<< "$entry"
    await_ready "$name" "$port"
  done
  load_demo_data
  print_urls
}

# The demo data (deploy/local/demo/README.md): the hand-made demo of deploy/local/demo, then the sourced lists of
# ../shared/data when they are there. The lists vouch for their undated network members as of 2026-12-01, the day
# they were compiled (../shared/data/README.md); a fixed day, so that loading again on another day replays.
DEMO_LISTS="${DEMO_LISTS:-$ROOT/../shared/data}"
load_demo_data() {
  local args=(--demo "$ROOT/deploy/local/demo")
  if [ -r "$DEMO_LISTS/china_lac_engagements.csv" ] && [ -r "$DEMO_LISTS/network_memberships.csv" ]; then
    args+=(--engagements "$DEMO_LISTS/china_lac_engagements.csv" --memberships "$DEMO_LISTS/network_memberships.csv"
      --attested-on 2026-12-01)
  else
    say "No sourced lists in $DEMO_LISTS: loading the hand-made demo only"
  fi
  say "Loading the demo data (as the client $LOADER_CLIENT_ID)"
  run_importer org.paradiplomacy.importer.demo.DemoCommand "${args[@]}" || die "loading the demo data failed"
}

print_urls() {
  cat <<MSG

The Observatory is running:
  Dashboard           http://127.0.0.1:8083/
  actors-service      http://127.0.0.1:8081/q/swagger-ui   health http://127.0.0.1:8081/q/health
  agreements-service  http://127.0.0.1:8082/q/swagger-ui   health http://127.0.0.1:8082/q/health
  analytics-service   http://127.0.0.1:8083/q/swagger-ui   health http://127.0.0.1:8083/q/health
  Keycloak            $OIDC_ISSUER   (the issuer the services trust)
  Kafka               127.0.0.1:9092 (topics paradiplomacy.*.v1)
  PostgreSQL          127.0.0.1:5432 (databases observatory_actors, observatory_agreements, observatory_analytics)
  Logs                $LOGS

Users of the realm observatory (development passwords; writes need a bearer token):
MSG
  local entry user rest
  for entry in "${DEV_USERS[@]}"; do
    user=${entry%%:*} rest=${entry#*:}
    printf '  %-8s password %-22s %s\n' "$user" "${rest%%:*}" "${rest#*:}"
  done
  cat <<MSG
  The importer and the demo loader sign in as the client $LOADER_CLIENT_ID (secret $LOADER_CLIENT_SECRET).
Get a token with: TOKEN=\$(./observatory token editor)   then: curl -H "Authorization: Bearer \$TOKEN" ...
Stop it with: ./observatory stop
MSG
}

stop_process() {
  local name=$1 pid
  running "$name" || { rm -f "$PIDS/$name"; return; }
  pid=$(cat "$PIDS/$name")
  say "Stopping $name"
  kill "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PIDS/$name"
}

stop_all() {
  local entry
  for entry in "${SERVICES[@]}"; do
    stop_process "${entry%%:*}"
  done
  stop_process kafka
  stop_process keycloak
}

status_all() {
  local entry name port db
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port db <<< "$entry"
    if running "$name"; then
      printf '%-20s running  %s\n' "$name" "$(curl -s "http://127.0.0.1:$port/q/health/ready" | tr -d ' \n' | cut -c1-80)"
    else
      printf '%-20s stopped\n' "$name"
    fi
  done
  running kafka && printf '%-20s running\n' kafka || printf '%-20s stopped\n' kafka
  if running keycloak; then
    printf '%-20s running  %s %s\n' keycloak "$OIDC_ISSUER" "$(keycloak_ready && echo ready || echo starting)"
  else
    printf '%-20s stopped\n' keycloak
  fi
}

# The Authorization header of the admin commands below: OBSERVATORY_TOKEN if set (a token of another identity
# provider), else a token of the realm's admin user.
admin_authorization() {
  printf 'Authorization: Bearer %s' "${OBSERVATORY_TOKEN:-$(print_token admin)}"
}

# Starts a rebuild of the statistics and shows its progress until it has switched over.
rebuild_statistics() {
  local url="${ANALYTICS_URL:-http://127.0.0.1:8083}/api/v1/admin/rebuild" progress state auth
  auth=$(admin_authorization) || exit 1
  progress=$(curl -fsS -H "$auth" -X POST "$url") || die "could not start a rebuild at $url (is the stack running? is one running already?)"
  while :; do
    state=$(jq -r .state <<< "$progress")
    printf '\r%-8s generation %s: %s events done, %s left, %.0f events/s, about %s s left   ' "$state" \
      "$(jq -r .generation <<< "$progress")" "$(jq -r .eventsDone <<< "$progress")" "$(jq -r .eventsLeft <<< "$progress")" \
      "$(jq -r .eventsPerSecond <<< "$progress")" "$(jq -r '.secondsLeft // "?"' <<< "$progress")"
    case "$state" in
      done) echo; say "The statistics are now served from generation $(jq -r .activeGeneration <<< "$progress")"; return ;;
      failed) echo; die "the rebuild failed: $(jq -r .error <<< "$progress")" ;;
    esac
    sleep 1
    progress=$(curl -fsS -H "$auth" "$url") || die "lost analytics-service at $url"
  done
}

# Compares each write service's topics with its event store and, with --repair, republishes what is missing
# (docs/operations.md). Exits 1 when events are missing and were not repaired.
verify_publication() {
  local repair=false entry name port db url progress state missing found=0 auth
  case "${1:-}" in
    --repair) repair=true ;;
    "") ;;
    *) die "usage: ./observatory verify-publication [--repair]" ;;
  esac
  auth=$(admin_authorization) || exit 1
  for entry in "${SERVICES[@]:0:2}"; do
    IFS=: read -r name port db <<< "$entry"
    url="http://127.0.0.1:$port/api/v1/admin/publication/verification"
    progress=$(curl -fsS -H "$auth" -X POST "$url?repair=$repair") || die "could not start the check at $url (is $name running?)"
    while :; do
      state=$(jq -r .state <<< "$progress")
      printf '\r%-20s %-18s %s/%s records read, %s/%s events checked, %s republished   ' "$name" \
        "$(jq -r .phase <<< "$progress")" "$(jq -r .recordsRead <<< "$progress")" "$(jq -r .recordsTotal <<< "$progress")" \
        "$(jq -r .eventsChecked <<< "$progress")" "$(jq -r .eventsTotal <<< "$progress")" "$(jq -r .republished <<< "$progress")"
      case "$state" in
        done) break ;;
        failed) echo; die "$name: the check failed: $(jq -r .error <<< "$progress")" ;;
      esac
      sleep 1
      progress=$(curl -fsS -H "$auth" "$url") || die "lost $name at $url"
    done
    printf '\r\033[K'
    missing=$(jq -r .missing <<< "$progress")
    jq -r '(.streams[:10][] | "  \(.streamType) \(.streamId): \(.missing) missing \(.missingVersions), \(.duplicated) duplicated, \(.outOfOrder) out of order"),
      (if (.streams | length) > 10 then "  ... and \((.streams | length) - 10) more streams (GET the verification for up to 100)" else empty end)' <<< "$progress"
    printf '%s: %s (%.1f s, %s events/s republished)\n' "$name" "$(jq -r .summary <<< "$progress")" \
      "$(jq -r '((.finishedAt | sub("\\.[0-9]+";"") | fromdate) - (.startedAt | sub("\\.[0-9]+";"") | fromdate))' <<< "$progress")" \
      "$(jq -r .eventsPerSecond <<< "$progress")"
    [ "$repair" = true ] || [ "$missing" = 0 ] || found=1
  done
  return $found
}

# Imports a list of twinned places into the running stack through its APIs (see docs/import.md).
import_list() {
  [ $# -gt 0 ] || die "usage: ./observatory import FILE [--attested-on YYYY-MM-DD] [--concurrency N] (see docs/import.md)"
  ensure_tools
  run_importer org.paradiplomacy.importer.ImportCommand "$@"
}

# Places the running stack's actors that have coordinates but no subdivision, through actors-service's API
# (see docs/import.md).
place_actors() {
  ensure_tools
  run_importer org.paradiplomacy.importer.placement.PlaceCommand "$@"
}

# Runs a main class of the importer module (the list importer, the demo loader, the placement backfill), building it
# if it is not built.
run_importer() {
  local main=$1
  shift
  if [ ! -f "$ROOT/importer/target/classpath.txt" ]; then
    say "Building the importer"
    mvn -B -q -f "$ROOT/pom.xml" -pl importer -am package -DskipTests || die "the build failed"
  fi
  OBSERVATORY_OIDC_ISSUER="${OBSERVATORY_OIDC_ISSUER:-$OIDC_ISSUER}" \
  OBSERVATORY_CLIENT_ID="${OBSERVATORY_CLIENT_ID:-$LOADER_CLIENT_ID}" \
  OBSERVATORY_CLIENT_SECRET="${OBSERVATORY_CLIENT_SECRET:-$LOADER_CLIENT_SECRET}" \
    java -cp "$ROOT/importer/target/classes:$(cat "$ROOT/importer/target/classpath.txt")" "$main" "$@"
}

run_tests() {
  ensure_tools
  ensure_browser
  ensure_postgres
  ensure_role
  say "Running every test (each test run starts its own Kafka broker and databases)"
  mvn -B -f "$ROOT/pom.xml" verify
}
