#!/usr/bin/env bash
# Sends tens of thousands of hostile requests to the suite started by the README run command, from every front at
# once (malformed writes as an administrator of the whole country, writes by callers outside their scope, hostile
# reads), after storing the demo reports and the five seed reports (one of them as an uploaded file). Fails unless
# no answer was a 5xx, every refusal was a 4xx problem, no process restarted and every stored report, file,
# indicator set and ranking is byte for byte what it was.
# Usage: deploy/validate/siege.sh [REQUESTS (default 30000)] [--rebuild]
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS="${1:-30000}"
REBUILD="${2:-}"
DATA="$(mktemp -d)"

./mvnw -q -B -ntp -pl test-support/hostile-input -am install -DskipTests
CP="$PWD/test-support/hostile-input/target/classes:$(./mvnw -q -B -ntp -pl test-support/hostile-input dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

# shellcheck disable=SC2086
setsid deploy/local/run.sh --demo --data "$DATA" $REBUILD > "$DATA/run.log" 2>&1 < /dev/null &
RUN_PID=$!
cleanup() { kill -TERM "$RUN_PID" 2>/dev/null || true; wait "$RUN_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 900); do
  grep -q "ranking of" "$DATA/run.log" && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$DATA/run.log"; exit 1; }
  sleep 1
done
grep -q "ranking of" "$DATA/run.log" || { cat "$DATA/run.log"; echo "the suite never came up"; exit 1; }
# shellcheck source=/dev/null
source "$DATA/tokens.env"

SEEDS=../shared/seeds
if [ -d "$SEEDS" ]; then
  first=true
  for seed in "$SEEDS"/*.txt; do
    if $first; then # one seed as an uploaded file, so that stored files are watched too
      curl -sS -o /dev/null -w "seed upload %{http_code}\n" -H "Authorization: Bearer $COUNTRY_ADMIN_TOKEN" -F "file=@$seed;type=text/plain" \
        http://localhost:8081/api/v1/reports
      first=false
    else
      python3 -c 'import json,sys; print(json.dumps({"text":open(sys.argv[1],encoding="utf-8").read()}))' "$seed" |
        curl -sS -o /dev/null -w "seed %{http_code}\n" -H "Content-Type: application/json" -H "Authorization: Bearer $COUNTRY_ADMIN_TOKEN" \
          --data-binary @- http://localhost:8081/api/v1/reports
    fi
  done
fi

java -cp "$CP" io.fazhi.hostile.Siege --requests "$REQUESTS" --data "$DATA"
