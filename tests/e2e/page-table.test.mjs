// A page added to the table of pages (src/routes.rs), or a field added to the
// join form (src/join/answers.rs), but handled nowhere must not build: how
// each is made, read and worded are exhaustive matches, so the compiler names
// every file to edit, and every list of them is derived from the enum.
// Checked on a copy of the crate with one page, or one field, more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** A copy of the crate (and what its manifest names) to edit and check. */
function copyOfTheCrate() {
  const copy = mkdtempSync(path.join(tmpdir(), 'itpo-table-'));
  for (const part of ['Cargo.toml', 'Cargo.lock', 'src', 'content', 'public', 'tests/editions.rs', 'tests/support', 'tools/itpo-dev/Cargo.toml', 'tools/itpo-dev/src', 'crates']) {
    cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  }
  return copy;
}

/** `cargo check` of the copy's library, in the same target folder as the real build (so only this crate is checked afresh). */
function check(copy, features, target = []) {
  return spawnSync('cargo', ['check', '--quiet', '--lib', '--features', features, ...target], {
    cwd: copy, env: { ...process.env }, encoding: 'utf8', timeout: 600_000,
  });
}

test('a page added to the table and handled nowhere fails to compile, naming each file to edit', () => {
  const copy = copyOfTheCrate();
  const routes = path.join(copy, 'src/routes.rs');
  const text = readFileSync(routes, 'utf8');
  // A page, and a page the app would render itself.
  const added = text
    .replace(/(pub enum Page \{[^}]*JoinThanks,)/, '$1\n    Contact,')
    .replace(/(pub enum AppPage \{[^}]*Directors,)/, '$1\n    Contact,');
  assert.equal(added.split('    Contact,').length, 3, 'the table has its Page and AppPage enums');
  writeFileSync(routes, added);
  const ssr = check(copy, 'ssr');
  assert.notEqual(ssr.status, 0, 'it must not compile');
  const out = ssr.stderr;
  assert.match(out, /non-exhaustive patterns: `Page::Contact` not covered/);
  assert.match(out, /non-exhaustive patterns: `AppPage::Contact` not covered/);
  const named = (output, files) => {
    for (const file of files) assert.ok(output.includes(`--> ${file}:`), `${file} is named:\n${output.slice(0, 4000)}`);
  };
  // How it is made and its copy; its built view; its app view.
  named(out, ['src/routes.rs', 'src/prerender/built.rs', 'src/pages/current.rs']);
  // The browser build also names the app page's chunk.
  const wasm = check(copy, 'hydrate', ['--target', 'wasm32-unknown-unknown']);
  assert.notEqual(wasm.status, 0);
  named(wasm.stderr, ['src/routes.rs', 'src/pages/current.rs', 'src/pages/mod.rs']);
});

test('a field added to the form and handled nowhere fails to compile, naming each place; its list is derived', () => {
  const copy = copyOfTheCrate();
  const answers = path.join(copy, 'src/join/answers.rs');
  const text = readFileSync(answers, 'utf8');
  const added = text.replace(/(pub enum Field \{[^}]*ConsentUpdates,)/, '$1\n    Phone,');
  assert.notEqual(added, text, 'the Field enum is where the test expects it');
  writeFileSync(answers, added);
  const ssr = check(copy, 'ssr');
  assert.notEqual(ssr.status, 0, 'it must not compile');
  // Its rule, its payload key, its name in the error summary, its choice message: each named.
  assert.match(ssr.stderr, /non-exhaustive patterns: `(answers::)?Field::Phone` not covered/);
  for (const file of ['src/join/answers.rs', 'src/join/validate.rs']) {
    assert.ok(ssr.stderr.includes(`--> ${file}:`), `${file} is named:\n${ssr.stderr.slice(0, 4000)}`);
  }
  // Nothing else names the fields one by one: Field::ALL, the payload, the draft and the
  // endpoint's check follow the enum (and a question for it is asked for by questions.rs's test).
  const lists = ssr.stderr.match(/--> src\/[^:]+/g).map((m) => m.slice(4));
  assert.deepEqual([...new Set(lists)].sort(), ['src/join/answers.rs', 'src/join/validate.rs']);
});
