#!/usr/bin/env bash
# trunk's post-build hook (Trunk.toml): the app, then the pages that load it.
# One hook, since trunk runs the hooks of one stage at the same time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build-app.sh
bash scripts/prerender.sh
