#!/usr/bin/env bash
# Imports a sister-city list (default: the 25,917 pairs of ../shared/data/twin_cities_geocoded.csv) into the local
# stack (./observatory start first), twice, and checks that analytics-service's country pairs equal a recount of
# what agreements-service and actors-service hold. Writes the timings and the check to docs/benchmarks/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
ensure_tools
LIST="${1:-$ROOT/../shared/data/twin_cities_geocoded.csv}"
[ -r "$LIST" ] || die "cannot read $LIST"
for port in 8081 8082 8083; do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "nothing answers on port $port: run ./observatory start first"
done
# The writes and the rebuild need a token: the local admin's, unless one is given.
export OBSERVATORY_TOKEN="${OBSERVATORY_TOKEN:-$(print_token admin)}"
mvn -B -q -f "$ROOT/pom.xml" -pl importer,benchmarks -am package -DskipTests
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
OUT="$ROOT/docs/benchmarks/import-$(date -u +%Y-%m-%d).md"
mkdir -p "$(dirname "$OUT")"

run_import() {
  local started ended
  started=$(date +%s.%N)
  "$ROOT/observatory" import "$LIST" > "$1"
  ended=$(date +%s.%N)
  awk -v a="$started" -v b="$ended" 'BEGIN { print b - a }'
}

say "First import of $(basename "$LIST")"
FIRST_SECONDS=$(run_import /tmp/observatory-import-1.txt)
head -5 /tmp/observatory-import-1.txt
say "Second import of the same file"
SECOND_SECONDS=$(run_import /tmp/observatory-import-2.txt)
head -5 /tmp/observatory-import-2.txt

say "Waiting for analytics-service to catch up"
until [ "$(curl -fs http://127.0.0.1:8083/q/health/well | jq '[.checks[] | select(.data.lagEvents? != null) | .data.lagEvents] | add // 0')" = 0 ]; do
  sleep 1
done
say "Country pairs: statistic against recount"
CHECK=$(java -cp "$CP" org.paradiplomacy.benchmarks.ImportCheck http://127.0.0.1:8081 http://127.0.0.1:8082 \
  http://127.0.0.1:8083 "$LIST")
echo "$CHECK"

cat > "$OUT" <<MD
# Import benchmark, $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); the local
stack of \`./observatory start\` (demo data loaded) on the same machine as the importer (8 requests in flight).
Produced by \`benchmarks/import.sh\`.

## First import of $(basename "$LIST")
Wall time, JVM start included: **$(printf '%.1f' "$FIRST_SECONDS") s**.

\`\`\`
$(sed -n '1,5p' /tmp/observatory-import-1.txt)
\`\`\`

Rejected rows, grouped by reason:

\`\`\`
$(sed -n 's/^    line [0-9]*: //p' /tmp/observatory-import-1.txt | sed "s/'[^']*'/'…'/g; s/, [^,]* ([A-Z]\{2\})$/, …/" | sort | uniq -c | sort -rn)
\`\`\`

## Second import of the same file
Wall time: **$(printf '%.1f' "$SECOND_SECONDS") s**.

\`\`\`
$(sed -n '1,5p' /tmp/observatory-import-2.txt)
\`\`\`

## Country pairs: analytics-service against a recount

\`\`\`
$CHECK
\`\`\`
MD
say "Results written to $OUT"
