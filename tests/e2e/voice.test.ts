/**
 * The teacher's own voice: recorded with the (fake) microphone for a question and a screen of an
 * onderbouw round, heard by a pupil of that round on the speaker button, explained where nothing
 * can read aloud, and kept in a backup. The tablet here has no voice of its own, as many cheap
 * classroom tablets have none: speechSynthesis lists no voices.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectSameOriginOnly,
  readDatabase,
  tabletPerTest,
} from './harness';
import { openTeacherScreensAt, seededClass, signInPupil } from './flows';

const WAIT = { timeout: 30_000 };
const scratch = mkdtempSync(join(tmpdir(), 'praatpapier-voice-'));

/** Records into `row` (a prompt's group) for about two seconds with the fake microphone. */
async function recordPrompt(page: Page, row: Locator) {
  await row.getByRole('button', { name: 'Inspreken' }).click();
  await row.getByRole('timer').waitFor(WAIT);
  await expect.poll(() => row.getByRole('timer').innerText(), WAIT).toMatch(/0:0[2-9]/);
  await row.getByRole('button', { name: 'Stop' }).click();
  await row.getByText('Ingesproken', { exact: true }).waitFor(WAIT);
}

/** The duration of the first audio element in `scope`, once the browser knows it. */
async function audioDuration(scope: Locator): Promise<number> {
  const audio = scope.locator('audio').first();
  await audio.waitFor({ state: 'attached', ...WAIT });
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.readyState), WAIT)
    .toBeGreaterThan(0);
  return audio.evaluate((element: HTMLAudioElement) => element.duration);
}

describe('the teacher’s own voice, for children who cannot read yet', () => {
  const session = tabletPerTest();
  let page: Page;
  let voiceScreen: string;

  // Each test its own class of two in an onderbouw KOM round, on a tablet without a voice.
  beforeEach(async () => {
    ({ page } = session);
    await session.context.addInitScript(() => {
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
    });
    const { roundId } = await seededClass(page, session.server.url, ['Mila', 'Daan'], {
      round: 'Voorjaar',
      ageBand: 'onderbouw',
    });
    voiceScreen = `${session.server.url}/teacher/rounds/${roundId}/voice`;
  }, 120_000);

  /** The teacher records the round's first question (and the path's tile); returns its text. */
  async function recordFirstQuestion({ path = false } = {}): Promise<string> {
    await openTeacherScreensAt(page, voiceScreen);
    await page.getByRole('heading', { name: 'Voorlezen met jouw stem: Voorjaar' }).waitFor(WAIT);
    const questionRow = page.getByRole('region', { name: 'De vragen' }).getByRole('group').first();
    const question = (await questionRow.locator('.prompt-text').innerText()).trim();
    await recordPrompt(page, questionRow);
    if (path) await recordPrompt(page, page.getByRole('group', { name: /^Mijn pad\./ }));
    return question;
  }

  it('the round warns that nobody can read its texts aloud, and the teacher records a question and the path', async () => {
    await openTeacherScreensAt(page, voiceScreen.replace(/\/voice$/, ''));
    const card = page.getByRole('region', { name: 'Voorlezen met jouw stem' });
    await card
      .getByRole('alert')
      .getByText(/teksten kan niemand voorlezen/)
      .waitFor(WAIT);
    await card.getByText(/^0 ingesproken · 0 leest de tablet voor · \d+ zonder stem$/).waitFor();
    await card.getByRole('link', { name: 'Vragen en uitleg inspreken' }).click();
    await page.getByRole('heading', { name: 'Voorlezen met jouw stem: Voorjaar' }).waitFor(WAIT);
    await expectNoAxeViolations(page, 'teacher: voice');

    const questionRow = page.getByRole('region', { name: 'De vragen' }).getByRole('group').first();
    await recordPrompt(page, questionRow);
    const heard = await audioDuration(questionRow);
    expect(Number.isFinite(heard) && heard > 0).toBe(true);
    const pathRow = page.getByRole('group', { name: /^Mijn pad\./ });
    await recordPrompt(page, pathRow);
    await page
      .getByText(/^2 ingesproken · 0 leest de tablet voor · \d+ zonder stem$/)
      .waitFor(WAIT);
    await expectNoAxeViolations(page, 'teacher: voice, two recorded');

    const prompts = (await readDatabase(page, 'praatpapier', 'media')) as Record<string, unknown>[];
    const spoken = prompts.filter((row) => row['purpose'] === 'prompt');
    expect(spoken).toHaveLength(2);
    for (const row of spoken) {
      expect(row['pupilId']).toBeUndefined();
      expect(row['complete']).toBe(true);
      // Bytes per second of a spoken prompt (the recorder's audio is 64 kbit/s Opus).
      console.log(
        `prompt ${String(row['questionId'])}: ${String(row['bytes'])} B in ${String(row['durationMs'])} ms`,
      );
    }
  }, 120_000);

  it('a pupil of the round hears the teacher on the path and at the question; elsewhere the button explains', async () => {
    const question = await recordFirstQuestion({ path: true });
    await page.goto(session.server.url);
    await signInPupil(page, 'Mila');
    const header = page.locator('.pupil-title');
    const pathSpeaker = header.getByRole('button', { name: 'Lees voor: Mijn pad' });
    await expect.poll(() => pathSpeaker.getAttribute('data-speaker'), WAIT).toBe('recording');
    await pathSpeaker.click();
    const duration = await audioDuration(header);
    expect(Number.isFinite(duration) && duration > 0).toBe(true);
    await expect.poll(() => pathSpeaker.getAttribute('aria-pressed'), WAIT).toBe('true');

    // A tile nobody recorded, on a tablet without a voice: the button says who can help.
    const tile = page.getByRole('button', { name: 'Lees voor: Wat heb ik geleerd?' });
    await expect.poll(() => tile.getAttribute('data-speaker'), WAIT).toBe('explain');
    await tile.click();
    await page
      .getByRole('status')
      .getByText('Dit kan je juf of meester voor je inspreken.', { exact: false })
      .waitFor(WAIT);
    await expectNoAxeViolations(page, 'pupil: path with the teacher’s voice');

    await page.getByRole('link', { name: /Mijn vragen/ }).click();
    const speaker = page.getByRole('button', { name: `Lees voor: ${question}` });
    await expect.poll(() => speaker.getAttribute('data-speaker'), WAIT).toBe('recording');
    await speaker.click();
    expect(
      await audioDuration(page.locator('.read-aloud-wrap').filter({ has: speaker })),
    ).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'pupil: questions with the teacher’s voice');
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('the recordings are in a backup of everything and come back after they were deleted', async () => {
    const question = await recordFirstQuestion();
    await openTeacherScreensAt(page, `${session.server.url}/teacher/backup`);
    const make = page.getByRole('region', { name: 'Back-up maken' });
    await make.getByRole('button', { name: 'Back-up maken' }).click();
    await make.getByText(/^Klaar: praatpapier-.*\.praatpapier/).waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await make.getByRole('button', { name: 'Bestand opslaan' }).click();
    const file = join(scratch, 'alles.praatpapier');
    await (await download).saveAs(file);

    // Gone from the round…
    await openTeacherScreensAt(page, voiceScreen);
    const questionRow = page.getByRole('group', { name: question });
    await questionRow.getByRole('button', { name: 'Opname verwijderen' }).click();
    await questionRow.getByText('Geen stem', { exact: true }).waitFor(WAIT);

    // …and back from the file.
    await openTeacherScreensAt(page, `${session.server.url}/teacher/backup`);
    await page.getByLabel('Bestand kiezen').setInputFiles(file);
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page
      .getByText('Teruggezet. Alles uit het bestand staat nu op deze tablet.')
      .waitFor(WAIT);
    await openTeacherScreensAt(page, voiceScreen);
    await questionRow.getByText('Ingesproken', { exact: true }).waitFor(WAIT);
    expect(await audioDuration(questionRow)).toBeGreaterThan(0);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
  }, 180_000);
});
