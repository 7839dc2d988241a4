import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectSameOriginOnly,
  inkOf,
  readDatabase,
  smallTouchTargets,
  startAppSession,
  tabletPerTest,
  type AppSession,
} from './harness';
import {
  openTeacherScreens,
  openTeacherScreensAt,
  seededClass,
  signInPupil,
  signOutPupil,
  startRound,
  TEACHER_CODE,
} from './flows';
import { seed, seedClass, seedPreparation, seedRound } from '../bench/seed.mjs';

const PUBLIC_ANSWER = 'Ik ben trots op mijn werkstuk over vulkanen';
const TEACHER_ANSWER = 'Soms vind ik het te druk in de klas';
const PRIVATE_ANSWER = 'Mijn geheime wens is een hond';
const AGREEMENT = 'Elke dag tien minuten lezen';
const ASK = 'Mag ik op voetbal?';
const PARENT_ANSWER = 'Thuis leest Emma graag strips';
const PUPILS = ['Emma', 'Noah'];
const scratch = mkdtempSync(join(tmpdir(), 'praatpapier-pdf-'));
let printed = 0;

interface Row {
  [field: string]: unknown;
}

/** The PDF as Chromium prints it, and its text as pdftotext (poppler) reads it, page by page. */
async function printedPdf(page: Page, format: 'A4' | 'Letter' = 'A4') {
  await page.getByRole('button', { name: 'Afdrukken' }).and(page.locator(':enabled')).waitFor({
    timeout: 30_000,
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const file = join(scratch, `sheet-${++printed}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    file,
    bytes: pdf.length,
    // Every page, blank ones too (a blank back keeps a double-sided class print paired); the
    // text after the last form feed is no page.
    pages: text.split('\f').slice(0, -1),
    text: text.replace(/\s+/g, ' '),
    info,
  };
}

/**
 * How dark the printed page is at a point (0 black, 255 white), `x` and `y` as fractions of the
 * page: the PDF rendered by poppler at 30 dpi, in grey.
 */
function greyAt(file: string, page: number, x: number, y: number): number {
  const image = execFileSync('pdftoppm', [
    '-r',
    '30',
    '-gray',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    file,
  ]);
  // A PGM: "P5\n<width> <height>\n255\n" and then a byte per pixel.
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.toString('latin1', 0, 40))!;
  const header = image.length - Number(width) * Number(height);
  return image[
    header + Math.floor(y * Number(height)) * Number(width) + Math.floor(x * Number(width))
  ]!;
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
  await page.getByRole('timer').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('heading', { name: 'Mijn filmpje', level: 2 }).waitFor();
  await page.locator('.media-player video').waitFor();
  await toPath(page);
}

interface Seeded {
  emma: string;
  roundId: string;
}

/** Emma and Noah's class with the open KOM round a teacher makes with the defaults. */
async function emmaAndNoah(page: Page, url: string): Promise<Seeded> {
  const { pupilIds, roundId } = await seededClass(page, url, PUPILS, { round: 'KOM herfst' });
  return { emma: pupilIds[0]!, roundId: roundId! };
}

/**
 * What the first test makes by hand, made by the seed: an answer for her parents, one for her
 * teacher and one for herself, her question to her parents told before her answers, and (with
 * `video`) her ice-breaker video of 1:23; the rest of the round's parts as the seed fills them.
 */
async function emmaHasPrepared(page: Page, { emma, roundId }: Seeded, { video = true } = {}) {
  await seedPreparation(page, roundId, [emma], {
    items: 0,
    photos: false,
    clips: video,
    ask: ASK,
    answers: [
      { text: PUBLIC_ANSWER, share: 'parents' },
      { text: TEACHER_ANSWER, share: 'teacher' },
      { text: PRIVATE_ANSWER, share: 'me' },
    ],
    talkOrder: ['asks', 'answers'],
  });
}

// Each test a fresh tablet with Emma and Noah's class and its open round; what a test starts
// from (Emma's preparation, last round's agreements) the seed makes, never the test before it.
describe('the praatpapier: printed, talked through, and what was agreed', () => {
  const session = tabletPerTest();
  let page: Page;
  let seeded: Seeded;

  beforeEach(async () => {
    ({ page } = session);
    seeded = await emmaAndNoah(page, session.server.url);
  });
  afterEach(() => {
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  });

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

    // Stored as the other tests' seed stores it: who may see each answer, her question first.
    const stored = (await readDatabase(page, 'praatpapier', 'answers')) as Row[];
    expect(
      stored
        .filter((row) => row.source === 'round' && row.text)
        .map((row) => [row.text, row.share])
        .sort(),
    ).toEqual(
      [
        [PUBLIC_ANSWER, 'parents'],
        [TEACHER_ANSWER, 'teacher'],
        [PRIVATE_ANSWER, 'me'],
      ].sort(),
    );
    const [pupilRound] = (await readDatabase(page, 'praatpapier', 'pupilRounds')) as Row[];
    const talkOrder = pupilRound!.talkOrder as string[];
    expect(talkOrder.indexOf('asks')).toBeLessThan(talkOrder.indexOf('answers'));
    expect(pupilRound!.reviewedAt).toEqual(expect.any(Number));
  });

  it('prints the conversation copy with only what is on the praatpapier, as real text in a PDF', async () => {
    await emmaHasPrepared(page, seeded);
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    // The parents brought the letter back: the teacher types in what they wrote.
    await page.getByRole('link', { name: /Voorbereiding\W+Emma/ }).click();
    const parents = page.getByRole('region', { name: 'Wat de ouders antwoordden' });
    await parents.getByRole('textbox').first().fill(PARENT_ANSWER);
    await parents.getByText('Bewaard', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'teacher: plan with the parents’ answers');
    await openTeacherScreensAt(page, `${session.server.url}/teacher/overview`);
    await page.getByRole('link', { name: /Wat het kind maakte\W+Emma/ }).click();
    await page.getByRole('link', { name: 'Praatpapier afdrukken: Voor het gesprek' }).click();
    const conversation = await printedPdf(page);
    expect(conversation.text).toContain(PARENT_ANSWER);
    expect(conversation.text).toContain('Emma');
    expect(conversation.text).toContain(PUBLIC_ANSWER);
    expect(conversation.text).not.toContain(TEACHER_ANSWER);
    expect(conversation.text).not.toContain(PRIVATE_ANSWER);
    // The video as a short note with its length, and the empty agreements frame to write in.
    expect(conversation.text).toContain('Mijn filmpje (1:23)');
    expect(conversation.text).toContain('Afspraken');
    expect(conversation.text).toContain('Tops: wat ging goed?');
    expect(conversation.info).toMatch(/Page size:.*\(A4\)/);
    // One sheet: her voice on the front (her name first), how it goes and the agreements on
    // the back.
    expect(conversation.pages).toHaveLength(2);
    expect(conversation.pages[0]).toMatch(/^\s*MIJN PRAATPAPIER\s+Emma\s/);
    expect(conversation.pages[0]).toContain(PUBLIC_ANSWER);
    expect(conversation.pages[1]).toContain('Tops: wat ging goed?');
    // US Letter is wider and shorter: nothing may fall off, and it stays one sheet.
    const letter = await printedPdf(page, 'Letter');
    expect(letter.info).toMatch(/Page size:.*\(letter\)/);
    expect(letter.pages).toHaveLength(2);
    for (const text of [PUBLIC_ANSWER, ASK, PARENT_ANSWER, 'Tips: wat kan beter?'])
      expect(letter.text).toContain(text);
    await expectNoAxeViolations(page, 'teacher: print');

    // The teacher's copy is a page of its own kind: what the parents' copy does not say.
    await page.getByRole('link', { name: 'Voor de juf of meester' }).click();
    await page.getByText('Eén blad voor jezelf: wat alleen voor de juf of meester is').waitFor();
    const teacher = await printedPdf(page);
    expect(teacher.pages).toHaveLength(1);
    // The band's heading is printed in capitals.
    expect(teacher.text).toContain('EXEMPLAAR VOOR DE JUF OF MEESTER — NIET MEEGEVEN');
    expect(teacher.text).toContain(
      'Alleen voor de juf of meester: Emma zette dit niet op het praatpapier voor thuis',
    );
    expect(teacher.text).toContain(TEACHER_ANSWER);
    expect(teacher.text).not.toContain(PUBLIC_ANSWER);
    expect(teacher.text).not.toContain(PRIVATE_ANSWER);
    expect(teacher.text).toContain('Notities van het gesprek');
    // The grey band is on paper: the page is unmistakably the teacher's at a glance.
    expect(greyAt(teacher.file, 1, 0.9, 0.07)).toBeLessThan(140);
    expect(greyAt(conversation.file, 1, 0.9, 0.07)).toBeGreaterThan(200);
    await expectNoAxeViolations(page, 'teacher: print, teacher’s copy');
  });

  it('prints a blank invulblad for whoever did not prepare on the tablet', async () => {
    await emmaHasPrepared(page, seeded, { video: false });
    await openTeacherScreensAt(page, `${session.server.url}/teacher/overview`);
    await page.getByRole('link', { name: /^Praatpapieren van de .* afdrukken$/ }).click();
    await page.getByRole('link', { name: 'Invulblad' }).click();
    await page.getByText('Het invulblad is klaar om af te drukken.').waitFor({ timeout: 30_000 });
    const blank = await printedPdf(page);
    // Noah made nothing yet; Emma did, so she gets none.
    expect(blank.pages).toHaveLength(2);
    expect(blank.pages[0]).toContain('Noah');
    expect(blank.text).not.toContain('Emma');
    expect(blank.text).toContain('Kleur het gezichtje dat past.');
    expect(blank.text).toContain('Schrijf of teken in de cirkels');
    // The faces to colour are drawn uncoloured, one row per topic, now and in a month.
    const rows = page.locator('.print-colour-faces tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const faces = await rows.evaluateAll((all) =>
      all.map((row) => row.querySelectorAll('circle[fill="#fff"]').length),
    );
    expect(new Set(faces).size).toBe(1);
    expect([6, 10]).toContain(faces[0]);
    await expectNoAxeViolations(page, 'teacher: print, blank invulblad');
  });

  it('prints the parent letter: the round’s questions for parents, a page per pupil', async () => {
    await openTeacherScreensAt(page, `${session.server.url}/teacher/overview`);
    await page.getByRole('link', { name: 'Ouderbrief afdrukken' }).click();
    const letter = await printedPdf(page);
    // Each letter starts on a page of its own, and takes one page.
    const starts = letter.pages.map((text) => /Beste ouders van (\w+),/.exec(text)?.[1]);
    expect(starts).toEqual(['Emma', 'Noah']);
    expect(letter.text).toContain('oudergesprek');
    await expectNoAxeViolations(page, 'teacher: parent letter');
  });

  it('walks through the conversation led by Emma: her video first, then only her praatpapier', async () => {
    await emmaHasPrepared(page, seeded);
    await openTeacherScreensAt(page, `${session.server.url}/teacher/overview`);
    await page.getByRole('link', { name: /Wat het kind maakte\W+Emma/ }).click();
    await page.getByRole('heading', { name: 'Wat Emma voorbereidde' }).waitFor();
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
    await emmaHasPrepared(page, seeded, { video: false });
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    await page.getByRole('link', { name: /Afspraken\W+Emma/ }).click();
    await page.getByRole('heading', { name: 'Afspraken met Emma' }).waitFor();
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
    await seed(page, 'seedAgreements', seeded.roundId, seeded.emma, [AGREEMENT]);
    await openTeacherScreensAt(page, `${session.server.url}/teacher`);
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
  });
});

describe('the praatpapieren of a class of thirty', () => {
  let session: AppSession;
  let roundId: string;

  beforeAll(async () => {
    session = await startAppSession();
    const { page } = session;
    const { classId, pupilIds } = await seedClass(page, session.server.url, { pupils: 30 });
    roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds, { items: 3, photos: true, clips: true });
    // Kind 05 wrote as much as the app lets a pupil write: her sheet cannot fit two sides.
    await seed(page, 'seedLongAnswers', roundId, pupilIds[4]!);
  });
  afterAll(() => session?.close());

  async function openClassPrint(copy: 'parents' | 'teacher') {
    const { page } = session;
    await page.goto(`${session.server.url}/teacher/rounds/${roundId}/print?copy=${copy}`);
    await page.getByLabel('Code van de juf of meester').fill('1234');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page
      .getByText('30 praatpapieren zijn klaar om af te drukken.')
      .waitFor({ timeout: 90_000 });
    return page;
  }

  /** The pages each pupil's sheet takes, in print order, from the name that opens each. */
  function sheetsOf(pages: string[]) {
    const starts = pages.flatMap((text, index) => {
      // The heading above the name is printed in capitals.
      const name = /^\s*(?:mijn praatpapier|exemplaar voor .*)\s+(Kind \d\d)/i.exec(text);
      return name ? [{ name: name[1]!, index }] : [];
    });
    return starts.map((start, at) => ({
      name: start.name,
      first: start.index,
      pages: (starts[at + 1]?.index ?? pages.length) - start.index,
    }));
  }

  it('prints every pupil on a sheet of their own: two sides, so a double-sided print pairs', async () => {
    const page = await openClassPrint('parents');
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
    const sheets = sheetsOf(pdf.pages);
    expect(sheets.map((sheet) => sheet.name)).toHaveLength(30);
    expect(new Set(sheets.map((sheet) => sheet.name)).size).toBe(30);
    // Every pupil starts on the front of a new sheet and takes whole sheets…
    for (const sheet of sheets) {
      expect(sheet.first % 2, sheet.name).toBe(0);
      expect(sheet.pages % 2, sheet.name).toBe(0);
    }
    // …one sheet each, but for the pupil who wrote more than two sides hold: she takes two
    // whole sheets, the letters no smaller than can be read, and nothing left off.
    const counts = sheets.map((sheet) => sheet.pages).sort((a, b) => a - b);
    expect(counts.filter((count) => count === 2)).toHaveLength(29);
    expect(sheets.find((sheet) => sheet.name === 'Kind 05')!.pages).toBe(4);
    // Nothing written was left off to make it fit.
    expect(pdf.text).toContain('einde van mijn verhaal');
    // The photos and webs are in the file as images: a real sheet, not an empty frame.
    expect(pdf.bytes).toBeGreaterThan(30 * 20_000);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  }, 240_000);

  it('draws each spinnenweb half the page wide with every label whole', async () => {
    const page = await openClassPrint('parents');
    const web = page.locator('.print-radar').first();
    const [webWidth, sideWidth] = await web.evaluate((image) => [
      image.getBoundingClientRect().width,
      image.closest('.print-fit')!.getBoundingClientRect().width,
    ]);
    expect(webWidth / sideWidth).toBeGreaterThanOrEqual(0.5);
    // A label cut off by the image's edge leaves ink on that edge.
    for (const image of await page.locator('.print-radar').all()) {
      const { ink, atEdge } = await inkOf(image);
      expect(ink).toBeGreaterThan(5_000);
      expect(atEdge).toBe(0);
    }
  }, 240_000);

  it('prints the teacher’s copies as one page each, with a blank back between pupils', async () => {
    const page = await openClassPrint('teacher');
    const pdf = await printedPdf(page);
    const sheets = sheetsOf(pdf.pages);
    expect(sheets).toHaveLength(30);
    for (const sheet of sheets.slice(0, -1)) expect(sheet.pages, sheet.name).toBe(2);
    for (const sheet of sheets.slice(0, -1)) expect(pdf.pages[sheet.first + 1]!.trim()).toBe('');
    // Printed single-sided, no blank pages.
    await page.getByLabel('Ik druk dubbelzijdig af: elk kind begint op een nieuw blad').uncheck();
    const single = await printedPdf(page);
    expect(single.pages).toHaveLength(30);
  }, 240_000);
});
