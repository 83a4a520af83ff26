// "Our work": the sub-path build carries the fictional fixture posts
// (tests/fixtures/posts, one of them a draft), the root build none. Checks
// what a reader sees: the list, a post, in-place navigation both ways,
// reading without JavaScript, the feed, raw HTML kept as text, and a site
// with no posts showing nothing of the section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  DIST, FIXTURES, startSite, startSiteUnder, launchBrowser, openPage, gotoApp, axeViolations, sidewaysOverflow,
  headingsOnceShown,
} from './harness.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const SITE_URL = process.env.ITPO_SUBPATH_SITE_URL;

/** The fixture posts as the build should publish them, newest first. */
const FIXTURE_POSTS = readdirSync(path.join(FIXTURES, 'posts'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(path.join(FIXTURES, 'posts', f), 'utf8');
    const slug = f.slice(11, -3);
    return {
      slug,
      date: f.slice(0, 10),
      // A TOML basic string: `\"` and `\\` stand for `"` and `\` (one title has quotes).
      title: text.match(/^title = "(.*)"$/m)[1].replace(/\\(["\\])/g, '$1'),
      draft: /^draft = true$/m.test(text),
      lang: text.match(/^lang = "(.*)"$/m)?.[1] ?? 'en',
      // An event's start and end, Toronto's time as written.
      start: text.match(/^start = (\S+)$/m)?.[1],
      end: text.match(/^end = (\S+)$/m)?.[1],
    };
  })
  .map((p) => ({ ...p, path: `${p.lang === 'fr' ? 'fr/nos-activites' : 'work'}/${p.slug}/` }))
  .sort((a, b) => (a.date < b.date ? 1 : -1));
const PUBLISHED = FIXTURE_POSTS.filter((p) => !p.draft);
// The build is made as of 2026-06-01 12:00 UTC (scripts/test.sh), 08:00 in Toronto: an event
// still to come then is listed first, soonest first; the rest follow newest first.
const BUILT_AT_TORONTO = '2026-06-01T08:00:00';
const upcoming = (p) => p.start && (p.end ?? p.start) > BUILT_AT_TORONTO;
const listed = (posts) => [
  ...posts.filter(upcoming).sort((a, b) => (a.start < b.start ? -1 : 1)),
  ...posts.filter((p) => !upcoming(p)),
];
// Each edition lists its own posts.
const PUBLISHED_EN = PUBLISHED.filter((p) => p.lang === 'en');
const PUBLISHED_FR = PUBLISHED.filter((p) => p.lang === 'fr');
const LISTED_EN = listed(PUBLISHED_EN);
const LISTED_FR = listed(PUBLISHED_FR);
const FR_POST = PUBLISHED_FR.find((p) => p.slug === 'fixture-en-francais');
const DRAFT = FIXTURE_POSTS.find((p) => p.draft);
const TOWN_HALL = PUBLISHED.find((p) => p.slug === 'fictional-town-hall');
const RAW_HTML = PUBLISHED.find((p) => p.slug === 'fictional-statement');

let browser;
let site;
let base;
before(async () => {
  browser = await launchBrowser();
  site = await startSiteUnder(SUB_DIST);
  base = `${site.url}/itpo`;
});
after(async () => {
  await browser?.close();
  site?.stop();
});

test('the fixtures hold 23 posts, one a draft, with events on both sides of the build\'s date, so the tests below mean something', () => {
  assert.equal(FIXTURE_POSTS.length, 23);
  assert.ok(DRAFT && TOWN_HALL && RAW_HTML && FR_POST);
  assert.equal(PUBLISHED_FR.length, 2);
  // Two upcoming English events, the sooner of them the newer post, so "soonest first" and
  // "newest first" differ; one past event; one upcoming French event.
  assert.deepEqual(LISTED_EN.slice(0, 2).map((p) => p.slug), ['fixture-online-info-session', 'fixture-summer-meetup']);
  assert.ok(LISTED_EN[0].date > LISTED_EN[1].date);
  assert.ok(TOWN_HALL.start && !upcoming(TOWN_HALL));
  assert.equal(LISTED_FR[0].slug, 'fixture-rencontre-d-ete');
});

test('Our work lists every published post, upcoming events first, then newest first, with dates and topics, and passes axe', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/work/`);
  assert.equal(await page.title(), 'Our Work | ITPO');
  assert.equal(await page.locator('main h1').innerText(), 'Our Work');
  const titles = await page.locator('.post-list .post-title').allInnerTexts();
  assert.deepEqual(titles, LISTED_EN.map((p) => p.title));
  assert.ok(!titles.includes(DRAFT.title));
  const townHall = page.locator('.post-item', { hasText: TOWN_HALL.title });
  assert.equal(await townHall.locator('.post-meta time').getAttribute('datetime'), TOWN_HALL.date);
  assert.equal(await townHall.locator('.post-meta time').innerText(), '2 March 2026');
  assert.match(await townHall.innerText(), /Topics: events fixture/);
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').innerText(), 'Our Work');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('Nos activités lists the French posts only, dated in French, and a French post reads in French', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/fr/nos-activites/`);
  assert.equal(await page.title(), 'Nos activités | ITPO');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
  assert.deepEqual(await page.locator('.post-list .post-title').allInnerTexts(), LISTED_FR.map((p) => p.title));
  const item = page.locator('.post-item', { hasText: FR_POST.title });
  assert.equal(await item.locator('.post-meta time').innerText(), '20 janvier 2026');
  assert.match(await item.innerText(), /Sujets\u00a0: fixture/);
  assert.equal(await page.locator('nav[aria-label="Principale"] a[aria-current="page"]').innerText(), 'Nos activités');
  assert.deepEqual(await axeViolations(page), []);
  // In place to the post, then the switch leads to the English list (a post has no twin).
  await page.evaluate(() => { window.stillTheSameDocument = true; });
  await page.locator('.post-title a', { hasText: FR_POST.title }).click();
  await page.waitForURL(`${base}/${FR_POST.path}`);
  await page.locator('.post-body').waitFor();
  assert.equal(await page.title(), `${FR_POST.title} | ITPO`);
  assert.match(await page.locator('.post-meta').innerText(), /^Publié le 20 janvier 2026/);
  assert.equal(await page.locator('a', { hasText: 'Retour à la liste des activités' }).count(), 1);
  assert.equal(await page.locator('.lang-switch').getAttribute('href'), '/itpo/work/');
  assert.equal(await page.evaluate(() => window.stillTheSameDocument), true);
  assert.deepEqual(await axeViolations(page), []);
  // A link in the post to an English page: the English edition arrives as its own page.
  await page.locator('.post-body a', { hasText: 'lien vers la page Mission en anglais' }).click();
  await page.waitForURL(`${base}/mission/`);
  await page.waitForFunction(() => document.documentElement.lang === 'en-CA' && document.documentElement.dataset.app === 'started');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Our Mission']);
  assert.equal(await page.title(), 'Our Mission | ITPO');
  assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), ['Mission']);
  assert.equal(await page.locator('header .lang-switch').innerText(), 'Français');
  // Back returns to the French post (its document may come back from the back-forward cache,
  // which fires no load event: wait for the address instead).
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL(`${base}/${FR_POST.path}`);
  await page.waitForFunction(() => document.documentElement.lang === 'fr-CA' && document.documentElement.dataset.app === 'started');
  assert.equal(await page.title(), `${FR_POST.title} | ITPO`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a post by its URL: title, heading levels, table, a site image with alt text, plain links, axe', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/work/${TOWN_HALL.slug}/`);
  assert.equal(await page.title(), `${TOWN_HALL.title} | ITPO`);
  assert.equal(await page.locator('main h1').count(), 1);
  assert.equal(await page.locator('main h1').innerText(), TOWN_HALL.title);
  // The town hall is an event: when, in words and Toronto's time, where, and its link.
  const when = page.locator('.event-facts dd time');
  assert.equal(await when.innerText(), 'Monday 2 March 2026, 6:00 to 7:30 p.m. ET');
  assert.equal(await when.getAttribute('datetime'), '2026-03-02T18:00:00-05:00');
  assert.equal(await page.locator('.event-facts dd').nth(1).innerText(), 'Online');
  assert.equal(await page.locator('.event-link a').getAttribute('href'), 'https://example.org/fictional-town-hall');
  const body = page.locator('.post-body');
  assert.equal(await body.locator('h2').innerText(), 'What the fixture covers');
  assert.equal(await body.locator('table td').first().innerText(), 'Heading');
  const img = body.locator('img');
  assert.equal(await img.getAttribute('alt'), "The site's round mark");
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), 'the image loads from the site');
  assert.equal(await body.locator('a', { hasText: 'link to another site' }).getAttribute('href'), 'https://example.org/elsewhere');
  await body.locator('a', { hasText: 'link to the join page' }).click();
  await page.waitForURL(`${base}/join/`);
  assert.deepEqual(await headingsOnceShown(page, 'Join our community'), ['Join our community']);
  await page.goBack();
  await page.locator('.post-body').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('from the list to a post and back happens in place, with title, focus and the post fetched as data', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/work/`);
  await page.evaluate(() => { window.stillTheSameDocument = true; });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.locator('.post-title a', { hasText: RAW_HTML.title }).click();
  await page.waitForURL(`${base}/work/${RAW_HTML.slug}/`);
  await page.locator('.post-body').waitFor();
  assert.equal(await page.title(), `${RAW_HTML.title} | ITPO`);
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.match(await page.locator('.post-body').innerText(), /first paragraph of this fixture/);
  assert.deepEqual(fetched.filter((p) => p.endsWith('.json')), [`/itpo/data/pages/work/${RAW_HTML.slug}.json`]);
  assert.ok(!fetched.some((p) => p.endsWith('.html') || p.endsWith('/')), fetched.join(' '));
  await page.goBack();
  await page.waitForURL(`${base}/work/`);
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  assert.equal(await page.title(), 'Our Work | ITPO');
  // On to another post, then back to the first: each shows its own body.
  await page.locator('.post-title a', { hasText: TOWN_HALL.title }).click();
  await page.locator('.post-body table').waitFor();
  await page.goBack();
  const requestsBefore = fetched.length;
  await page.locator('.post-title a', { hasText: RAW_HTML.title }).click();
  await page.waitForURL(`${base}/work/${RAW_HTML.slug}/`);
  await page.waitForFunction(() => !document.querySelector('.post-body table') && document.querySelector('.post-body'));
  assert.equal(await page.title(), `${RAW_HTML.title} | ITPO`);
  // A page seen before in this visit comes back without a request.
  assert.deepEqual(fetched.slice(requestsBefore).filter((p) => p.endsWith('.json')), []);
  assert.equal(await page.evaluate(() => window.stillTheSameDocument), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('raw HTML in a post is shown as text and never runs, loaded or navigated to', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  for (const arrive of ['by URL', 'in place']) {
    if (arrive === 'by URL') await gotoApp(page, `${base}/work/${RAW_HTML.slug}/`);
    else {
      await gotoApp(page, `${base}/work/`);
      await page.locator('.post-title a', { hasText: RAW_HTML.title }).click();
      await page.locator('.post-body').waitFor();
    }
    const body = page.locator('.post-body');
    assert.equal(await body.locator('script, b').count(), 0, arrive);
    assert.match(await body.innerText(), /<script>document\.title = "script ran"/, arrive);
    assert.match(await body.innerText(), /<b onclick=/, arrive);
    await body.locator('code, pre').first().click();
    assert.equal(await page.evaluate(() => window.fixtureScriptRan), undefined, arrive);
    assert.notEqual(await page.title(), 'script ran', arrive);
  }
  await page.context().close();
});

test('without JavaScript the list and a post read in full', async () => {
  const page = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  await page.goto(`${base}/work/`);
  assert.equal(await page.locator('.post-item').count(), PUBLISHED_EN.length);
  await page.locator('.post-title a', { hasText: TOWN_HALL.title }).click();
  await page.waitForURL(`${base}/work/${TOWN_HALL.slug}/`);
  assert.equal(await page.locator('.post-body table').count(), 1);
  assert.match(await page.locator('.post-body').innerText(), /This post is a test fixture/);
  await page.context().close();
});

test('at 320 px the list and a post fit without sideways scrolling', async () => {
  const page = await openPage(browser, { width: 320, height: 640, allowed: [site.url] });
  for (const p of ['/work/', `/work/${TOWN_HALL.slug}/`, `/work/${RAW_HTML.slug}/`, '/']) {
    await gotoApp(page, `${base}${p}`);
    assert.equal(await sidewaysOverflow(page), 0, p);
  }
  await page.context().close();
});

test('the home page shows the upcoming events, then the latest posts, three in all, and a link to all of them', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/`);
  const latest = page.locator('section.latest');
  assert.deepEqual(await latest.locator('.post-title').allInnerTexts(), LISTED_EN.slice(0, 3).map((p) => p.title));
  await latest.locator('a', { hasText: 'All of our work' }).click();
  await page.waitForURL(`${base}/work/`);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('the feed is Atom with one absolute entry per published post, advertised by every page', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await page.goto(`${base}/`);
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const res = await fetch(new URL(href, `${base}/`));
  assert.equal(res.status, 200);
  const xml = await res.text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const one = (el, name) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      parseError: doc.getElementsByTagName('parsererror').length,
      root: `${root.namespaceURI} ${root.localName}`,
      head: ['id', 'title', 'updated', 'author'].every((n) => one(root, n)),
      self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
      entries: [...root.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        title: one(e, 'title').textContent,
        id: one(e, 'id').textContent,
        updated: one(e, 'updated').textContent,
        link: one(e, 'link').getAttribute('href'),
        content: one(e, 'content').textContent,
      })),
    };
  }, xml);
  assert.equal(feed.parseError, 0);
  assert.equal(feed.root, 'http://www.w3.org/2005/Atom feed');
  assert.ok(feed.head);
  assert.equal(feed.self, `${SITE_URL}feed.xml`);
  assert.deepEqual(feed.entries.map((e) => e.title), PUBLISHED.map((p) => p.title));
  for (const [i, e] of feed.entries.entries()) {
    assert.equal(e.link, `${SITE_URL}${PUBLISHED[i].path}`);
    assert.equal(e.id, e.link);
    assert.match(e.updated, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
  }
  assert.match(feed.entries.find((e) => e.title === TOWN_HALL.title).content, /<table>/);
  await page.context().close();
});

test('a draft is published nowhere: no page, no data file, not in the list, feed or sitemap', async () => {
  const res = await fetch(`${base}/work/${DRAFT.slug}/`);
  assert.equal(res.status, 404);
  assert.equal((await fetch(`${base}/data/pages/work/${DRAFT.slug}.json`)).status, 404);
  for (const file of ['feed.xml', 'sitemap.xml', 'data/pages/work.json', 'index.html']) {
    const text = await (await fetch(`${base}/${file}`)).text();
    assert.ok(!text.includes(DRAFT.slug) && !text.includes(DRAFT.title), file);
  }
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  for (const p of PUBLISHED) assert.ok(sitemap.includes(`<loc>${SITE_URL}${p.path}</loc></url>`), p.slug);
  assert.ok(sitemap.includes(`<loc>${SITE_URL}work/</loc>`));
  assert.ok(sitemap.includes(`<loc>${SITE_URL}fr/nos-activites/</loc>`));
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/work/${DRAFT.slug}/`);
  assert.equal(await page.locator('main h1').innerText(), 'Page not found');
  await page.context().close();
});

test('a site without posts shows nothing of Our work: no link, no list, no home section, no feed', async () => {
  const bare = await startSite();
  const page = await openPage(browser, { allowed: [bare.url] });
  await gotoApp(page, `${bare.url}/`);
  assert.equal(await page.locator('a', { hasText: 'Our Work' }).count(), 0);
  assert.equal(await page.locator('section.latest').count(), 0);
  assert.equal(await page.locator('link[type="application/atom+xml"]').count(), 0);
  assert.equal((await fetch(`${bare.url}/work/`)).status, 404);
  assert.equal((await fetch(`${bare.url}/feed.xml`)).status, 404);
  assert.equal((await fetch(`${bare.url}/data/pages/work.json`)).status, 404);
  await gotoApp(page, `${bare.url}/work/`);
  assert.equal(await page.locator('main h1').innerText(), 'Page not found');
  await page.context().close();
  bare.stop();
});

test('the app (every wasm module and the scripts) is byte-identical with no posts and with the fixture posts', () => {
  const appDir = (dir) => path.join(dir, readdirSync(dir).find((f) => f.startsWith('app-')));
  const files = (dir) => readdirSync(appDir(dir)).sort();
  // The glue, the main wasm, the splitter's loader, the pages' chunks, and the chunks they share.
  assert.deepEqual(files(DIST).filter((f) => !/^chunk_\d+\.wasm$/.test(f)),
    ['__wasm_split.js', 'itpo-site.js', 'itpo-site_bg.wasm', 'split_directors_page.wasm', 'split_join_page.wasm']);
  assert.deepEqual(files(SUB_DIST), files(DIST));
  for (const f of files(DIST)) {
    const none = readFileSync(path.join(appDir(DIST), f));
    const twenty = readFileSync(path.join(appDir(SUB_DIST), f));
    if (f.endsWith('.wasm')) assert.ok(none.length > 1_000, f);
    assert.ok(none.equals(twenty), `${f}: ${none.length} vs ${twenty.length} bytes`);
  }
  // Without posts, only the pages whose content the build fixes are built, no list or post.
  assert.deepEqual(readdirSync(path.join(DIST, 'data/pages')).sort(),
    ['accessibility.json', 'fr', 'fr.json', 'index.json', 'join', 'mission.json', 'privacy.json', 'resources.json', 'story.json']);
  assert.deepEqual(readdirSync(path.join(DIST, 'data/pages/fr')).sort(),
    ['accessibilite.json', 'adhesion', 'confidentialite.json', 'mission.json', 'notre-histoire.json', 'par-ou-commencer.json']);
  // The thank-you pages, under their forms' folders.
  assert.deepEqual(readdirSync(path.join(DIST, 'data/pages/join')), ['thanks.json']);
  assert.deepEqual(readdirSync(path.join(DIST, 'data/pages/fr/adhesion')), ['merci.json']);
});
