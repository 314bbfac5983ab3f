#!/usr/bin/env bash
# The whole test run, as CI runs it after `npm ci`: Node 22 for the end-to-end tests, the bundles, type checks,
# lint, then every test with the suite-wide secret guard required to have checked something.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-nodes.sh
npm run -s build
npx tsc --noEmit
npx biome check .
SECRET_GUARD_REQUIRED=1 npx vitest run
# The end-to-end tests once more, with every step process on Node 22.
E2E_NODE="$PWD/.cache/node22/node_modules/node/bin/node" SECRET_GUARD_REQUIRED=1 npx vitest run test/e2e
