#!/usr/bin/env bash
# Get OIDC Identity Token: runs the same committed bundle as Authenticate with AWS, which this folder is part of.
set -euo pipefail
here="${BITRISE_STEP_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../lib/node.sh
source "$root/lib/node.sh"
exec node "$root/dist/main.js" get-identity-token
