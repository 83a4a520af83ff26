// Share cards: what a messaging app shows with a link to the site. Every page of both
// editions in the sub-path build (built with SITE_URL) names its own card, an absolute
// address that this build holds as a 1200×630 PNG under 300 KB; a French page's card is not
// its English twin's. The root build has no SITE_URL, so no cards and no og:image. Every page
// links the home-screen icon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './harness.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const SITE_URL = process.env.ITPO_SUBPATH_SITE_URL;

/** Every page's HTML file below `dir`, the content editor's aside. */
function pages(dir, under = '') {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const rel = path.join(under, name);
    if (rel === 'admin') return [];
    if (statSync(path.join(dir, rel)).isDirectory()) return pages(dir, rel);
    return name === 'index.html' ? [rel] : [];
  });
}

const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every page of both editions names its own card: absolute, 1200×630, under 300 KB, with its alt text', () => {
  const found = pages(SUB_DIST);
  assert.ok(found.length > 40, `${found.length} pages`);
  const cards = new Map();
  for (const file of found) {
    const html = readFileSync(path.join(SUB_DIST, file), 'utf8');
    const image = meta(html, 'og:image');
    assert.ok(image?.startsWith(`${SITE_URL}cards/`), `${file}: ${image}`);
    const bytes = readFileSync(path.join(SUB_DIST, image.slice(SITE_URL.length)));
    assert.deepEqual(pngSize(bytes), [1200, 630], file);
    assert.ok(bytes.length < 300 * 1024, `${file}: ${bytes.length} bytes`);
    assert.equal(meta(html, 'og:image:width'), '1200');
    assert.equal(meta(html, 'og:image:height'), '630');
    assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
    // The alt text says what the card shows: the page's title (and ITPO's short name).
    const title = html.match(/<title>([^<]*)<\/title>/)[1];
    assert.ok(meta(html, 'og:image:alt').startsWith(title.replace(/ \| ITPO$/, '')), `${file}: ${meta(html, 'og:image:alt')}`);
    cards.set(file, bytes);
  }
  // Each page its own picture.
  assert.equal(new Set([...cards.values()].map((b) => b.toString('base64'))).size, cards.size);
  // A French page and its English twin (its hreflang link) have different cards.
  const twin = readFileSync(path.join(SUB_DIST, 'fr/adhesion/index.html'), 'utf8');
  assert.match(twin, /hreflang="en-CA" href="https:\/\/example\.org\/itpo\/join\/"/);
  assert.ok(!cards.get('fr/adhesion/index.html').equals(cards.get('join/index.html')));
  assert.ok(!cards.get('fr/index.html').equals(cards.get('index.html')));
  // An event's card says when it happens, in the alt text as on the picture.
  const meetup = readFileSync(path.join(SUB_DIST, 'work/fixture-summer-meetup/index.html'), 'utf8');
  assert.equal(meta(meetup, 'og:image:alt'),
    'Fixture: «Ask us anything», summer edition; in person, Wednesday 15 July 2026, 6:00 to 8:00 p.m. ET | ITPO');
});

test('without SITE_URL there are no cards and no og:image; the home-screen icon is there either way', () => {
  for (const file of pages(DIST)) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    assert.equal(meta(html, 'og:image'), undefined, file);
    assert.match(html, /<link rel="apple-touch-icon" href="apple-touch-icon\.png">/, file);
  }
  assert.ok(!existsSync(path.join(DIST, 'cards')));
  for (const dist of [DIST, SUB_DIST]) {
    assert.deepEqual(pngSize(readFileSync(path.join(dist, 'apple-touch-icon.png'))), [180, 180]);
  }
});
