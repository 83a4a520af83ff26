// The inline loader on its own (src/prerender/loader.js, as minified into
// the built join page): on a small page served by the test itself, with the
// app's files held back and then refused, so only the loader acts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, launchBrowser, openPage } from './harness.mjs';

const ORIGIN = 'http://loader.test';
const DRAFT_KEY = 'itpo.join.draft.v1';

/** The loader exactly as the built join page carries it. */
function shippedLoader() {
  const html = readFileSync(path.join(DIST, 'join/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const loader = scripts.find((s) => s.includes('__RESOLVED_RESOURCES'));
  assert.ok(loader, 'the join page has its inline loader');
  return loader;
}

const form = `<main><h1>Join</h1>
  <form data-plain method="post" action="/send" novalidate>
    <label for="name">Name</label><input id="name" name="name" required>
    <input type="hidden" name="submission_id" value="">
    <input type="hidden" name="submitted_at" value="">
    <input type="hidden" name="news" value="false" data-unchecked>
    <input type="checkbox" id="news" name="news" value="true"><label for="news">News</label>
    <a href="#name">Name is missing</a>
    <button type="submit" disabled>Send</button>
  </form></main>`;

let browser;
let loader;
before(async () => {
  loader = shippedLoader();
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * A page at loader.test: `/page/` with the loader, `/send` records posts,
 * and the app's files wait for `release()`, then answer 404.
 */
async function loaderPage({ htmlAttrs = '', body = form } = {}) {
  const page = await openPage(browser, { allowed: [ORIGIN] });
  const posts = [];
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/page/') {
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en" ${htmlAttrs}><head><meta charset="utf-8"><title>T</title><script>${loader}</script></head><body>${body}</body></html>` });
    }
    if (url.pathname === '/send') {
      posts.push(new URLSearchParams(route.request().postData() ?? ''));
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Thanks</title><h1>Thanks</h1>' });
    }
    await held;
    return route.fulfill({ status: 404, body: 'no app here' });
  });
  return { page, posts, release };
}

test('an app that cannot start leaves a plain form: typed answers, ticks and focus kept, the browser checks it and the button works', async () => {
  const { page, release } = await loaderPage();
  await page.goto(`${ORIGIN}/page/`);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true);
  await page.fill('#name', 'Nguyễn Thị Minh Khai');
  await page.check('#news');
  await page.focus('#news');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
  assert.equal(await page.inputValue('#name'), 'Nguyễn Thị Minh Khai');
  assert.equal(await page.isChecked('#news'), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'news');
  assert.equal(await page.evaluate(() => document.querySelector('form').noValidate), false);
  assert.equal(await page.isEnabled('button[type=submit]'), true);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), false);
  // The summary's in-page link keeps to this page (it would follow <base href> otherwise).
  assert.equal(await page.getAttribute('a[href$="#name"]', 'href'), '/page/#name');
  await page.context().close();
});

test('a plain send is stamped like the app\'s and a second click within the guard sends nothing', async () => {
  const { page, posts, release } = await loaderPage();
  await page.goto(`${ORIGIN}/page/`);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
  await page.fill('#name', 'Amara Okafor');
  await page.check('#news');
  // Both clicks in one task: the first send's navigation is pending when the second comes.
  await Promise.all([
    page.waitForURL(`${ORIGIN}/send`),
    page.evaluate(() => {
      const f = document.querySelector('form');
      f.requestSubmit();
      f.requestSubmit();
    }),
  ]);
  await page.locator('h1', { hasText: 'Thanks' }).waitFor();
  assert.equal(posts.length, 1, 'one send');
  const sent = posts[0];
  assert.equal(sent.get('name'), 'Amara Okafor');
  assert.match(sent.get('submission_id'), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(Math.abs(Date.parse(sent.get('submitted_at')) - Date.now()) < 60_000, sent.get('submitted_at'));
  // The ticked box's value only: its hidden `false` stayed behind.
  assert.deepEqual(sent.getAll('news'), ['true']);
  await page.context().close();
});

test('an unticked box still sends its hidden false, and the app, once started, is left to send itself', async () => {
  const { page, posts, release } = await loaderPage();
  await page.goto(`${ORIGIN}/page/`);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
  await page.fill('#name', 'A');
  await Promise.all([page.waitForURL(`${ORIGIN}/send`), page.click('button[type=submit]')]);
  assert.deepEqual(posts[0].getAll('news'), ['false']);
  // Where the app has started, the loader stamps nothing: the app owns the form.
  const started = await loaderPage({ htmlAttrs: 'data-app="started"' });
  await started.page.goto(`${ORIGIN}/page/`);
  const id = await started.page.evaluate(() => {
    const f = document.querySelector('form');
    f.addEventListener('submit', (e) => e.preventDefault());
    f.requestSubmit();
    return f.elements.submission_id.value + '|' + (f.getAttribute('data-sending') ?? '');
  });
  assert.equal(id, '|');
  started.release();
  await page.context().close();
  await started.page.context().close();
});

test('the thank-you page clears the saved draft, and no other page does', async () => {
  for (const [attrs, kept] of [['', true], ['data-clear-draft', false]]) {
    const { page, release } = await loaderPage({ htmlAttrs: attrs, body: '<main><h1>T</h1></main>' });
    await page.goto(`${ORIGIN}/page/`);
    await page.evaluate((key) => localStorage.setItem(key, '{"name":"A"}'), DRAFT_KEY);
    await page.reload();
    const draft = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    assert.equal(draft !== null, kept, `${attrs || 'a page'}: draft ${draft}`);
    release();
    await page.context().close();
  }
});
