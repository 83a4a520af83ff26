// What a deployer does after the build, on the servers deployers use: the
// headers the build ships (Netlify/Cloudflare `_headers` through itpo-dev,
// nginx through the documented include), and the one documented step to
// point the form at another endpoint: edit config.json, nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, startSite, startEndpoint, overlay, joinConfig, launchBrowser, openPage, gotoApp } from './harness.mjs';
import { startNginxSite, startApacheSite, startTlsProxy } from './hosts.mjs';

let browser, endpoint, tls;
before(async () => {
  browser = await launchBrowser();
  endpoint = await startEndpoint({ tls: false });
  // A form service on another origin, over https, as Formspree or a self-hosted endpoint is.
  tls = await startTlsProxy(endpoint.url);
});
after(async () => {
  await browser?.close();
  tls?.stop();
  endpoint?.stop();
});

/** The `/*` rule of the build's _headers: what every response must carry. */
function shippedSecurityHeaders() {
  const rules = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const block = rules.split('\n/*\n')[1].split(/\n(?=\S)/)[0];
  return Object.fromEntries(block.trim().split('\n').map((l) => l.trim().split(/: (.*)/s).slice(0, 2)));
}

test('the build writes the full header set, with a default-deny policy and HSTS', () => {
  const headers = shippedSecurityHeaders();
  assert.deepEqual(Object.keys(headers).sort(), [
    'Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Strict-Transport-Security',
    'X-Content-Type-Options', 'X-Frame-Options',
  ]);
  const csp = headers['Content-Security-Policy'].split('; ');
  assert.equal(csp[0], "default-src 'none'");
  assert.deepEqual(csp.map((d) => d.split(' ')[0]), [
    'default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'base-uri', 'form-action', 'frame-ancestors',
  ]);
  assert.match(headers['Content-Security-Policy'], /connect-src 'self' https:(;|$)/);
  assert.equal(headers['Strict-Transport-Security'], 'max-age=31536000');
  // nginx gets the very same lines.
  const nginx = readFileSync(path.join(DIST, 'nginx-headers.conf'), 'utf8');
  for (const [name, value] of Object.entries(headers)) assert.ok(nginx.includes(`add_header ${name} "${value}" always;`), name);
});

for (const [hostName, start] of [
  ['itpo-dev with _headers', async (config) => startSite({ overlayDir: overlay({ 'config.json': config }) })],
  ['nginx as documented', async (config) => startNginxSite({ dist: DIST, files: { 'config.json': JSON.stringify(config) } })],
  ['Apache with the build\'s .htaccess', async (config) => startApacheSite({ dist: DIST, files: { 'config.json': JSON.stringify(config) } })],
]) {
  test(`${hostName}: every response carries the shipped headers`, async () => {
    const host = await start({});
    try {
      const want = shippedSecurityHeaders();
      const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
      const joinHtml = readFileSync(path.join(DIST, 'join/index.html'), 'utf8');
      const directorsHtml = readFileSync(path.join(DIST, 'directors/index.html'), 'utf8');
      // Every part of the app: the glue, the splitter's loader, the wasm, and the pages' chunks,
      // as the pages' loaders name them in their settings: every file of the app's folder.
      const app = [...new Set([html, joinHtml, directorsHtml].flatMap((h) => [...h.matchAll(/"([^"]*\/app-[0-9a-f]+\/[^"]+)"/g)].map((m) => m[1])))];
      const appDir = readdirSync(DIST).find((f) => f.startsWith('app-'));
      assert.deepEqual(app.map((a) => path.basename(a)).sort(), readdirSync(path.join(DIST, appDir)).sort());
      const forever = 'public, max-age=31536000, immutable';
      for (const [p, cache] of [['/', 'no-cache'], ['/join/', 'no-cache'], ['/config.json', 'no-cache'], ...app.map((a) => [a, forever]), ['/nope', null]]) {
        const res = await fetch(host.url + p);
        for (const [name, value] of Object.entries(want)) assert.equal(res.headers.get(name), value, `${p} ${name}`);
        if (cache) assert.equal(res.headers.get('cache-control'), cache, `${p} cache`);
      }
    } finally {
      host.stop();
    }
  });

  test(`${hostName}: pointing config.json at a new https endpoint is the only step, and a member's answers arrive`, async () => {
    await endpoint.reset();
    const joinUrl = `${tls.url}/join`;
    const host = await start(joinConfig(joinUrl));
    const page = await openPage(browser, { allowed: [host.url, tls.url], ignoreHTTPSErrors: true });
    try {
      await gotoApp(page, `${host.url}/join/`);
      await page.getByLabel('Full name').fill('Nguyễn Thị Minh');
      await page.getByLabel('Email address').fill('minh@example.org');
      await page.getByLabel('Province or territory where you live').selectOption('BC');
      await page.getByLabel('Which describes you best?').selectOption('new-img');
      await page.getByLabel('I agree that ITPO may keep').check();
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('heading', { name: 'Thank you for joining' }).waitFor();
      const [got] = await endpoint.received();
      assert.equal(got.fields.name, 'Nguyễn Thị Minh');
      assert.equal(got.origin, host.url, 'a cross-origin post');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
      host.stop();
    }
  });
}
