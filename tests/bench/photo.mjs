// A 12-megapixel photo chosen for a portfolio item, under CPU 4×: time from choosing the file
// to the saved photo on screen (downscaled to 1600 px, thumbnail stored), and the renderer's
// peak resident memory above what it used just before (sampled from /proc every 10 ms; the
// JS heap alone would miss the decoded pixels). Median of 3.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildProject,
  launch,
  median,
  printJson,
  rendererPids,
  root,
  round1,
  rssBytes,
  serve,
  throttle,
} from './lib.mjs';
import { seedClass, seedRound, seedSignedIn } from './seed.mjs';

const RUNS = 3;
const MEGAPIXELS = 12;

/**
 * A JPEG of `megapixels` made by the browser's own encoder (shapes and grain, so it is as large
 * as a camera's photo), kept in the page as `window.__photo`; returns its size in bytes. Made in
 * the page so that handing it over costs nothing that would be counted against the app.
 */
async function makePhoto(page, megapixels) {
  return page.evaluate(async (mp) => {
    const width = Math.round(Math.sqrt((mp * 1e6 * 4) / 3));
    const height = Math.round((width * 3) / 4);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    for (let i = 0; i < 400; i++) {
      context.fillStyle = `hsl(${(i * 37) % 360} 60% ${25 + (i % 6) * 10}%)`;
      context.fillRect((i * 211) % width, (i * 157) % height, width / 6, height / 7);
    }
    // Grain, as a camera has, so the file is as large as a real photo's (a few MB).
    const grain = new ImageData(512, 512);
    for (let i = 0; i < grain.data.length; i += 4) {
      const value = Math.random() * 255;
      grain.data.set([value, value, value, 40], i);
    }
    const tile = new OffscreenCanvas(512, 512);
    tile.getContext('2d').putImageData(grain, 0, 0);
    context.fillStyle = context.createPattern(tile, 'repeat');
    context.fillRect(0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    canvas.width = canvas.height = 1;
    window.__photo = new File([blob], 'foto.jpg', { type: 'image/jpeg' });
    return blob.size;
  }, megapixels);
}

/** Chooses the photo in the item's file input, as a pupil picking it from the tablet does. */
function choosePhoto(page) {
  return page.evaluate(() => {
    const input = document.querySelector('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(window.__photo);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function photo() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils: 1, photos: false });
    await seedRound(page, classId, pupilIds);
    await seedSignedIn(page, pupilIds[0]);
    let fileBytes = 0;
    const times = [];
    const peaks = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${app.url}/pupil/portfolio`);
      await page.getByRole('button', { name: 'Iets nieuws toevoegen' }).click();
      await page.getByRole('heading', { name: 'Wat ik geleerd heb' }).waitFor();
      fileBytes = await makePhoto(page, MEGAPIXELS);
      const cdp = await throttle(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(500);
      const pids = await rendererPids(browser);
      const sample = () => pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
      const before = sample();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, sample())), 10);
      const started = performance.now();
      await choosePhoto(page);
      await page.getByRole('img', { name: /^Foto bij/ }).waitFor({ timeout: 60_000 });
      times.push(performance.now() - started);
      clearInterval(sampler);
      peaks.push(peak - before);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const stored = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('praatpapier');
          request.onsuccess = () => {
            const get = request.result.transaction('media').objectStore('media').getAll();
            get.onsuccess = () =>
              resolve(
                get.result.map((row) => ({
                  width: row.width,
                  height: row.height,
                  bytes: row.bytes,
                  thumbnailBytes: row.thumbnail.size,
                })),
              );
          };
        }),
    );
    return printJson('photo-12mp', {
      megapixels: MEGAPIXELS,
      fileMB: round1(fileBytes / 1024 / 1024),
      cpuThrottling: 4,
      runs: RUNS,
      chooseToSavedMs: { medianMs: round1(median(times)), runsMs: times.map(round1) },
      peakRendererMemoryAboveStartMB: {
        median: round1(median(peaks) / 1024 / 1024),
        runs: peaks.map((bytes) => round1(bytes / 1024 / 1024)),
      },
      stored: stored[0],
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await photo();
