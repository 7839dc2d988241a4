// The spinnenweb under CPU 4×: from tapping its tile on the pupil's path to the chart drawn
// ('pp:spinnenweb-ready'), first with chart.js not yet loaded (a fresh page each run, the
// chunk coming from the service worker's cache or the server), then with it loaded (back to
// the path and tap again in the same page). Median of 5 each.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildProject, launch, median, printJson, root, round1, serve, throttle } from './lib.mjs';
import { seedClass, seedPreparation, seedRound, seedSignedIn } from './seed.mjs';

const RUNS = 5;

async function tapToChart(page) {
  await page.locator('.path-tile').first().waitFor();
  await page.evaluate(() => {
    performance.clearMarks();
    performance.mark('pp:spinnenweb-tap');
    document.querySelector('a[href="/pupil/spinnenweb"]').click();
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('pp:spinnenweb-ready').length > 0,
    null,
    { timeout: 60_000, polling: 20 },
  );
  return page.evaluate(
    () => performance.measure('web', 'pp:spinnenweb-tap', 'pp:spinnenweb-ready').duration,
  );
}

export async function spinnenweb() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils: 2, photos: false });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, [pupilIds[0]], { items: 3, photos: false });
    await seedSignedIn(page, pupilIds[0]);
    await throttle(page);
    const first = [];
    const loaded = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${app.url}/pupil`);
      first.push(await tapToChart(page));
      await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
      loaded.push(await tapToChart(page));
    }
    return printJson('spinnenweb', {
      cpuThrottling: 4,
      topics: 4,
      runs: RUNS,
      chartJsNotLoadedMs: { medianMs: round1(median(first)), runsMs: first.map(round1) },
      chartJsLoadedMs: { medianMs: round1(median(loaded)), runsMs: loaded.map(round1) },
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await spinnenweb();
