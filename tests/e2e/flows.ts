/** What a teacher and pupils do in the app, step by step, found by role and name. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

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

/** The start screen shows exactly these pupils (in alphabetical order). Usable in hooks too. */
export async function expectStartScreen(page: Page, names: string[]) {
  await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
  const expected = [...names].sort((a, b) => a.localeCompare(b));
  const deadline = Date.now() + 10_000;
  let shown = await avatarNames(page);
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    shown = await avatarNames(page);
  }
  expect(shown).toEqual(expected);
}
