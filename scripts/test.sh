#!/usr/bin/env bash
# `npm test`, a contributor's run, in under 3 minutes on 2 cores: the Node.js releases the steps are tested on, the
# bundles, type checks, lint; then every test with the steps on the minimum Node (20.18.1); the end-to-end tests again
# on Node 24 (the default of Bitrise's Ubuntu stacks); and the smoke test (happy path, refusal, variant, refresh, CLI)
# on 22 and 26. `npm run test:all` (what CI runs) runs the end-to-end tests whole on 22, 24 and 26 instead.
# The suite-wide secret guard must have checked something in each run. Tests that need a tool the machine lacks are
# skipped with the reason (in CI, where CI=true, they fail instead).
set -euo pipefail
cd "$(dirname "$0")/.."
all="${1:-}"
bash scripts/ensure-nodes.sh
node_of() { bash scripts/ensure-nodes.sh --path "$1"; }
npm run -s build
npx tsc --noEmit
npx biome check .
echo "== every test, the steps on Node.js 20.18.1 (the minimum)"
E2E_NODE="$(node_of 20.18.1)" SECRET_GUARD_REQUIRED=1 npx vitest run
if [ "$all" = --all ]; then
  for version in 22 24 26; do
    echo "== the end-to-end tests, the steps on Node.js $version"
    E2E_NODE="$(node_of "$version")" SECRET_GUARD_REQUIRED=1 npx vitest run test/e2e
  done
else
  echo "== the end-to-end tests, the steps on Node.js 24 (the Ubuntu stacks' default)"
  E2E_NODE="$(node_of 24)" SECRET_GUARD_REQUIRED=1 npx vitest run test/e2e
  for version in 22 26; do
    echo "== the smoke test, the steps on Node.js $version (npm run test:all runs every end-to-end test there)"
    E2E_NODE="$(node_of "$version")" SECRET_GUARD_REQUIRED=1 npx vitest run test/e2e/smoke.test.ts
  done
fi
