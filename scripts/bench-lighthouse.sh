#!/usr/bin/env bash
# Lighthouse 12 (mobile defaults: Slow 4G, 4x CPU) on / and /join/ of the
# release build, served by a plain static server that gzips, next to the same
# app built as a pure client-side app. Prints each page's four category
# scores, FCP, LCP and transfer size. A benchmark, not a test: run it by hand
# and copy its table into the README.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
OUT="$ROOT/tests/artifacts/bench"
mkdir -p "$OUT"
PORT_PRE="${PORT_PRE:-4173}"
PORT_CSR="${PORT_CSR:-4174}"

log "building the prerendered site (SITE_URL=http://127.0.0.1:$PORT_PRE/) and the pure client-side site"
SITE_URL="http://127.0.0.1:$PORT_PRE/" trunk build --release --offline --dist "$OUT/prerendered" >/dev/null
ITPO_NO_PRERENDER=1 trunk build --release --offline --dist "$OUT/csr" scripts/bench/csr.html >/dev/null
cargo build --release -p itpo-dev --quiet

DEV="$CARGO_TARGET_DIR/release/itpo-dev"
"$DEV" serve --dir "$OUT/prerendered" --port "$PORT_PRE" --gzip --headers --fallback 404 >/dev/null &
PRE_PID=$!
"$DEV" serve --dir "$OUT/csr" --port "$PORT_CSR" --gzip --fallback spa >/dev/null &
CSR_PID=$!
trap 'kill $PRE_PID $CSR_PID 2>/dev/null' EXIT
sleep 1

export CHROME_PATH=/usr/bin/chromium
FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
run() { # name url
  lighthouse "$2" --quiet --output=json --output-path="$OUT/$1.json" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$FLAGS" >/dev/null 2>&1 \
    || { echo "lighthouse failed on $2" >&2; return 1; }
}
for build in prerendered:$PORT_PRE csr:$PORT_CSR; do
  name=${build%%:*}; port=${build##*:}
  run "$name-home" "http://127.0.0.1:$port/"
  run "$name-join" "http://127.0.0.1:$port/join/"
done

node - "$OUT" <<'JS'
const fs = require('node:fs');
const out = process.argv[2];
const rows = [];
for (const build of ['prerendered', 'csr']) for (const page of ['home', 'join']) {
  const r = JSON.parse(fs.readFileSync(`${out}/${build}-${page}.json`, 'utf8'));
  const c = r.categories, a = r.audits;
  const score = (k) => String(Math.round(c[k].score * 100));
  rows.push([build === 'csr' ? 'client-side only' : 'prerendered + hydrate', page === 'home' ? '/' : '/join/',
    score('performance'), score('accessibility'), score('best-practices'), score('seo'),
    (a['first-contentful-paint'].numericValue / 1000).toFixed(2) + ' s',
    (a['largest-contentful-paint'].numericValue / 1000).toFixed(2) + ' s',
    (a['total-byte-weight'].numericValue / 1024).toFixed(1) + ' KiB']);
}
const head = ['build', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'transfer'];
console.log('| ' + head.join(' | ') + ' |');
console.log('|' + head.map(() => ' --- ').join('|') + '|');
for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
JS
