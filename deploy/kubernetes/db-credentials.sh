#!/usr/bin/env bash
# Creates the PostgreSQL role Secrets the suite needs, with random passwords, in a namespace:
#   fazhi-pg-submission, fazhi-pg-indicator, fazhi-pg-dashboard  (type kubernetes.io/basic-auth)
# CloudNativePG sets each role's password from its Secret (label cnpg.io/reload applies a change at once) and the
# Deployments read username/password from the same Secret. An existing Secret is left alone unless --rotate names
# it. Nothing is written to disk; no value is ever committed.
# Usage: db-credentials.sh NAMESPACE [--rotate submission|indicator|dashboard]
set -euo pipefail
ns=${1:?usage: db-credentials.sh NAMESPACE [--rotate ROLE]}
rotate=${3:-}
[ "${2:-}" = "--rotate" ] && [ -z "$rotate" ] && { echo "--rotate needs a role" >&2; exit 2; }

for role in submission indicator dashboard; do
  name="fazhi-pg-$role"
  if kubectl -n "$ns" get secret "$name" >/dev/null 2>&1 && [ "$rotate" != "$role" ]; then
    echo "secret/$name exists, kept"
    continue
  fi
  password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
  kubectl -n "$ns" create secret generic "$name" --type=kubernetes.io/basic-auth \
    --from-literal=username="$role" --from-literal=password="$password" \
    --dry-run=client -o yaml \
    | kubectl label --local -f - cnpg.io/reload=true app.kubernetes.io/part-of=fazhi-scorecard -o yaml \
    | kubectl apply -f -
done
