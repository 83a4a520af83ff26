// Every page the suite's builds write is valid HTML by the W3C Nu HTML
// Checker (vnu-jar): the README's build, the sub-path build with posts, and
// the two builds with a join endpoint. (A build with 200 posts and an
// endpoint is checked in many-posts.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, JOIN_DIST, htmlErrors } from './harness.mjs';

const BUILDS = [
  ['the README\'s build', DIST],
  ['the sub-path build with posts', process.env.ITPO_DIST_SUBPATH],
  ['the build with a plain-http endpoint', process.env.ITPO_DIST_PLAIN],
  ['the build with an https endpoint', JOIN_DIST],
];

/** How many HTML pages a build holds. */
function pages(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).length;
}

for (const [name, dir] of BUILDS) {
  test(`${name}: every page is valid HTML`, () => {
    assert.ok(dir && existsSync(dir), `scripts/test.sh builds ${name} first`);
    assert.ok(pages(dir) >= 19, `${dir} holds the pages of both editions`);
    assert.deepEqual(htmlErrors(dir), []);
  });
}

test('the checker does find errors (a page with a bogus comment and a misplaced heading)', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'itpo-invalid-'));
  writeFileSync(path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><p><!></p><div></p></body></html>');
  assert.ok(htmlErrors(dir).some((e) => e.includes('Bogus comment')), htmlErrors(dir).join('\n'));
});
