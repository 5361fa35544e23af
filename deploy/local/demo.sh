#!/usr/bin/env bash
# Submits the synthetic demo reports of 郁南县 and waits until the dashboard ranks them.
# Usage: COUNTY_ADMIN_TOKEN=... deploy/local/demo.sh [submission-url] [dashboard-url]
# The county office of 郁南县 submits them (run.sh passes its development token).
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/demo"
SUBMISSION="${1:-http://localhost:8081}"
DASHBOARD="${2:-http://localhost:8083}"

count=0
for f in "$DIR"/*.json; do
  status=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "Authorization: Bearer ${COUNTY_ADMIN_TOKEN:-}" --data-binary "@$f" \
    "$SUBMISSION/api/v1/reports")
  case "$status" in
    200|201) count=$((count + 1)) ;;
    *) echo "demo report $(basename "$f") was refused with HTTP $status" >&2 ;;
  esac
done
echo "submitted $count demo reports"

# every report states its structure, so the completeness ranking shows when all 2023 reports have arrived
expected=$(grep -l '"year": *2023' "$DIR"/*.json | wc -l)
ready="$DASHBOARD/api/v1/rankings?area=445322&year=2023&indicator=structure.completeness"
url="$DASHBOARD/api/v1/rankings?area=445322&year=2023&indicator=publicity.events"
for _ in $(seq 1 60); do
  ranked=$(curl -fsS -m 5 "$ready" | grep -o '"townshipCode"' | wc -l || true)
  if [ "$ranked" -ge "$expected" ]; then
    echo "ranking of $expected townships of 郁南县 by 普法宣传活动 (publicity.events): $url"
    curl -fsS -m 10 "$url"; echo
    exit 0
  fi
  sleep 0.5
done
echo "only $ranked of $expected townships ranked at $ready after 30 s" >&2
exit 1
