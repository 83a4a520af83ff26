// The join form as plain HTML: a build whose config.json names an endpoint
// (scripts/test.sh builds it with the site and the endpoint on fixed loopback
// ports, since the form's action and its thank-you address are fixed at build
// time). On itpo-dev with the build's _headers and on nginx as
// docs/deployment.md configures it, in both editions, with JavaScript off,
// with the wasm blocked, and sent before the app has arrived, a filled form
// delivers exactly one urlencoded submission with the app's keys and codes
// and brings the member to the thank-you page in their language.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSite, startEndpoint, overlay, launchBrowser, openPage, gotoApp, axeViolations } from './harness.mjs';
import { startNginxSite } from './hosts.mjs';

const DIST = process.env.ITPO_DIST_PLAIN;
const SITE_PORT = Number(process.env.ITPO_PLAIN_SITE_PORT ?? 47180);
const ENDPOINT_PORT = Number(process.env.ITPO_PLAIN_ENDPOINT_PORT ?? 47181);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
// A service's own thank-you page on a second origin, which the build's config.json lists in
// join.redirect_origins (scripts/test.sh), and an origin it does not list.
const LISTED_PORT = Number(process.env.ITPO_PLAIN_LISTED_PORT ?? 47184);
const UNLISTED_PORT = LISTED_PORT + 1;
const DRAFT_KEY = 'itpo.join.draft.v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const EDITIONS = [
  { lang: 'en-CA', form: '/join/', thanks: '/join/thanks/', heading: 'Thank you for your membership request' },
  { lang: 'fr-CA', form: '/fr/adhesion/', thanks: '/fr/adhesion/merci/', heading: 'Merci de votre demande d’adhésion' },
];

// What a member typed: scripts the form must carry as they are.
const TYPED = {
  name: 'Nguyễn Thị Minh Khai محمد',
  email: 'minh.khai@example.org',
  province: 'ON',
  member_type: 'practising-img',
  country_of_training: 'Việt Nam',
  specialty: 'Médecine interne',
  licensure_stage: 'pra',
  message: 'Ligne 1 & 100 % « sûr »\nשלום',
};

let endpoint, browser;
before(async () => {
  assert.ok(DIST && existsSync(DIST), 'scripts/test.sh builds the site with an endpoint configured first');
  // Plain http, on the port the build's config.json names (its policy allows that origin).
  endpoint = await startEndpoint({ port: ENDPOINT_PORT, siteOrigin: SITE, tls: false });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await endpoint?.stop();
});
beforeEach(() => endpoint.reset());

async function fill(page) {
  for (const key of ['name', 'email', 'country_of_training', 'specialty', 'message']) {
    await page.locator(`#join-${key.replaceAll('_', '-')}`).fill(TYPED[key]);
  }
  for (const key of ['province', 'member_type', 'licensure_stage']) {
    await page.locator(`#join-${key.replaceAll('_', '-')}`).selectOption(TYPED[key]);
  }
  await page.locator('#join-consent-privacy').check();
}

/** Waits until the endpoint has had `n` posts, then a little longer for any extra. */
async function receivedAfter(n) {
  const deadline = Date.now() + 10_000;
  while ((await endpoint.received()).length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500));
  return endpoint.received();
}

/** One submission, urlencoded, with what was typed and the codes chosen. */
function assertPlainSubmission(got, edition, { stamped, updates = false }) {
  assert.match(got.content_type, /^application\/x-www-form-urlencoded/);
  const f = got.fields;
  // HTML's form serialization sends a textarea's line breaks as CR LF.
  for (const [key, value] of Object.entries(TYPED)) assert.equal(f[key], value.replaceAll('\n', '\r\n'), key);
  assert.equal(f.consent_privacy, 'true');
  assert.equal(f.consent_updates, String(updates));
  assert.equal(f.locale, edition.lang);
  assert.equal(f['form-name'], 'join');
  assert.equal(f._gotcha, '');
  assert.equal(f.redirect, `${SITE}${edition.thanks}`);
  assert.ok(f.consent_text.length > 40, 'the consent wording as shown');
  if (stamped) {
    assert.match(f.submission_id, UUID, 'the loader stamps an id like the app does');
    assert.ok(!Number.isNaN(Date.parse(f.submitted_at)), f.submitted_at);
  }
  return f;
}

async function expectThanksPage(page, edition) {
  await page.waitForURL(`${SITE}${edition.thanks}`);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), [edition.heading]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), edition.lang);
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
}

const HOSTS = [
  ['itpo-dev with _headers', () => startSite({ dir: DIST, port: SITE_PORT })],
  ['nginx as documented', () => startNginxSite({ dist: DIST, port: SITE_PORT })],
  // As GitHub Pages: no headers at all, so the pages' own policy governs the send and the redirect.
  ['a host that sends no headers', () => startSite({ dir: DIST, port: SITE_PORT, headers: false })],
];

for (const [hostName, startHost] of HOSTS) describe(hostName, () => {
  let site;
  let appPayload = {};
  // The hosts take turns on the one port the build names: each is stopped even if a test fails.
  before(async () => { site = await startHost(); });
  after(async () => { await site?.stop(); });

  test(`${hostName}: the app sends the form with fetch and stays on the page (its keys are the reference)`, async () => {
    for (const edition of EDITIONS) {
      await endpoint.reset();
      const page = await openPage(browser, { allowed: [SITE, endpoint.url] });
      await gotoApp(page, `${SITE}${edition.form}`);
      // The app keeps the action in step with the live config.json and checks the form itself.
      assert.equal(await page.locator('form').getAttribute('action'), `${endpoint.url}/join`);
      assert.equal(await page.locator('form').getAttribute('novalidate'), '');
      await fill(page);
      await page.locator('form button[type="submit"]').click();
      await page.locator('[role="status"] h3').waitFor();
      assert.equal(page.url(), `${SITE}${edition.form}`, 'stays on the page');
      const [got, ...more] = await receivedAfter(1);
      assert.deepEqual(more, []);
      assert.match(got.content_type, /^application\/json/);
      appPayload[edition.lang] = got.fields;
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  for (const edition of EDITIONS) {
    test(`${hostName}, ${edition.lang}: with JavaScript off, an empty form sends nothing and a filled one arrives once`, async () => {
      const page = await openPage(browser, { javaScriptEnabled: false, allowed: [SITE, endpoint.url] });
      await page.goto(`${SITE}${edition.form}`);
      const button = page.locator('form button[type="submit"]');
      assert.equal(await button.isEnabled(), true, 'sendable from the first paint');
      await button.click();
      assert.equal(page.url(), `${SITE}${edition.form}`, 'the browser stops an empty required field');
      assert.equal(await page.locator('#join-name').evaluate((el) => el.matches(':invalid')), true);
      await fill(page);
      await button.click();
      await expectThanksPage(page, edition);
      const [got, ...more] = await receivedAfter(1);
      assert.deepEqual(more, [], 'exactly one submission');
      const f = assertPlainSubmission(got, edition, { stamped: false });
      // The same keys and codes as the app's payload (the redirect is the plain send's own).
      const app = appPayload[edition.lang];
      assert.deepEqual(Object.keys(f).filter((k) => k !== 'redirect').sort(), Object.keys(app).sort());
      for (const key of ['province', 'member_type', 'licensure_stage', 'locale', 'consent_text', 'form-name']) {
        assert.equal(f[key], String(app[key]), key);
      }
      // Stored once, with an id the endpoint gave it (no script ran to make one).
      const stored = endpoint.stored().filter((s) => s.name === TYPED.name && s.locale === edition.lang);
      assert.equal(stored.at(-1).submission_id.startsWith('server-'), true);
      await page.context().close();
    });

    test(`${hostName}, ${edition.lang}: with the wasm blocked, the form sends as plain HTML and the thank-you page clears the draft`, async () => {
      const page = await openPage(browser, { allowed: [SITE, endpoint.url] });
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(`${SITE}${edition.form}`);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
      // A draft left from an earlier visit, when the app did run.
      await page.evaluate((key) => localStorage.setItem(key, '{"answers":{"name":"old"}}'), DRAFT_KEY);
      await fill(page);
      await page.locator('#join-consent-updates').check();
      assert.deepEqual(await axeViolations(page), [], 'the plain form');
      await page.locator('form button[type="submit"]').click();
      await expectThanksPage(page, edition);
      const [got, ...more] = await receivedAfter(1);
      assert.deepEqual(more, []);
      // Ticked: the loader dropped the box's hidden `false`, so the key comes once, as `true`.
      assert.match(got.raw, /(^|&)consent_updates=true(&|$)/);
      assert.doesNotMatch(got.raw, /consent_updates=false/);
      assertPlainSubmission(got, edition, { stamped: true, updates: true });
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY), null, 'draft cleared');
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    });

    test(`${hostName}, ${edition.lang}: sent before the app arrives, neither a second click nor the app once started sends it again`, async () => {
      const page = await openPage(browser, { allowed: [SITE, endpoint.url] });
      // The app's files arrive late, as on a slow connection: after the member has sent.
      let release;
      const arrived = new Promise((r) => { release = r; });
      await page.route('**/*.wasm', async (route) => {
        await arrived;
        await route.continue().catch(() => {});
      });
      await page.goto(`${SITE}${edition.form}`);
      await fill(page);
      // A slow endpoint: the plain send is on its way while the app starts and the member clicks again.
      await endpoint.script({ delay_ms: 5000 });
      // In the page itself: a pending navigation holds up the test's own calls until it ends.
      // The app's files arrive 1 s after the first click.
      setTimeout(release, 1000);
      const seen = await page.evaluate(async () => {
        const press = () => document.querySelector('form button[type="submit"]').click();
        const wait = (ms) => new Promise((r) => setTimeout(r, ms));
        const app = () => document.documentElement.dataset.app ?? 'not started';
        press();
        await wait(300);
        const before = { app: app(), marked: document.getElementById('join-form').hasAttribute('data-sending') };
        press(); // a second click, each in a task of its own, before the app has started
        const t0 = performance.now();
        while (app() !== 'started' && performance.now() - t0 < 4000) await wait(50);
        const after = app();
        await wait(700); // time for the app to read the live config.json: it could send now
        press(); // and one once the app has started
        return { before, after };
      });
      assert.deepEqual(seen, { before: { app: 'not started', marked: true }, after: 'started' });
      await expectThanksPage(page, edition);
      const [got, ...more] = await receivedAfter(1);
      assert.deepEqual(more, [], 'exactly one submission');
      assertPlainSubmission(got, edition, { stamped: true });
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY), null, 'the draft the app saved is cleared');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  test(`${hostName}: a refused plain send names each problem and Back keeps the answers`, async () => {
    const page = await openPage(browser, { javaScriptEnabled: false, allowed: [SITE, endpoint.url] });
    await page.goto(`${SITE}/fr/adhesion/`);
    await fill(page);
    // A name of characters that draw nothing passes the browser's `required`, not the endpoint.
    await page.locator('#join-name').fill('\u200B\u2060');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(`${endpoint.url}/join`);
    const text = await page.locator('main').innerText();
    assert.match(text, /Votre demande n’a pas été acceptée/);
    assert.match(text, /Nom/);
    await page.goBack();
    await page.waitForURL(`${SITE}/fr/adhesion/`);
    assert.equal(await page.locator('#join-email').inputValue(), TYPED.email);
    assert.deepEqual(endpoint.stored().filter((s) => s.email === TYPED.email && s.name === '\u200B\u2060'), []);
    await page.context().close();
  });
});

test('the app keeps the form\'s action in step with the live config.json', async () => {
  // A deployer edited config.json after the build: members with the app post where it now says.
  const live = JSON.parse(readFileSync(path.join(DIST, 'config.json'), 'utf8'));
  live.join.endpoint = `${endpoint.url}/moved`;
  const site = await startSite({ dir: DIST, port: SITE_PORT, overlayDir: overlay({ 'config.json': live }) });
  try {
    const page = await openPage(browser, { allowed: [SITE, endpoint.url] });
    // As built: read from the page as it arrived (the app may have started by the time the DOM is read).
    const arrived = await (await page.goto(`${SITE}/join/`)).text();
    assert.match(arrived, new RegExp(`<form[^>]* action="${endpoint.url}/join"`), 'as built');
    await page.waitForFunction((url) => document.querySelector('form').getAttribute('action') === url, `${endpoint.url}/moved`);
    await page.context().close();
  } finally {
    await site.stop();
  }
});

test('a service that sends the member on to its own page on another origin: allowed when listed, stopped by the policy when not', async () => {
  // As Web3Forms without redirect_field: its success page is not on the endpoint's origin.
  const pages = mkdtempSync(path.join(tmpdir(), 'itpo-service-'));
  mkdirSync(path.join(pages, 'success'));
  writeFileSync(path.join(pages, 'success/index.html'),
    '<!doctype html><html lang="en"><title>Received</title><h1>Received by the service</h1></html>');
  const listed = await startSite({ dir: pages, port: LISTED_PORT, headers: false });
  const unlisted = await startSite({ dir: pages, port: UNLISTED_PORT, headers: false });
  const site = await startSite({ dir: DIST, port: SITE_PORT });
  try {
    for (const [service, allowed] of [[listed, true], [unlisted, false]]) {
      await endpoint.reset();
      await endpoint.script({ status: 303, location: `${service.url}/success/` });
      // The app cannot start (its wasm is blocked): the form goes as plain HTML, and the
      // browser's console still reports what the policy blocked.
      const page = await openPage(browser, { allowed: [SITE, endpoint.url, listed.url] });
      await page.route('**/*.wasm', (route) => route.abort());
      const failed = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      await page.goto(`${SITE}/join/`);
      await fill(page);
      await page.locator('form button[type="submit"]').click();
      if (allowed) {
        await page.waitForURL(`${service.url}/success/`);
        assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Received by the service']);
      } else {
        // (Chrome names the form's own address in the message, not the redirect's, by design.)
        const blocked = () => page.errors.some((e) => e.includes('"form-action') && e.includes('has been blocked'));
        const deadline = Date.now() + 10_000;
        while (!blocked() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        assert.ok(blocked(), `the policy's form-action stopped the redirect: ${page.errors.join('\n')} ${failed.join('\n')}`);
        assert.ok(!page.url().startsWith(service.url), `not sent on to ${page.url()}`);
      }
      assert.equal((await endpoint.received()).length, 1, 'the endpoint had the send either way');
      assert.deepEqual(page.foreignRequests.filter((u) => u.startsWith(listed.url)), []);
      await page.context().close();
    }
  } finally {
    for (const s of [site, listed, unlisted]) await s.stop();
  }
});
