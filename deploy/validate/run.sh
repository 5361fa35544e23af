#!/usr/bin/env bash
# Renders every Kustomize overlay of deploy/kubernetes and checks it offline (no cluster, no Docker):
#   1. validate.mjs    - every object against its Kubernetes, Prometheus Operator or CRD schema
#   2. consistency.mjs - manifests against the services' application.properties, Dockerfiles and API.md
# Prints `N passed, N failed` per step and a total; exits non-zero on any failure.
# Needs node >= 18 with npm, and kubectl (with its built-in Kustomize v5) or a kustomize v5 binary.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
overlays="$here/../kubernetes/overlays"
cd "$here"

command -v node >/dev/null || { echo "node is required (apt-get install nodejs npm)" >&2; exit 2; }

# npm ci from the committed lock file; skipped when node_modules was installed from this very lock file
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.fazhi-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.fazhi-lock-hash
fi

# Kustomize: kubectl's built-in one (v5 since kubectl 1.27), else a kustomize binary. Debian's kubernetes-client
# package is kubectl 1.20 with Kustomize v2, which cannot build these overlays (labels, patches with targets).
render() {
  if command -v kubectl >/dev/null && kubectl version --client -o json 2>/dev/null | grep -q '"kustomizeVersion": "v5'; then
    kubectl kustomize "$1"
  elif command -v kustomize >/dev/null && kustomize version 2>/dev/null | grep -q 'v5'; then
    kustomize build "$1"
  else
    echo "Kustomize v5 not found: install kubectl >= 1.27 or kustomize v5 (see deploy/README.md)" >&2
    return 2
  fi
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
targets=()
for dir in "$overlays"/*/; do
  name=$(basename "$dir")
  render "$dir" > "$out/$name.yaml"
  echo "rendered overlay $name: $(grep -c '^kind:' "$out/$name.yaml") objects"
  targets+=("$name=$out/$name.yaml")
done

status=0
node validate.mjs "${targets[@]}" | tee "$out/schema.log" || status=1
node consistency.mjs "${targets[@]}" | tee "$out/consistency.log" || status=1

total() { grep -hoE '[0-9]+ passed, [0-9]+ failed' "$out"/*.log | awk '{p+=$1; f+=$3} END {printf "%d passed, %d failed\n", p, f}'; }
echo "deploy: $(total)"
exit $status
