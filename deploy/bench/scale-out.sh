#!/usr/bin/env bash
# Two instances of indicator-service and two of dashboard-service, one consumer group per service, on one machine
# and one PostgreSQL: they split the topics' partitions; one instance of each is killed (SIGKILL) mid-load and the
# survivor takes its partitions over. Counts what was lost and what was processed twice. See README.md here.
# Usage: deploy/bench/scale-out.sh [--no-build] [--reports N]     Environment: WORK, PG_PORT (5432)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=true
REPORTS=3000
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=false ;;
    --reports) REPORTS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
WORK=${WORK:-$(mktemp -d /tmp/fazhi-scale-out.XXXXXX)}
SUBMISSION="http://127.0.0.1:18181"
INDICATOR="http://127.0.0.1:18182"
mkdir -p "$WORK/keys"
cd "$ROOT"
source deploy/bench/suite.sh
$BUILD && bench_build

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
export PGPASSWORD=fazhi
q() { psql -h 127.0.0.1 -p "${PG_PORT:-5432}" -U fazhi -d "$1" -Atc "$2"; }
member_of() { # log file: the partitions its consumer of the topic was last assigned
  grep -o "Adding newly assigned partitions: [^\"]*$2-[0-9][^\"]*" "$1" | tail -1 | sed 's/.*partitions: //' || true
}

echo "work directory: $WORK"
bench_databases scale_submission scale_indicator scale_dashboard
bench_key "$WORK/keys"
bench_kafka 19193 "$WORK/kafka"
# one consumer thread per instance, so that two instances of a service split the three partitions of its topic; a
# member that dies gives its partitions up after the session timeout (the manifests' 10 s; the client default is 45 s)
GROUP_SETTINGS="KAFKA_SESSION_TIMEOUT_MS=${SESSION_TIMEOUT_MS:-10000} KAFKA_HEARTBEAT_INTERVAL_MS=3000"
start_service submission-service 18181 scale_submission "$WORK/submission.log"
wait_ready "$SUBMISSION"
start_service indicator-service 18182 scale_indicator "$WORK/indicator-a.log" CONSUMER_THREADS=1 $GROUP_SETTINGS
INDICATOR_A=$STARTED_PID
start_service dashboard-service 18183 scale_dashboard "$WORK/dashboard-a.log" CONSUMER_THREADS=1 $GROUP_SETTINGS
DASHBOARD_A=$STARTED_PID
wait_ready http://127.0.0.1:18182; wait_ready http://127.0.0.1:18183
# the second instances after the first have migrated the shared databases
start_service indicator-service 18192 scale_indicator "$WORK/indicator-b.log" CONSUMER_THREADS=1 $GROUP_SETTINGS
start_service dashboard-service 18193 scale_dashboard "$WORK/dashboard-b.log" CONSUMER_THREADS=1 $GROUP_SETTINGS
wait_ready http://127.0.0.1:18192; wait_ready http://127.0.0.1:18193
TOKEN=$(bench_token COUNTRY_ADMIN_TOKEN)

python3 deploy/bench/national_load.py --registry submission-service/src/main/resources/registry/townships.csv \
  --seeds "$ROOT/../shared/seeds" --submission "$SUBMISSION" --token "$TOKEN" --reports "$REPORTS" \
  --dbs scale_submission,scale_indicator,scale_dashboard --timeout 600 --sample 10 > "$WORK/load.log" 2>&1 &
LOAD=$!

# once a third of the reports are in the read model, kill one instance of each service without warning
while [ "$(q scale_dashboard "select count(*) from township_year")" -lt $((REPORTS / 3)) ]; do sleep 1; done
echo "partitions before the kill:"
for log in indicator-a indicator-b; do echo "  $log: $(member_of "$WORK/$log.log" fazhi.reports.submitted)"; done
for log in dashboard-a dashboard-b; do echo "  $log: $(member_of "$WORK/$log.log" fazhi.indicators.computed)"; done
at_kill=$(q scale_dashboard "select count(*) from township_year")
kill -KILL "$INDICATOR_A" "$DASHBOARD_A"
KILLED_AT=$(date +%s)
echo "killed indicator-service A and dashboard-service A (SIGKILL) with $at_kill of $REPORTS reports in the read model"

wait "$LOAD" || true
done_at=$(date +%s)
grep -v "^  t=" "$WORK/load.log" | head -3
taken_over() { # log topic: seconds from the kill to the survivor's last assignment of the topic's partitions
  local at
  at=$(grep "Adding newly assigned partitions: [^\"]*$2-" "$1" | tail -1 | cut -c1-19)
  [ -n "$at" ] && echo $(( $(date -d "$at" +%s) - KILLED_AT )) || echo "?"
}
echo "partitions after the kill:"
echo "  indicator-b: $(member_of "$WORK/indicator-b.log" fazhi.reports.submitted)," \
  "$(taken_over "$WORK/indicator-b.log" fazhi.reports.submitted) s after the kill"
echo "  dashboard-b: $(member_of "$WORK/dashboard-b.log" fazhi.indicators.computed)," \
  "$(taken_over "$WORK/dashboard-b.log" fazhi.indicators.computed) s after the kill"

stored=$(q scale_submission "select count(*) from township_report")
extracted=$(q scale_indicator "select count(distinct report_id) from report_extraction")
ranked=$(q scale_dashboard "select count(*) from township_year")
computed_twice=$(q scale_indicator "select count(*) from (select event_key from outbox_event where topic = 'fazhi.indicators.computed' group by event_key having count(*) > 1) d")
applied_twice=$(q scale_dashboard "select count(*) from township_year where revision > 1")
lost=$((stored - ranked))
doubled=$((computed_twice + applied_twice))
cat <<MSG | tee "$WORK/results.md"
scale-out, $(date -Iseconds): $REPORTS reports, two indicator-service and two dashboard-service instances (one consumer
thread each; 3 partitions a topic), one of each killed with SIGKILL when $at_kill reports were in the read model
- the survivors held all 3 partitions $(taken_over "$WORK/indicator-b.log" fazhi.reports.submitted) s (indicator-service)
  and $(taken_over "$WORK/dashboard-b.log" fazhi.indicators.computed) s (dashboard-service) after the kill (session timeout
  ${SESSION_TIMEOUT_MS:-10000} ms)
- stored $stored, extracted $extracted, in the read model $ranked; all done $((done_at - KILLED_AT)) s after the kill
- lost: $lost (stored but not in the read model)
- doubled: $doubled (reports whose indicators were computed and published more than once: $computed_twice; read-model
  rows written more than once: $applied_twice)
MSG
[ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ]
