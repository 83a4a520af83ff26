#!/usr/bin/env bash
# Lighthouse before and after: two release builds (e.g. one of the previous commit and one of
# this, each from `trunk build --release --dist DIR`), served side by side by itpo-dev (gzip and
# their _headers) and measured in turn, page by page, so both meet the same moments of a busy
# machine. Prints each page's total blocking time per run and its median, and the median
# performance score. A benchmark, not a test (issue 30: its levers are kept only if they help).
# Usage: [RUNS=5] [PAGES="/ /join/"] scripts/bench-lighthouse-ab.sh DIST_BEFORE DIST_AFTER
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
[ $# -eq 2 ] || { echo "usage: $0 DIST_BEFORE DIST_AFTER" >&2; exit 2; }
OUT="$ROOT/tests/artifacts/bench-ab"
rm -rf "$OUT" && mkdir -p "$OUT"
cargo build --release -p itpo-dev --quiet
DEV="$CARGO_TARGET_DIR/release/itpo-dev"
"$DEV" serve --dir "$1" --port 4191 --gzip --headers --fallback 404 >/dev/null & before=$!
"$DEV" serve --dir "$2" --port 4192 --gzip --headers --fallback 404 >/dev/null & after=$!
trap 'kill "$before" "$after" 2>/dev/null' EXIT
sleep 1
source "$ROOT/scripts/bench/lighthouse.sh"
for i in $(seq "${RUNS:-5}"); do
  for p in ${PAGES:-/ /join/ /fr/adhesion/}; do
    for side in before:4191 after:4192; do
      # A run Lighthouse fails four times is left out, and said.
      lighthouse_json "http://127.0.0.1:${side#*:}$p" \
        "$OUT/${side%%:*}-$(echo "$p" | tr -c 'a-z0-9\n' '_')-$i.json" performance \
        || echo "left out: ${side%%:*} $p run $i" >&2
    done
  done
done
node - "$OUT" <<'JS'
const fs = require('node:fs');
const out = process.argv[2];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const runs = {};
for (const file of fs.readdirSync(out)) {
  const r = JSON.parse(fs.readFileSync(`${out}/${file}`, 'utf8'));
  const tbt = r.audits['total-blocking-time'].numericValue;
  if (!Number.isFinite(tbt)) continue;
  const key = `${new URL(r.finalDisplayedUrl).pathname} ${file.split('-')[0]}`;
  (runs[key] ??= []).push([Math.round(tbt), Math.round(r.categories.performance.score * 100)]);
}
console.log('| page | build | total blocking time, each run | median | performance, median |');
console.log('| --- | --- | --- | --- | --- |');
for (const key of Object.keys(runs).sort()) {
  const [page, side] = key.split(' ');
  const r = runs[key];
  console.log(`| ${page} | ${side} | ${r.map((x) => x[0]).join(', ')} ms | ${median(r.map((x) => x[0]))} ms | ${median(r.map((x) => x[1]))} |`);
}
JS
