import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, upgradeTables } from '../../src/db';
import { checkBackup } from '../../src/features/backup/check-backup';
import { applyImport } from '../../src/features/backup/apply-import';
import { BackupError } from '../../src/features/backup/backup-error';
import { classWithWork, dumpDatabase, fingerprint } from '../support/backup-world';
import { freshDatabase } from './reset';

/** A fixture as the teacher would pick it: a File. */
const fixture = (name: string) =>
  new File([readFileSync(new URL(`../fixtures/${name}`, import.meta.url))], name);

/** Each bad file, and the reason the teacher is told (messages backupError*). */
const REFUSED: [string, string][] = [
  ['truncated.praatpapier', 'truncated'],
  ['zip-bomb.praatpapier', 'compressed'],
  ['wrong-checksum.praatpapier', 'badChecksum'],
  ['newer-format.praatpapier', 'tooNew'],
  ['not-ours.praatpapier', 'notOurs'],
  ['path-outside.praatpapier', 'badEntryName'],
  ['ten-thousand-rows.praatpapier', 'tooManyRows'],
  ['missing-media.praatpapier', 'missingEntry'],
  ['orphan-row.praatpapier', 'badReference'],
  // They passed every check once, and broke the start screen or the teacher's screens.
  ['avatar-valueof.praatpapier', 'badRows'],
  ['topics-null.praatpapier', 'badRows'],
  ['agreement-items-null.praatpapier', 'badRows'],
  ['invisible-name.praatpapier', 'badRows'],
  ['proto-key.praatpapier', 'badRows'],
];

describe('a bad backup file', () => {
  beforeEach(async () => {
    await freshDatabase();
    await classWithWork();
  });

  it.each(REFUSED)('%s is refused (%s) and changes nothing', async (name, problem) => {
    const before = await fingerprint();
    const refusal = await checkBackup(fixture(name)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).problem).toBe(problem);
    expect(await fingerprint()).toBe(before);
  });

  it('a file that is not a zip at all is refused', async () => {
    const before = await fingerprint();
    const refusal = await checkBackup(new File(['Beste ouders,'], 'brief.praatpapier')).catch(
      (error: unknown) => error,
    );
    expect((refusal as BackupError).problem).toBe('notZip');
    expect(await fingerprint()).toBe(before);
  });

  it('the good fixture is read, so the bad ones are refused for what is wrong with them only', async () => {
    const backup = await checkBackup(fixture('good.praatpapier'));
    await applyImport(backup, 'replace');
    expect((await db.portfolioItems.toArray()).map((item) => item.title)).toContain('Klok kijken');
    const photo = await db.mediaChunks
      .where('mediaId')
      .equals('c0ffee00-0000-4000-8000-000000000004')
      .first();
    expect(photo?.blob.size).toBe(2048);
  });

  it('names with <script> in them are imported as plain text, never as markup', async () => {
    await applyImport(await checkBackup(fixture('script-in-names.praatpapier')), 'replace');
    const pupil = await db.pupils.get('c0ffee00-0000-4000-8000-000000000002');
    // Stored exactly as written: the screens show it as text (Preact escapes all text).
    expect(pupil?.firstName).toBe('<script>alert(1)</script>');
  });
});

describe('a backup from an older schema version', () => {
  beforeEach(freshDatabase);

  it('version 5, made by the export of that version, comes back with every row and byte', async () => {
    // The database as it was when the file was made, upgraded as the database upgrades itself.
    const { mediaBytes, ...tables } = JSON.parse(
      readFileSync(new URL('../fixtures/v5-export.dump.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown[]> & { mediaBytes: Record<string, string> };
    const expected = { ...upgradeTables(tables, 5, db.verno), mediaBytes };
    const backup = await checkBackup(fixture('v5-export.praatpapier'));
    expect(backup.manifest.schemaVersion).toBe(5);
    await applyImport(backup, 'replace');
    expect(await dumpDatabase()).toEqual(expected);
    const plans = await db.pupilPlans.toArray();
    expect(plans[0]?.parentAnswers).toEqual([
      { questionId: 'kom-parent-home', text: 'Ze leest veel thuis' },
    ]);
  });

  it('version 3 comes back, its plans with an empty list of parents’ answers', async () => {
    await applyImport(await checkBackup(fixture('version-3.praatpapier')), 'replace');
    const counts = Object.fromEntries(
      await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])),
    );
    expect(counts).toMatchObject({
      classes: 1,
      pupils: 1,
      rounds: 1,
      pupilPlans: 1,
      ownQuestions: 1,
      hiddenQuestions: 1,
      portfolioItems: 1,
      ratings: 1,
      answers: 1,
      circles: 1,
      goals: 1,
      pupilRounds: 1,
      media: 1,
      mediaChunks: 1,
    });
    expect(await db.pupilPlans.toArray()).toEqual([
      expect.objectContaining({ focus: 'Lezen', slot: '2025-12-08T13:30', parentAnswers: [] }),
    ]);
  });

  it('version 1 comes back: the class, the pupil, the teacher’s code and the photo', async () => {
    await applyImport(await checkBackup(fixture('version-1.praatpapier')), 'replace');
    expect(await db.teacher.get('teacher')).toMatchObject({ lockAfterMinutes: 5 });
    expect((await db.pupils.toArray()).map((pupil) => pupil.firstName)).toEqual(['Lotte']);
    const photo = await db.mediaChunks.toArray();
    expect(photo.map((chunk) => chunk.blob.size)).toEqual([2048]);
  });
});
