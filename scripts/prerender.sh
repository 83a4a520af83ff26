#!/usr/bin/env bash
# trunk's post-build hook: renders every route into trunk's staging folder
# with the native `prerender` binary (the `ssr` build of the same app).
# SITE_URL (e.g. https://example.org/itpo/) enables absolute canonical links
# and sitemap.xml.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The benchmark's pure client-side build has nothing to prerender.
if [ "${ITPO_NO_PRERENDER:-}" = 1 ]; then exit 0; fi
cargo run --quiet --features ssr --bin prerender -- --dist "${TRUNK_STAGING_DIR:-dist}"
