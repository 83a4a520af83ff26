#!/usr/bin/env bash
# Where the browser build's bytes go: the release wasm, split, run through
# wasm-bindgen and `wasm-opt -Oz` as scripts/build-app.sh does but keeping
# function names, then measured with twiggy and summed per crate, for the
# main module and for each chunk (the join and directors pages', and the code
# they share). A benchmark, not a
# test: it guides what to cut (see README "Performance"). Installs twiggy on
# first use (a few minutes, once); nothing else needs it.
# Usage: scripts/bench-size.sh [TOP] (after scripts/build.sh)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
TOP="${1:-15}"
TWIGGY_VERSION=0.8.0
if ! twiggy --version 2>/dev/null | grep -q "$TWIGGY_VERSION"; then
  log "installing twiggy $TWIGGY_VERSION (benchmark only)"
  cargo install twiggy --version "$TWIGGY_VERSION"
fi
RAW="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/itpo-site.wasm"
[ -f "$RAW" ] || { echo "no release wasm: run scripts/build.sh first" >&2; exit 1; }
OUT="$ROOT/tests/artifacts/size"
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-split-cli --target web --out-name itpo-site "$RAW" "$OUT/split"
wasm-bindgen --target web --keep-lld-exports --out-dir "$OUT" "$OUT/split/itpo-site.wasm"
# The features rustc's wasm32 target uses; `--all-features` would emit constructs twiggy cannot read.
features=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
wasm-opt -Oz -g "${features[@]}" "$OUT/itpo-site_bg.wasm" -o "$OUT/main.wasm"
modules=(main)
# The pages' chunks (split_join_page, split_directors_page) and the code they share (chunk_N).
for chunk in "$OUT"/split/split_*.wasm "$OUT"/split/chunk_*.wasm; do
  [ -f "$chunk" ] || continue
  name=$(basename "$chunk" .wasm)
  wasm-opt -Oz -g "${features[@]}" "$chunk" -o "$OUT/$name.wasm"
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
