// What a deployer does after the build, on the servers deployers use: the
// headers the build ships (Netlify/Cloudflare `_headers` through itpo-dev,
// nginx through the documented include, Apache through .htaccess), and the
// documented way to point the form at an endpoint: name it in config.json
// and build. The policy names that endpoint and no other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  DIST, JOIN_DIST, startSite, startEndpoint, overlay, joinConfig, launchBrowser, openPage, gotoApp, sendRequiredAnswers,
  headersOfRule, pageHeaders,
} from './harness.mjs';
import { startNginxSite, startApacheSite } from './hosts.mjs';

let browser, endpoint, unnamed;
before(async () => {
  browser = await launchBrowser();
  // A form service on another origin, over https, as Formspree or a self-hosted endpoint is:
  // the one the join build names, and one on an origin no build names.
  endpoint = await startEndpoint();
  unnamed = await startEndpoint({ tlsPort: 0 });
});
after(async () => {
  await browser?.close();
  await endpoint?.stop();
  await unnamed?.stop();
});

/** Opens the join page, fills in what is required, and sends it. */
async function sendFilledForm(page, url) {
  await gotoApp(page, url);
  await sendRequiredAnswers(page, { name: 'Nguyễn Thị Minh', email: 'minh@example.org', province: 'BC' });
}

/** The `/*` rule of the build's _headers: what every response must carry. */
test('the build writes the full header set, with a default-deny policy and HSTS', () => {
  const headers = pageHeaders(DIST);
  assert.deepEqual(Object.keys(headers).sort(), [
    'Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'Permissions-Policy', 'Referrer-Policy',
    'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options',
  ]);
  assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin');
  const csp = headers['Content-Security-Policy'].split('; ');
  assert.equal(csp[0], "default-src 'none'");
  assert.deepEqual(csp.map((d) => d.split(' ')[0]), [
    'default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'base-uri', 'form-action', 'frame-ancestors',
  ]);
  // This build names no endpoint: requests and form posts go to the site alone.
  assert.match(headers['Content-Security-Policy'], /connect-src 'self'(;|$)/);
  assert.match(headers['Content-Security-Policy'], /form-action 'self'(;|$)/);
  // The join build names its endpoint's origin, and nothing else.
  const joinPolicy = readFileSync(path.join(JOIN_DIST, '_headers'), 'utf8');
  assert.match(joinPolicy, new RegExp(`connect-src 'self' ${endpoint.url}(;|$)`, 'm'));
  assert.match(joinPolicy, new RegExp(`form-action 'self' ${endpoint.url}(;|$)`, 'm'));
  assert.doesNotMatch(joinPolicy, /https:[ ;]/);
  assert.equal(headers['Strict-Transport-Security'], 'max-age=31536000');
  // nginx gets the very same lines.
  const nginx = readFileSync(path.join(DIST, 'nginx-headers.conf'), 'utf8');
  for (const [name, value] of Object.entries(headers)) assert.ok(nginx.includes(`add_header ${name} "${value}" always;`), name);
});

for (const [hostName, start] of [
  ['itpo-dev with _headers', async (dist, config) => startSite({ dir: dist, overlayDir: overlay({ 'config.json': config }) })],
  ['nginx as documented', async (dist, config) => startNginxSite({ dist, files: { 'config.json': JSON.stringify(config) } })],
  ['Apache with the build\'s .htaccess', async (dist, config) => startApacheSite({ dist, files: { 'config.json': JSON.stringify(config) } })],
]) {
  test(`${hostName}: every response carries the shipped headers`, async () => {
    const host = await start(DIST, {});
    try {
      const want = pageHeaders(DIST);
      const everyFile = headersOfRule(DIST, '*');
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
        // Netlify and Cloudflare Pages give the policy on the pages' own rules (headers.rs), so
        // there a file or an unknown address gets only what every file gets; the servers send
        // the pages' headers with everything.
        const page = ['/', '/join/'].includes(p) || !hostName.startsWith('itpo-dev');
        for (const [name, value] of Object.entries(page ? want : everyFile)) assert.equal(res.headers.get(name), value, `${p} ${name}`);
        if (cache) assert.equal(res.headers.get('cache-control'), cache, `${p} cache`);
      }
    } finally {
      host.stop();
    }
  });

  test(`${hostName}: calendar files are served as text/calendar and never kept stale`, async () => {
    const host = await start(DIST, {});
    try {
      for (const p of ['/events.ics', '/fr/evenements.ics']) {
        const res = await fetch(host.url + p);
        assert.equal(res.status, 200, p);
        // A calendar app subscribes only to what is served as a calendar.
        assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8', p);
        assert.equal(res.headers.get('cache-control'), 'no-cache', p);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
        assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n/);
      }
    } finally {
      host.stop();
    }
  });

  test(`${hostName}: the content editor gets its own policy, and only it`, async () => {
    const host = await start(DIST, {});
    try {
      const want = { ...headersOfRule(DIST, '*'), ...headersOfRule(DIST, 'admin/*') };
      assert.match(want['Content-Security-Policy'], /connect-src 'self' blob: data: https:\/\/api\.github\.com/);
      for (const p of ['/admin/', '/admin/cms.js', '/admin/config.yml']) {
        const res = await fetch(host.url + p);
        assert.equal(res.status, 200, p);
        for (const [name, value] of Object.entries(want)) assert.equal(res.headers.get(name), value, `${p} ${name}`);
        // The editor's files change name only with a new version of the editor.
        assert.equal(res.headers.get('cache-control'), 'no-cache', `${p} cache`);
      }
    } finally {
      host.stop();
    }
  });

  test(`${hostName}: the build that names an https endpoint on another origin sends a member's answers there`, async () => {
    await endpoint.reset();
    const host = await start(JOIN_DIST, joinConfig(endpoint.joinUrl));
    const page = await openPage(browser, { allowed: [host.url, endpoint.url], ignoreHTTPSErrors: true });
    try {
      await sendFilledForm(page, `${host.url}/join/`);
      await page.getByRole('heading', { name: 'Thank you for your membership request' }).waitFor();
      const [got] = await endpoint.received();
      assert.equal(got.fields.name, 'Nguyễn Thị Minh');
      assert.equal(got.origin, host.url, 'a cross-origin post');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
      host.stop();
    }
  });

  test(`${hostName}: an endpoint the build does not name is refused by the policy; the member is told and keeps the answers`, async () => {
    await unnamed.reset();
    // config.json changed after the build, without rebuilding: the policy still names the old endpoint.
    const host = await start(JOIN_DIST, joinConfig(unnamed.joinUrl));
    const page = await openPage(browser, { allowed: [host.url, unnamed.url], ignoreHTTPSErrors: true });
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
    try {
      await sendFilledForm(page, `${host.url}/join/`);
      await page.getByText('could not reach the membership service').first().waitFor();
      assert.equal(await page.getByLabel('Full name').inputValue(), 'Nguyễn Thị Minh', 'answers kept');
      assert.deepEqual(await unnamed.received(), [], 'nothing reached the unnamed origin');
      assert.ok(violations.some((v) => v.includes('connect-src')), violations.join('\n'));
    } finally {
      await page.context().close();
      host.stop();
    }
  });
}
