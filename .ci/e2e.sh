#!/usr/bin/env bash
# Starts the suite with the README run command, submits a real township report over HTTP, waits until the
# dashboard ranks it, submits 34 real reports as one real county and checks their ranking
# (deploy/local/real_county.py), opens their pages in Chromium (deploy/local/real_pages.sh) and reviews them (deploy/local/county_review.py), and stops the suite with SIGTERM, checking that every process is gone.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"
SEED="../shared/seeds/000_9d32a2e4d44ef17e.txt"

setsid deploy/local/run.sh --demo --data "$DATA" > "$DATA/run.log" 2>&1 < /dev/null &
RUN_PID=$!
cleanup() { kill -TERM "$RUN_PID" 2>/dev/null || true; }
trap cleanup EXIT

ranked() { # area year indicator code
  curl -fsS "http://localhost:8083/api/v1/rankings?area=$1&year=$2&indicator=$3" | grep -q "\"townshipCode\":\"$4\""
}
for _ in $(seq 1 600); do
  grep -q "ranking of" "$DATA/run.log" && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$DATA/run.log"; exit 1; }
  sleep 1
done
cat "$DATA/run.log"
grep -q "ranking of" "$DATA/run.log" || { echo "demo ranking never appeared"; exit 1; }

if [ -f "$SEED" ]; then
  body=$(python3 -c 'import json,sys; print(json.dumps({"townshipCode":"445322116","township":"历洞镇","county":"郁南县","year":2021,"text":open(sys.argv[1],encoding="utf-8").read()}))' "$SEED")
  # shellcheck source=/dev/null
  source "$DATA/tokens.env"
  curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $COUNTY_ADMIN_TOKEN" \
    --data-binary "$body" http://localhost:8081/api/v1/reports; echo
  for _ in $(seq 1 60); do ranked 445322 2021 structure.completeness 445322116 && break; sleep 0.5; done
  ranked 445322 2021 structure.completeness 445322116 || { echo "the seed report was not ranked"; exit 1; }
  echo "seed report of 历洞镇 (2021) ranked"
  # 34 real reports as the townships of one real county, through the whole suite: every submitter ranked
  python3 deploy/local/real_county.py --shared ../shared "$COUNTRY_ADMIN_TOKEN"
  # its review: a correction moves the ranking, a return and an accept are counted, a lock refuses every write
  python3 deploy/local/county_review.py "$COUNTRY_ADMIN_TOKEN"
  # its pages in headless Chromium against the API: bars, the click to the words, the signed-in report view and
  # a correction through the review form that moves the overview's bars
  bash deploy/local/real_pages.sh --tokens "$DATA/tokens.env" --upload "$SEED"
fi

kill -TERM "$RUN_PID"
wait "$RUN_PID" || true
trap - EXIT
for name in kafka submission-service indicator-service dashboard-service; do
  [ ! -f "$DATA/$name.pid" ] || { echo "$name.pid left behind"; exit 1; }
done
for port in 9092 8081 8082 8083; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port still answers after stop"; exit 1; fi
done
echo "e2e ok: demo ranked, real report ranked, everything stopped"
