#!/usr/bin/env bash
# Regenerates keycloak-realms/<realm>.json: each structure realm (k8s/keycloak/realms) with its dev layer
# (k8s/keycloak/dev: demo users, dev client secrets, the dev signing key) laid over it by k8s/keycloak/merge.jq,
# exactly as ./platform does for the local Keycloak. kustomize cannot run jq, so the results are committed;
# run this after editing a realm or dev file (k8s/check fails while they are out of date).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
keycloak="$here/../../keycloak"
command -v jq >/dev/null || { echo "generate-realms: jq is required (apt-get install -y jq)" >&2; exit 1; }
for structure in "$keycloak"/realms/*.json; do
  realm=$(basename "$structure" .json)
  dev="$keycloak/dev/$realm.json"
  [ -f "$dev" ] || { echo "generate-realms: no dev layer $dev for realm $realm" >&2; exit 1; }
  jq -n --slurpfile s "$structure" --slurpfile d "$dev" -f "$keycloak/merge.jq" > "$here/keycloak-realms/$realm.json.new"
  mv "$here/keycloak-realms/$realm.json.new" "$here/keycloak-realms/$realm.json"
done
