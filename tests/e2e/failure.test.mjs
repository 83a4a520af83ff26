// When the app cannot start (its download blocked or failed) or dies while
// adopting the page (a panic, here caused the way browser extensions and
// page translators cause it, by changing the page first), what is left must
// be the complete HTML site: links lead to their pages, and the join form
// keeps what was typed and is a plain HTML form again. This build's
// config.json names no endpoint, so the form says it cannot be sent
// (plain sends to an endpoint: plain-form.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openPage, gotoApp, axeViolations } from './harness.mjs';
import { PAGES, EN_PAGES, FR_PAGES, langOf } from './pages.mjs';

let site, browser;
before(async () => {
  site = await startSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  site?.stop();
});

const failed = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
const NOTE = 'The form cannot be sent at the moment';

test('with the app blocked, the site is walked by its links and the form keeps what is typed', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.url}/`);
  await failed(page);
  for (const p of EN_PAGES.filter((p) => p.nav && p.path !== '/')) {
    await page.locator('header nav a', { hasText: p.nav }).click();
    await page.waitForURL(`${site.url}${p.path}`);
    await failed(page);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
    assert.deepEqual(await page.locator('header nav [aria-current="page"]').allInnerTexts(), [p.nav]);
    for (const t of p.text) assert.ok((await page.locator('main').innerText()).includes(t), `${p.path}: "${t}"`);
  }
  // The footer's privacy link, and the skip link stays on the page it is on.
  await page.locator('footer a', { hasText: 'Privacy' }).click();
  await page.waitForURL(`${site.url}/privacy/`);
  await failed(page);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Privacy']);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.url}/privacy/#main`);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Privacy']);

  await page.goto(`${site.url}/join/`);
  await failed(page);
  assert.ok(await page.getByText(NOTE).isVisible(), 'the form says why it cannot be sent');
  await page.getByLabel('Full name').fill('Amara Okafor');
  await page.getByLabel('I agree that ITPO may keep').check();
  assert.equal(await page.locator('form button[type="submit"]').isDisabled(), true);
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Amara Okafor');
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('a panic while adopting the page leaves the whole HTML page, with typed answers, and working links', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${site.url}/join/`);
  await page.getByLabel('Full name').fill('Амара Окафор');
  await page.getByLabel('Email address').fill('amara@example.org');
  await page.getByLabel('Province or territory where you live').selectOption('NS');
  await page.getByLabel('I agree that ITPO may keep').check();
  await page.getByLabel('Email address').focus();
  // What a page translator does: the text of an element wrapped in <font> before the app runs.
  await page.evaluate(() => {
    const intro = document.querySelector('.form-intro');
    const font = document.createElement('font');
    font.textContent = intro.textContent;
    intro.replaceChildren(font);
  });
  release();
  await failed(page);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Join our community']);
  assert.equal(await page.locator('header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.ok(await page.getByText(NOTE).isVisible());
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Амара Окафор');
  assert.equal(await page.getByLabel('Email address').inputValue(), 'amara@example.org');
  assert.equal(await page.getByLabel('Province or territory where you live').inputValue(), 'NS');
  assert.equal(await page.getByLabel('I agree that ITPO may keep').isChecked(), true);
  assert.equal(await page.locator('form button[type="submit"]').isDisabled(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'join-email', 'focus stays where it was');
  // Typing goes on working, and nothing of the dead app answers a click.
  await page.getByLabel('Specialty').fill('Pédiatrie');
  assert.equal(await page.getByLabel('Specialty').inputValue(), 'Pédiatrie');
  // Links are the browser's again: a full page load that then starts the app afresh.
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('header nav a', { hasText: 'Our Story' }).click();
  await page.waitForURL(`${site.url}/story/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'a real page load');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Our Story']);
  await page.context().close();
});

test('a crash after in-place navigation leaves the page now shown, with its answers, errors and working links', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/`);
  await page.locator('header nav a', { hasText: 'Join' }).click();
  await page.waitForURL(`${site.url}/join/`);
  await page.locator('form button[type="submit"]').click();
  await page.locator('#join-notice').getByText('There are').waitFor();
  await page.getByLabel('Full name').fill('Kwame Mensah');
  // What the browser reports when the wasm traps (a panic, in a release build).
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  await failed(page);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Join our community']);
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Kwame Mensah');
  assert.ok(await page.getByText(NOTE).isVisible());
  // The error summary's links stay on this page (alone, "#…" would resolve against <base href>).
  const links = page.locator('#join-notice a');
  assert.ok(await links.count() > 1);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) assert.ok(href.startsWith(`${site.url}/join/#join-`), href);
  await links.first().click();
  await page.waitForURL(/\/join\/#join-[a-z-]+$/);
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Kwame Mensah', 'still the same page');
  // Back to the page the dead app pushed from: the browser loads it for real.
  await page.goBack();
  await page.goBack();
  await page.waitForURL(`${site.url}/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Internationally Trained Physicians of Ontario']);
  await page.context().close();
});

test('a failed download of the app leaves the page as it was', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await page.route('**/*.js', (route) => (route.request().url().includes('itpo-site') ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto(`${site.url}/mission/`);
  await failed(page);
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Our Mission']);
  await page.locator('header nav a', { hasText: 'Join' }).click();
  await page.waitForURL(`${site.url}/join/`);
  // A real page load: the app fails again, after the page's own load event.
  await failed(page);
  assert.ok(await page.getByText(NOTE).isVisible());
  await page.context().close();
});
