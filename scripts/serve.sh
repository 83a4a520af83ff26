#!/usr/bin/env bash
# Builds the site and serves it at http://127.0.0.1:8080 with a local join
# endpoint at http://127.0.0.1:8787 that stores submissions in
# .dev/submissions.jsonl, so the form works end to end with nothing else set
# up: with the app, and as plain HTML (JavaScript off), which comes back to
# the site's thank-you page. The content editor at /admin/ works on this
# working copy ("Work with Local Repository", in Chrome or Edge: docs/editing.md).
# PORT and ENDPOINT_PORT override the ports.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

PORT="${PORT:-8080}"
ENDPOINT_PORT="${ENDPOINT_PORT:-8787}"
mkdir -p .dev
# A development config.json (the committed one names no endpoint). The plain form's action is
# fixed at build time, so the build takes it, into .dev/dist (never dist/, which is deployed).
cat > .dev/config.json <<JSON
{
  "_readme": "Written by scripts/serve.sh: points the join form at the local endpoint.",
  "join": {
    "endpoint": "http://127.0.0.1:$ENDPOINT_PORT/join",
    "encoding": "json",
    "honeypot_field": "_gotcha",
    "redirect_field": "redirect",
    "timeout_ms": 15000,
    "extra_fields": { "form-name": "join" }
  }
}
JSON
# The editor must name a GitHub repository to start (scripts/build-admin.mjs takes this
# checkout's GitHub remote); on a working copy any name will do.
if [ -z "${CMS_REPO:-}" ] && ! git remote get-url origin 2>/dev/null | grep -q 'github\.com'; then
  export CMS_REPO=local/working-copy
fi
ITPO_CONFIG="$ROOT/.dev/config.json" SITE_URL="http://127.0.0.1:$PORT/" \
  "$ROOT/scripts/build.sh" --dist .dev/dist
log "site: http://127.0.0.1:$PORT/   content editor: http://127.0.0.1:$PORT/admin/   join endpoint: http://127.0.0.1:$ENDPOINT_PORT/join -> .dev/submissions.jsonl"
exec "$CARGO_TARGET_DIR/release/itpo-dev" dev --dir .dev/dist --headers \
  --port "$PORT" --endpoint-port "$ENDPOINT_PORT" --out .dev/submissions.jsonl
