// A volunteer's mistake in a post or a data file (config.json,
// directors.json, resources.toml) must stop the build with the file and
// line named and what to fix, and must leave the last good site as it was:
// the real `trunk build` with the prerender hook, over a copy of dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, ROOT, FIXTURES } from './harness.mjs';

/** Every file under `dir` with a hash of its bytes. */
function snapshot(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The real release build into a copy of dist/, with `env`; its output, after checking it failed. */
function failingBuild(name, env) {
  const dist = path.join(mkdtempSync(path.join(tmpdir(), `itpo-${name}-`)), 'dist');
  cpSync(DIST, dist, { recursive: true });
  const before = snapshot(dist);
  const run = spawnSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  assert.notEqual(run.status, 0, 'the build must fail');
  return { output: run.stdout + run.stderr, unchanged: () => assert.deepEqual(snapshot(dist), before) };
}

test('bad posts stop the build, name each file and line, and leave the last good dist/ untouched', () => {
  const { output, unchanged } = failingBuild('bad-posts', { ITPO_POSTS: path.join(FIXTURES, 'bad-posts') });
  assert.match(output, /6 problem\(s\) in the posts, nothing was written/);
  assert.match(output, /2026-04-01-no-title\.md: the front matter has no title: add a line like title = /);
  assert.match(output, /2026-04-02-bad-image\.md: line 7: image "favicon\.svg" has no alt text/);
  // Events: the line of the table or of the key at fault, and what to write instead.
  assert.match(output, /2026-04-03-event-without-start\.md: line 5: the \[event\] has no start: add a line like start = /);
  assert.match(output, /2026-04-04-event-ends-before-it-starts\.md: line 7: the event ends before it starts/);
  assert.match(output, /2026-04-05-event-with-http-link\.md: line 8: the event's link "http:\/\/example\.org\/register" must be an https:\/\/ address/);
  assert.match(output, /2026-04-06-event-in-the-skipped-hour\.md: line 6: start 2026-03-08T02:30:00 does not exist in Toronto: the clocks skip that hour/);
  unchanged();
});

test('a broken config.json, directors.json and resources.toml each stop the build, named with their line', () => {
  const bad = (file) => path.join(FIXTURES, 'bad-data', file);
  const { output, unchanged } = failingBuild('bad-data', {
    ITPO_CONFIG: bad('config.json'),
    ITPO_DIRECTORS: bad('directors.json'),
    ITPO_RESOURCES: bad('resources.toml'),
  });
  assert.match(output, /3 problem\(s\) in the data files, nothing was written/);
  assert.match(output, /bad-data\/config\.json: line 4: unknown key "encodng" in "join"/);
  assert.match(output, /bad-data\/directors\.json: line 6: director 1: "name" is missing/);
  assert.match(output, /bad-data\/resources\.toml: line 3: resource 1 \("A body"\): link "http:\/\/example\.org\/" must be an https:\/\/ address/);
  unchanged();
});
