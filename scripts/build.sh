#!/usr/bin/env bash
# Release build of the site into dist/ (pass trunk options through, e.g.
# --public-url /itpo/), and of the local dev server/endpoint.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
trunk build --release --offline "$@"
cargo build --release -p itpo-dev --quiet
