// A class backup of about 300 MB (30 pupils, each a 10 MB ice-breaker video and portfolio
// photos): export and import throughput (MB/s) through the app's own screens, next to a plain
// read of the same recordings from IndexedDB in the same run, and the peak memory of each: the
// JS heap (V8's used size, sampled every 50 ms, above a forced-GC start) and the renderer's
// resident memory (from /proc), which also counts the bytes outside the JS heap. Then export and
// import once more under V8's CPU profiler: the top functions by self time of each.
import { rmSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  heapAfterGc,
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

/** Runs `work` while sampling the heap and the renderers' memory; returns time and peaks. */
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
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
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
    const read = await measured(browser, cdp, async () => {
      readBytes = await page.evaluate(async () => {
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
        return total;
      });
    });

    const exportOnce = async () => {
      await make.getByRole('button', { name: 'Back-up maken' }).click();
      await make.getByText(/^Klaar: /).waitFor({ timeout: 600_000 });
    };
    const exported = await measured(browser, cdp, exportOnce);
    const download = page.waitForEvent('download');
    await make.getByRole('button', { name: 'Bestand opslaan' }).click();
    await (await download).saveAs(FILE);
    const fileBytes = statSync(FILE).size;

    let checkedMs = 0;
    const importOnce = async () => {
      const started = performance.now();
      await page.getByLabel('Bestand kiezen').setInputFiles(FILE);
      await page.getByRole('button', { name: 'Terugzetten' }).waitFor({ timeout: 600_000 });
      checkedMs = performance.now() - started;
      await page.getByRole('button', { name: 'Terugzetten' }).click();
      await page.getByText(/^Teruggezet\./).waitFor({ timeout: 600_000 });
    };
    const imported = await measured(browser, cdp, importOnce);
    const importCheckMs = checkedMs;

    const profiled = async (work) => {
      await startProfile(cdp);
      await work();
      return stopProfile(cdp, 8);
    };
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
      plainRead: { ...read, ms: round1(read.ms), MBps: mbPerS(readBytes, read.ms) },
      export: {
        ...exported,
        ms: round1(exported.ms),
        MBps: mbPerS(fileBytes, exported.ms),
        ratioToPlainRead: Math.round((100 * read.ms) / exported.ms) / 100,
        cpuProfile: exportProfile,
      },
      import: {
        ...imported,
        ms: round1(imported.ms),
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
