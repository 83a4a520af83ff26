#!/usr/bin/env bash
# trunk's post-build hook (Trunk.toml): the app, then the pages that load it.
# One hook, since trunk runs the hooks of one stage at the same time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The benchmark's pure client-side build is trunk's own Rust pipeline, unsplit, with no pages.
if [ "${ITPO_NO_PRERENDER:-}" = 1 ]; then exit 0; fi
bash scripts/build-app.sh
bash scripts/prerender.sh
