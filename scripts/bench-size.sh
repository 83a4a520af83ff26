#!/usr/bin/env bash
# Where the browser build's bytes go: the release app built by
# scripts/build-app.sh itself, keeping function names, then measured with
# twiggy and summed per crate, for the
# main module and for each chunk (the join and directors pages', and the code
# they share). A benchmark, not a
# test: it guides what to cut (see README "Performance"). Installs twiggy on
# first use (a few minutes, once); nothing else needs it.
# Usage: scripts/bench-size.sh [TOP]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
TOP="${1:-15}"
TWIGGY_VERSION=0.8.0
if ! twiggy --version 2>/dev/null | grep -q "$TWIGGY_VERSION"; then
  log "installing twiggy $TWIGGY_VERSION (benchmark only)"
  cargo install twiggy --version "$TWIGGY_VERSION"
fi
OUT="$ROOT/tests/artifacts/size"
rm -rf "$OUT" && mkdir -p "$OUT/stage"
# The shipped build's own steps (scripts/build-app.sh), keeping function names for twiggy.
TRUNK_STAGING_DIR="$OUT/stage" TRUNK_PROFILE=release ITPO_KEEP_NAMES=1 bash "$ROOT/scripts/build-app.sh"
APP=$(ls -d "$OUT"/stage/app-*)
cp "$APP/itpo-site_bg.wasm" "$OUT/main.wasm"
modules=(main)
# The pages' chunks (split_join_page, split_directors_page) and the code they share (chunk_N).
for chunk in "$APP"/split_*.wasm "$APP"/chunk_*.wasm; do
  [ -f "$chunk" ] || continue
  name=$(basename "$chunk" .wasm)
  cp "$chunk" "$OUT/$name.wasm"
  modules+=("$name")
done
for module in "${modules[@]}"; do
log "$module module with names, after wasm-opt -Oz: $(stat -c %s "$OUT/$module.wasm") bytes (names add to the file, not to the shares)"
twiggy top -n 100000 --format csv "$OUT/$module.wasm" > "$OUT/$module.csv"
echo "$module module:"
node - "$OUT/$module.csv" "$TOP" <<'JS'
const fs = require('node:fs');
const [file, top] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
const groups = new Map();
let total = 0;
for (const row of rows) {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent: names may hold
  // commas, so the numbers are read from the end.
  const parts = row.split(',');
  const size = Number(parts.at(-4));
  const name = parts.slice(0, -4).join(',').replace(/^"|"$/g, '');
  // Names and other custom sections exist only in this copy, not in the shipped wasm.
  if (!Number.isFinite(size) || /subsection|custom section/i.test(name)) continue;
  total += size;
  // The crate a function belongs to: the first crate path in its name, or for a trait method on
  // a generic or primitive type (`<F as tachys::…>::f`) the trait's crate.
  const crate = /(?:^|[<&\s(])([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/;
  const self = name.match(/^<([^ ]+) as (.*)$/);
  const m = self && !self[1].includes('::') ? self[2].match(crate) : name.match(crate);
  const group = /^data segment/.test(name) ? 'data (strings, tables)' : m ? m[1] : 'other';
  groups.set(group, (groups.get(group) ?? 0) + size);
}
console.log('| crate (by function names) | KiB | share |');
console.log('| --- | --- | --- |');
for (const [g, s] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`| ${g} | ${(s / 1024).toFixed(1)} | ${((100 * s) / total).toFixed(1)} % |`);
}
console.log(`| total | ${(total / 1024).toFixed(1)} | 100 % |`);
JS
done
