// Time from navigation to the avatar grid answering taps (the app's 'pp:start-interactive'
// mark), with the CPU throttled 4×: first visit (no service worker, no HTTP cache) and repeat
// visit (served by the service worker), median of 7, next to a Preact hello-world page (the two
// take turns, run by run). Then one more first and repeat visit of the app under V8's CPU
// profiler: the top functions by self time from navigation to the mark.
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
  startProfile,
  stopProfile,
  throttle,
} from './lib.mjs';
import { seedClass } from './seed.mjs';

const RUNS = 7;
const round2 = (value) => Math.round(value * 100) / 100;
const helloRoot = join(root, 'tests/bench/hello');

async function firstVisit(browser, { url, seed }) {
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
  const ms = await startInteractiveMs(page);
  await context.close();
  return ms;
}

/**
 * A page of `target` with its service worker in control. Its CPU is throttled only while it is
 * measured (`setRate`): a throttled page costs CPU even when idle (Chromium's throttler wakes
 * up to pause it), and on a 2-core machine the idle page would slow the one measured.
 */
async function controlledPage(browser, { url, seed }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (seed) await seed(page, url);
  else await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await throttle(page, 1);
  const setRate = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, setRate };
}

/**
 * First visits, then repeat visits, of every target taking turns run by run, so a machine that
 * gets busier or quieter during the benchmark weighs on the app and the hello world alike.
 */
async function sideBySide(browser, targets) {
  const first = targets.map(() => []);
  for (let run = 0; run < RUNS; run++)
    for (const [index, target] of targets.entries())
      first[index].push(await firstVisit(browser, target));
  const pages = [];
  for (const target of targets) pages.push(await controlledPage(browser, target));
  const repeat = targets.map(() => []);
  for (let run = 0; run < RUNS; run++)
    for (const [index, { page, setRate }] of pages.entries()) {
      await setRate(4);
      await page.reload();
      repeat[index].push(await startInteractiveMs(page));
      await setRate(1);
    }
  for (const { context } of pages) await context.close();
  return targets.map((_, index) => ({
    firstVisit: summary(first[index]),
    repeatVisit: summary(repeat[index]),
  }));
}

/**
 * One first visit and one repeat visit under the profiler. The page first opens a file of the
 * same origin, so the app's document starts in the renderer that is being profiled.
 */
async function profiledVisits(browser, url, seed) {
  const first = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  let page = await first.newPage();
  await seed(page, url);
  await page.goto(`${url}/manifest.webmanifest`);
  let cdp = await throttle(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await startProfile(cdp);
  await page.goto(url);
  await startInteractiveMs(page);
  const firstVisit = await stopProfile(cdp);
  await first.close();

  const repeat = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await repeat.newPage();
  await seed(page, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  cdp = await throttle(page);
  await startProfile(cdp);
  await page.reload();
  await startInteractiveMs(page);
  const repeatVisit = await stopProfile(cdp);
  await repeat.close();
  return { firstVisit, repeatVisit };
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
  // seedClass waits until the first run has made both databases, then writes into them.
  const seed = (page, url) => seedClass(page, url, { pupils, photos: false });
  try {
    const [appFigures, helloFigures] = await sideBySide(browser, [
      { url: app.url, seed },
      { url: hello.url },
    ]);
    const figures = {
      cpuThrottling: 4,
      runs: RUNS,
      app: { pupils, ...appFigures },
      preactHelloWorld: helloFigures,
    };
    figures.ratio = {
      firstVisit: round2(
        figures.app.firstVisit.medianMs / figures.preactHelloWorld.firstVisit.medianMs,
      ),
      repeatVisit: round2(
        figures.app.repeatVisit.medianMs / figures.preactHelloWorld.repeatVisit.medianMs,
      ),
    };
    if (process.env.PP_PROFILE !== '0')
      figures.appProfile = await profiledVisits(browser, app.url, seed);
    return printJson('start-time', figures);
  } finally {
    await browser.close();
    await app.close();
    await hello.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await startTime();
