#!/usr/bin/env bash
# One command for the extraction figures in the READMEs: builds what is needed, then runs one evaluation or benchmark.
#   indicator-service/evaluate.sh                          # DevSetEvaluation: the real reports, per part and per key
#   indicator-service/evaluate.sh DevSetEvaluation --diffs frozen,collected
#   indicator-service/evaluate.sh ConfidenceCalibration    # cross-validated reliability (--write refits the table)
#   indicator-service/evaluate.sh KeyClassifierComparison  # rules versus a learned hybrid, 5-fold CV
#   indicator-service/evaluate.sh SeedEvaluation | HeldOutEvaluation | ExtractionBenchmark | HostileTextBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
main="${1:-DevSetEvaluation}"
[ $# -gt 0 ] && shift
case "$main" in
  *Benchmark) class="io.fazhi.indicator.extraction.bench.$main" ;;
  *) class="io.fazhi.indicator.extraction.eval.$main" ;;
esac
./mvnw -q -B -ntp -pl indicator-service -am install -DskipTests -Dquarkus.analytics.disabled=true
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B -ntp -pl indicator-service dependency:build-classpath -Dmdep.outputFile="$cp_file" > /dev/null
cd indicator-service
java -cp "$PWD/target/classes:$PWD/target/test-classes:$(cat "$cp_file")" "$class" "$@"
