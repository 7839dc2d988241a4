import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, readDatabase, smallTouchTargets, tabletPerTest } from './harness';
import { expectStartScreen, openTeacherScreens, seededClass } from './flows';
import { seed } from '../bench/seed.mjs';

const PUPILS = ['Emma', 'Noah', 'Liam', 'Sara'];

/** Each test its own class of four, on the teacher's class screen. */
describe('teacher screens', () => {
  const session = tabletPerTest();
  let page: Page;
  let pupilIds: string[];

  beforeEach(async () => {
    ({ page } = session);
    ({ pupilIds } = await seededClass(page, session.server.url, PUPILS));
    await openTeacherScreens(page);
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
  });

  it('lists the class with no violations and 48 px targets', async () => {
    await expectNoAxeViolations(page, 'teacher: class');
    expect(await smallTouchTargets(page, 48)).toEqual([]);
  });

  it('adds one pupil, refusing a name the class already has', async () => {
    await page.getByLabel('Eén kind toevoegen').fill('noah');
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByText('Er is al een kind met die naam in de groep.').waitFor();
    await page.getByLabel('Eén kind toevoegen').fill('Noor');
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByRole('link', { name: 'Noor aanpassen' }).waitFor();
  });

  it('takes a portrait with the camera, changes the drawing, and renames', async () => {
    await page.getByRole('link', { name: 'Emma aanpassen' }).click();
    await page.getByRole('heading', { name: 'Foto' }).waitFor();
    await expectNoAxeViolations(page, 'teacher: pupil');
    await page.getByRole('button', { name: 'Foto maken' }).click();
    const shoot = page.getByRole('button', { name: 'Klik!' });
    await expect.poll(() => shoot.isEnabled()).toBe(true);
    await shoot.click();
    await page.getByRole('button', { name: 'Foto weghalen' }).waitFor();
    const media = await readDatabase(page, 'praatpapier', 'media');
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ kind: 'portrait', mimeType: 'image/jpeg', complete: true });
    expect((media[0] as { bytes: number }).bytes).toBeGreaterThan(1000);

    await page.getByRole('radio', { name: 'Uil' }).check({ force: true });
    await page.getByLabel('Voornaam').fill('Emma B');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('heading', { name: 'Emma B aanpassen' }).waitFor();
    const pupils = (await readDatabase(page, 'praatpapier', 'pupils')) as {
      firstName: string;
      avatar: { drawing: string };
      photoMediaId?: string;
    }[];
    const emma = pupils.find((pupil) => pupil.firstName === 'Emma B');
    expect(emma?.avatar.drawing).toBe('owl');
    expect(emma?.photoMediaId).toBeDefined();
  });

  it('archives a pupil: off the start screen, work kept', async () => {
    await page.getByRole('link', { name: 'Liam aanpassen' }).click();
    await page.getByRole('button', { name: 'Archiveren (van de startpagina halen)' }).click();
    await page.getByRole('button', { name: 'Terugzetten op de startpagina' }).waitFor();
    expect(await readDatabase(page, 'praatpapier', 'pupils')).toHaveLength(PUPILS.length);
    await page.getByRole('link', { name: 'Naar de groep' }).click();
    await expectStartScreen(page, ['Emma', 'Noah', 'Sara']);
  });

  it('deletes a pupil after a confirmation that says what goes', async () => {
    await seed(page, 'seedPortrait', pupilIds[0]!);
    await page.getByRole('link', { name: 'Emma aanpassen' }).click();
    await page.getByRole('button', { name: 'Emma verwijderen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Emma verwijderen?' });
    await confirm.getByText(/1 foto’s en opnames/).waitFor();
    await expectNoAxeViolations(page, 'teacher: delete confirmation');
    await confirm.getByRole('button', { name: 'Ja, Emma verwijderen' }).click();
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
    expect(await readDatabase(page, 'praatpapier', 'media')).toHaveLength(0);
    expect(await readDatabase(page, 'praatpapier', 'mediaChunks')).toHaveLength(0);
    expect(await readDatabase(page, 'praatpapier', 'pupils')).toHaveLength(PUPILS.length - 1);
  });

  it('switches to Flemish wording and English, and the page language follows', async () => {
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await expectNoAxeViolations(page, 'teacher: settings');
    await page.getByRole('radio', { name: 'Vlaanderen (klas, oudercontact)' }).check();
    await page.getByLabel('Naam van de klas').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-BE');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('radio', { name: 'Nederland (groep, oudergesprek)' }).check();
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  });

  it('shows storage use and whether storage is persistent', async () => {
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { name: 'Opslag op deze tablet' }).waitFor();
    await page.getByText(/in gebruik van ongeveer/).waitFor();
    await page.getByText(/Vaste opslag staat (aan|niet aan)/).waitFor();
  });

  it('resets a forgotten code only by erasing everything', async () => {
    await page.getByRole('link', { name: 'Naar de groep' }).click();
    await expectStartScreen(page, PUPILS);
    await page.getByRole('link', { name: 'Juf of meester' }).click();
    await page.getByRole('link', { name: 'Code vergeten?' }).click();
    await page.getByRole('heading', { name: 'Code vergeten' }).waitFor();
    await expectNoAxeViolations(page, 'reset');
    const erase = page.getByRole('button', { name: 'Alles wissen' });
    expect(await erase.isDisabled()).toBe(true);
    await page
      .getByRole('checkbox', { name: 'Ik begrijp dat alles op deze tablet wordt gewist.' })
      .check();
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Typ WISSEN om te bevestigen').fill('wissen');
    await erase.click();
    await page.getByRole('heading', { name: 'Welkom bij Praatpapier' }).waitFor();
    expect(await readDatabase(page, 'praatpapier', 'pupils')).toHaveLength(0);
  });
});
