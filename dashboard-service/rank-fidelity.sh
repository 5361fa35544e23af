#!/usr/bin/env bash
# Rank fidelity in one command: the labelled real reports placed in one county, ranked from their hand labels and
# from the extractor by the same method, for every missing-data rule (dashboard-service/README.md, "Which default").
#   dashboard-service/rank-fidelity.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl indicator-service,dashboard-service -am install -DskipTests -Dquarkus.analytics.disabled=true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for m in indicator-service dashboard-service; do
  ./mvnw -q -B -ntp -pl "$m" dependency:build-classpath -Dmdep.outputFile="$work/$m.cp" > /dev/null
done
(cd indicator-service && java -cp "$PWD/target/classes:$PWD/target/test-classes:$(cat "$work/indicator-service.cp")" \
  io.fazhi.indicator.extraction.eval.RankFidelityInput "$work/input.json")
cd dashboard-service
java -cp "$PWD/target/classes:$PWD/target/test-classes:$(cat "$work/dashboard-service.cp")" \
  io.fazhi.dashboard.eval.RankFidelity "$work/input.json"
