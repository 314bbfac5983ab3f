# Sourced by the step scripts: checks that Node.js 20 or newer is on PATH, without starting it.
if ! command -v node >/dev/null 2>&1; then
  printf '\033[31;1m%s\033[0m\n' "Node.js was not found on PATH. This step needs Node.js 20 or newer, which every current Bitrise stack has; on your own machine, install Node.js 20+." >&2
  exit 1
fi
node_version="$(node --version)"
node_major="${node_version#v}"
node_major="${node_major%%.*}"
if ! [[ "$node_major" =~ ^[0-9]+$ ]] || [ "$node_major" -lt 20 ]; then
  printf '\033[31;1m%s\033[0m\n' "Node.js $node_version is too old: this step needs Node.js 20 or newer. Choose a stack with Node.js 20+, or put a newer node first on PATH." >&2
  exit 1
fi
