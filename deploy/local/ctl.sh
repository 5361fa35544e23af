#!/usr/bin/env bash
# Stops or starts one process of a suite started by run.sh, e.g. to take the broker away and bring it back.
# Usage: deploy/local/ctl.sh start|stop|status kafka|submission-service|indicator-service|dashboard-service [--data DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/data"
ACTION="${1:-}"; NAME="${2:-}"
[ "${3:-}" = "--data" ] && DATA="$(cd "$4" && pwd)"
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"
[ -n "${PORTS[$NAME]:-}" ] || { sed -n '2,3p' "$0"; exit 2; }
case "$ACTION" in
  start) start_process "$NAME" && await_ready "$NAME" 90 && log "$NAME ready" ;;
  stop) stop_process "$NAME" ;;
  status) if is_running "$NAME"; then echo "$NAME runs with pid $(cat "$DATA/$NAME.pid")"; else echo "$NAME is stopped"; exit 3; fi ;;
  *) sed -n '2,3p' "$0"; exit 2 ;;
esac
