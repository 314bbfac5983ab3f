#!/usr/bin/env bash
# Get OIDC Identity Token: runs its committed bundle with the machine's Node.js. No npm install at run time, and no process but
# node: the bundle itself checks for Node.js 20.18.1 or newer before anything else runs.
set -euo pipefail
source="${BASH_SOURCE[0]}"
if [[ "$source" == */* ]]; then here="${source%/*}"; else here=.; fi
if ! command -v node >/dev/null; then
  printf '\033[31;1m%s\033[0m\n' "This step needs Node.js 20.18.1 or newer on PATH; found none. Current Bitrise stacks have it; elsewhere, install Node.js 20.18.1+." >&2
  exit 1
fi
# Node prints requests, headers included, under NODE_DEBUG: never for this step (the bundle also guards).
unset NODE_DEBUG NODE_DEBUG_NATIVE
exec node "$here/dist/main.cjs"
