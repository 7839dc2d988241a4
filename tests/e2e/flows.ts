/** What a teacher and pupils do in the app, step by step, found by role and name. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seedClass, seedRound } from '../bench/seed.mjs';

export const TEACHER_CODE = '2468';

/** First run through the real setup screens: class, teacher code, pasted pupils. */
export async function setUpClass(
  page: Page,
  names: string[],
  { className = 'Groep 5b', paste = names.join('\n') } = {},
) {
  await page.getByRole('heading', { name: 'Welkom bij Praatpapier' }).waitFor();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel('Naam van de groep').fill(className);
  await page.getByLabel('Code (minstens 4 cijfers)').fill(TEACHER_CODE);
  await page.getByLabel('Code nog een keer').fill(TEACHER_CODE);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { name: 'Kinderen' }).waitFor();
  await page.getByLabel('Voornamen').fill(paste);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText(`${names.length} kinderen toegevoegd.`).waitFor();
}

export async function openTeacherScreens(page: Page, code = TEACHER_CODE) {
  await page.getByRole('link', { name: 'Juf of meester' }).click();
  await page.getByLabel('Code van de juf of meester').fill(code);
  await page.getByRole('button', { name: 'Openen' }).click();
}

/** Taps the pictures of a picture code, in order, inside the open dialog or editor. */
export async function tapPictures(page: Page, pictures: string[]) {
  for (const picture of pictures) {
    await page.getByRole('button', { name: picture, exact: true }).click();
  }
}

export async function avatarNames(page: Page): Promise<string[]> {
  const grid = page.getByRole('list').filter({ has: page.locator('.avatar-button') });
  return grid.getByRole('button').allInnerTexts();
}

/**
 * The start screen shows exactly these pupils (in alphabetical order). Usable in hooks too, so
 * it waits with the browser's own polling (vitest's expect.poll only runs inside a test).
 */
export async function expectStartScreen(page: Page, names: string[]) {
  await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
  const expected = [...names].sort((a, b) => a.localeCompare(b));
  await page
    .waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll('.avatar-button')].map((button) =>
            (button as HTMLElement).innerText.trim(),
          ),
        ) === JSON.stringify(want),
      expected,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  expect(await avatarNames(page)).toEqual(expected);
}

/** From the teacher's home: makes a round with the defaults of its kind and age, and opens it. */
export async function startRound(page: Page, kind: RegExp | string, age: string, title: string) {
  await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
  const fresh = page.getByRole('radio', { name: 'Niet overnemen: beginnen met de standaard' });
  if (await fresh.count()) await fresh.check();
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('radio', { name: age }).check();
  await page.getByLabel('Titel').fill(title);
  await page.getByRole('button', { name: 'Gesprek maken' }).click();
  await page.getByRole('heading', { name: `${title} instellen` }).waitFor();
  await page.getByRole('button', { name: 'Start dit gesprek' }).click();
  await page
    .getByText('Dit gesprek is open: de kinderen zien het als ze zich aanmelden.')
    .waitFor();
}

/** A pupil without a picture code signs in with one tap on their avatar. */
export async function signInPupil(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: `Hoi ${name}!`, exact: true }).waitFor();
}

export async function signOutPupil(page: Page) {
  await page.getByRole('button', { name: 'Klaar, geef de tablet door' }).click();
  await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
}

/** A class set up through the real screens with an open bovenbouw KOM round, back at the start. */
export async function classWithOpenRound(page: Page, names: string[], title: string) {
  await setUpClass(page, names);
  await page.getByRole('button', { name: 'Klaar, naar de groep' }).click();
  await expectStartScreen(page, names);
  await openTeacherScreens(page);
  await startRound(page, /KOM-gesprek/, 'Bovenbouw (groep 7–8)', title);
  await page.getByRole('link', { name: 'Naar de groep' }).first().click();
  await expectStartScreen(page, names);
}

/**
 * A class "Groep 5b" of these pupils made by the seed (no screens), with the teacher code
 * TEACHER_CODE, and the start screen showing them; with `round`, an open KOM round of that
 * title for `ageBand` made with its defaults, as classWithOpenRound (startRound) makes it.
 */
export async function seededClass(
  page: Page,
  url: string,
  names: string[],
  {
    round,
    ageBand = 'bovenbouw',
    draft = false,
    className = 'Groep 5b',
  }: {
    round?: string;
    ageBand?: 'kleuters' | 'onderbouw' | 'middenbouw' | 'bovenbouw';
    /** The round made but not started. */
    draft?: boolean;
    className?: string;
  } = {},
) {
  const seeded = await seedClass(page, url, {
    names,
    photos: false,
    className,
    teacherCode: TEACHER_CODE,
  });
  const roundId = round
    ? await seedRound(page, seeded.classId, seeded.pupilIds, {
        title: round,
        ageBand,
        defaults: true,
        draft,
      })
    : undefined;
  await page.goto(url);
  await expectStartScreen(page, names);
  return { ...seeded, roundId };
}

/** A teacher screen by its address: the code opens it (a fresh load locks the teacher screens). */
export async function openTeacherScreensAt(page: Page, url: string, code = TEACHER_CODE) {
  await page.goto(url);
  await page.getByLabel('Code van de juf of meester').fill(code);
  await page.getByRole('button', { name: 'Openen' }).click();
}
