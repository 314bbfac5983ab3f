#!/usr/bin/env bash
# Get OIDC Identity Token: runs its committed bundle with the machine's Node.js (20 or newer). No npm install at run time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node_version="$(node --version 2>/dev/null || true)"
IFS=. read -r node_major node_minor _ <<<"${node_version#v}"
if ! [[ "$node_major" =~ ^[0-9]+$ && "$node_minor" =~ ^[0-9]+$ ]] || [ "$node_major" -lt 20 ] ||
  { [ "$node_major" = 20 ] && [ "$node_minor" -lt 18 ]; }; then
  printf '\033[31;1m%s\033[0m\n' "This step needs Node.js 20.18 or newer on PATH; found ${node_version:-none}. Current Bitrise stacks have it; elsewhere, install Node.js 20.18+." >&2
  exit 1
fi
exec node "$here/dist/main.cjs"
