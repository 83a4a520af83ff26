#!/usr/bin/env node
// Shortens the names the app's wasm imports its JavaScript functions by, in the wasm and in
// wasm-bindgen's glue at once (scripts/build-app.sh, release builds). wasm-bindgen names each
// import after the function plus a 16-digit hash (`__wbg_addEventListener_847fd86b8c33ec43`),
// and both files carry every name: about 200 of them, 7 KB in each file, the hashes barely
// compressible. Binaryen's own `--minify-imports` only renames Emscripten's modules (`env`),
// so this does for wasm-bindgen's module what Emscripten does for its own.
// Stops the build, naming the import, if a name is not a key exactly once in the glue (a
// wasm-bindgen whose glue takes another shape must not make a half-renamed app).
// Usage: node scripts/minify-imports.mjs app.wasm glue.js module-name
import fs from 'node:fs';

const [wasmPath, gluePath, moduleName] = process.argv.slice(2);
if (!moduleName) {
  console.error('usage: minify-imports.mjs app.wasm glue.js module-name (e.g. ./itpo-site_bg.js)');
  process.exit(2);
}
const fail = (message) => {
  console.error(`minify-imports.mjs: ${message}`);
  process.exit(1);
};

const wasm = fs.readFileSync(wasmPath);
let glue = fs.readFileSync(gluePath, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, the offset after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
const encodeLeb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
const encodeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};

/** The end of an import's description (its kind byte at `at`), per the core spec's binary format. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0x00: return leb(bytes, at)[1]; // function: its type's index
    case 0x01: return limits(at + 1); // table: element type, limits
    case 0x02: return limits(at); // memory: limits
    case 0x03: return at + 2; // global: value type, mutability
    case 0x04: return leb(bytes, at + 1)[1]; // tag: attribute, type's index
    default: return fail(`unknown import kind ${kind} in ${wasmPath}`);
  }
}

/** A short name for the n-th import: a..z, A..Z, then two characters and so on. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(n) {
  let name = '';
  do {
    name = LETTERS[n % LETTERS.length] + name;
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return name;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
while (at < wasm.length) {
  const id = wasm[at];
  const [size, payload] = leb(wasm, at + 1);
  const end = payload + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, payload);
  const entries = [encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    let [length, q] = leb(wasm, p);
    const module = wasm.toString('utf8', q, q + length);
    [length, q] = leb(wasm, q + length);
    const field = wasm.toString('utf8', q, q + length);
    const descStart = q + length;
    p = descriptionEnd(wasm, descStart);
    let name = field;
    if (module === moduleName) {
      // The glue gives each import as a key of one object: `name: function (…) {…}`.
      const token = new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, 'g');
      const uses = glue.match(token)?.length ?? 0;
      const asKey = new RegExp(`(?<![\\w$])${escape(field)}(?=\\s*:)`);
      if (uses !== 1 || !asKey.test(glue)) {
        fail(`import ${field} is named ${uses} times in ${gluePath}, not once as a key: not renamed`);
      }
      name = shortName(renamed++);
      glue = glue.replace(asKey, name);
    }
    entries.push(encodeName(module), encodeName(name), wasm.subarray(descStart, p));
  }
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(body.length), body);
  at = end;
}
if (!renamed) fail(`no import from ${moduleName} in ${wasmPath}`);
fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(gluePath, glue);
console.error(`minify-imports.mjs: ${renamed} imports renamed in ${wasmPath} and ${gluePath}`);
