// A pupil with 200 portfolio items, each with a photo: the portfolio screen under CPU 4×.
// - cold: from navigation to /pupil/portfolio (app start included) to the list on screen;
// - tap: from tapping the path tile to the list on screen (median of 5);
// - the JS heap after a forced GC with the list shown, and how many full photos were read
//   (mediaChunks reads: the list must show thumbnails only).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildProject,
  countReads,
  heapAfterGc,
  launch,
  median,
  printJson,
  root,
  round1,
  serve,
  throttle,
} from './lib.mjs';
import { seedClass, seedPreparation, seedRound, seedSignedIn } from './seed.mjs';

const RUNS = 5;
const ITEMS = 200;

const readyMs = (page, from) =>
  page
    .waitForFunction(() => performance.getEntriesByName('pp:portfolio-ready').length > 0, null, {
      timeout: 60_000,
      polling: 20,
    })
    .then(() =>
      page.evaluate((start) => {
        const ready = performance.getEntriesByName('pp:portfolio-ready')[0].startTime;
        return ready - (start ? performance.getEntriesByName(start)[0].startTime : 0);
      }, from),
    );

export async function portfolio() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(countReads);
    const page = await context.newPage();
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils: 2, photos: false });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, [pupilIds[0]], { items: ITEMS, photos: true });
    await seedSignedIn(page, pupilIds[0]);
    const cdp = await throttle(page);

    const cold = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${app.url}/pupil/portfolio`);
      cold.push(await readyMs(page));
    }
    const cards = await page.locator('.portfolio-card').count();
    if (cards !== ITEMS) throw new Error(`expected ${ITEMS} cards, saw ${cards}`);
    const reads = await page.evaluate(() => window.__idbReads.byStore);
    const heap = await heapAfterGc(cdp);

    const tap = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${app.url}/pupil`);
      await page.locator('.path-tile').first().waitFor();
      await page.evaluate(() => {
        performance.clearMarks();
        performance.mark('pp:portfolio-tap');
        document.querySelector('a[href="/pupil/portfolio"]').click();
      });
      tap.push(await readyMs(page, 'pp:portfolio-tap'));
    }
    return printJson('portfolio-200', {
      items: ITEMS,
      cpuThrottling: 4,
      runs: RUNS,
      coldLoadToListMs: { medianMs: round1(median(cold)), runsMs: cold.map(round1) },
      tapToListMs: { medianMs: round1(median(tap)), runsMs: tap.map(round1) },
      jsHeapAfterGcMB: round1(heap / 1024 / 1024),
      fullPhotosRead: reads.mediaChunks ?? 0,
      indexedDbReadsByStore: reads,
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await portfolio();
