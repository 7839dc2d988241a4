/**
 * Conversation mode on the classroom tablet (issue 16): a fully prepared pupil's talk groups what
 * belongs together in at most 8 steps, the phase guide never goes back, the strip jumps to any
 * part, the teacher's notes taken during the talk are on the agreements screen afterwards, and a
 * pupil with nothing prepared sees the round's questions. Prints the number of steps (the figure).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  inkOf,
  smallTouchTargets,
  tabletPerTest,
  type AppSession,
} from './harness';
import { seedClass, seedPreparation, seedRound } from '../bench/seed.mjs';

const NOTE = 'Vader vraagt naar extra leesboeken';
const PHASES = ['Afstemmen', 'Delen', 'Zorgen', 'Afspreken', 'Afronden'];
const WAIT = { timeout: 20_000 };

async function openTeacher(session: AppSession, path: string): Promise<void> {
  const { page } = session;
  await page.goto(`${session.server.url}${path}`);
  await page.getByLabel('Code van de juf of meester').fill('1234');
  await page.getByRole('button', { name: 'Openen' }).click();
}

async function startTalk(session: AppSession, name: string): Promise<void> {
  const { page } = session;
  await openTeacher(session, '/teacher/overview');
  await page.getByRole('link', { name: new RegExp(`^Gesprek starten\\W+${name}`) }).click(WAIT);
  await page.getByRole('heading', { name: `Gesprek met ${name}`, level: 1 }).waitFor(WAIT);
  // The app's one-time "works offline now" notice is the teacher's, not part of the talk.
  const notice = page.getByRole('button', { name: 'Sluiten' });
  if (await notice.count()) await notice.click();
}

const strip = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van het gesprek' });
/** The phase the guide marks now, by its name. */
const currentPhase = (page: Page) =>
  page
    .getByRole('complementary', { name: 'Gespreksleidraad' })
    .locator('[aria-current="step"] strong')
    .innerText();

async function shot(page: Page, name: string): Promise<void> {
  if (process.env['PP_SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['PP_SCREENSHOTS']}/talk-${name}.png` });
}

describe('conversation mode groups what belongs together', () => {
  const session = tabletPerTest();
  let page: Page;

  // Each test its own class of two: Kind 01 prepared everything, Kind 02 nothing.
  beforeEach(async () => {
    ({ page } = session);
    await page.setViewportSize({ width: 1024, height: 768 });
    const { classId, pupilIds } = await seedClass(page, session.server.url, {
      pupils: 2,
      photos: false,
    });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds.slice(0, 1), { items: 3 });
  });

  it('walks a fully prepared pupil through at most 8 steps, the phases never going back', async () => {
    await startTalk(session, 'Kind 01');
    const steps = strip(page).getByRole('button');
    await steps.first().waitFor(WAIT);
    const count = await steps.count();
    console.log(`talk figure ${JSON.stringify({ pupil: 'fully prepared (seed)', steps: count })}`);
    expect(count).toBeLessThanOrEqual(8);
    expect(await smallTouchTargets(page, 64)).toEqual([]);
    await expectNoAxeViolations(page, 'teacher: conversation, welcome');
    await shot(page, 'welcome');

    const phases = [PHASES.indexOf(await currentPhase(page))];
    const headings = [await page.locator('#talk-step-heading').innerText()];
    const next = page.getByRole('button', { name: 'Volgende →' });
    for (let step = 1; step < count; step++) {
      await next.click();
      await expect
        .poll(() => strip(page).locator('[aria-current="step"]').innerText())
        .toBe(await steps.nth(step).innerText());
      headings.push(await page.locator('#talk-step-heading').innerText());
      phases.push(PHASES.indexOf(await currentPhase(page)));
      await shot(page, `step-${step}`);
    }
    expect(await next.count()).toBe(0);
    expect(phases.every((phase, at) => phase >= 0 && (at === 0 || phase >= phases[at - 1]!))).toBe(
      true,
    );
    expect(headings).toContain('Vragen en antwoorden');
    expect(headings.at(-1)).toBe('Klaar! Nu maken we samen afspraken.');
    // All answers are on one screen, the three circles side by side.
    await strip(page).getByRole('button', { name: 'Vragen' }).click();
    await page.getByRole('heading', { name: 'Vragen en antwoorden' }).waitFor(WAIT);
    expect(await page.locator('.talk-answers > div').count()).toBe(5);
    await strip(page).getByRole('button', { name: 'Cirkels' }).click();
    await page.getByRole('heading', { name: 'Drie cirkels' }).waitFor(WAIT);
    expect(await strip(page).locator('[aria-current="step"]').innerText()).toBe('Cirkels');
    const tops = await page
      .locator('.talk-circle')
      .evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().top));
    expect(tops).toHaveLength(3);
    expect(new Set(tops.map(Math.round)).size).toBe(1);
    await expectNoAxeViolations(page, 'teacher: conversation, circles');
    await strip(page).getByRole('button', { name: 'Hoe het gaat' }).click();
    await page.locator('.talk-web canvas').waitFor(WAIT);
    // Every label of the web whole: one cut off by the canvas's edge leaves ink on that edge.
    const web = page.locator('.talk-web canvas');
    await expect.poll(async () => (await inkOf(web)).ink).toBeGreaterThan(1000);
    expect((await inkOf(web)).atEdge).toBe(0);
    await expectNoAxeViolations(page, 'teacher: conversation, ratings and spinnenweb');
    await strip(page).getByRole('button', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Wat ik geleerd heb' }).waitFor(WAIT);
    await expectNoAxeViolations(page, 'teacher: conversation, portfolio');
  });

  it('keeps the teacher’s notes of the talk with the agreements, also after a reload', async () => {
    await startTalk(session, 'Kind 01');
    await page.getByLabel('Notities van de leerkracht').fill(NOTE);
    await page.getByText('Bewaard', { exact: true }).waitFor(WAIT);
    await strip(page).getByRole('button', { name: 'Afspraken' }).click();
    await page.getByRole('link', { name: 'Afspraken vastleggen' }).click();
    await page.getByRole('heading', { name: 'Afspraken met Kind 01' }).waitFor(WAIT);
    const notes = page.getByLabel('Notities van het gesprek (alleen voor de leerkracht)');
    await expect.poll(() => notes.inputValue()).toBe(NOTE);
    await expectNoAxeViolations(page, 'teacher: agreements with notes');
    await page.reload();
    await page.getByLabel('Code van de juf of meester').fill('1234');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Afspraken met Kind 01' }).waitFor(WAIT);
    await expect.poll(() => notes.inputValue()).toBe(NOTE);
  });

  it('shows the round’s questions and the teacher’s focus to a pupil with nothing prepared', async () => {
    await startTalk(session, 'Kind 02');
    expect(await strip(page).getByRole('button').count()).toBe(3);
    await page.getByRole('button', { name: 'Volgende →' }).click();
    await page.getByRole('heading', { name: 'Praat samen over deze vragen' }).waitFor(WAIT);
    const step = page.locator('.talk-step');
    await step.getByText('Wat heb ik geleerd?').waitFor(WAIT);
    await step.getByText('De juf of meester wil het graag hebben over: Lezen').waitFor(WAIT);
    expect(await currentPhase(page)).toBe('Delen');
    await expectNoAxeViolations(page, 'teacher: conversation, nothing prepared');
    await shot(page, 'empty');
  });
});
