// Time from navigation to the avatar grid answering taps (the app's 'pp:start-interactive'
// mark), with the CPU throttled 4×: first visit (no service worker, no HTTP cache) and repeat
// visit (served by the service worker), median of 7, next to a Preact hello-world page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildProject,
  launch,
  median,
  printJson,
  root,
  round1,
  serve,
  startInteractiveMs,
  throttle,
} from './lib.mjs';
import { seedClass } from './seed.mjs';

const RUNS = 7;
const helloRoot = join(root, 'tests/bench/hello');

async function firstVisits(browser, url, seed) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    if (seed) await seed(page, url);
    const cdp = await throttle(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    times.push(await startInteractiveMs(page));
    await context.close();
  }
  return times;
}

async function repeatVisits(browser, url, seed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (seed) await seed(page, url);
  else await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await throttle(page);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    times.push(await startInteractiveMs(page));
  }
  await context.close();
  return times;
}

function summary(times) {
  return { medianMs: round1(median(times)), runsMs: times.map(round1) };
}

export async function startTime({ pupils = 8 } = {}) {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  await buildProject({ configFile: join(helloRoot, 'vite.config.mjs') });
  const app = await serve({ root });
  const hello = await serve({ root: helloRoot, build: { outDir: join(helloRoot, 'dist') } });
  const browser = await launch();
  const seed = (page, url) => seedClass(page, url, { pupils, photos: false });
  try {
    const figures = {
      cpuThrottling: 4,
      runs: RUNS,
      app: {
        pupils,
        firstVisit: summary(await firstVisits(browser, app.url, seed)),
        repeatVisit: summary(await repeatVisits(browser, app.url, seed)),
      },
      preactHelloWorld: {
        firstVisit: summary(await firstVisits(browser, hello.url)),
        repeatVisit: summary(await repeatVisits(browser, hello.url)),
      },
    };
    return printJson('start-time', figures);
  } finally {
    await browser.close();
    await app.close();
    await hello.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await startTime();
