#!/usr/bin/env bash
# trunk's post-build hook, second step (scripts/post-build.sh): renders every
# route into trunk's staging folder with the native `prerender` binary (the
# `ssr` build of the same app), each page loading the app that
# scripts/build-app.sh put there.
# SITE_URL (e.g. https://example.org/itpo/) enables absolute canonical links
# and sitemap.xml.
set -euo pipefail
# The same target folder and tools as every other script, also when trunk is run directly.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
need cargo terser
cd "$ROOT"
STAGING="${TRUNK_STAGING_DIR:-dist}"
if ! cargo run --quiet --features ssr --bin prerender -- --dist "$STAGING"; then
  # trunk keeps the last good dist/ but would leave its half-built staging
  # folder inside it; remove that (only when trunk made it).
  if [ -n "${TRUNK_STAGING_DIR:-}" ]; then rm -rf "$TRUNK_STAGING_DIR"; fi
  exit 1
fi
