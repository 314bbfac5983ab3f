#!/usr/bin/env bash
# Copies both steps as they ship (step.sh, step.yml, dist/) into FOLDER/authenticate and FOLDER/get-identity-token, so
# that `path::` steps are copied by the Bitrise CLI without this repository's node_modules and .cache.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: ship-steps.sh FOLDER}"
rm -rf "$out"
for step in authenticate:. get-identity-token:variants/get-identity-token; do
  name="${step%%:*}" from="${step#*:}"
  mkdir -p "$out/$name"
  cp -R "$from/step.sh" "$from/step.yml" "$from/dist" "$out/$name/"
done
