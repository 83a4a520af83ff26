// "Where to start": the official bodies, from content/resources.toml. Links
// to other sites are plain links (the page requests nothing from them); the
// list arrives with the page, or as data after an in-place navigation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startSite, launchBrowser, openPage, gotoApp } from './harness.mjs';

const LINKS = [...readFileSync(path.join(ROOT, 'content/resources.toml'), 'utf8').matchAll(/^link = "(.*)"$/gm)].map((m) => m[1]);

let browser;
let site;
before(async () => {
  browser = await launchBrowser();
  site = await startSite();
});
after(async () => {
  await browser?.close();
  site?.stop();
});

test('every body in the data file is listed with its official link, and the page requests nothing elsewhere', async () => {
  assert.equal(LINKS.length, 6);
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/resources/`);
  const hrefs = await page.locator('.resource a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, LINKS);
  assert.equal(await page.locator('.resource h2').count(), LINKS.length);
  assert.match(await page.locator('main').innerText(), /The official sites linked below are the authority/);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('reached in place, the list is fetched as data and shown; without JavaScript it is in the page', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/`);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Where to Start' }).click();
  await page.waitForURL(`${site.url}/resources/`);
  await page.locator('.resource').first().waitFor();
  assert.equal(await page.locator('.resource').count(), LINKS.length);
  assert.deepEqual(fetched.filter((p) => p.endsWith('.json') && !p.endsWith('config.json')), ['/data/pages/resources.json']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-heading');
  assert.equal(await page.title(), 'Where to Start | ITPO');
  await page.context().close();
  const plain = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  await plain.goto(`${site.url}/resources/`);
  assert.equal(await plain.locator('.resource').count(), LINKS.length);
  await plain.context().close();
});

test('on the French page each body has its official French name and French pages where it has them', async () => {
  // Block by block: name_fr and link_fr are optional.
  const blocks = readFileSync(path.join(ROOT, 'content/resources.toml'), 'utf8').split('[[resource]]').slice(1);
  const field = (block, key) => block.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
  const want = blocks.map((b) => ({
    name: field(b, 'name_fr') ?? field(b, 'name'),
    lang: field(b, 'name_fr') ? null : 'en-CA',
    link: field(b, 'link_fr') ?? field(b, 'link'),
  }));
  assert.ok(want.filter((w) => !w.lang).length >= 5, 'most bodies have a French name');
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/fr/par-ou-commencer/`);
  const got = await page.locator('.resource').evaluateAll((items) => items.map((li) => ({
    name: li.querySelector('h2').textContent,
    lang: li.querySelector('h2').getAttribute('lang'),
    link: li.querySelector('a').getAttribute('href'),
  })));
  assert.deepEqual(got, want);
  const text = await page.locator('main').innerText();
  for (const english of ['run by the MCC', 'physiciansapply.ca', 'Medical Identification Number', 'National Assessment Collaboration']) {
    assert.ok(!text.includes(english), english);
  }
  await page.context().close();
});
