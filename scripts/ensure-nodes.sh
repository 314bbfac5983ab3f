#!/usr/bin/env bash
# Installs the Node.js versions the tests run the steps with (the npm package node@X ships the binary) into .cache:
#   node22     the end-to-end tests run a second time with it, as on Bitrise stacks that carry Node 22;
#   node18, node2011   too old for the steps (a major below 20, and a 20 below 20.18): the steps must refuse them.
# Does nothing for a version that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
install() {
  local dir=".cache/$1" spec="$2" want="$3"
  local bin="$dir/node_modules/node/bin/node"
  if [ -x "$bin" ] && "$bin" --version | grep -q "^$want"; then return; fi
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "$spec" >/dev/null
  "$bin" --version | grep -q "^$want" || { echo "Node $spec install failed: $("$bin" --version)" >&2; exit 1; }
}
install node22 node@22 v22.
install node18 node@18 v18.
install node2011 node@20.11.1 v20.11.1
