#!/usr/bin/env node
// First-load weight of a page of the release build, "/" unless told (HTML +
// JS + wasm + CSS): the files a browser fetches before the page is usable.
// Prints raw, gzip (level 9) and brotli sizes per file and in total. Not a
// test: a figure to compare builds by.
// Usage: node scripts/bench-weight.mjs [dist] [page, e.g. fr/]
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const page = (process.argv[3] ?? '').replace(/^\/+/, '');
const pageFile = path.join(page, 'index.html');
const html = readFileSync(path.join(dist, pageFile), 'utf8');
const base = (html.match(/<base href="?([^"\s>]*)/) ?? [, '/'])[1];

// Every same-site asset the page names: stylesheets, scripts, preloads and the loader's
// imports (the prerendered pages inline their CSS, so it is counted in index.html).
const refs = new Set();
// Attribute values may be quoted or not (trunk minifies HTML in release builds).
for (const m of html.matchAll(/(?:href|src)="?([^"\s>]+\.(?:css|js|wasm))/g)) refs.add(m[1]);
for (const m of html.matchAll(/['"]([^'"]+\.(?:js|wasm))['"]/g)) refs.add(m[1]);

const toFile = (ref) => path.join(dist, ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, ''));
const rows = [[pageFile, Buffer.from(html)]];
for (const ref of refs) {
  const file = toFile(ref);
  if (existsSync(file)) rows.push([path.relative(dist, file), readFileSync(file)]);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const sizes = rows.map(([name, bytes]) => ({
  name,
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
}));
console.log(`First load of /${page} from ${path.relative(process.cwd(), dist) || '.'} (KiB)`);
console.log(`${'file'.padEnd(44)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const s of sizes) console.log(`${s.name.padEnd(44)}${kb(s.raw)}${kb(s.gzip)}${kb(s.br)}`);
const total = (k) => sizes.reduce((a, s) => a + s[k], 0);
console.log(`${'total'.padEnd(44)}${kb(total('raw'))}${kb(total('gzip'))}${kb(total('br'))}`);
