// Recording the ice-breaker video in Chromium (no CPU throttling: the encoder runs in real time):
// - bytes per second with our settings, from the fake camera's test pattern and from a
//   real-looking Y4M scene (--use-file-for-fake-video-capture);
// - JS heap growth during a two-minute recording (heap after a forced GC, start against the
//   highest value seen while recording): chunks go to IndexedDB, nothing should pile up;
// - time from pressing stop to a playable clip (the player has read a finite length).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  buildProject,
  CHROMIUM_ARGS,
  heapAfterGc,
  median,
  printJson,
  root,
  round1,
  serve,
} from './lib.mjs';
import { seedClass, seedRound, seedSignedIn } from './seed.mjs';
import { writeY4m } from './y4m.mjs';

// Just under the default cap of two minutes, which would stop the recording by itself.
const LONG_MS = Number(process.env.PP_RECORDING_MS ?? 115_000);
const SHORT_MS = 8_000;

async function openVideoScreen(app, extraArgs) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { classId, pupilIds } = await seedClass(page, app.url, { pupils: 1, photos: false });
  await seedRound(page, classId, pupilIds);
  await seedSignedIn(page, pupilIds[0]);
  await page.goto(`${app.url}/pupil/video`);
  await page.getByRole('button', { name: 'Opnemen' }).waitFor();
  return { browser, page };
}

const lastRecording = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('praatpapier');
        request.onsuccess = () => {
          const all = request.result.transaction('media').objectStore('media').getAll();
          all.onsuccess = () => {
            const rows = all.result.filter((row) => row.kind === 'video');
            rows.sort((a, b) => b.createdAt - a.createdAt);
            const { bytes, durationMs, mimeType } = rows[0];
            resolve({ bytes, durationMs, mimeType });
          };
        };
      }),
  );

/** Records for `ms`, stops, and measures from the stop to a player with a finite length. */
async function recordFor(page, ms, onTick) {
  await page.getByRole('button', { name: /^(Opnemen|Opnieuw opnemen)$/ }).click();
  await page.getByRole('timer').waitFor({ timeout: 15_000 });
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await page.waitForTimeout(Math.min(10_000, end - Date.now()));
    if (onTick) await onTick();
  }
  const stopToPlayable = await page.evaluate(async () => {
    const stop = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
    // The new clip's player, not the one of the video kept before.
    const before = new Set([...document.querySelectorAll('.media-player video')].map((v) => v.src));
    const started = performance.now();
    stop.click();
    for (;;) {
      const player = [...document.querySelectorAll('.media-player video')].find(
        (video) => !before.has(video.src),
      );
      if (player && player.readyState >= 1 && Number.isFinite(player.duration))
        return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return { stopToPlayable, clip: await lastRecording(page) };
}

async function keepIfAsked(page) {
  const keep = page.getByRole('button', { name: 'Dit filmpje bewaren' });
  if (await keep.count()) await keep.click();
}

export async function recording() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const y4m = writeY4m('/tmp/praatpapier-bench.y4m');
  try {
    // The fake device's pattern: the long recording, heap and stop-to-playable.
    const fake = await openVideoScreen(app, []);
    const cdp = await fake.page.context().newCDPSession(fake.page);
    const startHeap = await heapAfterGc(cdp);
    let peakHeap = startHeap;
    const long = await recordFor(fake.page, LONG_MS, async () => {
      peakHeap = Math.max(peakHeap, await heapAfterGc(cdp));
    });
    await keepIfAsked(fake.page);
    const stops = [long.stopToPlayable];
    for (let run = 0; run < 2; run++) {
      stops.push((await recordFor(fake.page, SHORT_MS)).stopToPlayable);
      await keepIfAsked(fake.page);
    }
    await fake.browser.close();

    // A real-looking scene from a Y4M file: bytes per second only.
    const real = await openVideoScreen(app, [`--use-file-for-fake-video-capture=${y4m}`]);
    const scene = await recordFor(real.page, 20_000);
    await real.browser.close();

    const perSecond = (clip) => Math.round(clip.bytes / (clip.durationMs / 1000));
    return printJson('recording', {
      mimeType: long.clip.mimeType,
      settings: { videoBitsPerSecond: 600_000, audioBitsPerSecond: 64_000, timesliceMs: 1000 },
      fakeCamera: {
        seconds: round1(long.clip.durationMs / 1000),
        MB: round1(long.clip.bytes / 1e6),
        bytesPerSecond: perSecond(long.clip),
      },
      y4mScene: {
        seconds: round1(scene.clip.durationMs / 1000),
        MB: round1(scene.clip.bytes / 1e6),
        bytesPerSecond: perSecond(scene.clip),
        twoMinutesMB: round1((perSecond(scene.clip) * 120) / 1e6),
      },
      jsHeapGrowthDuringRecordingMB: round1((peakHeap - startHeap) / 1024 / 1024),
      recordingMs: LONG_MS,
      stopToPlayableMs: { medianMs: round1(median(stops)), runsMs: stops.map(round1) },
    });
  } finally {
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await recording();
