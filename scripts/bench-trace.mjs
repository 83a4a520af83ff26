#!/usr/bin/env node
// Where the app's start-up time goes: a Chrome trace of one page's load of
// a release build (served with gzip and its _headers on loopback), the CPU
// 4x slower as on Lighthouse's mobile profile, until the app has adopted the
// page and its first effects have run. Split into: the wasm's compilation
// (and on which thread), its instantiation, the glue, the app's own start
// (adopting the page), each chunk's fetch, compilation and start, and the
// data files' reads; then every main-thread task over 50 ms. Median of RUNS
// (3) loads. DETAIL=1 also prints what each of the app's long tasks is made
// of (its outermost events, and how much of it is first-call compiling);
// DETAIL=2 every event of 1 ms or more (MIN_MS) in every long task, the page's too.
// A benchmark, not a test.
// Usage: [RUNS=5] [DETAIL=1|2] [MIN_MS=1] node scripts/bench-trace.mjs [dist] [/join/]
import path from 'node:path';
import { serveDist, launchChromium } from './bench/serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const pagePath = process.argv[3] ?? '/';
const runs = Number(process.env.RUNS ?? 3);
const { url, stop } = await serveDist(dist);
const browser = await launchChromium();

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm',
  'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'loading', 'toplevel',
].join(',');

/** One load's trace events. */
async function traceOnce() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url + pagePath);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 60_000 });
  // The first effects (the live config.json, the draft) run just after the start.
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return events;
}

const ms = (us) => us / 1000;
const sum = (list) => list.reduce((a, e) => a + ms(e.dur ?? 0), 0);

/** Events of `list` not inside another of `list` on the same thread (nested ones are counted once). */
function outermost(list) {
  const sorted = [...list].sort((a, b) => a.tid - b.tid || a.ts - b.ts || b.dur - a.dur);
  const out = [];
  let end = { tid: null, ts: -1 };
  for (const e of sorted) {
    if (e.tid === end.tid && e.ts < end.ts) continue;
    out.push(e);
    end = { tid: e.tid, ts: e.ts + (e.dur ?? 0) };
  }
  return out;
}

/** When the page was asked for (the first request sent). */
const navigationStart = (events) => Math.min(...events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));

/** The figures of one trace, in ms. */
function figures(events) {
  // The page's renderer: of the renderer main threads (a blank page has one too), the busiest.
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  const mainThread = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => busy(b) - busy(a))[0];
  const pid = mainThread?.pid;
  const main = (e) => e.pid === pid && e.tid === mainThread.tid;
  const complete = events.filter((e) => e.ph === 'X' && e.pid === pid);
  const onMain = (re) => outermost(complete.filter((e) => main(e) && re.test(e.name)));
  const tasks = complete.filter((e) => main(e) && e.name === 'RunTask');
  const calls = onMain(/^FunctionCall$/);
  // A task is the app's when the wasm or the app's scripts run in it; the rest is the page's
  // own loading (parsing, style, layout, paint), which the static floor has too.
  // (A script with no address is the benchmark's own: Playwright's, evaluated to wait for the start.)
  const scripts = onMain(/^(EvaluateScript|v8\.compileModule|v8\.evaluateModule)$/).filter((e) => e.name !== 'EvaluateScript' || e.args?.data?.url);
  const appWork = [...calls, ...scripts, ...onMain(/^wasm\..*$/)];
  const isApp = (t) => appWork.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur);
  const over = tasks.filter((e) => ms(e.dur) > 50);
  const long = over.filter(isApp).map((e) => Math.round(ms(e.dur)));
  const pageLong = over.filter((e) => !isApp(e)).map((e) => Math.round(ms(e.dur)));
  // Requests: when each of the app's files and data files was asked for and arrived.
  const sends = events.filter((e) => e.name === 'ResourceSendRequest');
  const finishes = events.filter((e) => e.name === 'ResourceFinish');
  const navigation = Math.min(...sends.map((e) => e.ts));
  const request = (re) => {
    const sent = sends.find((e) => re.test(e.args?.data?.url ?? ''));
    if (!sent) return null;
    const id = sent.args.data.requestId;
    const finished = finishes.find((e) => e.args?.data?.requestId === id);
    return [ms(sent.ts - navigation), finished ? ms(finished.ts - navigation) : NaN];
  };
  if (process.env.DETAIL) {
    // What each of the app's long tasks is made of: its outermost events by name.
    for (const t of tasks.filter((e) => ms(e.dur) > 50 && (isApp(e) || process.env.DETAIL === '2'))) {
      const inside = outermost(complete.filter((e) => main(e) && e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && !/^(RunTask|ThreadControllerImpl::RunTask|BlinkScheduler_PerformMicrotaskCheckpoint|RunMicrotasks|V8.RunMicrotasks)$/.test(e.name)));
      const parts = {};
      for (const e of inside) parts[e.name] = (parts[e.name] ?? 0) + ms(e.dur ?? 0);
      if (process.env.DETAIL === '2') {
        const within = complete.filter((e) => main(e) && e.ts >= t.ts && e.ts < t.ts + t.dur && ms(e.dur ?? 0) >= Number(process.env.MIN_MS ?? 1));
        for (const e of within.sort((a, b) => a.ts - b.ts)) console.error(`      ${Math.round(ms(e.ts - t.ts))} +${ms(e.dur).toFixed(1)} ${e.name} ${JSON.stringify(e.args?.data?.url ?? e.args?.data?.functionName ?? '').slice(0, 80)}`);
      }
      const lazy = sum(complete.filter((e) => main(e) && e.name === 'wasm.CompileLazy' && e.ts >= t.ts && e.ts < t.ts + t.dur));
      console.error(`  task ${Math.round(ms(t.dur))} ms at ${Math.round(ms(t.ts - navigationStart(events)))}: ` +
        Object.entries(parts).filter(([, d]) => d >= 1).map(([n, d]) => `${n} ${d.toFixed(0)}`).join(', ') + `; lazy compile ${lazy.toFixed(0)}`);
    }
  }
  return {
    // V8 compiles each wasm function on its first call (Liftoff), on the thread that calls it.
    'wasm: functions compiled on first call, main thread': sum(onMain(/^wasm\.CompileLazy$/)),
    'wasm: streaming compile and validation, other threads': sum(outermost(
      complete.filter((e) => !main(e) && /^wasm\./.test(e.name)),
    )),
    'wasm: streaming bytes taken in, main thread': sum(onMain(/^(v8\.wasm\.compileConsume|wasm\.OnBytesReceived|wasm\.FinishStreaming)$/)),
    'wasm: instantiation': sum(onMain(/^wasm\.(AsyncInstantiate|SyncInstantiate)$/)),
    'scripts: loader, glue and splitter evaluated': sum(scripts),
    'app: calls into the wasm (start, hydration, effects), total': sum(calls),
    'app: longest call': Math.max(0, ...calls.map((e) => ms(e.dur))),
    'main wasm fetched (start, end)': request(/itpo-site_bg\.wasm/),
    'join chunk fetched (start, end)': request(/split_join_page\.wasm/),
    'directors chunk fetched (start, end)': request(/split_directors_page\.wasm/),
    'config.json read (start, end)': request(/config\.json/),
    'directors.json read (start, end)': request(/directors\.json/),
    "the app's tasks over 50 ms": long,
    "the app's blocking time (sum over 50 ms)": long.reduce((a, d) => a + d - 50, 0),
    "the page's own tasks over 50 ms (no script)": pageLong,
  };
}

const all = [];
for (let i = 0; i < runs; i++) all.push(figures(await traceOnce()));
await browser.close();
stop();

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
console.log(`Start-up of ${pagePath} from ${path.relative(process.cwd(), dist) || '.'}, CPU 4x slower, median of ${runs} (ms):`);
for (const key of Object.keys(all[0])) {
  const values = all.map((f) => f[key]);
  let shown;
  if (key.includes('tasks over 50 ms')) shown = values.map((v) => `[${v.join(', ')}]`).join(' ');
  else if (Array.isArray(values[0]) || values[0] === null) {
    const present = values.filter(Boolean);
    shown = present.length ? `${median(present.map((v) => v[0])).toFixed(0)} to ${median(present.map((v) => v[1])).toFixed(0)}` : 'not fetched';
  } else shown = median(values).toFixed(1);
  console.log(`  ${key}: ${shown}`);
}
