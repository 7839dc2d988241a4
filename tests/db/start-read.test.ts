import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { readStart, sortByName, START_SCHEMA_VERSION } from '../../src/db/start-read';
import { addPupil, createClass, listPupils, setPupilArchived } from '../../src/features/class';
import { thumbnailsOf } from '../../src/features/media';
import { setPictureCode, setTeacherCode } from '../../src/features/access';
import { writeSetting } from '../../src/settings';
import { freshDatabase } from './reset';

const databaseExists = async (name: string) =>
  (await indexedDB.databases()).some((info) => info.name === name);

describe('the start read (plain IndexedDB, no Dexie)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await writeSetting('currentClassId', null);
    await writeSetting('signedInPupilId', null);
  });

  it('reads the schema version Dexie writes', () => {
    expect(START_SCHEMA_VERSION).toBe(db.verno);
  });

  it('creates nothing when the database is not there yet', async () => {
    db.close();
    await db.delete();
    expect(await readStart()).toBeUndefined();
    expect(await databaseExists('praatpapier')).toBe(false);
    await db.open();
  });

  it('leaves a database of another schema version to Dexie', async () => {
    db.close();
    await db.delete();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('praatpapier', 70);
      request.onupgradeneeded = () => request.result.createObjectStore('classes');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readStart()).toBeUndefined();
    await db.delete();
    await db.open();
  });

  it('shows what Dexie reads: the class, its pupils in order, their pictures and names', async () => {
    const group = await createClass({ name: 'Groep 5', language: 'nl', region: 'vl' });
    const other = await createClass({ name: 'Groep 6', language: 'en', region: 'nl' });
    await addPupil(other.id, 'Olaf');
    const zoe = await addPupil(group.id, 'Zoë');
    await addPupil(group.id, 'amir');
    const gone = await addPupil(group.id, 'Bram');
    await setPupilArchived(gone.id, true);
    await setTeacherCode('1234');
    await setPictureCode(zoe.id, ['sun', 'tree', 'cat']);
    const thumbnail = new Blob([new Uint8Array(30)], { type: 'image/jpeg' });
    await db.media.add({
      id: 'photo-1',
      pupilId: zoe.id,
      kind: 'portrait',
      mimeType: 'image/jpeg',
      bytes: 30,
      thumbnail,
      complete: true,
      createdAt: 1,
    });
    await db.pupils.update(zoe.id, { photoMediaId: 'photo-1' });

    const read = (await readStart())!;
    expect(read.classRow).toEqual(await db.classes.get(group.id));
    expect(read.setupDone).toBe(true);
    const stored = await listPupils(group.id);
    const photos = await thumbnailsOf(['photo-1']);
    expect(read.pupils.map((pupil) => pupil.firstName)).toEqual(stored.map((p) => p.firstName));
    expect(read.pupils).toEqual(
      stored.map((pupil) => ({
        id: pupil.id,
        firstName: pupil.firstName,
        drawing: pupil.avatar.drawing,
        colour: pupil.avatar.colour,
        hasPictureCode: pupil.pictureCode !== undefined,
        ...(pupil.photoMediaId ? { photo: expect.any(Blob) } : {}),
      })),
    );
    expect(read.pupils.find((pupil) => pupil.id === zoe.id)?.photo?.size).toBe(
      photos.get('photo-1')!.size,
    );

    await writeSetting('currentClassId', other.id);
    expect((await readStart())!.classRow?.id).toBe(other.id);
    expect((await readStart(group.id))!.classRow?.id).toBe(group.id);
  });

  it('keeps a signed-in pupil of the class, and says when one is no longer there', async () => {
    const group = await createClass({ name: 'Groep 5', language: 'nl', region: 'nl' });
    const sam = await addPupil(group.id, 'Sam');
    await writeSetting('signedInPupilId', sam.id);
    expect(await readStart()).toMatchObject({ pupilId: sam.id, staleSignIn: false });
    await setPupilArchived(sam.id, true);
    expect(await readStart()).toMatchObject({ pupilId: null, staleSignIn: true });
  });

  it('a damaged row leaves a pupil out or draws the first animal, never breaks the read', async () => {
    const group = await createClass({ name: 'Groep 5', language: 'nl', region: 'nl' });
    const sam = await addPupil(group.id, 'Sam');
    const row = (await db.pupils.get(sam.id))!;
    const damaged = [
      { ...row, id: 'no-name', firstName: 42 },
      { ...row, id: 'odd-avatar', firstName: 'Odd', avatar: 'constructor' },
      { ...row, id: 'odd-photo', firstName: 'Foto', photoMediaId: 'missing' },
      { ...row, id: '__proto__', firstName: 'Proto' },
      { id: 'bare', classId: group.id, firstName: 'Bare' },
    ];
    await db.pupils.bulkPut(damaged as never[]);
    await db.media.put({ id: 'broken', thumbnail: 'not a blob' } as never);
    await db.pupils.update(sam.id, { photoMediaId: 'broken' });
    await db.classes.put({ id: 'bad-class', name: 7 } as never);

    const read = (await readStart())!;
    expect(read.classRow?.id).toBe(group.id);
    expect(read.pupils.map((pupil) => pupil.id)).toEqual([
      'bare',
      'odd-photo',
      'odd-avatar',
      sam.id,
    ]);
    expect(read.pupils.find((pupil) => pupil.id === 'odd-avatar')).toMatchObject({
      drawing: '',
      colour: '',
    });
    expect(read.pupils.every((pupil) => pupil.photo === undefined)).toBe(true);
  });
});

describe('the start order of names', () => {
  it('is the collator’s order, also on the quick path for plain names', () => {
    const plain = [
      'emma',
      'Emma',
      'Bram',
      'bram2',
      'Bram 1',
      'ZOE',
      'zoe',
      'Amir',
      'amira',
      'Ab',
      'a b',
      'A',
      '1',
      'Noah',
    ];
    const mixed = [...plain, 'Zoë', 'Anne-Fleur', 'Ümit', 'Çelik', 'Éva', "D'Angelo"];
    for (const names of [plain, mixed]) {
      const collated = [...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }));
      const sorted = sortByName(names.map((firstName) => ({ firstName }))).map((p) => p.firstName);
      // Equal names (case aside) may come either way; the order of the rest is the collator's.
      expect(sorted.map((name) => name.toLowerCase())).toEqual(
        collated.map((name) => name.toLowerCase()),
      );
    }
  });
});
