import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectSameOriginOnly, openApp, tabletPerTest } from './harness';
import { seed, seedClass, seedPreparation, seedRecordings, seedRound } from '../bench/seed.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'praatpapier-backup-'));
const PASSPHRASE = 'zomer in groep zes';
/** A class backup from another tablet (tests/fixtures/make-fixtures.mjs). */
const GOOD_FIXTURE = fileURLToPath(new URL('../fixtures/good.praatpapier', import.meta.url));
/** The same file with a pupil whose drawing is "valueOf": it once locked the whole class out. */
const VALUEOF_FIXTURE = fileURLToPath(
  new URL('../fixtures/avatar-valueof.praatpapier', import.meta.url),
);

/**
 * Every row of every table as the app stored it, Blobs as their bytes' SHA-256, and each media
 * row's bytes (its chunks joined) hashed: read in the page with plain IndexedDB.
 */
function dump(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('praatpapier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const hex = async (blob: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))]
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('');
    const plain = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) return `blob:${value.type}:${await hex(value)}`;
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      // Fields in name order: a row is the same row whatever order its fields were written in.
      if (value && typeof value === 'object')
        return Object.fromEntries(
          await Promise.all(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(async ([k, v]) => [k, await plain(v)]),
          ),
        );
      return value;
    };
    const result: Record<string, Record<string, string>> = {};
    for (const store of [...database.objectStoreNames]) {
      if (store === 'mediaChunks') continue;
      const keyPath = database.transaction(store).objectStore(store).keyPath;
      result[store] = {};
      for (const row of await all(store)) {
        const key = Array.isArray(keyPath) ? keyPath.map((k) => row[k]).join('|') : row[keyPath!];
        result[store][String(key)] = JSON.stringify(await plain(row));
      }
    }
    const chunks = await all('mediaChunks');
    result['mediaBytes'] = {};
    for (const id of Object.keys(result['media']!)) {
      const mine = chunks
        .filter((chunk) => chunk['mediaId'] === id)
        .sort((a, b) => (a['seq'] as number) - (b['seq'] as number));
      result['mediaBytes'][id] = await hex(new Blob(mine.map((chunk) => chunk['blob'] as Blob)));
    }
    database.close();
    return result;
  });
}

/** Every row that was there before is there again, unchanged, and every media byte too. */
function expectContains(after: Record<string, Record<string, string>>, before: typeof after) {
  for (const [table, rows] of Object.entries(before))
    for (const [key, row] of Object.entries(rows))
      expect(after[table]?.[key], `${table} ${key}`).toBe(row);
}

async function openBackups(page: Page, url: string, code: string) {
  await page.goto(`${url}/teacher/backup`);
  await page.getByLabel('Code van de juf of meester').fill(code);
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('heading', { name: 'Back-ups', level: 1 }).waitFor();
}

async function saveBackup(page: Page, region: ReturnType<Page['getByRole']>, name: string) {
  await region.getByRole('button', { name: 'Back-up maken' }).click();
  await region.getByText(/^Klaar: praatpapier-.*\.praatpapier/).waitFor({ timeout: 120_000 });
  const download = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Bestand opslaan' }).click();
  const file = join(scratch, name);
  await (await download).saveAs(file);
  return file;
}

async function restore(page: Page, file: string) {
  await page.getByLabel('Bestand kiezen').setInputFiles(file);
}

/** The class of two with a full preparation, photos and two recordings of 9 MB. */
async function seedWorld(page: Page, url: string) {
  const { classId, pupilIds } = await seedClass(page, url, { pupils: 2 });
  const roundId = await seedRound(page, classId, pupilIds);
  await seedPreparation(page, roundId, pupilIds, { items: 2, photos: true });
  // Two recordings larger than what breaks dexie-export-import.
  await seedRecordings(page, roundId, pupilIds, { megabytes: 9 });
}

/** On an empty tablet's first screen, brings back a backup of everything. */
async function restoreOnFirstScreen(page: Page, file: string) {
  await page.getByRole('button', { name: 'Ik heb een back-up van een andere tablet' }).click();
  await page.getByRole('heading', { name: 'Ik heb een back-up van een andere tablet' }).waitFor();
  await restore(page, file);
  await page
    .getByRole('heading', { name: 'Wat staat er in dit bestand?' })
    .waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await page.getByRole('button', { name: 'Kind 01', exact: true }).waitFor({ timeout: 120_000 });
}

describe('backups in the browser: end of the year, a fresh start, and everything back', () => {
  const session = tabletPerTest();
  let page: Page;
  /** What the seeded tablet held, and its backups (plain, and with the passphrase). */
  let before: Record<string, Record<string, string>>;
  let plainFile = '';
  let lockedFile = '';

  // The files the restore tests start from, made once on a tablet of their own.
  beforeAll(async () => {
    const { context, page } = await openApp(session.browser, session.server.url);
    try {
      await seedWorld(page, session.server.url);
      expect(await seed(page, 'misfits')).toEqual([]);
      before = await dump(page);
      await openBackups(page, session.server.url, '1234');
      plainFile = await saveBackup(
        page,
        page.getByRole('region', { name: 'Einde van het schooljaar' }),
        'everything.praatpapier',
      );
      const make = page.getByRole('region', { name: 'Back-up maken' });
      await make.getByRole('checkbox', { name: 'Beschermen met een wachtzin' }).check();
      await make.getByLabel('Wachtzin (minstens 8 tekens)').fill(PASSPHRASE);
      await make.getByLabel('Wachtzin nog een keer').fill(PASSPHRASE);
      lockedFile = await saveBackup(page, make, 'everything-locked.praatpapier');
    } finally {
      await context.close();
    }
  }, 240_000);

  const fresh = () => (page = session.page);

  it('makes a protected backup, then the year-end backup, and only then offers to wipe', async () => {
    fresh();
    await seedWorld(page, session.server.url);
    await openBackups(page, session.server.url, '1234');
    await page.getByText('Er is nog geen back-up gemaakt op deze tablet.').first().waitFor();
    await expectNoAxeViolations(page, 'teacher: backups');
    const make = page.getByRole('region', { name: 'Back-up maken' });
    await make.getByRole('checkbox', { name: 'Beschermen met een wachtzin' }).check();
    await make.getByLabel('Wachtzin (minstens 8 tekens)').fill(PASSPHRASE);
    await make.getByLabel('Wachtzin nog een keer').fill(PASSPHRASE);
    const locked = readFileSync(await saveBackup(page, make, 'locked.praatpapier'));
    expect(locked.length).toBeGreaterThan(18_000_000);
    expect(locked.includes('Kind 01')).toBe(false);

    const yearEnd = page.getByRole('region', { name: 'Einde van het schooljaar' });
    const wipe = yearEnd.getByRole('button', { name: 'Alles wissen' });
    expect(await wipe.isDisabled()).toBe(true);
    const plain = await saveBackup(page, yearEnd, 'year-end.praatpapier');
    expect(readFileSync(plain).includes('Kind 01')).toBe(true);
    await yearEnd.getByRole('checkbox', { name: /Ik heb de back-up bewaard/ }).check();
    await yearEnd.getByLabel('Typ WISSEN om te bevestigen').fill('wissen');
    await expectNoAxeViolations(page, 'teacher: end of the school year');
    await wipe.click();
    await page.getByRole('heading', { name: 'Welkom bij Praatpapier' }).waitFor();
    const empty = await dump(page).catch(() => ({}) as Record<string, Record<string, string>>);
    expect(Object.values(empty).every((rows) => Object.keys(rows).length === 0)).toBe(true);
  }, 180_000);

  it('on the empty tablet, brings the whole class back from the first screen, byte for byte', async () => {
    fresh();
    await page.getByRole('button', { name: 'Ik heb een back-up van een andere tablet' }).click();
    await page.getByRole('heading', { name: 'Ik heb een back-up van een andere tablet' }).waitFor();
    // A backup of one class has no teacher code: a new tablet cannot start from it.
    await restore(page, GOOD_FIXTURE);
    await page
      .getByRole('alert')
      .getByText(/^Op een nieuwe tablet kan alleen een back-up van alles terug/)
      .waitFor();
    expect(Object.values(await dump(page)).every((rows) => Object.keys(rows).length === 0)).toBe(
      true,
    );
    await restore(page, plainFile);
    await page
      .getByRole('heading', { name: 'Wat staat er in dit bestand?' })
      .waitFor({ timeout: 120_000 });
    await page.getByText('Groep 6a (nieuw op deze tablet)').waitFor();
    await page
      .getByText(/^2 kinderen, 1 gesprek, 4 dingen in portfolio’s, 6 foto’s en 2 opnames/)
      .waitFor();
    await expectNoAxeViolations(page, 'setup: restore preview');
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    // The class is back on the start screen, and the teacher's own code opens the teacher screens.
    await page.getByRole('button', { name: 'Kind 01', exact: true }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Kind 02', exact: true }).waitFor();
    expect(await dump(page)).toEqual(before);
    await openBackups(page, session.server.url, '1234');
    await page
      .getByText(/^Laatste back-up|Er is nog geen back-up/)
      .first()
      .waitFor();
  }, 180_000);

  it('asks the passphrase of a protected file, refuses a wrong one, and replaces what is here', async () => {
    fresh();
    await restoreOnFirstScreen(page, plainFile);
    await openBackups(page, session.server.url, '1234');
    await restore(page, lockedFile);
    await page.getByText('Dit bestand is beschermd met een wachtzin.').waitFor({ timeout: 60_000 });
    await page.getByLabel('Wachtzin van dit bestand').fill('winter');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page
      .getByText('Die wachtzin klopt niet. Probeer het nog eens.')
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Wachtzin van dit bestand').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Openen' }).click();
    await page
      .getByText(/Deze kinderen staan al op deze tablet: Kind 0[12], Kind 0[12]\./)
      .waitFor({
        timeout: 120_000,
      });
    await page.getByRole('radio', { name: /Vervangen door wat in het bestand staat/ }).check();
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('Teruggezet. Alles uit het bestand staat nu op deze tablet.').waitFor({
      timeout: 120_000,
    });
    const { teacher: _teacher, ...rest } = before;
    expectContains(await dump(page), rest);
  }, 180_000);

  it('brings a second class from another tablet, shows it, and deletes it again', async () => {
    fresh();
    await restoreOnFirstScreen(page, plainFile);
    await openBackups(page, session.server.url, '1234');
    await restore(page, GOOD_FIXTURE);
    await page.getByText('Groep 4 (fixture) (nieuw op deze tablet)').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('Teruggezet. Alles uit het bestand staat nu op deze tablet.').waitFor();
    const classes = page.getByRole('region', { name: 'Groepen op deze tablet' });
    await classes.getByText('Groep 6a (nu getoond)').waitFor();
    await classes.getByRole('button', { name: 'Naar Groep 4 (fixture)' }).click();
    await classes.getByText('Groep 4 (fixture) (nu getoond)').waitFor();
    await expectNoAxeViolations(page, 'teacher: classes on this tablet');
    await classes
      .getByRole('button', { name: 'Deze groep verwijderen: Groep 4 (fixture)' })
      .click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Deze groep verwijderen' })
      .click();
    await classes.getByText('Groep 6a (nu getoond)').waitFor();
    const after = await dump(page);
    expect(Object.keys(after['classes']!)).toHaveLength(1);
    expect(Object.values(after['pupils']!).some((row) => row.includes('Lotte'))).toBe(false);
    expect(after).toEqual(before);
  }, 180_000);

  it('refuses a file that is not a backup, with a message, and changes nothing', async () => {
    fresh();
    await seedClass(page, session.server.url, { pupils: 2, photos: false });
    await openBackups(page, session.server.url, '1234');
    const still = await dump(page);
    const notOurs = join(scratch, 'brief.praatpapier');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(notOurs, 'Beste ouders, hierbij de uitnodiging.');
    await restore(page, notOurs);
    await page
      .getByRole('alert')
      .getByText('Dit is geen Praatpapier-bestand. Kies een bestand dat eindigt op .praatpapier.')
      .waitFor();
    expect(await dump(page)).toEqual(still);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  });

  it('refuses a file with a pupil drawn as "valueOf", and the start screen still shows every pupil', async () => {
    fresh();
    await seedClass(page, session.server.url, { pupils: 2, photos: false });
    await openBackups(page, session.server.url, '1234');
    const still = await dump(page);
    await restore(page, VALUEOF_FIXTURE);
    await page
      .getByRole('alert')
      .getByText('De gegevens in dit bestand kloppen niet. Er is niets veranderd.')
      .waitFor({ timeout: 60_000 });
    expect(await dump(page)).toEqual(still);

    // A row like it that is on a tablet already (an older app let it in) draws the first animal.
    const name = await page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('praatpapier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = database.transaction('pupils', 'readwrite').objectStore('pupils');
      const pupils = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
      });
      const { photoMediaId: _photo, ...first } = pupils[0]!;
      const bent = { ...first, avatar: { drawing: 'valueOf', colour: 'constructor' } };
      await new Promise((resolve) => (store.put(bent).onsuccess = resolve));
      database.close();
      return first['firstName'] as string;
    });
    await page.goto(session.server.url);
    const grid = page.getByRole('list', { name: 'Groep 6a' });
    await grid
      .getByRole('button', { name })
      .locator('svg circle')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await grid.getByRole('button').count()).toBe(Object.keys(still['pupils']!).length);
    expect(session.errors).toEqual([]);
  });
});
