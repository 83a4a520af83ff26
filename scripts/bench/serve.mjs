// What the browser benchmarks share: a release build served by itpo-dev
// (gzip and the build's _headers, as a CDN would) and Debian's Chromium.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Serves `dist` on a free loopback port; resolves to its URL and a stop function. */
export async function serveDist(dist) {
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
  return { url, stop: () => server.kill() };
}

/** Headless Chromium from Debian (never a downloaded browser). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', ...extraArgs],
  });
}
