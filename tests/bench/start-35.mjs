// The start screen of a class of 35 pupils who each have a portrait photo: time to
// interactive (repeat visits, CPU 4×, median of 5), JS heap after GC, and DOM size.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildProject,
  heapAfterGc,
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

const RUNS = 5;

export async function start35() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await seedClass(page, app.url, { pupils: 35, photos: true });
    // A reload before the worker is active would leave the page uncontrolled for good.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await throttle(page);
    const times = [];
    const heaps = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      times.push(await startInteractiveMs(page));
      // Wait until every photo is decoded, as a pupil would see the grid.
      await page.waitForFunction(() =>
        [...document.images].every((image) => image.complete && image.naturalWidth > 0),
      );
      heaps.push(await heapAfterGc(cdp));
    }
    const shown = await page.evaluate(() => ({
      avatars: document.querySelectorAll('.avatar-button').length,
      photos: document.querySelectorAll('img.avatar--photo').length,
      domNodes: document.getElementsByTagName('*').length,
      usedJSHeapSize: performance.memory?.usedJSHeapSize ?? null,
    }));
    return printJson('start-35-pupils-with-photos', {
      cpuThrottling: 4,
      runs: RUNS,
      timeToInteractive: { medianMs: round1(median(times)), runsMs: times.map(round1) },
      jsHeapAfterGcMB: round1(median(heaps) / 1e6),
      ...shown,
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await start35();
