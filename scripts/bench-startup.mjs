#!/usr/bin/env node
// How long the app's start-up task blocks the page: a release build's page
// served with gzip on loopback, Chromium with the CPU 4x slower (no network
// throttling, so only the browser's own work is timed), every long task
// (over 50 ms) the browser reports until the app has adopted the page, and
// the longest of each load. Lighthouse's total blocking time comes from a
// simulation; this is the task itself. Median of RUNS (5).
// A benchmark, not a test. Usage: node scripts/bench-startup.mjs [dist] [/mission/]
import path from 'node:path';
import { serveDist, launchChromium } from './bench/serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const pagePath = process.argv[3] ?? '/';
const runs = Number(process.env.RUNS ?? 5);
const { url, stop } = await serveDist(dist);

const browser = await launchChromium();
const longest = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url + pagePath);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 60_000 });
  // Effects run just after the start: let them finish.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.__longTasks);
  const max = Math.max(0, ...tasks.map(([, d]) => d));
  longest.push(max);
  console.log(`run ${i + 1}: longest task ${max} ms; all (start ms: duration ms) ${tasks.map(([s, d]) => `${s}: ${d}`).join(', ')}`);
  await context.close();
}
await browser.close();
stop();
longest.sort((a, b) => a - b);
console.log(`median of ${runs}: longest task ${longest[Math.floor(runs / 2)]} ms (CPU 4x, ${pagePath})`);
