# Shared by run.sh and ctl.sh: how each process of the local suite is started, stopped and awaited.
# Expects ROOT (repository root) and DATA (data directory) to be set.

SERVICES=(submission-service indicator-service dashboard-service)
declare -A PORTS=([kafka]=9092 [submission-service]=8081 [indicator-service]=8082 [dashboard-service]=8083)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

is_running() { [ -f "$DATA/$1.pid" ] && kill -0 "$(cat "$DATA/$1.pid")" 2>/dev/null; }

start_process() { # name
  local name="$1"
  mkdir -p "$DATA/logs"
  if is_running "$name"; then
    echo "$name already runs with pid $(cat "$DATA/$name.pid") (data directory $DATA)" >&2
    return 1
  fi
  log "starting $name on ${PORTS[$name]} ..."
  if [ "$name" = kafka ]; then
    local cp="$ROOT/test-support/kafka-embedded/target/kafka-embedded-0.1.0-SNAPSHOT.jar"
    cp="$cp:$(cat "$ROOT/test-support/kafka-embedded/target/runtime-classpath.txt")"
    java -Xmx512m -cp "$cp" io.fazhi.kafka.KafkaLauncher "${PORTS[kafka]}" "$DATA/kafka" >> "$DATA/logs/kafka.log" 2>&1 &
  else
    DATA_DIR="$DATA" HTTP_PORT="${PORTS[$name]}" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:${PORTS[kafka]}" \
      java -Xmx384m -Dquarkus.profile=local -jar "$ROOT/$name/target/local-app/quarkus-run.jar" \
      >> "$DATA/logs/$name.log" 2>&1 &
  fi
  echo $! > "$DATA/$name.pid"
}

stop_process() { # name; SIGTERM, then SIGKILL after 30 s
  local name="$1" f="$DATA/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid="$(cat "$f")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$f"
  log "stopped $name"
}

ready() { # name
  if [ "$1" = kafka ]; then
    (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[kafka]}") 2>/dev/null
  else
    curl -fs -m 5 -o /dev/null "http://localhost:${PORTS[$1]}/q/health/ready"
  fi
}

await_ready() { # name seconds
  local name="$1" secs="$2"
  for _ in $(seq 1 $((secs * 2))); do
    ready "$name" && return 0
    if ! is_running "$name"; then
      echo "$name exited, see $DATA/logs/$name.log" >&2; tail -20 "$DATA/logs/$name.log" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$name not ready after ${secs}s, see $DATA/logs/$name.log" >&2
  return 1
}
