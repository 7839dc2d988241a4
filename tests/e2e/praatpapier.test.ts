import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectSameOriginOnly,
  smallTouchTargets,
  startAppSession,
  type AppSession,
} from './harness';
import {
  classWithOpenRound,
  openTeacherScreens,
  signInPupil,
  signOutPupil,
  startRound,
  TEACHER_CODE,
} from './flows';
import { seedClass, seedPreparation, seedRound } from '../bench/seed.mjs';

const PUBLIC_ANSWER = 'Ik ben trots op mijn werkstuk over vulkanen';
const TEACHER_ANSWER = 'Soms vind ik het te druk in de klas';
const PRIVATE_ANSWER = 'Mijn geheime wens is een hond';
const AGREEMENT = 'Elke dag tien minuten lezen';
const ASK = 'Mag ik op voetbal?';
const PARENT_ANSWER = 'Thuis leest Emma graag strips';

const scratch = mkdtempSync(join(tmpdir(), 'praatpapier-pdf-'));

/** The PDF as Chromium prints it, and its text as pdftotext (poppler) reads it, page by page. */
async function printedPdf(page: Page, format: 'A4' | 'Letter' = 'A4') {
  await page.getByRole('button', { name: 'Afdrukken' }).and(page.locator(':enabled')).waitFor({
    timeout: 30_000,
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const file = join(scratch, `sheet-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    bytes: pdf.length,
    pages: text.split('\f').filter((pageText) => pageText.trim() !== ''),
    text: text.replace(/\s+/g, ' '),
    info,
  };
}

/** A reload locks the teacher screens: the code opens them again where the teacher was. */
async function openTeacherScreensHere(page: Page) {
  await page.getByLabel('Code van de juf of meester').fill(TEACHER_CODE);
  await page.getByRole('button', { name: 'Openen' }).click();
}

async function toPath(page: Page) {
  await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
  await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
}

async function recordVideo(page: Page) {
  await page.getByRole('link', { name: /^Mijn filmpje/ }).click();
  await page.getByRole('button', { name: 'Opnemen' }).click();
  await page.getByRole('timer').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('heading', { name: 'Mijn filmpje', level: 2 }).waitFor();
  await page.locator('.media-player video').waitFor();
  await toPath(page);
}

describe('the praatpapier: printed, talked through, and what was agreed', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startAppSession();
    ({ page } = session);
    await classWithOpenRound(page, ['Emma', 'Noah'], 'KOM herfst');
  });
  afterAll(() => session?.close());

  it('Emma prepares answers for her parents, for her teacher and for herself, with a video first', async () => {
    await signInPupil(page, 'Emma');
    await recordVideo(page);
    await page.getByRole('link', { name: /^Mijn vragen/ }).click();
    const answers = page.getByLabel('Mijn antwoord');
    await answers.nth(0).fill(PUBLIC_ANSWER);
    await answers.nth(1).fill(TEACHER_ANSWER);
    await answers.nth(2).fill(PRIVATE_ANSWER);
    await page.getByRole('button', { name: 'Vraag aan mijn ouders' }).click();
    await page.getByLabel('Mijn vraag aan mijn ouders').fill(ASK);
    await page.getByText('Bewaard', { exact: true }).first().waitFor();
    await toPath(page);

    await page.getByRole('link', { name: /^Wat mag naar mijn ouders\?/ }).click();
    // Her three answers come first: she made no portfolio items and no ratings.
    const choiceFor = (index: number, share: string) =>
      page.locator('.share-item').nth(index).getByRole('radio', { name: share }).click();
    await choiceFor(1, 'Alleen voor juf of meester');
    await choiceFor(2, 'Alleen voor mij');
    const preview = page.getByRole('region', { name: 'Dit komt op je praatpapier' });
    await expect.poll(() => preview.getByText(TEACHER_ANSWER).count()).toBe(0);
    await expect.poll(() => preview.getByText(PRIVATE_ANSWER).count()).toBe(0);
    await preview.getByText(PUBLIC_ANSWER).waitFor();
    // She wants to start with her question, before her answers.
    const order = page.getByRole('region', { name: 'In welke volgorde vertel jij het?' });
    await order.getByRole('button', { name: 'Wat ik wil vragen eerder' }).click();
    await expect
      .poll(() => order.locator('.talk-order-name').allInnerTexts())
      .toEqual(['Wat ik wil vragen', 'Mijn vragen']);
    await expectNoAxeViolations(page, 'pupil: share and order');
    await page.getByRole('button', { name: 'Zo is het goed' }).click();
    await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
    await signOutPupil(page);
  });

  it('prints the conversation copy with only what is on the praatpapier, as real text in a PDF', async () => {
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    // The parents brought the letter back: the teacher types in what they wrote.
    await page.getByRole('link', { name: /Voorbereiding\W+Emma/ }).click();
    const parents = page.getByRole('region', { name: 'Wat de ouders antwoordden' });
    await parents.getByRole('textbox').first().fill(PARENT_ANSWER);
    await parents.getByText('Bewaard', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'teacher: plan with the parents’ answers');
    await page.goto(`${new URL(page.url()).origin}/teacher/overview`);
    await openTeacherScreensHere(page);
    await page.getByRole('link', { name: /Wat het kind maakte\W+Emma/ }).click();
    await page.getByRole('link', { name: 'Praatpapier afdrukken: Voor het gesprek' }).click();
    const conversation = await printedPdf(page);
    expect(conversation.text).toContain(PARENT_ANSWER);
    expect(conversation.text).toContain('Emma');
    expect(conversation.text).toContain(PUBLIC_ANSWER);
    expect(conversation.text).not.toContain(TEACHER_ANSWER);
    expect(conversation.text).not.toContain(PRIVATE_ANSWER);
    // The video as a still with its length, and the empty agreements frame to write in.
    expect(conversation.text).toMatch(/Mijn filmpje \(0:0\d\)/);
    expect(conversation.text).toContain('Afspraken');
    expect(conversation.text).toContain('Tops: wat ging goed?');
    expect(conversation.info).toMatch(/Page size:.*\(A4\)/);
    expect(conversation.pages.length).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page, 'teacher: print');

    await page.getByRole('link', { name: 'Voor de juf of meester' }).click();
    await page.getByText('Ook wat alleen voor de juf of meester is').waitFor();
    const teacher = await printedPdf(page);
    expect(teacher.text).toContain(PUBLIC_ANSWER);
    expect(teacher.text).toContain(TEACHER_ANSWER);
    expect(teacher.text).not.toContain(PRIVATE_ANSWER);
    expect(teacher.text).toContain('Exemplaar voor de juf of meester');

    // US Letter is narrower and shorter: nothing may fall off.
    const letter = await printedPdf(page, 'Letter');
    expect(letter.info).toMatch(/Page size:.*\(letter\)/);
    for (const text of [PUBLIC_ANSWER, TEACHER_ANSWER, 'Tips: wat kan beter?'])
      expect(letter.text).toContain(text);
  });

  it('prints the parent letter: the round’s questions for parents, a page per pupil', async () => {
    await page.goto(`${new URL(page.url()).origin}/teacher/overview`);
    await openTeacherScreensHere(page);
    await page.getByRole('link', { name: 'Ouderbrief afdrukken' }).click();
    const letter = await printedPdf(page);
    // Each letter starts on a page of its own, and takes one page.
    const starts = letter.pages.map((text) => /Beste ouders van (\w+),/.exec(text)?.[1]);
    expect(starts).toEqual(['Emma', 'Noah']);
    expect(letter.text).toContain('oudergesprek');
    await expectNoAxeViolations(page, 'teacher: parent letter');
    await page.goto(`${new URL(page.url()).origin}/teacher/overview`);
    await openTeacherScreensHere(page);
    await page.getByRole('link', { name: /Wat het kind maakte\W+Emma/ }).click();
    await page.getByRole('heading', { name: 'Wat Emma voorbereidde' }).waitFor();
  });

  it('walks through the conversation led by Emma: her video first, then only her praatpapier', async () => {
    await page.getByRole('link', { name: 'Gesprek starten', exact: true }).click();
    await page.getByRole('heading', { name: 'Gesprek met Emma', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Welkom! Emma leidt het gesprek.' }).waitFor();
    await page.locator('.talk-step video').waitFor();
    const guide = page.getByRole('complementary', { name: 'Gespreksleidraad' });
    expect(await guide.locator('[aria-current="step"]').innerText()).toContain('Afstemmen');
    await guide
      .getByRole('timer')
      .getByText(/0:0\d van 20 minuten/)
      .waitFor();
    await expectNoAxeViolations(page, 'teacher: conversation mode');
    // The app's one-time "works offline now" notice is the teacher's, not part of the talk.
    const notice = page.getByRole('button', { name: 'Sluiten' });
    if (await notice.count()) await notice.click();
    expect(await smallTouchTargets(page, 64)).toEqual([]);

    const seen: string[] = [];
    const texts = [await page.locator('.talk-step').innerText()];
    const next = page.getByRole('button', { name: 'Volgende →' });
    while (await next.count()) {
      await next.click();
      seen.push(await page.locator('#talk-step-heading').innerText());
      texts.push(await page.locator('.talk-step').innerText());
    }
    // Her question first, as she chose; then her answer; nothing she did not share.
    expect(seen.slice(0, 2)).toEqual(['Wat ik wil vragen', 'Vragen en antwoorden']);
    expect(seen.at(-1)).toBe('Klaar! Nu maken we samen afspraken.');
    const everything = texts.join('\n');
    expect(everything).toContain(ASK);
    expect(everything).toContain(PUBLIC_ANSWER);
    expect(everything).not.toContain(TEACHER_ANSWER);
    expect(everything).not.toContain(PRIVATE_ANSWER);
    expect(await guide.locator('[aria-current="step"]').innerText()).toContain('Afspreken');
    await page.getByRole('button', { name: '← Terug' }).click();
    await page.getByRole('button', { name: 'Volgende →' }).click();
    await page.getByRole('link', { name: 'Afspraken vastleggen' }).click();
    await page.getByRole('heading', { name: 'Afspraken met Emma' }).waitFor();
  });

  it('records the agreements and Emma’s tops and tips, saved as they are typed', async () => {
    await page.getByRole('button', { name: '+ Afspraak toevoegen' }).click();
    const first = page.getByRole('group', { name: 'Afspraak 1' });
    await first.getByRole('radio', { name: 'Emma' }).click();
    await first.getByLabel('Wat spreken we af?').fill(AGREEMENT);
    await first.getByLabel('Tegen wanneer?').fill('2027-01-15');
    await page.getByLabel('Tops van het kind: wat ging goed?').fill('Ik mocht zelf vertellen');
    await page.getByLabel('Tips van het kind: wat kan beter?').fill('Meer tijd');
    await page.getByText('Bewaard', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'teacher: agreements');
    await page.reload();
    await openTeacherScreensHere(page);
    await page.getByRole('heading', { name: 'Afspraken met Emma' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Afspraak 1' })
        .getByLabel('Wat spreken we af?')
        .inputValue(),
    ).toBe(AGREEMENT);

    await page.getByRole('link', { name: 'Praatpapier afdrukken' }).click();
    const sheet = await printedPdf(page);
    expect(sheet.text).toContain(AGREEMENT);
    expect(sheet.text).toContain('Ik mocht zelf vertellen');
  });

  it('opens the next round with last round’s agreements, for Emma and on her next sheet', async () => {
    await page.goto(`${session.server.url}/teacher`);
    await openTeacherScreensHere(page);
    await startRound(page, /KOM-gesprek/, 'Bovenbouw (groep 7–8)', 'KOM lente');
    await page.getByRole('link', { name: 'Naar de groep' }).first().click();
    await signInPupil(page, 'Emma');
    const lookBack = page.getByRole('region', { name: 'Wat hadden we afgesproken? Hoe ging het?' });
    await lookBack.getByText(AGREEMENT).waitFor();
    await lookBack
      .getByRole('radiogroup', { name: `Hoe ging het: ${AGREEMENT}` })
      .getByRole('radio', { name: 'Bijna' })
      .click();
    await expect
      .poll(() => lookBack.getByRole('radio', { name: 'Bijna' }).getAttribute('aria-checked'))
      .toBe('true');
    await expectNoAxeViolations(page, 'pupil: path with look-back');
    await signOutPupil(page);

    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    await page.getByRole('link', { name: /Afspraken\W+Emma/ }).click();
    await page.getByText(`${AGREEMENT}`).first().waitFor();
    await page.getByText('Bijna').first().waitFor();
    await page.getByRole('link', { name: 'Praatpapier afdrukken' }).click();
    const sheet = await printedPdf(page);
    expect(sheet.text).toContain('Wat hadden we afgesproken? Hoe ging het?');
    expect(sheet.text).toMatch(new RegExp(`${AGREEMENT}.*Bijna`));
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  });
});

describe('the praatpapieren of a class of thirty', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startAppSession();
    const { page } = session;
    const { classId, pupilIds } = await seedClass(page, session.server.url, { pupils: 30 });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds, { items: 3, photos: true });
  });
  afterAll(() => session?.close());

  it('prints as one PDF of A4 pages, every pupil from a page of their own', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/teacher/overview`);
    await page.getByLabel('Code van de juf of meester').fill('1234');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('link', { name: 'Praatpapieren van de groep afdrukken' }).click();
    await page
      .getByText('30 praatpapieren zijn klaar om af te drukken.')
      .waitFor({ timeout: 60_000 });
    // Every photo and spinnenweb is decoded before "Afdrukken" is offered.
    const undecoded = await page.evaluate(
      () =>
        [...document.querySelectorAll('.print-sheets img')].filter(
          (img) =>
            !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0,
        ).length,
    );
    expect(undecoded).toBe(0);
    expect(await page.locator('.print-radar').count()).toBe(30);

    const pdf = await printedPdf(page);
    expect(pdf.info).toMatch(/Page size:.*\(A4\)/);
    const namesOn = pdf.pages.map((text) => [...new Set(text.match(/Kind \d\d/g) ?? [])]);
    expect(namesOn.every((names) => names.length <= 1)).toBe(true);
    const starts = namesOn.flatMap((names, index) =>
      names.length === 1 && namesOn[index - 1]?.[0] !== names[0] ? names : [],
    );
    expect(starts).toHaveLength(30);
    expect(new Set(starts).size).toBe(30);
    // At most two pages a pupil.
    expect(pdf.pages.length).toBeLessThanOrEqual(60);
    // The photos and webs are in the file as images: a real sheet, not an empty frame.
    expect(pdf.bytes).toBeGreaterThan(30 * 20_000);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
