/**
 * Every screen on the classroom tablet, held either way (1024×768 and 768×1024): nothing scrolls
 * sideways, and no table is wider than the screen. A pupil with a full preparation and a class
 * of six give every screen something to show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startAppSession, type AppSession } from './harness';
import { seedClass, seedPreparation, seedRound, seedSignedIn, TOOLS } from '../bench/seed.mjs';

const WAIT = { timeout: 30_000 };

/** The seeded round's tools that are a pupil's screen, and the share review. */
const PUPIL_SCREENS = [...TOOLS.filter((tool) => tool !== 'parentQuestions'), 'share'];

/** What sticks out to the right of the screen: the document itself, or a table in it. */
function overflow(page: Page) {
  return page.evaluate(() => ({
    innerWidth,
    documentWidth: document.documentElement.scrollWidth,
    widestTable: Math.max(
      0,
      ...[...document.querySelectorAll('table')].map((table) =>
        Math.ceil(table.getBoundingClientRect().right),
      ),
    ),
  }));
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  // The screen has painted its content: a heading inside its main landmark.
  await page.locator('main h1, main h2').first().waitFor(WAIT);
  const measured = await overflow(page);
  expect(measured.documentWidth, screen).toBeLessThanOrEqual(measured.innerWidth);
  expect(measured.widestTable, screen).toBeLessThanOrEqual(measured.innerWidth);
}

describe('every screen fits the tablet, held either way', () => {
  let session: AppSession;
  let roundId: string;
  let pupilId: string;

  beforeAll(async () => {
    session = await startAppSession();
    const { page } = session;
    const { classId, pupilIds } = await seedClass(page, session.server.url, {
      pupils: 6,
      photos: true,
    });
    roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds.slice(0, 3), { items: 3, photos: true });
    pupilId = pupilIds[0]!;
  });
  afterAll(() => session?.close());

  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    it(`the pupil's screens at ${width}×${height}`, async () => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      await page.goto(session.server.url);
      await seedSignedIn(page, pupilId);
      for (const tool of ['', ...PUPIL_SCREENS]) {
        await page.goto(`${session.server.url}/pupil${tool ? `/${tool}` : ''}`);
        await expectNoSidewaysScroll(page, `pupil ${tool || 'path'}`);
      }
    }, 120_000);

    it(`the teacher's screens at ${width}×${height}`, async () => {
      const { page } = session;
      await page.setViewportSize({ width, height });
      const round = `/teacher/rounds/${roundId}`;
      const pupil = `${round}/pupil/${pupilId}`;
      for (const path of [
        '/teacher',
        '/teacher/overview',
        '/teacher/settings',
        '/teacher/backup',
        '/teacher/rounds/new',
        round,
        `${round}/voice`,
        `${round}/letter`,
        `${round}/print?copy=parents`,
        `${round}/print?copy=teacher`,
        `${round}/print?copy=blank`,
        `/teacher/pupil/${pupilId}`,
        pupil,
        `${pupil}/preparation`,
        `${pupil}/conversation`,
        `${pupil}/agreements`,
      ]) {
        await page.goto(`${session.server.url}${path}`);
        // A new page load locks the teacher's screens again: the code opens them.
        await page.getByLabel('Code van de juf of meester').fill('1234');
        await page.getByRole('button', { name: 'Openen' }).click();
        await page.getByLabel('Code van de juf of meester').waitFor({ state: 'detached', ...WAIT });
        // The sheets to print are measured once they are laid out, photos and webs in place.
        if (path.includes('/print'))
          await page
            .getByRole('button', { name: 'Afdrukken' })
            .and(page.locator(':enabled'))
            .waitFor(WAIT);
        await expectNoSidewaysScroll(page, path);
      }
    }, 180_000);
  }
});
