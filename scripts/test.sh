#!/usr/bin/env bash
# The whole test run, as CI runs it after `npm ci`: the Node.js releases the steps are tested on, the bundles, type
# checks, lint; then every test with the steps on the minimum Node (20.18.1), and the end-to-end tests again with the
# steps on 22, 24 (the default of Bitrise's Ubuntu stacks) and 26 (the newest release line). The suite-wide secret
# guard must have checked something in each run. Tests that need a tool the machine lacks are skipped with the reason
# (in CI, where CI=true, they fail instead).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-nodes.sh
node_of() { bash scripts/ensure-nodes.sh --path "$1"; }
npm run -s build
npx tsc --noEmit
npx biome check .
echo "== every test, the steps on Node.js 20.18.1 (the minimum)"
E2E_NODE="$(node_of 20.18.1)" SECRET_GUARD_REQUIRED=1 npx vitest run
for version in 22 24 26; do
  echo "== the end-to-end tests, the steps on Node.js $version"
  E2E_NODE="$(node_of "$version")" SECRET_GUARD_REQUIRED=1 npx vitest run test/e2e
done
