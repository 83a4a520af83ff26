#!/usr/bin/env bash
# Builds the site and serves it at http://127.0.0.1:8080 with a local join
# endpoint at http://127.0.0.1:8787 that stores submissions in
# .dev/submissions.jsonl, so the form works end to end with nothing else set up.
# PORT and ENDPOINT_PORT override the ports.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
"$ROOT/scripts/build.sh"

PORT="${PORT:-8080}"
ENDPOINT_PORT="${ENDPOINT_PORT:-8787}"
mkdir -p .dev/site
# A development config.json that wins over the committed one (which names no endpoint).
cat > .dev/site/config.json <<JSON
{
  "_readme": "Written by scripts/serve.sh: points the join form at the local endpoint.",
  "join": {
    "endpoint": "http://127.0.0.1:$ENDPOINT_PORT/join",
    "encoding": "json",
    "honeypot_field": "_gotcha",
    "timeout_ms": 15000,
    "extra_fields": { "form-name": "join" }
  }
}
JSON
# The deploy's _headers allows posts to the site and to any https endpoint;
# the local endpoint is plain http, so this development copy allows it too.
sed "s#connect-src 'self'#connect-src 'self' http://127.0.0.1:$ENDPOINT_PORT#" dist/_headers > .dev/site/_headers
log "site: http://127.0.0.1:$PORT/   join endpoint: http://127.0.0.1:$ENDPOINT_PORT/join -> .dev/submissions.jsonl"
exec "$CARGO_TARGET_DIR/release/itpo-dev" dev --dir dist --overlay .dev/site --headers \
  --port "$PORT" --endpoint-port "$ENDPOINT_PORT" --out .dev/submissions.jsonl
