#!/usr/bin/env bash
# trunk's post-build hook: minifies wasm-bindgen's JS glue (trunk leaves it
# as generated: 9 KB gzip, 2 KB of which is spaces and long names), then
# renders every route into trunk's staging folder with the native
# `prerender` binary (the `ssr` build of the same app).
# SITE_URL (e.g. https://example.org/itpo/) enables absolute canonical links
# and sitemap.xml.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
STAGING="${TRUNK_STAGING_DIR:-dist}"
# The benchmark's pure client-side build has nothing to prerender.
if [ "${ITPO_NO_PRERENDER:-}" = 1 ]; then exit 0; fi
# Only with the prerender: the pages it writes load the glue without
# trunk's integrity hashes, which minifying would break.
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  if command -v terser >/dev/null; then
    for glue in "$STAGING"/itpo-site-*.js; do
      terser "$glue" --module --compress --mangle --output "$glue.min"
      mv "$glue.min" "$glue"
    done
  else
    echo "prerender.sh: terser not found (run scripts/setup.sh); the JS glue is left unminified" >&2
  fi
fi
if ! cargo run --quiet --features ssr --bin prerender -- --dist "$STAGING"; then
  # trunk keeps the last good dist/ but would leave its half-built staging
  # folder inside it; remove that (only when trunk made it).
  if [ -n "${TRUNK_STAGING_DIR:-}" ]; then rm -rf "$TRUNK_STAGING_DIR"; fi
  exit 1
fi
