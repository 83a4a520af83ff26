// The join page's code is a wasm chunk of its own (src/pages/chunk.rs,
// scripts/build-app.sh), and so is the directors page's: every other page loads a smaller app. What a visitor
// and a member must still get: no join code on other pages, the form in
// place and working when they go to it, the chunk fetched once, and a plain
// message (or the HTML page and its note) when the chunk cannot be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES, JOIN_DIST, startSite, startEndpoint, overlay, joinConfig, launchBrowser, openPage, gotoApp, axeViolations } from './harness.mjs';

const CHUNK = /\/app-[0-9a-f]+\/split_join_page\.wasm$/;
let site, endpoint, browser;
before(async () => {
  endpoint = await startEndpoint();
  site = await startSite({ dir: JOIN_DIST, overlayDir: overlay({ 'config.json': joinConfig(endpoint.joinUrl) }) });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  site?.stop();
  endpoint?.stop();
});

const chunkRequests = (page) => {
  const seen = [];
  page.on('request', (req) => { if (CHUNK.test(req.url())) seen.push(req.url()); });
  return seen;
};

for (const [home, join, other, joinNav, otherNav, heading, required] of [
  ['/', '/join/', '/mission/', 'Join', 'Mission', 'Join our community', /There are 5 problems/],
  ['/fr/', '/fr/adhesion/', '/fr/mission/', 'Adhérer', 'Mission', 'Joignez-vous à nous', /Votre formulaire contient 5 erreurs/],
]) {
  test(`${home}: no join code until the form is wanted; then it comes in place, once, and works`, async () => {
    const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
    const chunks = chunkRequests(page);
    await gotoApp(page, site.url + home);
    await page.locator('header nav a', { hasText: otherNav }).click();
    await page.waitForURL(site.url + other);
    assert.deepEqual(chunks, [], 'pages other than the join page fetch no join code');
    await page.evaluate(() => { window.__sameDocument = true; });

    await page.locator('header nav a', { hasText: joinNav }).click();
    await page.waitForURL(site.url + join);
    await page.locator('form button[type=submit]:not([disabled])').waitFor();
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [heading]);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(chunks.length, 1);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');

    // The form's own logic is there: an empty form is refused with a summary, nothing sent.
    await page.locator('form button[type=submit]').click();
    const summary = page.locator('#join-notice[role=alert]');
    await summary.waitFor();
    assert.match(await summary.innerText(), required);
    assert.deepEqual(await endpoint.received(), []);
    assert.deepEqual(await axeViolations(page), []);

    // Away and back: the form is there at once, and the chunk is not fetched again.
    await page.locator('header nav a', { hasText: otherNav }).click();
    await page.waitForURL(site.url + other);
    await page.locator('header nav a', { hasText: joinNav }).click();
    await page.locator('form button[type=submit]:not([disabled])').waitFor();
    assert.equal(chunks.length, 1);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('pointing at or tabbing to a link to the form fetches its code ahead, once', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  const chunks = chunkRequests(page);
  await gotoApp(page, `${site.url}/story/`);
  assert.deepEqual(chunks, []);
  // The story page's own call to action, by keyboard: focus alone starts the fetch.
  await page.locator('main a', { hasText: 'Join' }).first().focus();
  await page.waitForResponse(CHUNK);
  await page.locator('header nav a', { hasText: 'Join' }).hover();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.url}/join/`);
  await page.locator('form button[type=submit]:not([disabled])').waitFor();
  assert.equal(chunks.length, 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the join page fetches its chunk beside the app, not after it', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/join/`);
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const app = entries.find((r) => r.name.endsWith('/itpo-site_bg.wasm'));
    const chunk = entries.filter((r) => r.name.endsWith('/split_join_page.wasm'));
    return { appEnd: app.responseEnd, chunkStarts: chunk.map((r) => r.startTime) };
  });
  assert.equal(timing.chunkStarts.length, 1, JSON.stringify(timing));
  assert.ok(timing.chunkStarts[0] < timing.appEnd, JSON.stringify(timing));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a chunk that cannot be fetched in place is said plainly, and the form comes when it can be', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/`);
  await page.route(CHUNK, (route) => route.abort());
  await page.locator('header nav a', { hasText: 'Join' }).click();
  await page.waitForURL(`${site.url}/join/`);
  const h1 = page.locator('h1');
  await h1.filter({ hasText: 'This page could not be loaded' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match(await page.locator('main').innerText(), /Check your connection, then reload the page/);
  // The tab says so too, not the page left behind.
  assert.equal(await page.title(), 'This page could not be loaded | ITPO');
  assert.deepEqual(await axeViolations(page), []);
  // The header still works, and a failed fetch is tried again next time.
  await page.unroute(CHUNK);
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.waitForURL(`${site.url}/mission/`);
  await page.locator('header nav a', { hasText: 'Join' }).click();
  await page.locator('form button[type=submit]:not([disabled])').waitFor();
  await page.context().close();
});

test('on the join page, a chunk that cannot be fetched leaves the HTML form, still sendable, and what is typed', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await page.route(CHUNK, (route) => route.abort());
  await page.goto(`${site.url}/join/`);
  await page.getByLabel('Full name').fill('Amara Okafor');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Amara Okafor');
  // The build names an endpoint: the plain HTML form posts there without the app.
  assert.equal(await page.locator('form').getAttribute('action'), endpoint.joinUrl);
  assert.equal(await page.locator('form button[type=submit]').isEnabled(), true);
  await page.context().close();
});

// The directors page's code (the profiles, read live from directors.json) is a chunk of its own too.
const DIRECTORS_CHUNK = /\/app-[0-9a-f]+\/split_directors_page\.wasm$/;

test('the directors page: its code only when it is shown, in place or by its URL, and the live profiles come with it', async () => {
  const fixtureSite = await startSite({
    overlayDir: overlay({
      'directors.json': { copyFrom: path.join(FIXTURES, 'directors.json') },
      'fixture-photo.svg': { copyFrom: path.join(FIXTURES, 'fixture-photo.svg') },
    }),
  });
  try {
    const page = await openPage(browser, { allowed: [fixtureSite.url] });
    const fetched = [];
    page.on('request', (req) => { if (DIRECTORS_CHUNK.test(req.url())) fetched.push(req.url()); });
    await gotoApp(page, `${fixtureSite.url}/mission/`);
    assert.deepEqual(fetched, [], 'other pages fetch no directors code');
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.locator('header nav a', { hasText: 'Directors' }).click();
    await page.waitForURL(`${fixtureSite.url}/directors/`);
    // The built site names no directors; the live file does, and the page shows it.
    await page.locator('.director-name', { hasText: 'Fixture Director 李明' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(fetched.length, 1);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
    assert.deepEqual(await axeViolations(page), []);
    // Away and back: at once, and neither the chunk nor the file again.
    await page.locator('header nav a', { hasText: 'Mission' }).click();
    await page.waitForURL(`${fixtureSite.url}/mission/`);
    await page.locator('header nav a', { hasText: 'Directors' }).click();
    await page.locator('.director-name', { hasText: 'Fixture Director 李明' }).waitFor();
    assert.equal(fetched.length, 1);
    assert.deepEqual(page.errors, []);

    // By its URL, the French page: the chunk beside the app, then the live profiles in French.
    const fr = await openPage(browser, { allowed: [fixtureSite.url] });
    const frChunks = [];
    fr.on('request', (req) => { if (DIRECTORS_CHUNK.test(req.url())) frChunks.push(req.url()); });
    await gotoApp(fr, `${fixtureSite.url}/fr/conseil/`);
    await fr.locator('.director-name', { hasText: 'Fixture Director 李明' }).waitFor();
    assert.equal(frChunks.length, 1);
    assert.deepEqual(fr.errors, []);
    await fr.context().close();
    await page.context().close();
  } finally {
    fixtureSite.stop();
  }
});

test('on the directors page, a chunk that cannot be fetched leaves the page as built, with its links', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await page.route(DIRECTORS_CHUNK, (route) => route.abort());
  await page.goto(`${site.url}/fr/conseil/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Conseil d’administration de l’ITPO']);
  assert.match(await page.locator('main').innerText(), /Les profils des membres de notre conseil seront publiés ici/);
  // Links are ordinary links now: the next page loads as a page.
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.waitForURL(`${site.url}/fr/mission/`);
  await page.locator('h1', { hasText: 'Notre mission' }).waitFor();
  await page.context().close();
});
