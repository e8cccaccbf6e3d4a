#!/usr/bin/env bash
# Runs the benchmarks against the local stack (./observatory start first) and writes the results to
# docs/benchmarks/. EVENTS (default 1000000) sets the size of the rebuild benchmark's synthetic history.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
ensure_tools

for port in 8081 8082 8083; do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "nothing answers on port $port: run ./observatory start first"
done
# The writes and the rebuild need a token: the local admin's, unless one is given.
export OBSERVATORY_TOKEN="${OBSERVATORY_TOKEN:-$(print_token admin)}"
mvn -B -q -f "$ROOT/pom.xml" -pl benchmarks package -DskipTests
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
OUT="$ROOT/docs/benchmarks/results-$(date -u +%Y-%m-%d).md"
mkdir -p "$(dirname "$OUT")"

say "Freshness: a write's 201 to the statistic changing"
FRESHNESS=$(java -cp "$CP" org.paradiplomacy.benchmarks.FreshnessBenchmark \
  http://127.0.0.1:8081 http://127.0.0.1:8082 http://127.0.0.1:8083 5 60 20 30)
echo "$FRESHNESS"

say "Rebuild over ${EVENTS:-1000000} events, and query latency at that size"
REBUILD=$(java -cp "$CP" org.paradiplomacy.benchmarks.RebuildBenchmark 127.0.0.1:9092 http://127.0.0.1:8083 \
  "${EVENTS:-1000000}" 42 | tee >(cat >&2) | grep -v "^rebuild: ")

cat > "$OUT" <<MD
# Benchmark results, $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); the local
stack of \`./observatory start\` (one Kafka broker, PostgreSQL 15, the three services with -Xmx512m) on the same
machine as the benchmark client. Produced by \`benchmarks/run.sh\`.

## Freshness
Signed agreements written one after another through agreements-service at a fixed rate, on top of the demo
data; each write's latency is from its 201 to the moment analytics-service's statistics show it (polled without
pause). The path: event store → outbox relay (50 ms polling, Kafka transaction) → analytics subscription
(read_committed, one transaction per poll) → statistics query.

$FRESHNESS

## Rebuild and query latency at size
A synthetic history published straight into the topics in the relays' CloudEvents form: actors across five
Chinese provinces and eight Latin American subdivisions, and sister-city agreements between them, each proposed
then signed (seed 42). The live statistics first catch up; then \`POST /api/v1/admin/rebuild\` replays everything
into a new generation and switches over.

\`\`\`
$(grep -v '^|' <<< "$REBUILD")
\`\`\`

Query latency after the rebuild, over the whole history (one client, \`asOf\` today): the first request computes
the figures from the facts; repeats are served from the cache until the next event is applied:

$(grep '^|' <<< "$REBUILD")
MD
say "Results written to $OUT"
