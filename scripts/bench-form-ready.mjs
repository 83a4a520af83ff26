#!/usr/bin/env node
// How long after navigation a member on a phone can send the join form: the
// release build's /join/ served with gzip, Chromium under Lighthouse's mobile
// profile (Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; CPU
// 4x slower), timed from navigation start to the submit button being enabled
// (it is disabled until the app has adopted the page). Median of RUNS (5).
// A benchmark, not a test. Usage: node scripts/bench-form-ready.mjs [dist] [/fr/adhesion/]
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dist = path.resolve(process.argv[2] ?? 'dist');
// The form's page: /join/ unless told (/fr/adhesion/ for the French edition).
const formPage = process.argv[3] ?? '/join/';
const runs = Number(process.env.RUNS ?? 5);
const target = process.env.CARGO_TARGET_DIR ?? path.join(process.env.HOME, '.cache/itpo-site/target');
const server = spawn(path.join(target, 'release/itpo-dev'), ['serve', '--dir', dist, '--port', '0', '--gzip', '--headers'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve) => {
  createInterface({ input: server.stdout }).on('line', (l) => {
    const m = l.match(/^listening on (\S+)$/);
    if (m) resolve(m[1]);
  });
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${url}${formPage}`, { waitUntil: 'commit' });
  await page.locator('form button[type="submit"]:not([disabled])').waitFor({ timeout: 60_000 });
  const [ms, load, wasm] = await page.evaluate(() => [
    performance.now(),
    performance.getEntriesByType('navigation')[0].loadEventStart,
    // The last of the app's wasm files to arrive (the main module and the join chunk).
    Math.max(0, ...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.responseEnd)),
  ]);
  times.push(ms);
  const s = (x) => (x / 1000).toFixed(2);
  console.log(`run ${i + 1}: form ready after ${s(ms)} s (page loaded ${s(load)} s, wasm arrived ${s(wasm)} s)`);
  await context.close();
}
await browser.close();
server.kill();
times.sort((a, b) => a - b);
console.log(`median of ${runs}: ${(times[Math.floor(runs / 2)] / 1000).toFixed(2)} s (Slow 4G, 4x CPU)`);
