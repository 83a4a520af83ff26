#!/usr/bin/env bash
# trunk's post-build hook, first step: builds the browser app into trunk's
# staging folder. trunk's own Rust pipeline runs wasm-bindgen straight after
# rustc, which leaves no place to split the wasm; this script does the same
# steps with the split in between:
#   rustc (with relocations) -> wasm-split-cli -> wasm-bindgen -> import names
#   shortened (scripts/minify-imports.mjs) -> wasm-opt -> terser
# The join and directors pages' code become chunks of their own
# (src/pages/join.rs, directors.rs), so every other page loads a smaller app. All the app's files go into one
# folder named by their hash, `app-<hash>/`: the files name each other
# (the glue imports `__wasm_split.js`, which fetches the chunk), so the
# folder, not each file, carries the hash, and every file in it can be
# cached for ever.
# ITPO_KEEP_NAMES=1 keeps function names in the wasm (scripts/bench-size.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
need cargo wasm-split-cli wasm-bindgen wasm-opt terser
cd "$ROOT"
STAGING="${TRUNK_STAGING_DIR:-dist}"
mkdir -p "$STAGING"
PROFILE="${TRUNK_PROFILE:-release}"
WORK="$CARGO_TARGET_DIR/itpo-app"
rm -rf "$WORK" && mkdir -p "$WORK/split" "$WORK/app"

cargo_profile=(); [ "$PROFILE" = release ] && cargo_profile=(--release)
# The splitter reads the linker's relocations to move code between modules.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C link-arg=--emit-relocs" \
  cargo build "${cargo_profile[@]}" --target wasm32-unknown-unknown --features hydrate --bin itpo-site
out_dir=$([ "$PROFILE" = release ] && echo release || echo debug)
wasm-split-cli --target web --out-name itpo-site \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$out_dir/itpo-site.wasm" "$WORK/split"
# --keep-lld-exports: the chunk imports the main module's function table and stack pointer.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$WORK/app" --out-name itpo-site "$WORK/split/itpo-site.wasm"
rm "$WORK/split/itpo-site.wasm"
cp "$WORK/split"/* "$WORK/app/"

if [ "$PROFILE" = release ]; then
  # The features rustc's wasm32 target emits (as trunk passes them).
  names=(); [ "${ITPO_KEEP_NAMES:-}" = 1 ] && names=(-g)
  features=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
  # wasm-bindgen's import names carry a hash each: about 6 KB gzip of the first load.
  node scripts/minify-imports.mjs "$WORK/app/itpo-site_bg.wasm" "$WORK/app/itpo-site.js" ./itpo-site_bg.js
  for wasm in "$WORK/app"/*.wasm; do
    wasm-opt -Oz "${names[@]}" "${features[@]}" "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
  done
  # wasm-bindgen's glue as generated is 9 KB gzip, 2 KB of it spaces and long names.
  for js in "$WORK/app"/*.js; do
    terser "$js" --module --compress --mangle --output "$js.min" && mv "$js.min" "$js"
  done
fi

hash=$(cat "$WORK/app"/* | sha256sum | cut -c1-16)
rm -rf "$STAGING"/app-*
mv "$WORK/app" "$STAGING/app-$hash"
echo "build-app.sh: $STAGING/app-$hash: $(ls "$STAGING/app-$hash" | tr '\n' ' ')" >&2
