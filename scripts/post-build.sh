#!/usr/bin/env bash
# trunk's post-build hook (Trunk.toml): the app, then the pages that load it,
# then the content editor at /admin/.
# One hook, since trunk runs the hooks of one stage at the same time.
set -euo pipefail
# The tools' paths (cargo, wasm-bindgen, node's packages), also when trunk is run directly.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/build-app.sh
bash scripts/prerender.sh
# The content editor, beside the page the prerender wrote for it. On failure, as in
# prerender.sh: trunk keeps the last good dist/, so remove its half-built staging folder.
if ! node scripts/build-admin.mjs "${TRUNK_STAGING_DIR:-dist}"; then
  if [ -n "${TRUNK_STAGING_DIR:-}" ]; then rm -rf "$TRUNK_STAGING_DIR"; fi
  exit 1
fi
