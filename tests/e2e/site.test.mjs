// Every page: loaded by its URL, reached through the navigation, read by
// axe-core, squeezed to 320 px, and driven by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT, FIXTURES, startSite, overlay, launchBrowser, openPage, gotoApp, axeViolations, sidewaysOverflow,
  headingsOnceShown,
} from './harness.mjs';
import { PAGES, EN_PAGES, FR_PAGES, langOf } from './pages.mjs';


let site, fixtureSite, browser;
before(async () => {
  site = await startSite();
  fixtureSite = await startSite({
    overlayDir: overlay({
      'directors.json': { copyFrom: path.join(FIXTURES, 'directors.json') },
      'fixture-photo.svg': { copyFrom: path.join(FIXTURES, 'fixture-photo.svg') },
    }),
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  site?.stop();
  fixtureSite?.stop();
});

for (const p of PAGES) {
  test(`${p.path} loads by its URL with its own title, heading, text and no accessibility violations`, async () => {
    const page = await openPage(browser, { allowed: [site.url] });
    await gotoApp(page, site.url + p.path);
    assert.equal(await page.title(), p.title);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
    assert.equal(await page.locator('main').count(), 1);
    const body = await page.locator('main').innerText();
    for (const t of p.text) assert.ok(body.includes(t), `${p.path} should say "${t}"`);
    // Wix leftovers must not reach the web.
    assert.ok(!/top of page|bottom of page|Scroll on/i.test(await page.locator('body').innerText()));
    if (p.nav) {
      assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), [p.nav]);
    }
    const description = await page.locator('meta[name="description"]').last().getAttribute('content');
    assert.ok(description && description.length > 40, 'has a meta description');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.foreignRequests, [], 'no third-party requests');
    await page.context().close();
  });

  test(`${p.path} fits a 320 px screen without sideways scrolling`, async () => {
    const page = await openPage(browser, { width: 320, height: 640, allowed: [site.url] });
    await gotoApp(page, site.url + p.path);
    assert.equal(await sidewaysOverflow(page), 0);
    assert.ok(await page.locator('header nav').isVisible());
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
}

test('an unknown path shows the not-found page with links back', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/no/such/page`);
  assert.equal(await page.title(), 'Page not found | ITPO');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Page not found']);
  const links = await page.locator('main a').allInnerTexts();
  for (const name of ['Internationally Trained Physicians of Ontario', 'Our Story', 'Join ITPO']) {
    assert.ok(links.includes(name), `links back to ${name}`);
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('main a', { hasText: 'Our Story' }).click();
  await page.waitForURL(`${site.url}/story/`);
  assert.deepEqual(await headingsOnceShown(page, 'Our Story'), ['Our Story']);
  // The browser reports the 404 status of the page itself; nothing else may fail.
  assert.ok(page.errors.every((e) => /404/.test(e)), page.errors.join('\n'));
  await page.context().close();
});

for (const [edition, pages, privacy] of [['English', EN_PAGES, 'Privacy'], ['French', FR_PAGES, 'Confidentialité']]) {
  test(`the ${edition} navigation moves between pages in place, changing title, language and focus`, async () => {
    const home = pages[0];
    const page = await openPage(browser, { allowed: [site.url] });
    await gotoApp(page, site.url + home.path);
    // A full page load would wipe this marker.
    await page.evaluate(() => { window.__sameDocument = true; });
    for (const p of pages.filter((p) => p.nav && p !== home).concat(home)) {
      await page.locator('header nav a', { hasText: p.nav }).click();
      await page.waitForURL(site.url + p.path);
      await page.waitForFunction((t) => document.title === t, p.title);
      assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, `no reload going to ${p.path}`);
      assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), [p.nav]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), langOf(p.path));
    }
    await page.locator('footer a', { hasText: privacy }).click();
    await page.waitForURL(`${site.url}${pages.find((p) => p.h1 === privacy).path}`);
    await page.goBack();
    await page.waitForURL(`${site.url}${home.path}`);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [home.h1]);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('pointing at a link to a page made at build time fetches it ahead: following it shows it with no second request', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  const data = [];
  page.on('request', (req) => { if (req.url().includes('/data/pages/')) data.push(new URL(req.url()).pathname); });
  // From a page the app renders itself, so no built page is at hand yet.
  await gotoApp(page, `${site.url}/directors/`);
  const ahead = page.waitForResponse((r) => r.url().endsWith('/data/pages/mission.json'));
  await page.locator('header nav a', { hasText: 'Mission' }).hover();
  await ahead;
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.waitForURL(`${site.url}/mission/`);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Our Mission']);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.deepEqual(data, ['/data/pages/mission.json']);
  // Followed while the fetch ahead is still under way: it waits for that one request.
  await page.route('**/data/pages/story.json', async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  await page.locator('header nav a', { hasText: 'Our Story' }).hover();
  await page.locator('header nav a', { hasText: 'Our Story' }).click();
  await page.locator('h1', { hasText: 'Our Story' }).waitFor();
  assert.deepEqual(data, ['/data/pages/mission.json', '/data/pages/story.json']);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a page made at build time that cannot be fetched is said plainly, and comes on the next visit', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/directors/`);
  await page.route('**/data/pages/mission.json', (route) => route.abort());
  // Pointed at (the fetch ahead fails), then followed.
  await page.locator('header nav a', { hasText: 'Mission' }).hover();
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.waitForURL(`${site.url}/mission/`);
  await page.locator('h1', { hasText: 'This page could not be loaded' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match(await page.locator('main').innerText(), /Check your connection, then reload the page/);
  // The tab says so too, not the page left behind.
  assert.equal(await page.title(), 'This page could not be loaded | ITPO');
  assert.deepEqual(await axeViolations(page), []);
  // The failure is not kept: once the file can be fetched, the next visit shows the page.
  await page.unroute('**/data/pages/mission.json');
  await page.locator('header nav a', { hasText: 'Our Story' }).click();
  await page.waitForURL(`${site.url}/story/`);
  await page.locator('h1', { hasText: 'Our Story' }).waitFor();
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.locator('h1', { hasText: 'Our Mission' }).waitFor();
  assert.match(await page.locator('main').innerText(), /ITPO aspires to provide/);
  await page.context().close();
});

test('keyboard only: the skip link comes first and the navigation works with Enter', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, site.url + '/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  assert.ok(await page.locator('.skip-link').isVisible(), 'the skip link is visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // From the top again: Tab to "Mission" in the header and follow it.
  await page.evaluate(() => document.activeElement.blur());
  await gotoApp(page, site.url + '/');
  let found = false;
  for (let i = 0; i < 10 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await page.evaluate(() => document.activeElement.textContent)) === 'Mission';
  }
  assert.ok(found, 'Mission link is reachable by Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focused link shows a focus outline');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.url}/mission/`);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Our Mission');
  await page.context().close();
});

test('directors: with no profiles published the page still reads well', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/directors/`);
  await page.getByText('Profiles of our directors will be published here.').waitFor();
  assert.equal(await page.locator('.director').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('directors: profiles from directors.json show name, role, bio and photo', async () => {
  const page = await openPage(browser, { allowed: [fixtureSite.url] });
  await gotoApp(page, `${fixtureSite.url}/directors/`);
  await page.locator('.director').first().waitFor();
  assert.deepEqual(await page.locator('.director-name').allInnerTexts(), [
    'Fixture Director Amara Okafor-Lindqvist', 'Fixture Director 李明',
  ]);
  assert.deepEqual(await page.locator('.director-role').allInnerTexts(), ['Fixture Chair', 'Fixture Secretary']);
  const photo = page.locator('.director img');
  assert.equal(await photo.count(), 1);
  assert.equal(await photo.getAttribute('alt'), 'Portrait placeholder for the fixture chair');
  await page.waitForFunction(() => document.querySelector('.director img').naturalWidth > 0);
  assert.equal(await page.getByText('Profiles of our directors will be published here.').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await sidewaysOverflow(page), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('directors in French: French role, bio and photo text where given, the English marked as English where not', async () => {
  const page = await openPage(browser, { allowed: [fixtureSite.url] });
  await gotoApp(page, `${fixtureSite.url}/fr/conseil/`);
  await page.locator('.director').first().waitFor();
  const [chair, secretary] = [page.locator('.director').first(), page.locator('.director').nth(1)];
  assert.equal(await chair.locator('.director-role').innerText(), 'Présidente (fixture)');
  assert.match(await chair.innerText(), /Un profil fictif qui sert aux tests/);
  assert.equal(await chair.locator('img').getAttribute('alt'), 'Portrait fictif de la présidente');
  assert.equal(await chair.locator('[lang]').count(), 0);
  assert.equal(await secretary.locator('.director-role').innerText(), 'Fixture Secretary');
  assert.equal(await secretary.locator('.director-role').getAttribute('lang'), 'en-CA');
  assert.equal(await secretary.locator('p[lang="en-CA"]', { hasText: 'A fictional profile without a photo' }).count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('screenshots of the home page at desktop and phone widths (for the README)', async () => {
  const dir = path.join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const [name, width, height] of [['home-desktop', 1280, 800], ['home-phone', 375, 740]]) {
    const page = await openPage(browser, { width, height, allowed: [site.url] });
    await gotoApp(page, site.url + '/');
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file });
    assert.equal(await sidewaysOverflow(page), 0);
    await page.context().close();
  }
});
