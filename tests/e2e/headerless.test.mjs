// A host that sends no headers of its own, as GitHub Pages: the build with a
// join endpoint at the root, and the sub-path build as a project site under
// /itpo/, served by itpo-dev without _headers. Every page carries its policy
// in a <meta http-equiv> tag, so it holds there too: an injected inline
// script does not run, while the app navigates in place and the join form
// sends to the endpoint the build names with no policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  JOIN_DIST, startSite, startEndpoint, joinConfig, launchBrowser, openPage, gotoApp, sendRequiredAnswers,
} from './harness.mjs';
import { EN_PAGES } from './pages.mjs';

const SUB = '/itpo';
const SUB_DIST = process.env.ITPO_DIST_SUBPATH;

let browser, endpoint, site, subSite;
before(async () => {
  browser = await launchBrowser();
  endpoint = await startEndpoint();
  const root = mkdtempSync(path.join(tmpdir(), 'itpo-pages-'));
  cpSync(JOIN_DIST, root, { recursive: true });
  writeFileSync(path.join(root, 'config.json'), JSON.stringify(joinConfig(endpoint.joinUrl)));
  site = await startSite({ dir: root, headers: false });
  // A project site: the account's root holds the project's folder and nothing else.
  const subRoot = mkdtempSync(path.join(tmpdir(), 'itpo-pages-'));
  cpSync(SUB_DIST, path.join(subRoot, SUB.slice(1)), { recursive: true });
  subSite = await startSite({ dir: subRoot, headers: false });
});
after(async () => {
  await browser?.close();
  await site?.stop();
  await subSite?.stop();
  await endpoint?.stop();
});

const url = (p) => `${site.url}${p}`;

/** Records the page's policy violations from the start of each document. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

for (const [where, host, base] of [['at the root', () => site, ''], [`under ${SUB}/`, () => subSite, SUB]]) {
  test(`with no headers, ${where}, the page's own policy is in force: an injected inline script does not run`, async () => {
    const home = `${host().url}${base}/`;
    const res = await fetch(home);
    assert.equal(res.headers.get('content-security-policy'), null, 'this host sends no policy');
    const page = await openPage(browser, { allowed: [host().url] });
    await watchViolations(page);
    await gotoApp(page, home);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
    });
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    assert.deepEqual(await page.evaluate(() => window.__violations.map((v) => v.split(' ')[0])), ['script-src-elem']);
    await page.context().close();
  });
}

test(`with no headers, under ${SUB}/, the app navigates in place with no policy violation`, async () => {
  const page = await openPage(browser, { allowed: [subSite.url] });
  await watchViolations(page);
  const at = (p) => `${subSite.url}${SUB}${p}`;
  await gotoApp(page, at('/'));
  await page.evaluate(() => { window.__sameDocument = true; });
  for (const p of EN_PAGES.filter((p) => p.nav && p.path !== '/')) {
    await page.locator('header nav a', { hasText: p.nav }).click();
    await page.waitForURL(at(p.path));
    await page.waitForFunction((t) => document.title === t, p.title);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'in place');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('with no headers, the app navigates in place and the join form sends, with no policy violation', async () => {
  await endpoint.reset();
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await watchViolations(page);
  await gotoApp(page, url('/'));
  await page.evaluate(() => { window.__sameDocument = true; });
  for (const p of EN_PAGES.filter((p) => p.nav && p.path !== '/')) {
    await page.locator('header nav a', { hasText: p.nav }).click();
    await page.waitForURL(url(p.path));
    await page.waitForFunction((t) => document.title === t, p.title);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [p.h1]);
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'in place');
  // On the join page (reached in place, its chunk fetched under the policy), a member sends.
  await sendRequiredAnswers(page, { name: 'Aroha Ngata', email: 'aroha@example.org', province: 'MB' });
  await page.getByRole('heading', { name: 'Thank you for your membership request' }).waitFor();
  const [got, ...more] = await endpoint.received();
  assert.deepEqual(more, []);
  assert.equal(got.fields.name, 'Aroha Ngata');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});
