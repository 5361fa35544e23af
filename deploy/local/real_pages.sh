#!/usr/bin/env bash
# Opens the dashboard's pages of the running suite in headless Chromium over the real county that
# deploy/local/real_county.py submitted, and checks them against the API (io.fazhi.browser.RealCountyPages).
# Needs Debian's chromium, chromium-driver and fonts-wqy-microhei.
# Usage: real_pages.sh [--tokens DATA/tokens.env (signs in: report view, review form)] [--upload REPORT.txt]
#                      [--screenshots DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl test-support/browser-check -am install -DskipTests
CP="$PWD/test-support/browser-check/target/classes:$(./mvnw -q -B -ntp -pl test-support/browser-check dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$CP" io.fazhi.browser.RealCountyPages --dashboard http://localhost:8083 --submission http://localhost:8081 \
  --area 500101 --year 2024 "$@"
