import { beforeEach, describe, expect, it } from 'vitest';
import { db, eraseClass, erasePupil, eraseRecordingsOf, type Scope } from '../../src/db';
import { deleteRound, closeRound } from '../../src/features/rounds';
import { backupBlob } from '../../src/features/backup/export-backup';
import { checkBackup } from '../../src/features/backup/check-backup';
import { applyImport, previewImport } from '../../src/features/backup/apply-import';
import { BackupError } from '../../src/features/backup/backup-error';
import { readZipDirectory } from '../../src/features/backup/zip-reader';
import { appendChunk, beginRecording, finishRecording } from '../../src/features/media/media-repo';
import { setSpokenAnswer } from '../../src/features/questions/answers-repo';
import { classWithWork, dumpDatabase, fingerprint } from '../support/backup-world';
import { freshDatabase } from './reset';

const ALL: Scope = { kind: 'all' };
const everything = { scope: ALL, scopeInfo: { kind: 'all' } as const };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
  throw new Error('not refused');
}

describe('a backup', () => {
  beforeEach(freshDatabase);

  it('brings back a class with two recordings of more than 8 MB, every row equal, every byte identical', async () => {
    await classWithWork({ videoMegabytes: 9 });
    const before = await dumpDatabase();
    const file = await backupBlob(everything);
    expect(file.size).toBeGreaterThan(18_000_000);

    await freshDatabase();
    const backup = await checkBackup(file);
    const preview = await previewImport(backup);
    expect(preview).toMatchObject({
      classes: [{ name: 'Groep 7', isNew: true }],
      pupils: 2,
      existingPupils: [],
      recordings: 2,
      photos: 2,
    });
    expect(preview.mediaBytes).toBeGreaterThan(18_000_000);
    await applyImport(backup, 'replace');
    expect(await dumpDatabase()).toEqual(before);
  }, 60_000);

  it('finds one changed byte in any entry, in any run of the file, and changes nothing', async () => {
    await classWithWork({ videoMegabytes: 9 });
    const file = await backupBlob(everything);
    const entries = await readZipDirectory(file, 1000);
    const before = await fingerprint();
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The first entry, a thumbnail among its neighbours, the last byte of the second recording.
    const media = entries.filter((entry) => entry.name.startsWith('media/'));
    const largest = [...media].sort((a, b) => b.size - a.size);
    const thumb = entries.find((entry) => entry.name.startsWith('thumbs/'))!;
    for (const at of [
      entries[0]!.start,
      thumb.start + 3,
      largest[1]!.start + largest[1]!.size - 1,
    ]) {
      const changed = bytes.slice();
      changed[at]! ^= 0x01;
      expect(await refusal(checkBackup(new Blob([changed])))).toBe('badChecksum');
    }
    expect(await fingerprint()).toBe(before);
  }, 60_000);

  it('stores every entry uncompressed and lists its checksum in the manifest', async () => {
    await classWithWork();
    const file = await backupBlob(everything);
    const entries = await readZipDirectory(file, 1000);
    const names = entries.map((entry) => entry.name);
    expect(names).toContain('data.json');
    expect(names.at(-1)).toBe('manifest.json');
    expect(names.filter((name) => name.startsWith('media/'))).toHaveLength(4);
    const { manifest } = await checkBackup(file);
    expect(manifest).toMatchObject({
      format: 'praatpapier-backup',
      formatVersion: 1,
      schemaVersion: db.verno,
    });
    expect(Object.keys(manifest.entries).sort()).toEqual(
      names.filter((n) => n !== 'manifest.json').sort(),
    );
    expect(manifest.counts['pupils']).toBe(2);
  });

  it('with a passphrase: round trip, and a wrong or missing passphrase is refused', async () => {
    await classWithWork();
    const before = await dumpDatabase();
    const file = await backupBlob({ ...everything, passphrase: 'zomer in de klas' });
    // Nothing readable inside: the pupils' names are not in the file's bytes.
    expect(Buffer.from(await file.arrayBuffer()).includes('Emma')).toBe(false);
    await freshDatabase();
    expect(await refusal(checkBackup(file))).toBe('needsPassphrase');
    expect(await refusal(checkBackup(file, 'winter in de klas'))).toBe('wrongPassphrase');
    const backup = await checkBackup(file, 'zomer in de klas');
    await applyImport(backup, 'replace');
    expect(await dumpDatabase()).toEqual(before);
  }, 60_000);

  it('one pupil moves to another tablet with their work, their class and its rounds', async () => {
    const { emma } = await classWithWork();
    const file = await backupBlob({
      scope: { kind: 'pupil', pupilId: emma },
      scopeInfo: { kind: 'pupil', name: 'Emma' },
    });
    const emmaBefore = (await dumpDatabase()) as Record<
      string,
      { pupilId?: string; id?: string }[]
    >;
    await freshDatabase();
    await applyImport(await checkBackup(file), 'replace');
    const after = (await dumpDatabase()) as Record<string, { pupilId?: string; id?: string }[]>;
    expect(after['pupils']!.map((row) => row.id)).toEqual([emma]);
    expect(after['classes']).toEqual(emmaBefore['classes']);
    expect(after['rounds']).toEqual(emmaBefore['rounds']);
    expect(after['portfolioItems']).toEqual(
      emmaBefore['portfolioItems']!.filter((row) => row.pupilId === emma),
    );
    expect(after['media']).toEqual(emmaBefore['media']!.filter((row) => row.pupilId === emma));
  });

  it('a pupil who is here already is replaced, or kept next to the file’s copy as “Emma (2)”', async () => {
    const { emma, classRow } = await classWithWork();
    const file = await backupBlob({
      scope: { kind: 'class', classId: classRow.id },
      scopeInfo: { kind: 'class', name: 'Groep 7' },
    });
    await db.portfolioItems.where('pupilId').equals(emma).modify({ title: 'Later veranderd' });
    const backup = await checkBackup(file);
    expect((await previewImport(backup)).existingPupils.sort()).toEqual(['Emma', 'Noah']);

    await applyImport(backup, 'keepBoth');
    const names = (await db.pupils.toArray()).map((pupil) => pupil.firstName).sort();
    expect(names).toEqual(['Emma', 'Emma (2)', 'Noah', 'Noah (2)']);
    const copy = (await db.pupils.filter((pupil) => pupil.firstName === 'Emma (2)').first())!;
    const copyItems = await db.portfolioItems.where('pupilId').equals(copy.id).toArray();
    expect(copyItems.map((item) => item.title)).toEqual(['Breuken 0']);
    const photo = await db.media.get(copyItems[0]!.photoMediaId!);
    expect(photo?.pupilId).toBe(copy.id);
    expect(await db.mediaChunks.where('mediaId').equals(photo!.id).count()).toBe(1);
    expect((await db.portfolioItems.where('pupilId').equals(emma).first())?.title).toBe(
      'Later veranderd',
    );

    await applyImport(await checkBackup(file), 'replace');
    expect((await db.portfolioItems.where('pupilId').equals(emma).first())?.title).toBe(
      'Breuken 0',
    );
    expect(await db.pupils.count()).toBe(4);
  });

  it('keeps this tablet’s own class and rounds when the file has older copies of them', async () => {
    const { classRow, round } = await classWithWork();
    const file = await backupBlob(everything);
    await db.rounds.update(round.id, { title: 'Nieuwe titel' });
    await db.classes.update(classRow.id, { name: 'Groep 7b' });
    await applyImport(await checkBackup(file), 'replace');
    expect((await db.rounds.get(round.id))?.title).toBe('Nieuwe titel');
    expect((await db.classes.get(classRow.id))?.name).toBe('Groep 7b');
  });

  it('changes nothing when the import cannot be written', async () => {
    await classWithWork();
    const file = await backupBlob(everything);
    const backup = await checkBackup(file);
    await db.pupils.clear();
    const before = await fingerprint();
    // A row the database refuses halfway: the transaction takes back everything before it.
    backup.tables['goals'] = [{ ...backup.tables['pupilRounds']![0], id: undefined } as never];
    await expect(applyImport(backup, 'replace')).rejects.toThrow();
    expect(await fingerprint()).toBe(before);
  });
});

describe('deleting', () => {
  beforeEach(freshDatabase);

  it('a pupil removes every row and chunk that belonged to them', async () => {
    const { emma, noah } = await classWithWork({ videoMegabytes: 2 });
    const count = async (pupilId: string) => {
      let rows = 0;
      for (const table of db.tables)
        if (table.schema.idxByName['pupilId'])
          rows += await table.where('pupilId').equals(pupilId).count();
      const mediaIds = await db.media.where('pupilId').equals(pupilId).primaryKeys();
      const chunks = await db.mediaChunks.where('mediaId').anyOf(mediaIds).count();
      return { rows, chunks, pupil: await db.pupils.where('id').equals(pupilId).count() };
    };
    const before = await count(emma);
    expect(before.rows).toBeGreaterThan(6);
    expect(before.chunks).toBeGreaterThan(2);
    const noahBefore = await count(noah);
    const allChunks = await db.mediaChunks.count();
    await erasePupil(emma);
    expect(await count(emma)).toEqual({ rows: 0, chunks: 0, pupil: 0 });
    expect(await count(noah)).toEqual(noahBefore);
    expect(await db.mediaChunks.count()).toBe(allChunks - before.chunks);
  });

  it('a round removes what was made for it, its recordings included, and keeps portfolios', async () => {
    const { round } = await classWithWork({ videoMegabytes: 2 });
    const items = await db.portfolioItems.count();
    const photos = await db.media.where('kind').equals('photo').count();
    await expect(deleteRound(round.id)).rejects.toThrow();
    await closeRound(round.id);
    await deleteRound(round.id);
    for (const table of db.tables)
      if (table.schema.idxByName['roundId'])
        expect(await table.where('roundId').equals(round.id).count(), table.name).toBe(0);
    expect(await db.media.where('kind').equals('video').count()).toBe(0);
    expect(await db.media.where('kind').equals('photo').count()).toBe(photos);
    expect(await db.portfolioItems.count()).toBe(items);
    // The photos' chunks (one each) are all that is left.
    expect(await db.mediaChunks.count()).toBe(photos);
  });

  it('a pupil’s recordings go in one transaction: bytes, rows, and the places that showed them', async () => {
    const { emma, noah, round } = await classWithWork({ videoMegabytes: 1 });
    const spoken = await beginRecording(emma, 'audio', 'audio/webm', {
      purpose: 'answer',
      roundId: round.id,
      questionId: round.questions[0]!.id,
    });
    await appendChunk(spoken, 0, new Blob([new Uint8Array(10)]));
    await finishRecording(spoken, { durationMs: 1000 });
    await setSpokenAnswer(emma, round.id, { ...round.questions[0]!, source: 'round' }, spoken);
    const noahBefore = await db.media.where('pupilId').equals(noah).count();

    await eraseRecordingsOf(emma);
    const left = await db.media.where('pupilId').equals(emma).toArray();
    expect(left.map((row) => row.kind)).toEqual(['photo']);
    expect(await db.mediaChunks.where('mediaId').anyOf([spoken]).count()).toBe(0);
    expect((await db.clips.get([emma, round.id]))?.mediaId).toBeUndefined();
    const answer = await db.answers.get([emma, round.id, round.questions[0]!.id]);
    expect(answer).toMatchObject({ text: 'Ja' });
    expect(answer?.mediaId).toBeUndefined();
    expect(await db.media.where('pupilId').equals(noah).count()).toBe(noahBefore);
    // Every chunk left belongs to a media row that is left.
    const mediaIds = new Set(await db.media.toCollection().primaryKeys());
    for (const chunk of await db.mediaChunks.toArray()) expect(mediaIds).toContain(chunk.mediaId);
  });

  it('a class removes its pupils, rounds, questions and every chunk', async () => {
    const { classRow } = await classWithWork({ videoMegabytes: 1 });
    await eraseClass(classRow.id);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
