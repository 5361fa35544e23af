# Shared by national.sh and scale-out.sh: the suite in its production packages (PostgreSQL) on this machine.
# Expects ROOT and WORK; functions set STARTED_PID and KAFKA_PID, and append to the caller's PIDS array.

bench_build() {
  # production packages (default profile: PostgreSQL) into each service's target/quarkus-app; the launcher's
  # local packages (target/local-app) are left alone
  flock /tmp/fazhi-maven.lock ./mvnw -B -ntp -q package -Dmaven.test.skip=true \
    dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
}

bench_databases() { # database names: dropped and created anew, owned by the role fazhi
  command -v pg_ctlcluster > /dev/null || { echo "PostgreSQL is needed (Debian: apt-get install postgresql)" >&2; exit 1; }
  local version; version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status > /dev/null
  su postgres -c "psql -q -v ON_ERROR_STOP=1" > /dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fazhi') THEN CREATE ROLE fazhi LOGIN PASSWORD 'fazhi'; END IF;
END $$;
SQL
  for db in "$@"; do
    su postgres -c "psql -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS $db' -c 'CREATE DATABASE $db OWNER fazhi'" \
      > /dev/null
  done
}

bench_key() { # directory: an RSA key pair made for this run; the services trust its public half, tokens are signed
  # with its private half (the bundled development key is refused outside the local profile, as it should be)
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1/bench-private.pem" 2> /dev/null
  openssl pkey -in "$1/bench-private.pem" -pubout -out "$1/bench-public.pem"
  BENCH_KEYS="$1"
}

bench_token() { # COUNTY_ADMIN_TOKEN | COUNTRY_ADMIN_TOKEN | READER_TOKEN | TOWNSHIP_TOKEN
  DEV_TOKENS_PRIVATE_KEY="$BENCH_KEYS/bench-private.pem" \
    java -cp "$ROOT/test-support/dev-tokens/target/dev-tokens-0.1.0-SNAPSHOT.jar" io.fazhi.devtokens.DevTokens \
    | sed -n "s/^$1=//p"
}

bench_kafka() { # port directory
  local cp="$ROOT/test-support/kafka-embedded/target/kafka-embedded-0.1.0-SNAPSHOT.jar"
  cp="$cp:$(cat "$ROOT/test-support/kafka-embedded/target/runtime-classpath.txt")"
  java -Xmx1g -cp "$cp" io.fazhi.kafka.KafkaLauncher "$1" "$2" > "$WORK/kafka.log" 2>&1 &
  KAFKA_PID=$!
  PIDS+=("$KAFKA_PID")
  KAFKA_BOOTSTRAP="127.0.0.1:$1"
  for _ in $(seq 1 120); do grep -q "KAFKA READY" "$WORK/kafka.log" && return 0; sleep 0.5; done
  echo "broker did not start; see $WORK/kafka.log" >&2
  exit 1
}

start_service() { # service port database log [extra env assignments...]; the consumers' partition assignments are logged;
  # BENCH_JAVA_OPTS adds JVM options (e.g. a JFR recording)
  local service=$1 port=$2 db=$3 logfile=$4
  shift 4
  env HTTP_PORT="$port" KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
    DB_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-5432}/$db" DB_USER=fazhi DB_PASSWORD=fazhi \
    JWT_ISSUER=https://fazhi.dev/local JWT_PUBLIC_KEY_LOCATION="$BENCH_KEYS/bench-public.pem" LOG_JSON=false \
    SUBMISSION_URL="${SUBMISSION:-http://127.0.0.1:18181}" INDICATOR_URL="${INDICATOR:-http://127.0.0.1:18182}" "$@" \
    java -Xmx1g ${BENCH_JAVA_OPTS:-} '-Dquarkus.log.category."org.apache.kafka.clients.consumer.internals".level=INFO' \
    -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar" > "$logfile" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

wait_ready() { # base url
  for _ in $(seq 1 240); do curl -fs "$1/q/health/ready" > /dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$1 did not become ready" >&2
  exit 1
}
