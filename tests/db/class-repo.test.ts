import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import {
  addPupil,
  addPupilsFromList,
  ClassInputError,
  createClass,
  deletePupil,
  getClass,
  listPupils,
  renamePupil,
  setPupilArchived,
  setPupilPhoto,
  updateClass,
} from '../../src/features/class';
import { readMediaBlob, storeImage } from '../../src/features/media';
import { freshDatabase } from './reset';

const jpeg = (size: number) => new Blob([new Uint8Array(size).fill(7)], { type: 'image/jpeg' });
const photo = () => ({ blob: jpeg(5000), thumbnail: jpeg(500), width: 512, height: 512 });

async function newClass() {
  return createClass({ name: '  Groep   5b ', language: 'nl', region: 'nl' });
}

describe('classes', () => {
  beforeEach(freshDatabase);

  it('creates a class with a clean name and defaults', async () => {
    const created = await newClass();
    const stored = await getClass(created.id);
    expect(stored).toMatchObject({
      name: 'Groep 5b',
      language: 'nl',
      region: 'nl',
      pupilIdleMinutes: 5,
    });
  });

  it('updates name, language, wording and idle time', async () => {
    const { id } = await newClass();
    await updateClass(id, {
      name: '3de leerjaar B',
      language: 'en',
      region: 'vl',
      pupilIdleMinutes: 10,
    });
    expect(await getClass(id)).toMatchObject({
      name: '3de leerjaar B',
      language: 'en',
      region: 'vl',
      pupilIdleMinutes: 10,
    });
  });

  it('refuses an empty name or an idle time out of range, and changes nothing', async () => {
    const { id } = await newClass();
    await expect(updateClass(id, { name: '   ' })).rejects.toBeInstanceOf(ClassInputError);
    // A class name is no first name: its own reason, so its own message.
    await expect(updateClass(id, { name: '' })).rejects.toMatchObject({
      reason: 'empty-class-name',
    });
    await expect(updateClass(id, { pupilIdleMinutes: 0 })).rejects.toMatchObject({
      reason: 'idle-range',
    });
    expect(await getClass(id)).toMatchObject({ name: 'Groep 5b', pupilIdleMinutes: 5 });
  });
});

describe('pupils', () => {
  beforeEach(freshDatabase);

  it('adds a pasted list, skipping duplicates against the class', async () => {
    const { id } = await newClass();
    await addPupil(id, 'Emma');
    const report = await addPupilsFromList(id, 'Noah\nemma\n\nLiam\nNoah');
    expect(report.names).toEqual(['Noah', 'Liam']);
    expect(report.duplicates).toEqual(['emma', 'Noah']);
    expect((await listPupils(id)).map((pupil) => pupil.firstName)).toEqual([
      'Emma',
      'Liam',
      'Noah',
    ]);
  });

  it('gives each new pupil a different drawing', async () => {
    const { id } = await newClass();
    await addPupilsFromList(id, 'A\nB\nC\nD');
    const drawings = (await listPupils(id)).map((pupil) => pupil.avatar.drawing);
    expect(new Set(drawings).size).toBe(4);
  });

  it('renames, refusing a name another pupil has', async () => {
    const { id } = await newClass();
    const emma = await addPupil(id, 'Emma');
    await addPupil(id, 'Noah');
    await expect(renamePupil(emma.id, 'NOAH')).rejects.toMatchObject({ reason: 'duplicate-name' });
    await renamePupil(emma.id, 'Emma B');
    expect((await db.pupils.get(emma.id))?.firstName).toBe('Emma B');
  });

  it('keeps archived pupils out of the start list but not out of the class', async () => {
    const { id } = await newClass();
    const emma = await addPupil(id, 'Emma');
    await setPupilArchived(emma.id, true);
    expect(await listPupils(id)).toHaveLength(0);
    expect(await listPupils(id, { includeArchived: true })).toHaveLength(1);
  });

  it('replaces a portrait and deletes the old one with its bytes', async () => {
    const { id } = await newClass();
    const emma = await addPupil(id, 'Emma');
    await setPupilPhoto(emma.id, photo());
    const first = (await db.pupils.get(emma.id))!.photoMediaId!;
    await setPupilPhoto(emma.id, photo());
    const second = (await db.pupils.get(emma.id))!.photoMediaId!;
    expect(second).not.toBe(first);
    expect(await db.media.get(first)).toBeUndefined();
    expect(await db.mediaChunks.where('mediaId').equals(first).count()).toBe(0);
    expect((await readMediaBlob(second))?.size).toBe(5000);
  });

  it('deletes a pupil with every media row and chunk, and nobody else’s', async () => {
    const { id } = await newClass();
    const emma = await addPupil(id, 'Emma');
    const noah = await addPupil(id, 'Noah');
    await setPupilPhoto(emma.id, photo());
    await storeImage(emma.id, 'photo', photo());
    await storeImage(noah.id, 'photo', photo());
    expect(await db.media.count()).toBe(3);
    expect(await db.mediaChunks.count()).toBe(3);

    await deletePupil(emma.id);

    expect(await db.pupils.get(emma.id)).toBeUndefined();
    expect(await db.media.where('pupilId').equals(emma.id).count()).toBe(0);
    expect(await db.media.count()).toBe(1);
    expect(await db.mediaChunks.count()).toBe(1);
    expect(await db.pupils.get(noah.id)).toBeDefined();
  });
});
