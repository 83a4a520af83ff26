#!/usr/bin/env node
// How long after navigation a member on a phone can send the join form: the
// release build's /join/ served with gzip, Chromium under Lighthouse's mobile
// profile (Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; CPU
// 4x slower), timed from navigation start to the form being sendable: the
// parser has put in its submit button, enabled, in a form with an action,
// and the page has painted (a plain HTML send works from then); beside first
// contentful paint and the app's start. Median of RUNS (5).
// Give it a build whose config.json names an endpoint (scripts/test.sh makes
// tests/artifacts/dist-plain); without one the form waits for the app.
// A benchmark, not a test. Usage: node scripts/bench-form-ready.mjs [dist] [/fr/adhesion/]
import path from 'node:path';
import { serveDist, launchChromium } from './bench/serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
// The form's page: /join/ unless told (/fr/adhesion/ for the French edition).
const formPage = process.argv[3] ?? '/join/';
const runs = Number(process.env.RUNS ?? 5);
const { url, stop } = await serveDist(dist);

const browser = await launchChromium(['--disable-quic']);
const times = [];
const paints = [];
const apps = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Timed in the page, as the parser adds the button: polling from here would add round trips.
  await page.addInitScript(() => {
    const ready = () => document.querySelector('form[action] button[type="submit"]:not([disabled])');
    new MutationObserver((_, observer) => {
      if (ready()) { window.__sendableAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(`${url}${formPage}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__sendableAt !== undefined, null, { timeout: 60_000 });
  const sendable = await page.evaluate(() => window.__sendableAt);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 60_000 });
  const [started, fcp, load, wasm] = await page.evaluate(() => [
    performance.now(),
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    performance.getEntriesByType('navigation')[0].loadEventStart,
    // The last of the app's wasm files to arrive (the main module and the join chunk).
    Math.max(0, ...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.responseEnd)),
  ]);
  // A form is usable once it is both sendable and on screen.
  const ms = Math.max(sendable, fcp);
  times.push(ms);
  paints.push(fcp);
  apps.push(started);
  const s = (x) => (x / 1000).toFixed(2);
  console.log(`run ${i + 1}: form sendable after ${s(ms)} s, first contentful paint ${s(fcp)} s ` +
    `(page loaded ${s(load)} s, wasm arrived ${s(wasm)} s, app started ${s(started)} s)`);
  await context.close();
}
await browser.close();
stop();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [ready, paint] = [median(times), median(paints)];
console.log(`median of ${runs}: form sendable ${(ready / 1000).toFixed(2)} s, first contentful paint ` +
  `${(paint / 1000).toFixed(2)} s (${(((ready - paint) / paint) * 100).toFixed(1)} % after it), ` +
  `app started ${(median(apps) / 1000).toFixed(2)} s (Slow 4G, 4x CPU)`);
