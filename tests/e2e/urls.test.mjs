// Every address a host may serve a page at, on four hosts (itpo-dev as a
// plain static host, nginx as docs/deployment.md configures it, nginx with an
// SPA fallback, and Apache as a shared host runs it), at the root and under /itpo/: the app must end up
// showing the page the address names (or the not-found page) with its own
// title, description, heading and aria-current, without an error, and
// navigate in place afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, startSite, startSiteUnder, launchBrowser, openPage } from './harness.mjs';
import { startNginxSite, startApacheSite } from './hosts.mjs';
import { PAGES } from './pages.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const NOT_FOUND = { title: 'Page not found | ITPO', h1: 'Page not found', nav: null };
const page = (p) => PAGES.find((x) => x.path === p);

// [address below the base, the page it names (null: not found), what the address bar ends as]
const VARIANTS = [
  ['/', '/', '/'],
  ['/index.html', '/', '/'],
  ['/story/index.html', '/story/', '/story/'],
  ['/mission/index.html?utm_source=mail', '/mission/', '/mission/?utm_source=mail'],
  ['/story', '/story/', '/story/'],
  ['/join/?ref=flyer#join-form-heading', '/join/', '/join/?ref=flyer#join-form-heading'],
  ['/Directors/', '/directors/', '/directors/'],
  ['/PRIVACY/INDEX.HTML', '/privacy/', '/privacy/'],
  ['/no/such/page', null, '/no/such/page'],
  // The French edition, reached the same ways.
  ['/fr', '/fr/', '/fr/'],
  ['/FR/Notre-Histoire', '/fr/notre-histoire/', '/fr/notre-histoire/'],
  ['/fr/adhesion/index.html', '/fr/adhesion/', '/fr/adhesion/'],
  ['/fr/pas-une-page/', null, '/fr/pas-une-page/'],
];

/** An itpo-dev host whose document root holds the sub-path build in /itpo/. */
const itpoDevUnder = (base) => (base ? startSiteUnder(SUB_DIST, base) : startSite());

const HOSTS = [
  ['itpo-dev', (base) => itpoDevUnder(base)],
  ['nginx', (base) => startNginxSite({ dist: base ? SUB_DIST : DIST, base })],
  ['nginx with an SPA fallback', (base) => startNginxSite({ dist: base ? SUB_DIST : DIST, base, spa: true })],
  // A shared host: the build's .htaccess does all of it.
  ['Apache (shared hosting)', (base) => startApacheSite({ dist: base ? SUB_DIST : DIST, base })],
];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Waits until the app has started (or failed, which the assertions then report). */
async function settle(p) {
  await p.waitForFunction(() => ['started', 'failed'].includes(document.documentElement.dataset.app));
}

for (const [hostName, startHost] of HOSTS) {
  for (const base of ['', '/itpo']) {
    test(`${hostName}${base ? ' under /itpo/' : ''}: every address of a page shows that page, then navigates in place`, async () => {
      const host = await startHost(base);
      const tab = await openPage(browser, { allowed: [host.url] });
      try {
        for (const [address, pagePath, settled] of VARIANTS) {
          const want = pagePath ? page(pagePath) : NOT_FOUND;
          const where = `${hostName} ${base}${address}`;
          tab.errors.length = 0;
          await tab.goto(host.url + base + address);
          await settle(tab);
          assert.equal(await tab.evaluate(() => document.documentElement.dataset.app), 'started', `${where}: the app started`);
          await tab.waitForFunction((t) => document.title === t, want.title).catch(() => {});
          assert.equal(await tab.title(), want.title, `${where}: title`);
          assert.deepEqual(await tab.locator('h1').allInnerTexts(), [want.h1], `${where}: heading`);
          const current = await tab.locator('header nav [aria-current="page"]').allInnerTexts();
          assert.deepEqual(current, want.nav ? [want.nav] : [], `${where}: aria-current`);
          const description = await tab.locator('meta[name="description"]').getAttribute('content');
          if (pagePath) assert.ok(description && description.length > 40, `${where}: description`);
          const url = new URL(tab.url());
          assert.equal(url.pathname + url.search + url.hash, base + settled, `${where}: address bar`);
          assert.equal(await tab.locator('main').count(), 1, `${where}: one main`);
          // The only error allowed is the browser noting the 404 status of the page itself.
          assert.deepEqual(tab.errors.filter((e) => !/status of 404/.test(e)), [], `${where}: no errors`);

          // In-place navigation still works from here, within the page's edition.
          const [mission, story] = pagePath?.startsWith('/fr/') ? ['/fr/mission/', '/fr/notre-histoire/'] : ['/mission/', '/story/'];
          const next = pagePath === mission ? page(story) : page(mission);
          await tab.evaluate(() => { window.__sameDocument = true; });
          await tab.locator('header nav a', { hasText: next.nav }).click();
          await tab.waitForURL(host.url + base + next.path);
          await tab.waitForFunction((t) => document.title === t, next.title);
          assert.deepEqual(await tab.locator('h1').allInnerTexts(), [next.h1], `${where}: then ${next.path}`);
          assert.deepEqual(await tab.locator('header nav [aria-current="page"]').allInnerTexts(), [next.nav]);
          assert.equal(await tab.evaluate(() => window.__sameDocument), true, `${where}: in place`);
          assert.deepEqual(tab.errors.filter((e) => !/status of 404/.test(e)), [], `${where}: no errors after navigating`);
        }
        assert.deepEqual(tab.foreignRequests, []);
      } finally {
        await tab.context().close();
        host.stop();
      }
    });
  }
}
