#!/usr/bin/env bash
# Installs Node.js 22 (the npm package node@22 ships the binary) into .cache/node22, so the end-to-end tests also run
# the steps under Node 22, as on Bitrise stacks that carry it. Does nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
node22=.cache/node22/node_modules/node/bin/node
if [ -x "$node22" ] && "$node22" --version | grep -q '^v22\.'; then
  exit 0
fi
mkdir -p .cache/node22
npm install --prefix .cache/node22 --no-save --no-package-lock --no-audit --no-fund node@22 >/dev/null
"$node22" --version | grep -q '^v22\.' || { echo "Node 22 install failed: $("$node22" --version)" >&2; exit 1; }
