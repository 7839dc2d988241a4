import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectSameOriginOnly,
  smallTouchTargets,
  tabletPerTest,
} from './harness';
import {
  expectStartScreen,
  openTeacherScreens,
  seededClass,
  setUpClass,
  signInPupil,
  tapPictures,
} from './flows';
import { seed } from '../bench/seed.mjs';

const PUPILS = ['Emma', 'Noah', 'Liam'];
const EMMAS_CODE = ['Zon', 'Boom', 'Vis'];

/** The seeded class, Emma with the picture code Zon, Boom, Vis (as the teacher gives it). */
async function classWithEmmasCode(page: Page, url: string): Promise<void> {
  const { pupilIds } = await seededClass(page, url, PUPILS);
  await seed(page, 'seedPictureCode', pupilIds[0]!, ['sun', 'tree', 'fish']);
  await page.reload();
  await expectStartScreen(page, PUPILS);
}

/**
 * A fresh tablet: the teacher goes through setup and pastes three pupils, gives Emma a picture
 * code; Emma signs in with a wrong code and the right one; Noah signs in with a tap. Each test
 * starts from a tablet of its own; after each, no request went to another origin.
 */
describe('first run and signing in', () => {
  const session = tabletPerTest();

  afterEach(() => {
    expect(session.requests.length).toBeGreaterThan(5);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
  });

  it('walks the teacher through setup, reports the duplicate it skipped, with no accessibility violations', async () => {
    const { page, server } = session;
    await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');
    await expectNoAxeViolations(page, 'setup: welcome');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectNoAxeViolations(page, 'setup: class and code');
    // A code that is too short is refused with a message, and nothing is created.
    await page.getByLabel('Naam van de groep').fill('Groep 5b');
    await page.getByLabel('Code (minstens 4 cijfers)').fill('12');
    await page.getByLabel('Code nog een keer').fill('12');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Gebruik 4 tot 12 cijfers, alleen cijfers.').waitFor();
    // Nothing was created: the app still opens on setup.
    await page.goto(server.url);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');
    await setUpClass(page, PUPILS, { paste: 'Emma\nNoah\n\nLiam\nemma' });
    await page.getByText(/Al in de groep of dubbel geplakt: emma/).waitFor();
    await expectNoAxeViolations(page, 'setup: pupils');
  });

  it('gives Emma a picture code in the teacher screens', async () => {
    const { page, server } = session;
    await seededClass(page, server.url, PUPILS);
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Emma aanpassen' }).click();
    await page.getByRole('heading', { name: 'Plaatjescode' }).waitFor();
    await tapPictures(page, EMMAS_CODE);
    await page.getByText('Plaatjescode bewaard. Vertel hem aan het kind.').waitFor();
    await page.getByRole('link', { name: 'Naar de groep' }).click();
    await expectStartScreen(page, PUPILS);
    // The code is Emma's now: the start screen asks her for it.
    await page.getByRole('button', { name: 'Emma' }).click();
    await page.getByRole('dialog', { name: 'Hoi Emma! Tik je drie plaatjes.' }).waitFor();
  });

  it('shows the start screen with big targets and no violations', async () => {
    const { page, server } = session;
    await classWithEmmasCode(page, server.url);
    await expectNoAxeViolations(page, 'start');
    expect(await smallTouchTargets(page, 64)).toEqual([]);
  });

  it('refuses a wrong picture code and lets the right one in', async () => {
    const { page, server } = session;
    await classWithEmmasCode(page, server.url);
    await page.getByRole('button', { name: 'Emma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hoi Emma! Tik je drie plaatjes.' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'picture code');
    expect(await smallTouchTargets(page, 64)).toEqual([]);
    await tapPictures(page, ['Huis', 'Huis', 'Huis']);
    await dialog.getByText('Dat was niet goed. Probeer het nog eens.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await tapPictures(page, EMMAS_CODE);
    await page.getByRole('heading', { name: 'Hoi Emma!', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pupil');
  });

  it('shows the pupil space with big targets and no violations', async () => {
    const { page, server } = session;
    await seededClass(page, server.url, PUPILS);
    await signInPupil(page, 'Emma');
    await expectNoAxeViolations(page, 'pupil space');
    expect(await smallTouchTargets(page, 64)).toEqual([]);
  });

  it('keeps Emma signed in across a reload, and signs her out with the big button', async () => {
    const { page, server } = session;
    await seededClass(page, server.url, PUPILS);
    await signInPupil(page, 'Emma');
    await page.reload();
    await page.getByRole('heading', { name: 'Hoi Emma!', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Klaar, geef de tablet door' }).click();
    await expectStartScreen(page, PUPILS);
  });

  it('does not let a signed-out visitor into the pupil space by URL', async () => {
    const { page, server } = session;
    await seededClass(page, server.url, PUPILS);
    await page.goto(`${server.url}/pupil`);
    await expectStartScreen(page, PUPILS);
  });

  it('makes a pupil wait after three wrong codes, also after a reload', async () => {
    const { page, server } = session;
    await classWithEmmasCode(page, server.url);
    await page.getByRole('button', { name: 'Emma' }).click();
    for (let i = 0; i < 3; i++) await tapPictures(page, ['Huis', 'Huis', 'Huis']);
    await page
      .getByText(/Wacht even, nog \d+ seconden\. .*Vraag het aan je juf of meester\./)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Zon', exact: true }).isDisabled()).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Emma' }).click();
    await page.getByText(/Wacht even, nog \d+ seconden/).waitFor();
    await page.getByRole('button', { name: 'Ik ben het niet' }).click();
  });

  it('lets Noah, who has no code, in with one tap', async () => {
    const { page, server } = session;
    await classWithEmmasCode(page, server.url);
    await page.getByRole('button', { name: 'Noah' }).click();
    await page.getByRole('heading', { name: 'Hoi Noah!', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Klaar, geef de tablet door' }).click();
    await expectStartScreen(page, PUPILS);
  });

  it('refuses a wrong teacher code', async () => {
    const { page, server } = session;
    await seededClass(page, server.url, PUPILS);
    await openTeacherScreens(page, '1111');
    await page.getByText('Die code klopt niet.').waitFor();
    await expectNoAxeViolations(page, 'teacher code');
    await page.getByLabel('Code van de juf of meester').fill('2468');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
  });
});
