#!/usr/bin/env bash
# Get OIDC Identity Token: runs its committed bundle with the machine's Node.js (20 or newer). No npm install at run time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node_version="$(node --version 2>/dev/null || true)"
node_major="${node_version#v}"
node_major="${node_major%%.*}"
if ! [[ "$node_major" =~ ^[0-9]+$ ]] || [ "$node_major" -lt 20 ]; then
  printf '\033[31;1m%s\033[0m\n' "This step needs Node.js 20 or newer on PATH; found ${node_version:-none}. Every current Bitrise stack has it; elsewhere, install Node.js 20+." >&2
  exit 1
fi
exec node "$here/dist/main.cjs"
