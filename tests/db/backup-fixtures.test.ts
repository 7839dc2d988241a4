import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { checkBackup } from '../../src/features/backup/check-backup';
import { applyImport } from '../../src/features/backup/apply-import';
import { BackupError } from '../../src/features/backup/backup-error';
import { classWithWork, fingerprint } from '../support/backup-world';
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
