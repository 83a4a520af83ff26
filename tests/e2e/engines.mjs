// The two other engines visitors use, driven over W3C WebDriver: Debian's
// Firefox ESR through geckodriver (crates.io, pinned in scripts/setup.sh),
// and WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb display
// of its own. Each driver is started here on a free loopback port and
// stopped with the tests; nothing runs as a service.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';

const GECKODRIVER = process.env.GECKODRIVER ?? path.join(homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
// The test runner ends a file that runs past its time with a signal: stop the servers with it,
// or they would hold their ports for the next run.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(1));

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  child.log = '';
  child.stderr.on('data', (d) => { child.log = (child.log + d).slice(-4000); });
  children.push(child);
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(what, ready, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

async function startDriver(name, cmd, args, env) {
  const port = await freePort();
  const child = run(cmd, [...args(port)], env);
  const url = `http://127.0.0.1:${port}`;
  await until(name, async () => (await fetch(`${url}/status`)).ok).catch((e) => {
    throw new Error(`${e.message}: ${child.log}`);
  });
  return { url, child };
}

/** An X display for WebKitGTK, which needs one even when no one looks at it. */
async function startXvfb() {
  for (let n = 90; n < 140; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const child = run('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    try {
      await until('Xvfb', async () => existsSync(`/tmp/.X11-unix/X${n}`), 10_000);
      return { display: `:${n}`, child };
    } catch {
      child.kill();
    }
  }
  throw new Error('no free X display for Xvfb');
}

/** Both engines: how each starts its driver and the capabilities of a session. */
export const ENGINES = [
  {
    name: 'Firefox ESR',
    async start() {
      const driver = await startDriver('geckodriver', GECKODRIVER, (port) => ['--host', '127.0.0.1', '--port', String(port)]);
      return {
        ...driver,
        capabilities: {
          browserName: 'firefox',
          acceptInsecureCerts: true,
          'moz:firefoxOptions': {
            binary: FIREFOX,
            args: ['-headless', '-width', '1280', '-height', '900'],
            // No network of its own: no update checks, no telemetry, no remote settings.
            prefs: {
              'app.update.enabled': false,
              'browser.safebrowsing.malware.enabled': false,
              'browser.safebrowsing.phishing.enabled': false,
              'datareporting.policy.dataSubmissionEnabled': false,
              'network.captive-portal-service.enabled': false,
              'network.connectivity-service.enabled': false,
            },
          },
        },
        stops: [driver.child],
      };
    },
  },
  {
    name: 'WebKitGTK',
    async start() {
      const x = await startXvfb();
      const driver = await startDriver('WebKitWebDriver', WEBKIT_DRIVER, (port) => [`--port=${port}`], { DISPLAY: x.display });
      return {
        ...driver,
        capabilities: {
          browserName: 'MiniBrowser',
          acceptInsecureCerts: true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
        stops: [driver.child, x.child],
      };
    },
  },
];

/** Starts an engine's driver and one browser session in it; `stop()` ends both. */
export async function openEngine(engine) {
  const started = await engine.start();
  const driver = await new Builder().usingServer(started.url).withCapabilities(started.capabilities).build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  return {
    driver,
    async stop() {
      await driver.quit().catch(() => {});
      for (const child of started.stops) child.kill();
    },
  };
}
