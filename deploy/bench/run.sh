#!/usr/bin/env bash
# Benchmark of dashboard-service's ranking endpoints against a trivial endpoint of the same process, on loopback.
# See README.md in this directory. Usage: deploy/bench/run.sh [--no-build]
# Environment: KAFKA_PORT (19092), HTTP_PORT (18083), DURATION (10s), ROUNDS (3), CONNECTIONS (64), THREADS (2), WORK (a new
# directory under /tmp): databases, broker logs, process logs and results; BENCH_JAVA_OPTS: JVM options of the
# dashboard (e.g. -XX:StartFlightRecording=... to profile it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KAFKA_PORT=${KAFKA_PORT:-19092}
HTTP_PORT=${HTTP_PORT:-18083}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORK=${WORK:-$(mktemp -d /tmp/fazhi-bench.XXXXXX)}
BASE="http://127.0.0.1:$HTTP_PORT"
RESULTS="$WORK/results.md"
mkdir -p "$WORK"
cd "$ROOT"

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install -y wrk)" >&2; exit 1; }

APP=dashboard-service/target/bench-app/quarkus-run.jar
if [ "${1:-}" != "--no-build" ]; then
  # the dashboard packaged as for local runs (profile local: H2 files), but into target/bench-app so that a launcher
  # running target/local-app meanwhile keeps its jars; then the test classes (the seeder) and the classpath
  flock /tmp/fazhi-maven.lock ./mvnw -B -ntp -q install -Dmaven.test.skip=true -Dquarkus.profile=local \
    -D%local.quarkus.package.output-directory=bench-app -pl dashboard-service
  flock /tmp/fazhi-maven.lock ./mvnw -B -ntp -q test-compile dependency:build-classpath -pl dashboard-service \
    -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/dashboard-service/target/bench-classpath.txt"
fi
CP="dashboard-service/target/test-classes:dashboard-service/target/classes:$(cat dashboard-service/target/bench-classpath.txt)"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

echo "work directory: $WORK"
java -cp "$CP" io.fazhi.kafka.KafkaLauncher "$KAFKA_PORT" "$WORK/kafka" > "$WORK/kafka.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do grep -q "KAFKA READY" "$WORK/kafka.log" && break; sleep 0.5; done
grep -q "KAFKA READY" "$WORK/kafka.log" || { echo "broker did not start; see $WORK/kafka.log" >&2; exit 1; }

DATA_DIR="$WORK" HTTP_PORT="$HTTP_PORT" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=local -jar "$APP" > "$WORK/dashboard.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "dashboard did not start; see $WORK/dashboard.log" >&2; exit 1; }

java -cp "$CP" io.fazhi.dashboard.bench.BenchSeeder "127.0.0.1:$KAFKA_PORT" "$BASE" | tee "$WORK/seed.log"

COUNTY_INDICATOR="/api/v1/rankings?area=449901&year=2023&indicator=publicity.events"
COUNTY_COMPOSITE="/api/v1/rankings?area=449901&year=2023"
PROVINCE_INDICATOR="/api/v1/rankings?area=43&year=2023&indicator=publicity.events"
# name|path|Accept-Encoding (empty: none). Browsers send gzip; the dashboard gzips a held answer once.
ENDPOINTS=(
  "trivial: GET /api/v1/ping|/api/v1/ping|"
  "trivial: GET /q/health/live|/q/health/live|"
  "county, one indicator (30 townships, change vs 2022)|$COUNTY_INDICATOR|"
  "county, composite + 500-run uncertainty (30 townships, 31 indicators)|$COUNTY_COMPOSITE|"
  "county, one indicator, gzip|$COUNTY_INDICATOR|gzip"
  "county, composite + 500-run uncertainty, gzip|$COUNTY_COMPOSITE|gzip"
  "province, one indicator (2,000 townships), gzip|$PROVINCE_INDICATOR|gzip"
)
fields() { name=${1%%|*}; rest=${1#*|}; path=${rest%%|*}; encoding=${rest#*|}; }
load() {  # wrk with or without Accept-Encoding
  if [ -n "$encoding" ]; then wrk -H "Accept-Encoding: $encoding" "$@"; else wrk "$@"; fi
}

{
  echo "# dashboard-service benchmark, $(date -Iseconds)"
  echo
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -1)"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS interleaved rounds (medians; each round's requests/s"
  echo "in brackets), loopback, dashboard with H2 (local profile)"
  echo
  echo "| endpoint | answer bytes | requests/s | p50 | p99 | vs ping | load average (1 min) before/after each round |"
  echo "|---|---|---|---|---|---|---|"
} > "$RESULTS"

for e in "${ENDPOINTS[@]}"; do   # warm-up: JIT, caches
  fields "$e"
  load -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE$path" > /dev/null
done

# rounds interleave the endpoints, so that a build starting on the machine weighs on all of them alike
for round in $(seq 1 "$ROUNDS"); do
  i=0
  for e in "${ENDPOINTS[@]}"; do
    fields "$e"
    before=$(cut -d' ' -f1 /proc/loadavg)
    load -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" > "$WORK/wrk-$i-$round.txt"
    after=$(cut -d' ' -f1 /proc/loadavg)
    echo "$before $after" > "$WORK/load-$i-$round.txt"
    i=$((i + 1))
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f\n", v}'; }
i=0
PING_RPS=""
for e in "${ENDPOINTS[@]}"; do
  fields "$e"
  bytes=$(curl -fs ${encoding:+-H "Accept-Encoding: $encoding"} "$BASE$path" | wc -c)
  rps=$(cat "$WORK"/wrk-$i-*.txt | awk '/Requests\/sec/ {print $2}' | median)
  p50=$(cat "$WORK"/wrk-$i-*.txt | awk '$1 == "50%" {print $2}' | ms | median)
  p99=$(cat "$WORK"/wrk-$i-*.txt | awk '$1 == "99%" {print $2}' | ms | median)
  all=$(cat "$WORK"/wrk-$i-*.txt | awk '/Requests\/sec/ {printf "%.0f ", $2}')
  loads=$(cat "$WORK"/load-$i-*.txt | tr '\n' ' ')
  errors=$(cat "$WORK"/wrk-$i-*.txt | grep -E "Non-2xx|Socket errors" | tr '\n' ' ' || true)
  [ -z "$PING_RPS" ] && PING_RPS=$rps
  ratio=$(awk -v a="$rps" -v b="$PING_RPS" 'BEGIN {printf "%.0f%%", 100 * a / b}')
  echo "| $name \`$path\` | $bytes | $rps ($all) | $p50 ms | $p99 ms | $ratio | $loads ${errors:+($errors)}|" >> "$RESULTS"
  i=$((i + 1))
done

# one composite with uncertainty for 2,000 townships, computed (not held): each request asks new weights, a new key.
# The first requests of a fresh JVM run interpreted or C1 code: 25 untimed ones first, as a service running for a
# while has compiled its hot paths; the very first one is reported apart.
first=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/api/v1/rankings?area=43&year=2023&weights=publicity:1.001")
for i in $(seq 2 25); do
  curl -fs -o /dev/null "$BASE/api/v1/rankings?area=43&year=2023&weights=publicity:1.$(printf '%03d' "$i")"
done
times=""
for i in $(seq 1 15); do
  t=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/api/v1/rankings?area=43&year=2023&weights=publicity:2.$(printf '%03d' "$i")")
  times="$times $(awk -v t="$t" 'BEGIN {printf "%.0f", t * 1000}')"
done
held=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/api/v1/rankings?area=43&year=2023&weights=publicity:2.015")
{
  echo
  echo "Province composite with 500-run uncertainty and the change against 2022, 2,000 townships x 31 indicators,"
  echo "computed on request (new weights each time, so no held answer; the area's readings are held by data version),"
  echo "end to end (curl time_total on loopback), load average $(cut -d' ' -f1 /proc/loadavg):"
  echo
  echo "- after 25 warm-up requests, 15 requests: median $(echo $times | tr ' ' '\n' | median) ms, min $(echo $times | tr ' ' '\n' | sort -g | head -1) ms, max $(echo $times | tr ' ' '\n' | sort -g | tail -1) ms (all: $times ms)"
  echo "- the first request of the fresh JVM: $(awk -v t="$first" 'BEGIN {printf "%.0f", t * 1000}') ms; the same request again, held: $(awk -v t="$held" 'BEGIN {printf "%.1f", t * 1000}') ms"
} >> "$RESULTS"

{
  echo
  echo "Engine alone (RankingEngine.compositeWithUncertainty, one thread, no HTTP or database):"
  echo
  echo '```'
  java -cp "$CP" io.fazhi.dashboard.ranking.bench.CompositeBenchmark 2000 500 9 | tail -1
  echo '```'
} >> "$RESULTS"

cat "$RESULTS"
