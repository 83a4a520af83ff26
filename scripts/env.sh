#!/usr/bin/env bash
# Where the tools and the build live, for every script: sourced by setup.sh
# (which installs the tools) and by trunk's build hooks (which only use them,
# so a build does not re-check every install). Never installs anything.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# CI may start with a bare environment: find the home folder if HOME is unset.
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# Builds outside the clone stay incremental across fresh clones (CI clones afresh).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/itpo-site/target}"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# trunk must never try to download tools: this machine reaches only package registries.
export TRUNK_OFFLINE=true

# A tool the build needs, or a message that says how to get it.
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed: run scripts/setup.sh first" >&2; exit 1; }
  done
}
