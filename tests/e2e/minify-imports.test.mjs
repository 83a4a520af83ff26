// The release build shortens the names the wasm imports its JavaScript by, in the wasm and in
// the glue at once (scripts/minify-imports.mjs): 6 KB gzip of every first load. The app's own
// suites show the renamed app runs in every browser; these show the rename keeps a module and
// its glue matched, and that a glue of another shape stops the build, naming the import,
// rather than ship an app whose wasm asks for functions its glue no longer has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const MODULE = './app_bg.js';
const HASHED = ['__wbg_log_0123456789abcdef', '__wbg_alert_fedcba9876543210'];

/** A wasm module importing HASHED from MODULE and a memory from another module, and exporting
 * `run`, which calls the second import and then the first. */
function wasmImporting() {
  const name = (s) => [s.length, ...Buffer.from(s)];
  const imports = [HASHED.length + 1,
    ...HASHED.flatMap((field) => [...name(MODULE), ...name(field), 0x00, 0x00]),
    ...name('./other.js'), ...name('memory'), 0x02, 0x00, 0x01];
  const run = [0x00, 0x10, 0x01, 0x10, 0x00, 0x0b]; // no locals; call 1; call 0; end
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // one type: () -> ()
    0x02, imports.length, ...imports,
    0x03, 0x02, 0x01, 0x00, // one function of that type (index 2, after the two imported)
    0x07, 0x07, 0x01, ...name('run'), 0x00, 0x02,
    0x0a, run.length + 2, 0x01, run.length, ...run]);
}

/** A glue in wasm-bindgen's shape: each import a key of the object given for MODULE. */
const glueFor = (extra = '') => `const calls = [];
function getImports(memory) {
  const import0 = { __proto__: null,
    ${HASHED[0]}: function () { calls.push('log'); },
    ${HASHED[1]}: function () { calls.push('alert'); },
  };
  return { __proto__: null, "${MODULE}": import0, "./other.js": { memory } };
}
${extra}
export { calls, getImports };
`;

function run(glue) {
  const dir = mkdtempSync(path.join(tmpdir(), 'itpo-minify-'));
  const wasmPath = path.join(dir, 'app_bg.wasm');
  const gluePath = path.join(dir, 'app.js');
  writeFileSync(wasmPath, wasmImporting());
  writeFileSync(gluePath, glue);
  const result = spawnSync('node', [path.join(ROOT, 'scripts/minify-imports.mjs'), wasmPath, gluePath, MODULE], { encoding: 'utf8' });
  return { result, wasm: readFileSync(wasmPath), glue: readFileSync(gluePath, 'utf8'), gluePath };
}

test('the wasm asks for short names, and the glue gives exactly those', async () => {
  const { result, wasm, glue, gluePath } = run(glueFor());
  assert.equal(result.status, 0, result.stderr);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports.map((i) => [i.module, i.name]), [[MODULE, 'a'], [MODULE, 'b'], ['./other.js', 'memory']]);
  for (const hashed of HASHED) assert.ok(!glue.includes(hashed), `${hashed} left in the glue`);
  const { getImports, calls } = await import(gluePath);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), getImports(new WebAssembly.Memory({ initial: 1 })));
  instance.exports.run();
  assert.deepEqual(calls, ['alert', 'log'], 'each import still reaches the function it did');
});

test('a glue that names an import twice stops the build, naming it, and changes nothing', () => {
  const glue = glueFor(`const again = "${HASHED[1]}";`);
  const { result, wasm, glue: after } = run(glue);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`import ${HASHED[1]} is named 2 times in .*app\\.js, not once as a key`));
  assert.deepEqual(wasm, wasmImporting(), 'the wasm is left as it was');
  assert.equal(after, glue, 'the glue is left as it was');
});
