import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  readDatabase,
  smallTouchTargets,
  tabletPerTest,
  waitForServiceWorker,
} from './harness';
import { openTeacherScreens, seededClass, signInPupil } from './flows';
import { seed, seedRecordings } from '../bench/seed.mjs';

interface MediaRow {
  id: string;
  kind: string;
  complete: boolean;
  bytes: number;
  durationMs?: number;
  mimeType: string;
  thumbnail?: unknown;
  recoveredAt?: number;
}
interface ChunkRow {
  mediaId: string;
  seq: number;
}

const media = async (page: Page) =>
  (await readDatabase(page, 'praatpapier', 'media')) as MediaRow[];
const chunks = async (page: Page) =>
  (await readDatabase(page, 'praatpapier', 'mediaChunks')) as ChunkRow[];

/** The duration the player reports once it has read the file: finite and seekable, or not. */
async function playerDuration(page: Page, selector: string) {
  await page.locator(selector).first().waitFor();
  return page.evaluate(async (css) => {
    const player = document.querySelector<HTMLMediaElement>(css)!;
    if (player.readyState < 1)
      await new Promise((resolve) =>
        player.addEventListener('loadedmetadata', resolve, { once: true }),
      );
    return player.duration;
  }, selector);
}

/**
 * A disk that can be made full: Debian's Chromium ignores DevTools' quota override
 * (Storage.overrideQuotaForOrigin changes nothing here), so once `window.diskFull` is set, a
 * write of a recording's bytes fails as IndexedDB fails on a full disk: QuotaExceededError.
 */
function fillableDisk() {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'mediaChunks')
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

async function record(page: Page, button: string, seconds: number) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('timer').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole('button', { name: 'Stop' }).click();
}

/** Keeps every camera stream the page opens, so a test can see that each one is stopped. */
function keptStreams() {
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  const kept: MediaStream[] = [];
  (window as unknown as { keptStreams: MediaStream[] }).keptStreams = kept;
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    kept.push(stream);
    return stream;
  };
}

/** How many camera tracks the page opened are still live. */
const liveTracks = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { keptStreams: MediaStream[] }).keptStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );

describe('the ice-breaker video and spoken answers', () => {
  const session = tabletPerTest();
  let page: Page;
  let roundId: string;
  let emma: string;

  // Each test its own class of two in a middenbouw round, Emma on her video screen.
  beforeEach(async () => {
    ({ page } = session);
    await session.context.addInitScript(fillableDisk);
    await session.context.addInitScript(keptStreams);
    const seeded = await seededClass(page, session.server.url, ['Emma', 'Noah'], {
      round: 'KOM voorjaar',
      ageBand: 'middenbouw',
    });
    roundId = seeded.roundId!;
    emma = seeded.pupilIds[0]!;
    await waitForServiceWorker(page);
    await signInPupil(page, 'Emma');
    await page.getByRole('link', { name: /^Mijn filmpje/ }).click();
    await page.getByRole('heading', { name: 'Mijn filmpje', level: 1 }).waitFor();
  });

  /** Emma records a first video of two seconds, which is kept. */
  async function firstVideo() {
    await record(page, 'Opnemen', 2);
    await page.getByRole('heading', { name: 'Mijn filmpje', level: 2 }).waitFor();
  }

  it('records five seconds, writing chunks while it records, and plays back with its length', async () => {
    // The child sees themselves before they start: the camera is live, not yet recording.
    const preview = page.getByLabel('Zo sta je in beeld');
    await expect
      .poll(() => preview.evaluate((video: HTMLVideoElement) => video.readyState), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    expect(await preview.evaluate((video: HTMLVideoElement) => video.paused)).toBe(false);
    expect(await media(page)).toHaveLength(0);
    // Leaving the screen stops the camera; coming back opens it again.
    expect(await liveTracks(page)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
    await expect.poll(() => liveTracks(page), { timeout: 15_000 }).toBe(0);
    await page.getByRole('link', { name: /^Mijn filmpje/ }).click();
    await expect
      .poll(() => preview.evaluate((video: HTMLVideoElement) => video.readyState), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'video: before recording');
    expect(await smallTouchTargets(page, 64), 'video: before recording').toEqual([]);
    await page.getByRole('button', { name: 'Opnemen' }).click();
    await page.getByRole('timer').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(3000);
    // While recording: the clip is not finished, but its chunks are already stored.
    const during = await media(page);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatchObject({ kind: 'video', complete: false });
    expect((await chunks(page)).length).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'video: recording');
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('heading', { name: 'Mijn filmpje', level: 2 }).waitFor();
    const [clip] = await media(page);
    expect(clip).toMatchObject({ complete: true });
    expect(clip!.durationMs).toBeGreaterThan(4500);
    expect(clip!.thumbnail).toBeTruthy();
    const duration = await playerDuration(page, '.media-player video');
    expect(Number.isFinite(duration)).toBe(true);
    expect(duration).toBeGreaterThan(4);
    expect(duration).toBeLessThan(7);
    await expectNoAxeViolations(page, 'video: player');
  });

  it('records again, keeps the new one only when asked, and deletes', async () => {
    await firstVideo();
    const first = (await media(page))[0]!.id;
    await record(page, 'Opnieuw opnemen', 2);
    await page.getByRole('heading', { name: 'Je nieuwe filmpje' }).waitFor();
    // Until the pupil chooses, both are there.
    expect((await media(page)).map((row) => row.id)).toContain(first);
    await page.getByRole('button', { name: 'Dit filmpje bewaren' }).click();
    await expect.poll(async () => (await media(page)).map((row) => row.id)).not.toContain(first);
    const [kept] = await media(page);
    expect((await chunks(page)).every((chunk) => chunk.mediaId === kept!.id)).toBe(true);
    await page.getByRole('button', { name: 'Dit filmpje weggooien' }).click();
    await expect.poll(async () => (await media(page)).length).toBe(0);
    expect(await chunks(page)).toEqual([]);
  });

  it('keeps a recording cut off by a reload, up to where it was', async () => {
    await page.getByRole('button', { name: 'Opnemen' }).click();
    await page.getByRole('timer').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(5000);
    await page.reload();
    await page
      .getByText(/Je opname was onderbroken\. Ze is bewaard tot 0:0\d\./)
      .first()
      .waitFor();
    const [recovered] = await media(page);
    expect(recovered).toMatchObject({ complete: true });
    expect(recovered!.recoveredAt).toBeGreaterThan(0);
    expect(recovered!.durationMs).toBeGreaterThanOrEqual(3000);
    const duration = await playerDuration(page, '.media-player video');
    expect(duration).toBeGreaterThanOrEqual(3);
  });

  it('records a spoken answer, which plays', async () => {
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.getByRole('link', { name: /^Mijn vragen/ }).click();
    const first = page.locator('.answer').first();
    await first.getByRole('button', { name: 'Inspreken' }).click();
    await first.getByRole('timer').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2500);
    await first.getByRole('button', { name: 'Stop' }).click();
    await first.locator('audio').waitFor();
    const duration = await playerDuration(page, '.answer audio');
    expect(duration).toBeGreaterThan(1.5);
    const answers = (await readDatabase(page, 'praatpapier', 'answers')) as { mediaId?: string }[];
    expect(answers.some((answer) => answer.mediaId)).toBe(true);
    await expectNoAxeViolations(page, 'spoken answer');
  });

  it('stops when the tablet is full, keeping what was saved, and says so', async () => {
    await firstVideo();
    await page.getByRole('button', { name: 'Opnieuw opnemen' }).click();
    await page.getByRole('timer').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2500);
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
    await page
      .getByText(/De tablet is vol\. Je opname is bewaard tot 0:0\d\./)
      .waitFor({ timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
    const cut = (await media(page)).find((row) => !row.recoveredAt && row.kind === 'video');
    expect(cut).toMatchObject({ complete: true });
    expect(cut!.bytes).toBeGreaterThan(0);
    expect(
      (await chunks(page)).filter((chunk) => chunk.mediaId === cut!.id).length,
    ).toBeGreaterThan(0);
  });

  it('warns when the tablet has no room, and when the camera is refused; the app goes on', async () => {
    const refused = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await refused.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    const other = await refused.newPage();
    await seededClass(other, session.server.url, ['Sem'], { round: 'KOM', ageBand: 'middenbouw' });
    await signInPupil(other, 'Sem');
    await other.getByRole('link', { name: /^Mijn filmpje/ }).click();
    // First a tablet without room for the cap: a warning, and nothing starts.
    await other.evaluate(() => {
      const real = navigator.storage.estimate.bind(navigator.storage);
      (window as unknown as { realEstimate: typeof real }).realEstimate = real;
      navigator.storage.estimate = async () => ({ usage: 9_000_000, quota: 10_000_000 });
    });
    await other.getByRole('button', { name: 'Opnemen' }).click();
    await other
      .getByText(
        'Er is niet genoeg plaats op de tablet voor een opname van 2:00. Roep je juf of meester.',
      )
      .waitFor();
    expect(await other.getByRole('timer').count()).toBe(0);
    await other.evaluate(() => {
      navigator.storage.estimate = (
        window as unknown as { realEstimate: () => Promise<StorageEstimate> }
      ).realEstimate;
    });
    await other.getByRole('button', { name: 'Opnemen' }).click();
    await other
      .getByText('De camera of de microfoon mag niet aan. Roep je juf of meester.')
      .waitFor();
    await other.getByText(/Voor de juf of meester: op een iPad/).waitFor();
    await expectNoAxeViolations(other, 'video: camera refused');
    await other.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await other.getByRole('heading', { name: 'Mijn pad' }).waitFor();
    await refused.close();
  });

  it('shows the teacher what recordings take, deletes them all, and sets the length cap', async () => {
    // Emma has a kept video and a spoken answer.
    await seedRecordings(page, roundId, [emma], { megabytes: 1 });
    await seed(page, 'seedSpokenAnswer', roundId, emma);
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.getByRole('button', { name: 'Klaar, geef de tablet door' }).click();
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('table', { name: 'Wat neemt de plaats in?' }).waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: /Filmpjes/ }).innerText())
      .toMatch(/^Filmpjes\s+[1-9]\d* · /);
    await page.getByLabel('Langste opname van een kind (minuten)').fill('9');
    await page.getByRole('button', { name: 'Bewaren' }).first().click();
    await page.getByText('Kies 1 tot 5 minuten voor een opname.').waitFor();
    await page.getByLabel('Langste opname van een kind (minuten)').fill('1');
    await page.getByRole('button', { name: 'Bewaren' }).first().click();
    await expect
      .poll(
        async () =>
          (
            (await readDatabase(page, 'praatpapier', 'classes'))[0] as {
              recordingCapMinutes?: number;
            }
          ).recordingCapMinutes,
      )
      .toBe(1);
    await expectNoAxeViolations(page, 'teacher: settings with storage by kind');

    await page.getByRole('link', { name: 'Terug' }).click();
    await page.getByRole('link', { name: 'Emma aanpassen' }).click();
    await page.getByRole('heading', { name: 'Opnames' }).waitFor();
    await page.getByText(/\d+ filmpjes \(.+\) en 1 ingesproken antwoorden/).waitFor();
    await page.getByRole('button', { name: 'Alle opnames van Emma verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('De opnames zijn verwijderd.').waitFor();
    const left = (await media(page)).filter((row) => row.kind === 'video' || row.kind === 'audio');
    expect(left).toEqual([]);
    expect(await chunks(page)).toEqual([]);
    const answers = (await readDatabase(page, 'praatpapier', 'answers')) as { mediaId?: string }[];
    expect(answers.every((answer) => !answer.mediaId)).toBe(true);
    const clips = (await readDatabase(page, 'praatpapier', 'clips')) as { mediaId?: string }[];
    expect(clips.every((clip) => !clip.mediaId)).toBe(true);
    await expectNoAxeViolations(page, 'teacher: pupil recordings');
  });
});
