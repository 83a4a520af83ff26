// A site that has been publishing for years: 200 posts in both editions (and the fixture events) and a
// join endpoint, through the real release build. Its `_headers` keeps the
// same number of rules as a site with a handful of posts (Cloudflare Pages
// reads at most 100), every post still gets its cache rule, and every page is
// valid HTML.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { ROOT, FIXTURES, htmlErrors } from './harness.mjs';

const POSTS = 200;
const FEW_POSTS_DIST = process.env.ITPO_DIST_SUBPATH; // the fixture posts, under /itpo/
// The fixture events are in this build too, built at another time beside other posts: a
// calendar must find each under the UID the first build gave it.
const EVENTS = readdirSync(path.join(FIXTURES, 'posts'))
  .filter((f) => /^\[event\]$/m.test(readFileSync(path.join(FIXTURES, 'posts', f), 'utf8')));
let dist;
const slugs = [];

before(() => {
  const work = mkdtempSync(path.join(tmpdir(), 'itpo-many-posts-'));
  const posts = path.join(work, 'posts');
  mkdirSync(posts);
  for (let i = 0; i < POSTS; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + 3 * i)).toISOString().slice(0, 10);
    const fr = i % 2 === 1;
    const slug = `generated-${String(i).padStart(3, '0')}`;
    slugs.push([fr ? '/fr/nos-activites/' : '/work/', slug]);
    writeFileSync(path.join(posts, `${date}-${slug}.md`), [
      '+++',
      `title = "${fr ? 'Billet généré' : 'Generated post'} ${i}: \\"quoted\\" & more"`,
      `date = ${date}`,
      `lang = "${fr ? 'fr' : 'en'}"`,
      '+++',
      '',
      fr ? 'Un billet fictif, fait pour le test.' : 'A fictional post, made for the test.',
      '',
      // Starts at ## (an h2 under the title), then deeper.
      '## Section',
      '',
      '### Detail',
      '',
      'Text.',
      '',
    ].join('\n'));
  }
  for (const event of EVENTS) cpSync(path.join(FIXTURES, 'posts', event), path.join(posts, event));
  const config = path.join(work, 'config.json');
  writeFileSync(config, JSON.stringify({
    join: { endpoint: 'https://forms.example.org/join', honeypot_field: '_gotcha' },
    contact: { email: 'contact@example.org' },
  }));
  dist = path.join(work, 'dist');
  const run = spawnSync('trunk', ['build', '--release', '--offline', '--dist', dist], {
    cwd: ROOT,
    env: { ...process.env, ITPO_POSTS: posts, ITPO_CONFIG: config, SITE_URL: 'https://example.org/' },
    encoding: 'utf8',
    timeout: 900_000,
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

/** The rules of a `_headers` file: each pattern line, with its headers. */
function rules(file) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) out.push({ pattern: line.trim(), headers: [] });
    else out.at(-1).headers.push(line.trim());
  }
  return out;
}

/** Netlify's and Cloudflare's matching: exact, or by prefix for a trailing `*`. */
const matches = (pattern, p) => (pattern.endsWith('*') ? p.startsWith(pattern.slice(0, -1)) : p === pattern);

test('a second build, at another time and with other posts, gives every event the UID the first gave it', () => {
  const uids = (file) => new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
    .getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('summary'), v.getFirstPropertyValue('uid')]).sort();
  assert.ok(EVENTS.length >= 4, EVENTS.join(' '));
  for (const feed of ['events.ics', 'fr/evenements.ics']) {
    const first = uids(path.join(FEW_POSTS_DIST, feed));
    assert.ok(first.length >= 1, feed);
    assert.deepEqual(uids(path.join(dist, feed)), first, feed);
  }
});

test('_headers has as many rules with 200 posts as with 20, under the hosts\' limit, and each post is covered', () => {
  assert.ok(FEW_POSTS_DIST && existsSync(FEW_POSTS_DIST), 'scripts/test.sh builds the site with the fixture posts first');
  const many = rules(path.join(dist, '_headers'));
  const few = rules(path.join(FEW_POSTS_DIST, '_headers'));
  assert.equal(many.length, few.length, many.map((r) => r.pattern).join('\n'));
  assert.ok(many.length < 100, `${many.length} rules`);
  for (const [list, slug] of slugs) {
    const p = `${list}${slug}/`;
    assert.ok(existsSync(path.join(dist, p, 'index.html')), `${p} was built`);
    const cache = many.filter((r) => matches(r.pattern, p)).flatMap((r) => r.headers.filter((h) => h.startsWith('Cache-Control')));
    assert.deepEqual(cache, ['Cache-Control: no-cache'], p);
  }
});

test('every page of the 200-post build with an endpoint is valid HTML, and posts\' headings start below the title', () => {
  assert.deepEqual(htmlErrors(dist), []);
  const post = readFileSync(path.join(dist, 'work/generated-000/index.html'), 'utf8');
  assert.match(post, /<h1[^>]*>Generated post 0: "quoted" &amp; more<\/h1>/);
  assert.match(post, /<h2>Section<\/h2>/);
  assert.match(post, /<h3>Detail<\/h3>/);
});
