// Printing the class: 30 pupils, each with 3 portfolio photos, a spinnenweb of 5 topics and an
// ice-breaker video. Time from tapping "print the class" to every sheet ready to print (images
// decoded, webs drawn, every side fitted to its page), CPU 4×, median of 3; then one more run under V8's CPU profiler (where the
// time goes, top functions by self time), and the PDF Chromium makes of it: pages and bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  median,
  openBenchApp,
  printJson,
  root,
  round1,
  startProfile,
  stopProfile,
  throttle,
} from './lib.mjs';
import { seedClass, seedPreparation, seedRound } from './seed.mjs';

const RUNS = 3;

export async function print({ pupils = 30 } = {}) {
  const { app, page, close } = await openBenchApp();
  try {
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils, photos: true });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds, { items: 3, photos: true, clips: true });
    await page.goto(`${app.url}/teacher/overview`);
    await page.getByLabel('Code van de juf of meester').fill('1234');
    await page.getByRole('button', { name: 'Openen' }).click();
    const cdp = await throttle(page);
    // The longest the main thread was busy in one go: how long a tap would wait meanwhile.
    await page.evaluate(() => {
      window.__longestTaskMs = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__longestTaskMs = Math.max(window.__longestTaskMs, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const printOnce = async () => {
      const link = page.getByRole('link', { name: /^Praatpapieren van de .* afdrukken$/ });
      await link.waitFor();
      await page.evaluate(() => {
        window.__longestTaskMs = 0;
        performance.clearMarks();
        performance.mark('pp:print-tap');
        [...document.querySelectorAll('a')].find((a) => a.href.includes('/print?')).click();
      });
      await page.waitForFunction(
        () => performance.getEntriesByName('pp:print-ready').length > 0,
        null,
        {
          timeout: 120_000,
        },
      );
      return page.evaluate(() => ({
        ms: performance.measure('print', 'pp:print-tap', 'pp:print-ready').duration,
        longestTaskMs: window.__longestTaskMs,
      }));
    };
    const back = () => page.getByRole('link', { name: 'Terug' }).click();
    const times = [];
    const longestTasks = [];
    for (let run = 0; run < RUNS; run++) {
      const { ms, longestTaskMs } = await printOnce();
      times.push(ms);
      longestTasks.push(longestTaskMs);
      await back();
    }
    await startProfile(cdp);
    const profiled = await printOnce();
    const profile = await stopProfile(cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const out = join(root, 'tests/bench/out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'print-class.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return printJson('print-class', {
      pupils,
      each: '3 portfolio photos, spinnenweb of 5 topics, a video, 4 answers and a jar answer, circles, goal',
      cpuThrottling: 4,
      runs: RUNS,
      tapToReadyMs: { medianMs: round1(median(times)), runsMs: times.map(round1) },
      longestMainThreadTaskMs: round1(Math.max(...longestTasks)),
      cpuProfile: { runMs: round1(profiled.ms), ...profile },
      pdf: {
        pages,
        MB: round1(pdf.length / 1e6),
        bytes: pdf.length,
        file: 'tests/bench/out/print-class.pdf',
      },
    });
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await print();
