#!/usr/bin/env bash
# A national year through the whole running suite on PostgreSQL: one generated report for every township of the
# registry (41,351), submitted over HTTP, extracted, put in the read model, then a provincial and the national
# composite with uncertainty; then the latency of submit -> visible in a ranking under a steady load.
# See README.md in this directory.
# Usage: deploy/bench/national.sh [--no-build] [--reports N] [--skip-latency]
# Environment: WORK (a new /tmp/fazhi-national.* directory), CONCURRENCY (8), LATENCY_RATES ("5 10 20" a second),
# LATENCY_SECONDS (40),
# PG_PORT (5432): a local PostgreSQL 15 server that `su postgres -c psql` reaches (Debian: apt-get install postgresql).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=true
REPORTS=41351
LATENCY=true
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=false ;;
    --reports) REPORTS=$2; shift ;;
    --skip-latency) LATENCY=false ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
WORK=${WORK:-$(mktemp -d /tmp/fazhi-national.XXXXXX)}
CONCURRENCY=${CONCURRENCY:-8}
LATENCY_RATES=${LATENCY_RATES:-"5 10 20"}
LATENCY_SECONDS=${LATENCY_SECONDS:-40}
PG_PORT=${PG_PORT:-5432}
KAFKA_PORT=19192
SUBMISSION="http://127.0.0.1:18181"
INDICATOR="http://127.0.0.1:18182"
DASHBOARD="http://127.0.0.1:18183"
RESULTS="$WORK/results.md"
mkdir -p "$WORK/keys"
cd "$ROOT"
source deploy/bench/suite.sh

if $BUILD; then
  bench_build
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

echo "work directory: $WORK"
bench_databases bench_submission bench_indicator bench_dashboard
bench_key "$WORK/keys"
bench_kafka "$KAFKA_PORT" "$WORK/kafka"
start_service submission-service 18181 bench_submission "$WORK/submission.log"; SUBMISSION_PID=$STARTED_PID
start_service indicator-service 18182 bench_indicator "$WORK/indicator.log"; INDICATOR_PID=$STARTED_PID
start_service dashboard-service 18183 bench_dashboard "$WORK/dashboard.log"; DASHBOARD_PID=$STARTED_PID
for url in "$SUBMISSION" "$INDICATOR" "$DASHBOARD"; do wait_ready "$url"; done
TOKEN=$(bench_token COUNTRY_ADMIN_TOKEN)

{
  echo "# national-year benchmark, $(date -Iseconds)"
  echo
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM, load average" \
    "before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(psql --version | head -1)"
  echo "suite: production packages (PostgreSQL), embedded Kafka broker (3 partitions a topic), one instance each;" \
    "$REPORTS reports submitted over HTTP by $CONCURRENCY client threads"
  echo
} > "$RESULTS"

python3 deploy/bench/national_load.py --registry submission-service/src/main/resources/registry/townships.csv \
  --seeds "$ROOT/../shared/seeds" --submission "$SUBMISSION" --token "$TOKEN" --reports "$REPORTS" \
  --concurrency "$CONCURRENCY" --results "$RESULTS" \
  --pids "submission=$SUBMISSION_PID,indicator=$INDICATOR_PID,dashboard=$DASHBOARD_PID,kafka=$KAFKA_PID" \
  | tee "$WORK/national.log" || echo "NOT every submitted report was ranked exactly once (see above)" | tee -a "$RESULTS"

# a province's and the country's composite with 500-run uncertainty, computed on request (first ask) and held
composite() { # label area
  local url="$DASHBOARD/api/v1/rankings?area=$2&year=2023"
  local first held bytes
  first=$(curl -sS -o /dev/null -w '%{time_total} (HTTP %{http_code})' -H 'Accept-Encoding: gzip' "$url")
  bytes=$(curl -sS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$url")
  held=$(curl -sS -o /dev/null -w '%{time_total}' -H 'Accept-Encoding: gzip' "$url")
  echo "| $1 (\`area=$2\`) | $(awk -v t="${first%% *}" 'BEGIN{printf "%.0f", t*1000}') ms ${first#* } | $(awk -v t="$held" 'BEGIN{printf "%.0f", t*1000}') ms | $bytes |"
}
{
  echo "| composite with 500-run uncertainty | first answer (computed) | held answer | gzip bytes |"
  echo "|---|---|---|---|"
  composite "province 湖南省" 43
  composite "country" CN
  echo
} | tee -a "$RESULTS"

if $LATENCY; then
  # new reports of another year for one province's townships, at a steady rate, each timed until it is ranked; one
  # year per rate, so that every report is new
  year=2024
  for rate in $LATENCY_RATES; do
    python3 deploy/bench/national_load.py --registry submission-service/src/main/resources/registry/townships.csv \
      --seeds "$ROOT/../shared/seeds" --submission "$SUBMISSION" --token "$TOKEN" --year "$year" \
      --latency "$rate" --seconds "$LATENCY_SECONDS" --area 43 --watch "$DASHBOARD" --results "$RESULTS" \
      | tee -a "$WORK/latency.log" || true
    year=$((year == 2024 ? 2022 : year - 1))
  done
fi
echo "results: $RESULTS"
