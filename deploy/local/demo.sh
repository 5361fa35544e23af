#!/usr/bin/env bash
# Submits the synthetic demo reports of 郁南县 as one bulk upload (POST /api/v1/intake-jobs, a zip of .txt files),
# follows the intake job until every file is stored or refused, and waits until the dashboard ranks them.
# Usage: COUNTY_ADMIN_TOKEN=... deploy/local/demo.sh [submission-url] [dashboard-url]
# The county office of 郁南县 submits them (run.sh passes its development token).
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/demo"
SUBMISSION="${1:-http://localhost:8081}"
DASHBOARD="${2:-http://localhost:8083}"

AUTH="Authorization: Bearer ${COUNTY_ADMIN_TOKEN:-}"

# the old way, one JSON submission per report, where python3 is missing to turn them into files
submit_one_by_one() {
  local count=0 status
  for f in "$DIR"/*.json; do
    status=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -H "$AUTH" --data-binary "@$f" "$SUBMISSION/api/v1/reports")
    case "$status" in
      200|201) count=$((count + 1)) ;;
      *) echo "demo report $(basename "$f") was refused with HTTP $status" >&2 ;;
    esac
  done
  echo "submitted $count demo reports"
}

# as a county office that received them on paper: every report a bare .txt in one zip, one bulk upload, each file's
# township and year read from its own title line
submit_as_one_intake_job() {
  local answer status body id job counts
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 - "$DIR" "$tmp/demo-reports.zip" <<'PY'
import json, pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for f in sorted(source.glob("*.json")):
        report = json.loads(f.read_text(encoding="utf-8"))
        text = report["text"]
        title = report.get("title")
        if title and not text.lstrip().startswith(title):
            text = title + "\n" + text  # the title line names the township and the year
        archive.writestr("郁南县/" + f.stem + ".txt", text.encode("utf-8"))
PY
  answer=$(curl -sS -m 120 -w '\n%{http_code}' -H "$AUTH" -F "files=@$tmp/demo-reports.zip;type=application/zip" \
    "$SUBMISSION/api/v1/intake-jobs")
  status=${answer##*$'\n'}
  body=${answer%$'\n'*}
  if [ "$status" != 202 ]; then
    echo "the bulk upload of the demo reports was refused with HTTP $status: $body" >&2
    exit 1
  fi
  id=$(printf '%s' "$body" | grep -o '"id": *[0-9]*' | head -1 | tr -dc '0-9')
  for _ in $(seq 1 240); do
    job=$(curl -fsS -m 10 -H "$AUTH" "$SUBMISSION/api/v1/intake-jobs/$id" || true)
    if printf '%s' "$job" | grep -q '"state": *"DONE"'; then
      break
    fi
    sleep 0.5
  done
  counts=$(printf '%s' "$job" | grep -o '"counts": *{[^}]*}' || true)
  echo "intake job $id ($SUBMISSION/api/v1/intake-jobs/$id): ${counts#*:}"
  if ! printf '%s' "$job" | grep -q '"state": *"DONE"'; then
    echo "intake job $id still has files waiting after 120 s" >&2
    exit 1
  fi
  if ! printf '%s' "$counts" | grep -q '"refused": *0[,}]'; then
    echo "some demo reports were refused; each file's reason is in the job above" >&2
  fi
}

if command -v python3 >/dev/null 2>&1; then
  submit_as_one_intake_job
else
  submit_one_by_one
fi

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
