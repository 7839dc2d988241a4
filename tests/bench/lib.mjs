// Shared pieces of the benchmarks: Debian's Chromium, CDP throttling, a static server for a
// built folder, medians and gzip sizes. Benchmarks print figures; they never pass or fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Builds a Vite project as `npm run build` does (production, whatever NODE_ENV says). */
export async function buildProject(options) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', ...options });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Serves a built folder on 127.0.0.1 and a free port. */
export async function serve(options) {
  const server = await preview({
    logLevel: 'warn',
    ...options,
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.httpServer.closeAllConnections?.();
      await server.close();
    },
  };
}

export async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Milliseconds from navigation start to the app's 'pp:start-interactive' mark. */
export async function startInteractiveMs(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('pp:start-interactive').length > 0,
    null,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  return page.evaluate(() => performance.getEntriesByName('pp:start-interactive')[0].startTime);
}

/** JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round1 = (value) => Math.round(value * 10) / 10;

export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function printJson(name, figures) {
  console.log(JSON.stringify({ benchmark: name, ...figures }, null, 2));
  return figures;
}

/**
 * An init script that counts every IndexedDB read request the page makes, per object store, in
 * `window.__idbReads` ({ total, byStore }).
 */
export function countReads() {
  window.__idbReads = { total: 0, byStore: {} };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of [
      'get',
      'getAll',
      'getAllKeys',
      'getKey',
      'count',
      'openCursor',
      'openKeyCursor',
    ]) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (...args) {
        const store = this instanceof IDBIndex ? this.objectStore.name : this.name;
        window.__idbReads.total++;
        window.__idbReads.byStore[store] = (window.__idbReads.byStore[store] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
}

/**
 * The built app (built first unless PP_SKIP_BUILD=1 and dist/ exists), served, and Chromium
 * with a 1280×800 page: what most benchmarks start from. `close` ends both.
 */
export async function openBenchApp() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return {
    app,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Resident memory of a process in bytes, from /proc (0 once it has gone). */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
  } catch {
    return 0;
  }
}

/** The browser's renderer processes: what a page's memory is measured on. */
export async function rendererPids(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
}

/** Starts V8's sampling CPU profiler on a CDP session (every 200 µs of wall time). */
export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/**
 * Stops the profiler and sums self time per function (name, file and line), so a benchmark can
 * say where the time went: the `top` functions by self time, and the share of idle, GC and
 * program (the browser's own work outside JS: layout, paint, decoding, blob reads).
 */
export async function stopProfile(cdp, top = 12) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  for (let index = 0; index < profile.samples.length; index++) {
    // A sample's time is the gap to the next one (the last has none to measure).
    const us = deltas[index + 1] ?? 0;
    const { callFrame } = byNode.get(profile.samples[index]);
    const file = callFrame.url ? callFrame.url.split('/').pop().replace(/\?.*$/, '') : '';
    const where = file ? ` ${file}:${callFrame.lineNumber + 1}` : '';
    const key = `${callFrame.functionName || '(anonymous)'}${where}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  }
  const totalUs = profile.endTime - profile.startTime;
  const ms = (us) => Math.round(us / 100) / 10;
  const busyUs = totalUs - (selfUs.get('(idle)') ?? 0);
  return {
    totalMs: ms(totalUs),
    busyMs: ms(busyUs),
    topBySelfTime: [...selfUs]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        selfMs: ms(us),
        share: `${Math.round((100 * us) / busyUs)}%`,
      })),
  };
}
