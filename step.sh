#!/usr/bin/env bash
# Authenticate with AWS: runs the committed bundle with the machine's Node.js (20 or newer). No npm install at run time.
set -euo pipefail
here="${BITRISE_STEP_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
# shellcheck source=lib/node.sh
source "$here/lib/node.sh"
exec node "$here/dist/main.js" authenticate
