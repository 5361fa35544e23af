#!/usr/bin/env bash
# Runs the whole suite on one machine: a real Kafka broker (KRaft, from Maven Central artifacts, no Docker) on 9092
# and the three services on 8081-8083 with embedded H2 databases under the data directory.
# Usage: deploy/local/run.sh [--demo] [--data DIR] [--rebuild]
#   --demo     submit the synthetic reports of deploy/local/demo once everything is ready
#   --data DIR where databases, broker logs, process logs and pid files go (default: ./data)
#   --rebuild  build even when the local packages are up to date
# Stops everything cleanly on Ctrl-C or SIGTERM. Each process's id is in DIR/<name>.pid.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/data"
DEMO=false
REBUILD=false
while [ $# -gt 0 ]; do
  case "$1" in
    --demo) DEMO=true ;;
    --data) DATA="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
    --rebuild) REBUILD=true ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$DATA/logs"
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"

# --- build what is missing -----------------------------------------------------------------------------------
needs_build() {
  $REBUILD && return 0
  [ -f "$ROOT/test-support/kafka-embedded/target/runtime-classpath.txt" ] || return 0
  [ -f "$ROOT/test-support/dev-tokens/target/dev-tokens-0.1.0-SNAPSHOT.jar" ] || return 0
  for s in "${SERVICES[@]}"; do
    local jar="$ROOT/$s/target/local-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    # any source newer than the package means a rebuild
    [ -z "$(find "$ROOT/$s/src/main" "$ROOT/service-commons/src/main" -newer "$jar" -type f -print -quit)" ] || return 0
  done
  return 1
}
if needs_build; then
  log "building the local packages (H2 profile) ..."
  (cd "$ROOT" && ./mvnw -B -ntp -q -T 2 install -Dmaven.test.skip=true -Dquarkus.profile=local -Pkafka \
      dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime \
      > "$DATA/logs/build.log" 2>&1) || { echo "build failed, see $DATA/logs/build.log" >&2; tail -30 "$DATA/logs/build.log" >&2; exit 1; }
fi

# --- start and stop -------------------------------------------------------------------------------------------
stop_all() {
  trap - INT TERM EXIT
  log "stopping ..."
  for name in dashboard-service indicator-service submission-service kafka; do stop_process "$name"; done
}
for name in kafka "${SERVICES[@]}"; do
  if is_running "$name"; then
    echo "$name already runs with pid $(cat "$DATA/$name.pid") (data directory $DATA); stop it first" >&2
    exit 1
  fi
done
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start_process kafka
await_ready kafka 60
for s in "${SERVICES[@]}"; do start_process "$s"; done
for s in "${SERVICES[@]}"; do await_ready "$s" 120; done

# development tokens (signed with the key only the local profile trusts), for the demo township, its county,
# the whole country and a reader
java -cp "$ROOT/test-support/dev-tokens/target/dev-tokens-0.1.0-SNAPSHOT.jar" io.fazhi.devtokens.DevTokens 445322100 445322 \
  > "$DATA/tokens.env"
# shellcheck source=/dev/null
source "$DATA/tokens.env"

cat <<MSG

Fazhi Scorecard is running (data in $DATA, logs in $DATA/logs):
  submission-service  http://localhost:8081/q/swagger-ui   POST /api/v1/reports
  indicator-service   http://localhost:8082/q/swagger-ui   POST /api/v1/extractions, GET /api/v1/indicators
  dashboard-service   http://localhost:8083/q/swagger-ui   GET /api/v1/rankings
  Kafka               127.0.0.1:${PORTS[kafka]}

Tokens (valid 24 h; also in $DATA/tokens.env, for: source $DATA/tokens.env):
  township 都城镇 445322100   TOWNSHIP_TOKEN=$TOWNSHIP_TOKEN
  county admin 郁南县 445322  COUNTY_ADMIN_TOKEN=$COUNTY_ADMIN_TOKEN
  country admin             COUNTRY_ADMIN_TOKEN=$COUNTRY_ADMIN_TOKEN
  reader                    READER_TOKEN=$READER_TOKEN
MSG

if $DEMO; then
  COUNTY_ADMIN_TOKEN="$COUNTY_ADMIN_TOKEN" "$ROOT/deploy/local/demo.sh" "http://localhost:8081" "http://localhost:8083"
fi
echo "Ctrl-C stops everything; deploy/local/ctl.sh stops or starts one process."
# wait for the stop signal; a process that is stopped and started again by ctl.sh is no child of this shell
while true; do sleep 1; done
