// The class overview of 35 pupils in an open round with every tool on, every part filled
// (3 portfolio items with photos, ratings, answers, circles, a goal each): time from tapping
// "Wie is er klaar?" to every row on screen (CPU 4×, median of 5), and how many IndexedDB
// reads that takes (counted by wrapping the IndexedDB read methods in the page).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildProject,
  countReads,
  launch,
  median,
  printJson,
  root,
  round1,
  serve,
  throttle,
} from './lib.mjs';
import { seedClass, seedPreparation, seedRound } from './seed.mjs';

const RUNS = 5;

export async function overview({ pupils = 35 } = {}) {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(countReads);
    const page = await context.newPage();
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils, photos: false });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds, { items: 3, photos: true });
    await page.goto(`${app.url}/teacher`);
    await page.getByLabel('Code van de juf of meester').fill('1234');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('link', { name: 'Wie is er klaar?' }).first().waitFor();
    await throttle(page);
    const times = [];
    const reads = [];
    for (let run = 0; run < RUNS; run++) {
      await page.getByRole('link', { name: 'Wie is er klaar?' }).first().waitFor();
      await page.evaluate(() => {
        performance.clearMarks();
        window.__idbReads = { total: 0, byStore: {} };
        performance.mark('pp:overview-tap');
        document.querySelector('a[href="/teacher/overview"]').click();
      });
      await page.waitForFunction(
        () => performance.getEntriesByName('pp:overview-ready').length > 0,
      );
      const result = await page.evaluate(() => ({
        ms: performance.measure('overview', 'pp:overview-tap', 'pp:overview-ready').duration,
        reads: window.__idbReads.total,
        readsByStore: window.__idbReads.byStore,
        rows: document.querySelectorAll('.overview-table tbody tr').length,
      }));
      if (result.rows !== pupils) throw new Error(`expected ${pupils} rows, saw ${result.rows}`);
      times.push(result.ms);
      reads.push(result.reads);
      if (run === 0) console.error('reads by store', JSON.stringify(result.readsByStore));
      await page.getByRole('link', { name: 'Terug' }).click();
    }
    return printJson('class-overview', {
      pupils,
      filled: 'every part: 3 portfolio items with photos, ratings, answers, jar, circles, goal',
      cpuThrottling: 4,
      runs: RUNS,
      tapToRowsMs: { medianMs: round1(median(times)), runsMs: times.map(round1) },
      indexedDbReads: reads,
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await overview();
