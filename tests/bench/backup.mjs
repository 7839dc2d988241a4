// A class backup of about 300 MB (30 pupils, each a 10 MB ice-breaker video and portfolio
// photos): export and import throughput (MB/s) through the app's own screens, next to a plain
// read of the same recordings from IndexedDB in the same run, each the median of ROUNDS rounds
// (read, export, import in turn), and the peak memory of each: the JS heap (V8's used size,
// sampled every 50 ms, above a forced-GC start) and the renderer's resident memory (from
// /proc), which also counts the bytes outside the JS heap. Times are taken by the page's own
// clock, from the teacher's tap (or the chosen file) to the frame that shows the result:
// Playwright's waits poll every 500 ms after the first second, which would round every figure
// up to its next poll. Then export and import once more under V8's CPU profiler: the top
// functions by self time of each.
import { rmSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  heapAfterGc,
  median,
  openBenchApp,
  printJson,
  rendererPids,
  round1,
  rssBytes,
  startProfile,
  stopProfile,
} from './lib.mjs';
import { seedClass, seedPreparation, seedRecordings, seedRound } from './seed.mjs';

const PUPILS = Number(process.env.PP_BACKUP_PUPILS ?? 30);
const VIDEO_MB = 10;
const FILE = '/tmp/praatpapier-bench-backup.praatpapier';
const ROUNDS = Number(process.env.PP_BACKUP_ROUNDS ?? 3);

/** How long an export or import may take before the benchmark gives up on it. */
const GIVE_UP_MS = 600_000;

/**
 * Arms a stopwatch in the page: it starts at the first `startEvent` (a tap, a chosen file) and
 * stops at the frame after an element matching `selector` shows text matching `done`.
 * Returns a function that waits for the time, in milliseconds (it fails after GIVE_UP_MS, as
 * when the screen shows a failure instead).
 */
async function pageStopwatch(page, startEvent, selector, done) {
  await page.evaluate(
    ([event, selectorText, source, giveUpMs]) => {
      const pattern = new RegExp(source);
      window.ppStopwatch = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`no ${source} after ${giveUpMs} ms`)), giveUpMs);
        let startedAt;
        document.addEventListener(event, () => (startedAt ??= performance.now()), {
          capture: true,
          once: true,
        });
        const shown = () =>
          [...document.querySelectorAll(selectorText)].some((node) =>
            pattern.test(node.textContent),
          );
        const observer = new MutationObserver(() => {
          if (startedAt === undefined || !shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - startedAt));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    [startEvent, selector, done.source, GIVE_UP_MS],
  );
  return () => page.evaluate(() => window.ppStopwatch);
}

/**
 * Runs `work` (which returns its time in milliseconds) while sampling the heap and the
 * renderers' memory; returns the time and the peaks.
 */
async function measured(browser, cdp, work) {
  const pids = await rendererPids(browser);
  const rss = () => pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
  const heapStart = await heapAfterGc(cdp);
  const rssStart = rss();
  let heapPeak = heapStart;
  let rssPeak = rssStart;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heapPeak = Math.max(heapPeak, usedSize);
      rssPeak = Math.max(rssPeak, rss());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const ms = await work();
  sampling = false;
  await sampler;
  return {
    ms,
    heapAboveStartMB: round1((heapPeak - heapStart) / 1e6),
    rendererRssAboveStartMB: round1((rssPeak - rssStart) / 1e6),
  };
}

export async function backup() {
  const { app, browser, context, page, close } = await openBenchApp();
  try {
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils: PUPILS });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds, { items: 2, photos: true });
    await seedRecordings(page, roundId, pupilIds, { megabytes: VIDEO_MB });
    const make = page.getByRole('region', { name: 'Back-up maken' });
    const openBackupScreen = async () => {
      await page.goto(`${app.url}/teacher/backup`);
      await page.getByLabel('Code van de juf of meester').fill('1234');
      await page.getByRole('button', { name: 'Openen' }).click();
      await make.waitFor();
    };
    await openBackupScreen();
    const cdp = await context.newCDPSession(page);

    let readBytes = 0;
    const readOnce = async () => {
      const { bytes, ms } = await page.evaluate(async () => {
        const started = performance.now();
        const database = await new Promise((resolve) => {
          const request = indexedDB.open('praatpapier');
          request.onsuccess = () => resolve(request.result);
        });
        const all = (store, query, index) =>
          new Promise((resolve) => {
            const source = database.transaction(store).objectStore(store);
            const request = (index ? source.index(index) : source).getAll(query);
            request.onsuccess = () => resolve(request.result);
          });
        let total = 0;
        for (const row of await all('media')) {
          const chunks = await all('mediaChunks', IDBKeyRange.only(row.id), 'mediaId');
          total += (await new Blob(chunks.map((chunk) => chunk.blob)).arrayBuffer()).byteLength;
        }
        database.close();
        return { bytes: total, ms: performance.now() - started };
      });
      readBytes = bytes;
      return ms;
    };

    const exportOnce = async () => {
      const stopwatch = await pageStopwatch(page, 'click', '[role=status]', /^Klaar: /);
      await make.getByRole('button', { name: 'Back-up maken' }).click();
      return stopwatch();
    };
    const saveFile = async () => {
      const download = page.waitForEvent('download');
      await make.getByRole('button', { name: 'Bestand opslaan' }).click();
      await (await download).saveAs(FILE);
    };

    // Checking runs from the chosen file to the preview; writing from the tap on "Terugzetten"
    // to "Teruggezet.": the time the teacher reads the preview is not the app's.
    let checkMs = 0;
    const importOnce = async () => {
      const checked = await pageStopwatch(page, 'change', 'button', /^Terugzetten$/);
      await page.getByLabel('Bestand kiezen').setInputFiles(FILE);
      checkMs = await checked();
      const written = await pageStopwatch(page, 'click', '[role=status]', /^Teruggezet\./);
      await page.getByRole('button', { name: 'Terugzetten' }).click();
      return checkMs + (await written());
    };

    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) await openBackupScreen();
      const read = await measured(browser, cdp, readOnce);
      const exported = await measured(browser, cdp, exportOnce);
      await saveFile();
      const imported = await measured(browser, cdp, importOnce);
      rounds.push({ read, exported, imported: { ...imported, checkMs } });
    }
    const fileBytes = statSync(FILE).size;
    /** The round whose time is the median; its memory figures go with it. */
    const medianOf = (pick) => {
      const middle = median(rounds.map((round) => pick(round).ms));
      return { ...pick(rounds.find((round) => pick(round).ms === middle)), ms: middle };
    };
    const read = medianOf((round) => round.read);
    const exported = medianOf((round) => round.exported);
    const imported = medianOf((round) => round.imported);
    const importCheckMs = median(rounds.map((round) => round.imported.checkMs));

    const profiled = async (work) => {
      await startProfile(cdp);
      await work();
      return stopProfile(cdp, 8);
    };
    const allMs = (pick) => rounds.map((round) => round1(pick(round).ms));
    // Each profiled run starts on a fresh screen, as the measured ones did.
    await openBackupScreen();
    const exportProfile = await profiled(exportOnce);
    await openBackupScreen();
    const importProfile = await profiled(importOnce);
    rmSync(FILE, { force: true });

    const mbPerS = (bytes, ms) => round1(bytes / 1e6 / (ms / 1000));
    return printJson('backup', {
      pupils: PUPILS,
      mediaMB: round1(readBytes / 1e6),
      fileMB: round1(fileBytes / 1e6),
      rounds: ROUNDS,
      plainRead: {
        ...read,
        ms: round1(read.ms),
        allMs: allMs((round) => round.read),
        MBps: mbPerS(readBytes, read.ms),
      },
      export: {
        ...exported,
        ms: round1(exported.ms),
        allMs: allMs((round) => round.exported),
        MBps: mbPerS(fileBytes, exported.ms),
        ratioToPlainRead: Math.round((100 * read.ms) / exported.ms) / 100,
        cpuProfile: exportProfile,
      },
      import: {
        ...imported,
        ms: round1(imported.ms),
        allMs: allMs((round) => round.imported),
        checkMs: round1(importCheckMs),
        MBps: mbPerS(fileBytes, imported.ms),
        ratioToPlainRead: Math.round((100 * read.ms) / imported.ms) / 100,
        cpuProfile: importProfile,
      },
    });
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await backup();
