#!/usr/bin/env bash
# Runs $content with bash -e, the way Bitrise's Script step runs its script (offline, without the steplib).
set -u
script="$(mktemp)"
printf '%s\n' "$content" > "$script"
bash -e "$script"
code=$?
rm -f "$script"
exit "$code"
