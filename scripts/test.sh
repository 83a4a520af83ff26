#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit tests, the release
# builds, then the browser suite (headless Chromium, Firefox and WebKit
# against those builds, a real local join endpoint, axe-core, the W3C HTML
# checker). Installs what is missing first.
# Ends with "tests: N passed, N failed" and fails when any test fails.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
set -e

LOG_DIR="$ROOT/tests/artifacts"
mkdir -p "$LOG_DIR"

log "cargo fmt --check"
cargo fmt --all -- --check
log "cargo clippy (host and wasm32), warnings are errors"
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p itpo-site --target wasm32-unknown-unknown --features hydrate --quiet -- -D warnings
cargo clippy -p itpo-site --features ssr --all-targets --quiet -- -D warnings

log "native unit tests"
set +e
# With `ssr`, so the build-time code (src/prerender/) and the router check are tested too.
cargo test --workspace --features itpo-site/ssr 2>&1 | tee "$LOG_DIR/cargo-test.log"
cargo_status=${PIPESTATUS[0]}
set -e

# The content editor at /admin/ needs a GitHub repository to name (scripts/build-admin.mjs);
# the tests use it on a local copy only, so a fictional one.
export CMS_REPO="${CMS_REPO:-example/itpo-site}"
log "release builds (built once, shared by every browser test): at the root with the shipped (no) posts, and under /itpo/ with the fictional fixture posts"
"$ROOT/scripts/build.sh"
SUBPATH_DIST="$LOG_DIR/dist-itpo"
SUBPATH_SITE_URL="https://example.org/itpo/"
# Built as of 2026-06-01 12:00 UTC, so the fixture events fall on both sides of "now"
# (tests/e2e/events.test.mjs); the visitor's clock is the machine's.
export ITPO_SUBPATH_BUILT_AT=1780315200
ITPO_POSTS="$ROOT/tests/fixtures/posts" SITE_URL="$SUBPATH_SITE_URL" SOURCE_DATE_EPOCH="$ITPO_SUBPATH_BUILT_AT" \
  "$ROOT/scripts/build.sh" --public-url /itpo/ --dist "$SUBPATH_DIST"

# A third build, with an endpoint in its config.json as a deployer's would have, for the
# form's plain HTML send (tests/e2e/plain-form.test.mjs): the form's action and the thank-you
# address are fixed at build time, so the site and the endpoint get fixed loopback ports.
log "release build with a join endpoint configured (the plain HTML form)"
PLAIN_DIST="$LOG_DIR/dist-plain"
PLAIN_SITE_PORT="${ITPO_PLAIN_SITE_PORT:-47180}"
PLAIN_ENDPOINT_PORT="${ITPO_PLAIN_ENDPOINT_PORT:-47181}"
# A form service's own page on a second origin, which this build lists in redirect_origins.
PLAIN_LISTED_PORT="${ITPO_PLAIN_LISTED_PORT:-47184}"
cat > "$LOG_DIR/plain-config.json" <<JSON
{
  "join": {
    "endpoint": "http://127.0.0.1:$PLAIN_ENDPOINT_PORT/join",
    "encoding": "json",
    "honeypot_field": "_gotcha",
    "redirect_field": "redirect",
    "redirect_origins": ["http://127.0.0.1:$PLAIN_LISTED_PORT"],
    "timeout_ms": 4000,
    "extra_fields": { "form-name": "join" }
  },
  "contact": { "email": "contact@example.org", "mailing_address": "1 Example Street, Toronto ON" }
}
JSON
ITPO_CONFIG="$LOG_DIR/plain-config.json" SITE_URL="http://127.0.0.1:$PLAIN_SITE_PORT/" \
  "$ROOT/scripts/build.sh" --dist "$PLAIN_DIST"

# A fourth: the README's build with an https endpoint on another origin in its config.json, as
# a deployer's. The policy names only the endpoint the build was given, so the tests that send
# the form serve this build, with the endpoint's TLS front on the port it names.
log "release build with an https join endpoint (the tests that send the form)"
JOIN_DIST="$LOG_DIR/dist-join"
JOIN_ENDPOINT_PORT="${ITPO_JOIN_ENDPOINT_PORT:-47182}"
cat > "$LOG_DIR/join-config.json" <<JSON
{
  "join": {
    "endpoint": "https://127.0.0.1:$JOIN_ENDPOINT_PORT/join", "honeypot_field": "_gotcha",
    "service_name": "Example Forms", "service_privacy_url": "https://forms.example.org/privacy"
  },
  "contact": { "email": "contact@example.org", "mailing_address": "1 Example Street, Toronto ON" }
}
JSON
ITPO_CONFIG="$LOG_DIR/join-config.json" "$ROOT/scripts/build.sh" --dist "$JOIN_DIST"

log "browser tests"
set +e
ITPO_DIST="$ROOT/dist" ITPO_DEV_BIN="$CARGO_TARGET_DIR/release/itpo-dev" \
ITPO_DIST_SUBPATH="$SUBPATH_DIST" ITPO_SUBPATH_SITE_URL="$SUBPATH_SITE_URL" \
ITPO_DIST_PLAIN="$PLAIN_DIST" ITPO_PLAIN_SITE_PORT="$PLAIN_SITE_PORT" ITPO_PLAIN_ENDPOINT_PORT="$PLAIN_ENDPOINT_PORT" \
ITPO_PLAIN_LISTED_PORT="$PLAIN_LISTED_PORT" ITPO_DIST_JOIN="$JOIN_DIST" ITPO_JOIN_ENDPOINT_PORT="$JOIN_ENDPOINT_PORT" \
  node --test --test-concurrency=1 --test-timeout=300000 --test-reporter=spec tests/e2e/ 2>&1 | tee "$LOG_DIR/browser-test.log"
node_status=${PIPESTATUS[0]}
set -e

sum() { grep -Eo "$1" "$2" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(( $(sum '[0-9]+ passed' "$LOG_DIR/cargo-test.log") + $(sum 'ℹ pass [0-9]+' "$LOG_DIR/browser-test.log") ))
failed=$(( $(sum '[0-9]+ failed' "$LOG_DIR/cargo-test.log") + $(sum 'ℹ fail [0-9]+' "$LOG_DIR/browser-test.log") ))
if [ "$cargo_status" -ne 0 ] || [ "$node_status" -ne 0 ]; then
  [ "$failed" -eq 0 ] && failed=1
fi
echo
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
