#!/usr/bin/env bash
# Lighthouse 12 (mobile defaults: Slow 4G, 4x CPU) on every page of the
# release build as the README builds it (no SITE_URL, no posts) and with a
# SITE_URL and the fictional fixture posts (tests/fixtures/posts: the feed,
# "Our work" and a post are measured there),
# served by a plain static server that gzips and sends the build's _headers.
# (A pure client-side build is no longer measured: without its prerendered
# data files every page but the two the app renders itself is an error page.)
# Every page is measured in both editions (English, then French).
# Each page is measured RUNS times (default 3; the wasm's start-up task makes
# total blocking time vary from run to run), and the table gives the median of
# each figure. A benchmark, not a test: run it by hand and copy its table
# into the README.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
OUT="$ROOT/tests/artifacts/bench"
mkdir -p "$OUT"
PORT_PRE="${PORT_PRE:-4173}"
PORT_URL="${PORT_URL:-4175}"
# Both editions: the French twin of each page follows it.
# PAGES and POST_PAGES may be given to measure fewer (e.g. PAGES="/ /join/" POST_PAGES="").
PAGES="${PAGES:-/ /story/ /mission/ /directors/ /resources/ /join/ /join/thanks/ /privacy/ /accessibility/
  /fr/ /fr/notre-histoire/ /fr/mission/ /fr/conseil/ /fr/par-ou-commencer/ /fr/adhesion/ /fr/adhesion/merci/ /fr/confidentialite/ /fr/accessibilite/}"
POST_PAGES="${POST_PAGES-/work/ /work/fictional-town-hall/ /fr/nos-activites/ /fr/nos-activites/fixture-en-francais/}"
RUNS="${RUNS:-3}"

log "building the prerendered site without and with SITE_URL"
trunk build --release --offline --dist "$OUT/prerendered" >/dev/null
ITPO_POSTS="$ROOT/tests/fixtures/posts" SITE_URL="http://127.0.0.1:$PORT_URL/" trunk build --release --offline --dist "$OUT/site-url" >/dev/null
cargo build --release -p itpo-dev --quiet

DEV="$CARGO_TARGET_DIR/release/itpo-dev"
pids=()
"$DEV" serve --dir "$OUT/prerendered" --port "$PORT_PRE" --gzip --headers --fallback 404 >/dev/null & pids+=($!)
"$DEV" serve --dir "$OUT/site-url" --port "$PORT_URL" --gzip --headers --fallback 404 >/dev/null & pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
sleep 1

source "$ROOT/scripts/bench/lighthouse.sh"
rm -f "$OUT"/lh-*.json
run() { # build port path run; a page Lighthouse fails four times on stops the benchmark
  lighthouse_json "http://127.0.0.1:$2$3" "$OUT/lh-$1-$(echo "$3" | tr -c 'a-z0-9\n' '_')-$4.json" \
    performance,accessibility,best-practices,seo
}
for i in $(seq "$RUNS"); do
  for p in $PAGES; do run prerendered "$PORT_PRE" "$p" "$i"; done
  for p in $PAGES $POST_PAGES; do run site-url "$PORT_URL" "$p" "$i"; done
done

node - "$OUT" <<'JS'
const fs = require('node:fs');
const out = process.argv[2];
const rows = [];
const label = { prerendered: 'prerendered, no SITE_URL', 'site-url': 'prerendered, SITE_URL, posts' };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const build of ['prerendered', 'site-url']) {
  const runs = {};
  for (const file of fs.readdirSync(out).filter((f) => f.startsWith(`lh-${build}-`))) {
    const r = JSON.parse(fs.readFileSync(`${out}/${file}`, 'utf8'));
    const page = new URL(r.finalDisplayedUrl ?? r.finalUrl).pathname;
    (runs[page] ??= []).push(r);
  }
  for (const page of Object.keys(runs).sort()) {
    const m = (f) => median(runs[page].map(f));
    const score = (k) => String(Math.round(m((r) => r.categories[k].score) * 100));
    const audit = (k) => m((r) => r.audits[k].numericValue);
    rows.push([label[build], page, score('performance'), score('accessibility'), score('best-practices'), score('seo'),
      (audit('first-contentful-paint') / 1000).toFixed(2) + ' s', (audit('largest-contentful-paint') / 1000).toFixed(2) + ' s',
      Math.round(audit('total-blocking-time')) + ' ms', (audit('total-byte-weight') / 1024).toFixed(1) + ' KiB']);
  }
}
const head = ['build', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'transfer'];
console.log('| ' + head.join(' | ') + ' |');
console.log('|' + head.map(() => ' --- ').join('|') + '|');
for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
JS
