// The site in Firefox ESR and WebKitGTK, beside the Chromium of every other
// test: the same builds and hosts, under the real headers. Each engine
// reads every page of both editions by URL, navigates in place and
// switches language, sends the join form once with the payload Chromium
// sends, keeps the answers when the endpoint fails and on reload, sends the
// form as plain HTML when the app cannot run, enforces the meta policy on a
// host without headers, and passes axe-core.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { By, Key } from 'selenium-webdriver';
import {
  DIST, ROOT, JOIN_DIST, startSite, startEndpoint, overlay, joinConfig, launchBrowser, openPage, gotoApp,
} from './harness.mjs';
import { PAGES } from './pages.mjs';
import { ENGINES, openEngine } from './engines.mjs';

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const PLAIN_DIST = process.env.ITPO_DIST_PLAIN;
const PLAIN_SITE_PORT = Number(process.env.ITPO_PLAIN_SITE_PORT ?? 47180);
const PLAIN_ENDPOINT_PORT = Number(process.env.ITPO_PLAIN_ENDPOINT_PORT ?? 47181);

// What a member typed, in several scripts, with spaces at the ends that must be trimmed.
const TYPED = {
  name: '  محمد Zoë O’Brien-李  ',
  email: 'zoe.obrien+itpo@example.org',
  province: 'QC',
  member_type: 'new-img',
  country_of_training: 'Égypte',
  specialty: 'Médecine familiale',
  licensure_stage: 'nac',
  message: 'Bonjour <b>&</b> « 100 % »\nשלום',
};
const TEXT_FIELDS = ['name', 'email', 'country_of_training', 'specialty', 'message'];
const CHOICE_FIELDS = ['province', 'member_type', 'licensure_stage'];
const id = (key) => `join-${key.replaceAll('_', '-')}`;
/** A submission's fields without what differs from one send to the next. */
const comparable = (fields) => {
  const { submission_id: _id, submitted_at: _at, ...rest } = fields;
  return rest;
};

let endpoint, site, headerless, plainEndpoint, plainSite, reference;

/** What Chromium sends from this build's join form: the payload the other engines must match. */
async function chromiumReference() {
  if (reference) return reference;
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
    await gotoApp(page, `${site.url}/join/`);
    for (const key of TEXT_FIELDS) await page.locator(`#${id(key)}`).fill(TYPED[key]);
    for (const key of CHOICE_FIELDS) await page.locator(`#${id(key)}`).selectOption(TYPED[key]);
    await page.locator('#join-consent-privacy').check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('.join-status h3').waitFor();
    const received = await endpoint.received();
    assert.equal(received.length, 1, 'Chromium sent once');
    reference = received[0].fields;
    return reference;
  } finally {
    await browser.close();
    await endpoint.reset();
  }
}

/** A copy of a build whose app cannot load: its main wasm is gone. */
function withoutWasm(dist) {
  const dir = mkdtempSync(path.join(tmpdir(), 'itpo-nowasm-'));
  cpSync(dist, dir, { recursive: true });
  const app = readdirSync(dir).find((n) => n.startsWith('app-'));
  rmSync(path.join(dir, app, 'itpo-site_bg.wasm'));
  return dir;
}

before(async () => {
  endpoint = await startEndpoint();
  site = await startSite({
    dir: JOIN_DIST,
    overlayDir: overlay({ 'config.json': joinConfig(endpoint.joinUrl) }),
  });
  headerless = await startSite({ headers: false });
  assert.ok(PLAIN_DIST && existsSync(PLAIN_DIST), 'scripts/test.sh builds the site with an endpoint configured first');
  const plainOrigin = `http://127.0.0.1:${PLAIN_SITE_PORT}`;
  plainEndpoint = await startEndpoint({ port: PLAIN_ENDPOINT_PORT, siteOrigin: plainOrigin, tls: false });
  plainSite = await startSite({ dir: withoutWasm(PLAIN_DIST), port: PLAIN_SITE_PORT });
});
after(async () => {
  for (const s of [endpoint, site, headerless, plainEndpoint, plainSite]) await s?.stop();
});

for (const engine of ENGINES) {
  describe(engine.name, () => {
    let session, driver;
    before(async () => {
      session = await openEngine(engine);
      driver = session.driver;
    });
    after(() => session?.stop());
    beforeEach(async () => {
      await endpoint.reset();
      await plainEndpoint.reset();
    });

    const js = (script, ...args) => driver.executeScript(script, ...args);
    const attr = (name) => js(`return document.documentElement.getAttribute(${JSON.stringify(name)})`);
    /** Opens a URL and waits for the app to adopt the page; a failed app fails the test. */
    async function openApp(url) {
      await driver.get(url);
      await driver.wait(async () => ['started', 'failed'].includes(await attr('data-app')), 20_000, `the app at ${url}`);
      assert.equal(await attr('data-app'), 'started', `${url}: the app started and did not fail`);
    }
    /**
     * Clicks an element once it is in view. The site scrolls smoothly (unless the visitor
     * prefers reduced motion), and WebKitWebDriver checks that an element can be clicked
     * while its own scroll to it is still under way, so the element is brought into view
     * at once first, as a visitor's own scrolling would.
     */
    async function press(el) {
      // (An option is not laid out: its list is what comes into view.)
      await js('(arguments[0].closest("select") || arguments[0]).scrollIntoView({ block: "center", behavior: "instant" })', el);
      await el.click();
    }
    /** The join page with no draft saved from an earlier test. */
    async function openJoinAfresh() {
      await openApp(`${site.url}/join/`);
      await js('localStorage.clear()');
      await openApp(`${site.url}/join/`);
    }
    const waitFor = (what, check, ms = 10_000) => driver.wait(async () => Boolean(await check()), ms, what);
    const activeId = () => js('return document.activeElement && document.activeElement.id');
    async function axeViolations() {
      await js(AXE_SOURCE);
      const found = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => done(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));`);
      return found;
    }
    async function fill() {
      for (const key of TEXT_FIELDS) {
        const el = await driver.findElement(By.id(id(key)));
        // Typed into an empty form, as a member would; a line break is the Enter key.
        assert.equal(await el.getAttribute('value'), '', `${key} starts empty`);
        await el.sendKeys(...TYPED[key].split('\n').flatMap((line, i) => (i ? [Key.ENTER, line] : [line])));
      }
      for (const key of CHOICE_FIELDS) {
        await press(await driver.findElement(By.css(`#${id(key)} option[value="${TYPED[key]}"]`)));
      }
      const consent = await driver.findElement(By.id('join-consent-privacy'));
      if (!(await consent.isSelected())) await press(consent);
    }
    const submit = async () => press(await driver.findElement(By.css('form button[type="submit"]')));
    async function received(n) {
      const deadline = Date.now() + 10_000;
      while ((await endpoint.received()).length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500));
      return endpoint.received();
    }

    test('every page of both editions by its URL: its title, one h1, its language, and the app running', async () => {
      for (const p of PAGES) {
        await openApp(`${site.url}${p.path}`);
        assert.equal(await driver.getTitle(), p.title, p.path);
        assert.deepEqual(await js('return [...document.querySelectorAll("h1")].map((h) => h.textContent.trim())'), [p.h1], p.path);
        assert.equal(await attr('lang'), p.path.startsWith('/fr/') ? 'fr-CA' : 'en-CA', p.path);
        // Nothing but the site itself was asked for.
        const foreign = await js(`return performance.getEntriesByType('resource').map((e) => e.name)
          .filter((u) => new URL(u).origin !== location.origin)`);
        assert.deepEqual(foreign, [], p.path);
      }
    });

    test('links navigate in place, move focus to the new heading, and the language switch leads to the twin page', async () => {
      await openApp(`${site.url}/`);
      await js('window.sameDocument = true');
      await driver.findElement(By.css('header nav a[href="/story/"]')).click();
      await waitFor('Our Story', async () => (await driver.getTitle()) === 'Our Story | ITPO');
      assert.equal(await driver.getCurrentUrl(), `${site.url}/story/`);
      assert.equal(await js('return window.sameDocument'), true, 'in place, not a new page');
      await waitFor('focus on the heading', async () => (await activeId()) === 'page-heading');
      assert.equal(await js('return document.activeElement.textContent'), 'Our Story');
      // A built page and an app page with its own chunk, both in place.
      await driver.findElement(By.css('header nav a[href="/directors/"]')).click();
      await waitFor('the directors', async () => (await driver.getTitle()) === 'Directors of ITPO | ITPO');
      await waitFor('focus on the heading', async () => (await activeId()) === 'page-heading');
      assert.equal(await js('return window.sameDocument'), true);
      await driver.findElement(By.css('header .lang-switch')).click();
      await waitFor('the French twin', async () => (await driver.getCurrentUrl()) === `${site.url}/fr/conseil/`);
      await waitFor('the French app', async () => (await attr('lang')) === 'fr-CA' && (await attr('data-app')) === 'started');
      assert.equal(await driver.getTitle(), 'Conseil d’administration de l’ITPO | ITPO');
      // Back returns to the English page.
      await driver.navigate().back();
      await waitFor('back in English', async () => (await driver.getCurrentUrl()) === `${site.url}/directors/`);
      await waitFor('the English page', async () => (await attr('lang')) === 'en-CA');
    });

    test('the join form: the summary is focused, a send arrives once with Chromium\'s payload, and axe passes', async () => {
      const chromium = await chromiumReference();
      await openJoinAfresh();
      assert.deepEqual(await axeViolations(), [], 'the join page');
      await submit();
      await waitFor('the summary', async () => (await activeId()) === 'join-notice');
      assert.match(await driver.findElement(By.id('join-notice')).getText(), /There are 5 problems with your answers/);
      assert.deepEqual(await axeViolations(), [], 'the join page with its errors');
      assert.deepEqual(await endpoint.received(), []);
      await fill();
      await submit();
      await waitFor('the thank-you', async () => /Thank you/.test(await driver.findElement(By.css('.join-status')).getText()));
      const got = await received(1);
      assert.equal(got.length, 1, 'sent once');
      assert.equal(got[0].fields.name, TYPED.name.trim());
      assert.equal(got[0].fields.message, TYPED.message);
      assert.deepEqual(comparable(got[0].fields), comparable(chromium));
      assert.equal(await js(`return localStorage.getItem('itpo.join.draft.v1')`), null, 'the draft is cleared');
    });

    test('a failing endpoint keeps the answers and a retry sends them once; a reload keeps the draft', async () => {
      await openJoinAfresh();
      await fill();
      await endpoint.script({ status: 500, body: 'down' });
      await submit();
      await waitFor('the failure', async () => (await activeId()) === 'join-notice');
      assert.match(await driver.findElement(By.id('join-notice')).getText(), /Your answers are still in the form/);
      assert.equal(await driver.findElement(By.id('join-name')).getAttribute('value'), TYPED.name);
      assert.equal(await driver.findElement(By.id('join-message')).getAttribute('value'), TYPED.message);
      // The draft survives a reload.
      await driver.navigate().refresh();
      await waitFor('the app again', async () => (await attr('data-app')) === 'started');
      await waitFor('the draft', async () => (await driver.findElement(By.id('join-name')).getAttribute('value')) === TYPED.name);
      assert.equal(await driver.findElement(By.id('join-province')).getAttribute('value'), TYPED.province);
      assert.equal(await driver.findElement(By.id('join-consent-privacy')).isSelected(), true);
      await submit();
      await waitFor('the thank-you', async () => /Thank you/.test(await driver.findElement(By.css('.join-status')).getText()));
      const got = await received(2);
      assert.equal(got.length, 2, 'the failed send and the retry');
      assert.equal(got[1].fields.submission_id, got[0].fields.submission_id, 'the retry keeps its id');
      assert.equal(endpoint.stored().filter((s) => s.submission_id === got[0].fields.submission_id).length, 1);
    });

    test('with the app unable to start, the form sends as plain HTML and lands on the thank-you page', async () => {
      const plain = `http://127.0.0.1:${PLAIN_SITE_PORT}`;
      await driver.get(`${plain}/fr/adhesion/`);
      await waitFor('the loader gives up', async () => (await attr('data-app')) === 'failed');
      await fill();
      await submit();
      await waitFor('the thank-you page', async () => (await driver.getCurrentUrl()) === `${plain}/fr/adhesion/merci/`);
      // Its loader gives up too (this build has no wasm) and swaps in its plain copy: read it after.
      await waitFor('the thank-you page as plain HTML', async () => (await attr('data-app')) === 'failed');
      assert.equal(await js('return document.querySelector("h1").textContent'), 'Merci de votre demande d’adhésion');
      const got = await plainEndpoint.received();
      assert.equal(got.length, 1, 'sent once');
      assert.match(got[0].content_type, /^application\/x-www-form-urlencoded/);
      // A plain send carries the text exactly as typed (the endpoint's to trim).
      assert.equal(got[0].fields.name, TYPED.name);
      assert.equal(got[0].fields.locale, 'fr-CA');
      assert.match(got[0].fields.submission_id, /^[0-9a-f-]{36}$/, 'stamped by the loader');
    });

    test('a host that sends no headers: the meta policy blocks an injected script, and the app runs', async () => {
      await openApp(`${headerless.url}/`);
      const ran = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        window.injected = false;
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.head.appendChild(s);
        setTimeout(() => done(window.injected), 300);`);
      assert.equal(ran, false, 'the inline script was blocked');
      await driver.findElement(By.css('header nav a[href="/mission/"]')).click();
      await waitFor('Mission', async () => (await driver.getTitle()) === 'Our Mission | ITPO');
      assert.deepEqual(await axeViolations(), [], 'the home page after a navigation');
    });
  });
}
