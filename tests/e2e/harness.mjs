// Shared set-up for the browser tests: the release build served by the real
// `itpo-dev` server, the real join endpoint on another loopback port (so every
// post is cross-origin with a real preflight), headless Debian Chromium, and
// axe-core. scripts/test.sh builds once and passes the paths in.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startTlsProxy } from './hosts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = process.env.ITPO_DIST ?? path.join(ROOT, 'dist');
/**
 * The README's build with a join endpoint in its config.json, as a deployer's: the
 * security policy names only the endpoint the build was given, so a test that sends the
 * form serves this build and starts its endpoint on the port that build names.
 */
export const JOIN_DIST = process.env.ITPO_DIST_JOIN ?? path.join(ROOT, 'tests/artifacts/dist-join');
export const JOIN_ENDPOINT_PORT = Number(process.env.ITPO_JOIN_ENDPOINT_PORT ?? 47182);
const DEV_BIN = process.env.ITPO_DEV_BIN ?? path.join(ROOT, 'target/release/itpo-dev');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
// The test runner ends a file that runs past its time with a signal: stop the servers with it,
// or they would hold their ports for the next run.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(1));

/** Starts `itpo-dev <args>` on port 0 and resolves with its URL. */
function startDev(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(DEV_BIN, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    child.on('error', reject);
    const exited = new Promise((done) => child.on('exit', done));
    child.on('exit', (code) => reject(new Error(`itpo-dev ${args[0]} exited with ${code}`)));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = line.match(/^listening on (http:\/\/\S+)$/);
      // stop() resolves once the port is free again.
      if (m) resolve({ url: m[1], stop: () => { child.kill(); return exited; } });
    });
  });
}

/** A throwaway folder of files that win over dist/ (config.json, fixtures). */
export function overlay(files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'itpo-overlay-'));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'object' && content.copyFrom) cpSync(content.copyFrom, target);
    else writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A copy of dist/ with some files removed (e.g. no config.json). */
export function distWithout(...names) {
  const dir = mkdtempSync(path.join(tmpdir(), 'itpo-dist-'));
  cpSync(DIST, dir, { recursive: true });
  for (const name of names) rmSync(path.join(dir, name), { force: true });
  return dir;
}

/**
 * Serves a build like a plain static host: a folder's index.html, 404.html
 * with status 404 for misses, and the site's own _headers (so every test runs
 * under the Content-Security-Policy a deploy sends).
 */
export async function startSite({ dir = DIST, overlayDir, fallback = '404', gzip = false, port = 0, headers = true } = {}) {
  const args = ['serve', '--dir', dir, '--port', String(port), '--fallback', fallback];
  // Without `_headers`: a host that sends no headers of its own, as GitHub Pages.
  if (headers) args.push('--headers');
  if (overlayDir) args.push('--overlay', overlayDir);
  if (gzip) args.push('--gzip');
  return startDev(args);
}

/**
 * Serves a sub-path build (built with --public-url /itpo/) at /itpo/ on a
 * static host whose root holds nothing else, with its 404.html and _headers.
 */
export async function startSiteUnder(dist, base = '/itpo') {
  const root = mkdtempSync(path.join(tmpdir(), 'itpo-host-'));
  cpSync(dist, path.join(root, base.slice(1)), { recursive: true });
  cpSync(path.join(dist, '404.html'), path.join(root, '404.html'));
  cpSync(path.join(dist, '_headers'), path.join(root, '_headers'));
  return startSite({ dir: root });
}

/**
 * The real join endpoint, with helpers to script it and read what it got.
 * Browsers reach it over https on another origin (`url`), as they reach a
 * form service: by default on the port the join build names (`JOIN_DIST`),
 * whose policy allows that origin and no other; `tlsPort: 0` picks a free
 * one (an endpoint no build names). `tls: false` serves plain http on
 * `port`. `siteOrigin`: where it may send a plain send on to, and the only
 * origin whose pages may read its answers.
 */
export async function startEndpoint({ port = 0, siteOrigin, tls = true, tlsPort = JOIN_ENDPOINT_PORT } = {}) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'itpo-endpoint-')), 'submissions.jsonl');
  const args = ['endpoint', '--port', String(port), '--out', out, '--test-control'];
  if (siteOrigin) args.push('--site-origin', siteOrigin);
  const dev = await startDev(args);
  const front = tls ? await startTlsProxy(dev.url, tlsPort) : null;
  const url = front?.url ?? dev.url;
  const call = async (method, p, body) => {
    const res = await fetch(dev.url + p, { method, body: body && JSON.stringify(body) });
    return res.json();
  };
  return {
    url,
    joinUrl: `${url}/join`,
    stop: async () => { await front?.stop(); return dev.stop(); },
    /** Queue answers: {status, body, location} | {hang_ms} | {drop: true} | {delay_ms}. */
    script: (...steps) => call('POST', '/__control', { script: steps }),
    reset: () => call('POST', '/__reset'),
    received: () => call('GET', '/__received'),
    stored: () => readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  };
}

/** Fills in the join form's required answers (English labels) and sends it. */
export async function sendRequiredAnswers(page, { name, email, province, memberType = 'new-img' }) {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Province or territory where you live').selectOption(province);
  await page.getByLabel('Which describes you best?').selectOption(memberType);
  await page.getByLabel('I agree that ITPO may keep').check();
  await page.locator('form button[type="submit"]').click();
}

/** ITPO's contact as the test configs give it: fictional, as every fixture is. */
export const CONTACT = { email: 'contact@example.org', mailing_address: '1 Example Street, Toronto ON' };

export function joinConfig(endpointUrl, overrides = {}) {
  return {
    join: {
      endpoint: endpointUrl,
      encoding: 'json',
      honeypot_field: '_gotcha',
      timeout_ms: 2000,
      extra_fields: { 'form-name': 'join' },
      service_name: 'Example Forms',
      service_privacy_url: 'https://forms.example.org/privacy',
      ...overrides,
    },
    contact: CONTACT,
  };
}

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/**
 * A page that records console errors, page errors, and every request that
 * leaves the allowed origins (the site and the join endpoint).
 */
export async function openPage(browser, { width = 1280, height = 900, javaScriptEnabled = true, allowed = [], ignoreHTTPSErrors = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, ignoreHTTPSErrors });
  const page = await context.newPage();
  page.errors = [];
  page.foreignRequests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
  page.on('pageerror', (err) => page.errors.push(err.message));
  page.allowedOrigins = allowed.map((u) => new URL(u).origin);
  page.on('request', (req) => {
    const origin = new URL(req.url()).origin;
    if (!req.url().startsWith('data:') && !page.allowedOrigins.includes(origin)) page.foreignRequests.push(req.url());
  });
  return page;
}

/**
 * Opens a page and waits until the app has adopted the prerendered HTML
 * (it marks <html data-app="started"> from its first effect).
 */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
}

/**
 * After an in-place navigation the address changes at once, and a page
 * fetched as data says "Loading…" until it arrives: waits for the new
 * heading, then gives every `h1` on the page (so a test still sees a second).
 */
export async function headingsOnceShown(page, heading) {
  await page.locator('main h1', { hasText: heading }).first().waitFor();
  return page.locator('h1').allInnerTexts();
}

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA violations on the page as it is now, as readable text. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways (0 when nothing overflows). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const VNU_JAR = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * Every error the W3C Nu HTML Checker (vnu-jar, on Debian's Java) finds in the
 * HTML files under `dir`, as "file:line: message" lines: none is the goal.
 */
export function htmlErrors(dir) {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its report to stderr, and exits 1 when it found errors.
  const report = JSON.parse(run.stderr || '{"messages":[]}');
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${path.relative(dir, new URL(m.url).pathname)}:${m.lastLine}: ${m.message} (${m.extract?.trim()})`);
}

/**
 * The headers a build's `_headers` gives one rule (`*`, `/`, `admin/*`, under the build's base),
 * as `{ name: value }`, without `Cache-Control`. The site's pages get those of `*` and of their
 * own rule; the content editor those of `*` and `admin/*`.
 */
export function headersOfRule(dist, rule) {
  const rules = readFileSync(path.join(dist, '_headers'), 'utf8');
  const block = rules.split(new RegExp(`\\n/(?:itpo/)?${rule.replace(/[*]/g, '\\*')}\\n`))[1].split(/\n(?=\S)/)[0];
  return Object.fromEntries(block.trim().split('\n').map((l) => l.trim().split(/: (.*)/s).slice(0, 2))
    .filter(([name]) => name !== 'Cache-Control'));
}

/** What a build's pages are sent: the headers of `*` and of the home page's rule. */
export const pageHeaders = (dist) => ({ ...headersOfRule(dist, '*'), ...headersOfRule(dist, '') });

