// The prerendered build as a plain static host serves it, under a sub-path:
// every page is real HTML before any script runs, reads without JavaScript,
// hydrates without errors or duplicates, and never leaves the sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, startSite, launchBrowser, openPage, gotoApp, axeViolations } from './harness.mjs';
import { PAGES, EN_PAGES, FR_PAGES, langOf } from './pages.mjs';

const SUB = '/itpo';
const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const SUB_SITE_URL = process.env.ITPO_SUBPATH_SITE_URL; // the SITE_URL that build was given

let site, browser;
before(async () => {
  assert.ok(SUB_DIST && existsSync(SUB_DIST), 'scripts/test.sh builds the sub-path site first');
  // A host whose document root holds the site in /itpo/ and nothing else.
  const root = mkdtempSync(path.join(tmpdir(), 'itpo-host-'));
  cpSync(SUB_DIST, path.join(root, SUB.slice(1)), { recursive: true });
  site = await startSite({ dir: path.join(root) });
  // 404.html is looked up at the document root by this server, as on most hosts; GitHub
  // Pages and S3 error documents can point at /itpo/404.html (see docs/deployment.md).
  cpSync(path.join(SUB_DIST, '404.html'), path.join(root, '404.html'));
  cpSync(path.join(SUB_DIST, '_headers'), path.join(root, '_headers'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  site?.stop();
});

const url = (p) => `${site.url}${SUB}${p}`;

for (const p of PAGES) {
  test(`${SUB}${p.path} is a real page before any script runs, and ${SUB}${p.path.replace(/\/$/, '')} redirects to it`, async () => {
    const res = await fetch(url(p.path));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /text\/html/);
    const html = await res.text();
    assert.ok(html.includes(`<title>${p.title}</title>`), 'title');
    assert.ok(html.includes(`>${p.h1}</h1>`), 'heading');
    for (const t of p.text) assert.ok(html.includes(t.replace(/'/g, '&#x27;')) || html.includes(t), `says "${t}"`);
    assert.match(html, /<meta name="description" content="[^"]{40,}">/);
    assert.ok(html.includes(`<link rel="canonical" href="${SUB_SITE_URL}${p.path.slice(1)}">`), 'absolute canonical');
    assert.ok(html.includes('<meta property="og:title"') && html.includes('<meta property="og:description"'));
    assert.ok(!/<link[^>]*rel="?(module)?preload/.test(html), 'the wasm is not preloaded ahead of the content');
    assert.ok(html.includes('<style>'), 'first-paint styles are in the page');
    if (p.path !== '/') {
      const bare = await fetch(url(p.path.replace(/\/$/, '')), { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), `${SUB}${p.path}`);
    }
    assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
}

test('an unknown path answers 404 with the not-found page', async () => {
  const res = await fetch(url('/no/such/page'));
  assert.equal(res.status, 404);
  const html = await res.text();
  assert.ok(html.includes('>Page not found</h1>'));
  assert.ok(html.includes(`href="${SUB}/story/"`), 'links back, under the sub-path');
});

test('sitemap.xml, robots.txt, config.json and cache headers are under the sub-path', async () => {
  const sitemap = await (await fetch(url('/sitemap.xml'))).text();
  for (const p of PAGES) {
    assert.equal(sitemap.includes(`<loc>${SUB_SITE_URL}${p.path.slice(1)}</loc>`), !p.unlisted, p.path);
  }
  assert.match(await (await fetch(url('/robots.txt'))).text(), /Sitemap: .*\/itpo\/sitemap\.xml/);
  const config = await fetch(url('/config.json'));
  assert.equal(config.status, 200);
  assert.equal(config.headers.get('cache-control'), 'no-cache');
  const html = readFileSync(path.join(SUB_DIST, 'index.html'), 'utf8');
  const wasm = html.match(/"wasm":"([^"]+\.wasm)"/)[1];
  assert.ok(wasm.startsWith(`${SUB}/`));
  assert.equal((await fetch(site.url + wasm)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
  // The root build has no site URL: no sitemap, and no canonical link (only an absolute one is valid).
  assert.equal(existsSync(path.join(DIST, 'sitemap.xml')), false);
  const story = readFileSync(path.join(DIST, 'story/index.html'), 'utf8');
  assert.ok(!story.includes('rel="canonical"') && !story.includes('og:url'));
});

test('with JavaScript off every page of both editions reads, and the navigation and language switch work as ordinary links', async () => {
  const page = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  for (const pages of [EN_PAGES, FR_PAGES]) {
    await page.goto(url(pages[0].path));
    for (const p of pages.filter((p) => p.nav && p !== pages[0])) {
      await page.locator('header nav a', { hasText: p.nav }).click();
      await page.waitForURL(url(p.path));
      assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
      const body = await page.locator('main').innerText();
      for (const t of p.text) assert.ok(body.includes(t), `${p.path} says "${t}"`);
      assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), [p.nav]);
    }
  }
  // The switch is a plain link to the same page in the other language.
  await page.locator('.lang-switch').click();
  await page.waitForURL(url('/join/'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-CA');
  // This build's config.json names no endpoint: the form says it cannot be sent, and cannot be
  // (with one, it sends as plain HTML: plain-form.test.mjs).
  assert.ok(await page.getByText('The form cannot be sent at the moment').isVisible());
  assert.equal(await page.locator('form button[type="submit"]').isDisabled(), true);
  await page.goto(url('/fr/adhesion/'));
  assert.ok(await page.getByText('Le formulaire ne peut pas être envoyé pour le moment').isVisible());
  await page.context().close();
});

test('every prerendered page passes axe before the app has started', async () => {
  // Scripts on (axe needs them) but the app blocked: the page as it stands until the wasm runs.
  const page = await openPage(browser, { allowed: [site.url] });
  await page.route('**/*.wasm', (route) => route.abort());
  for (const p of PAGES) {
    await page.goto(url(p.path));
    assert.notEqual(await page.evaluate(() => document.documentElement.dataset.app), 'started');
    assert.deepEqual(await axeViolations(page), [], p.path);
  }
  await page.context().close();
});

test('with JavaScript on the page hydrates in place: same content, no errors, no warnings', async () => {
  const off = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  const on = await openPage(browser, { allowed: [site.url] });
  // The visitor's clock at the build's time: the app marks as past an event that has ended by
  // the visitor's clock (events.test.mjs), and as of the build none has ended that the page
  // does not already call past. Only Date.now is set: Playwright's fake clock also takes over
  // the timers, and once fired a timer the app had dropped ("closure invoked ... after being
  // dropped"), which a browser never does.
  await on.addInitScript((at) => { Date.now = () => at; }, Number(process.env.ITPO_SUBPATH_BUILT_AT) * 1000);
  const warnings = [];
  on.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  for (const p of PAGES) {
    await off.goto(url(p.path));
    await gotoApp(on, url(p.path));
    // The join form itself changes once the app runs (the live config is read); everything
    // else must be exactly what the HTML showed.
    const text = (pg) => pg.evaluate(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelector('.join-form')?.remove();
      return copy.textContent;
    });
    assert.equal(await text(on), await text(off), `${p.path} unchanged`);
    assert.equal(await on.locator('h1').count(), 1);
    assert.equal(await on.locator('header').count(), 1);
  }
  assert.deepEqual(on.errors, []);
  assert.deepEqual(warnings, []);
  // Once the app runs it checks the form itself, and says why it cannot be sent when tried.
  await gotoApp(on, url('/join/'));
  assert.equal(await on.locator('form button[type="submit"]').isEnabled(), true);
  assert.equal(await on.locator('form').getAttribute('novalidate'), '');
  await off.context().close();
  await on.context().close();
});

test('the wasm is fetched only after the page has loaded', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, url('/mission/'));
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { loadEventStart: nav.loadEventStart, wasmStart: wasm.startTime };
  });
  assert.ok(timing.wasmStart >= timing.loadEventStart, JSON.stringify(timing));
  await page.context().close();
});

test('navigation works in place under the sub-path and no request leaves it', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  const outside = [];
  page.on('request', (r) => { if (!new URL(r.url()).pathname.startsWith(`${SUB}/`)) outside.push(r.url()); });
  await gotoApp(page, url('/'));
  await page.evaluate(() => { window.__sameDocument = true; });
  for (const p of EN_PAGES.filter((p) => p.nav && p.path !== '/')) {
    await page.locator('header nav a', { hasText: p.nav }).click();
    await page.waitForURL(url(p.path));
    await page.waitForFunction((t) => document.title === t, p.title);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
    assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), [p.nav]);
  }
  await page.locator('header a.brand').click();
  await page.waitForURL(url('/'));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page load');
  assert.deepEqual(outside, []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});
