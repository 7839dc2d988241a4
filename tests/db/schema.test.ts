import { beforeEach, describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../src/db';
import { freshDatabase } from './reset';

describe('database schema', () => {
  beforeEach(freshDatabase);

  it('opens at the current version with every table', () => {
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'classes',
      'hiddenQuestions',
      'media',
      'mediaChunks',
      'ownQuestions',
      'pupilPlans',
      'pupils',
      'rounds',
      'teacher',
    ]);
  });

  it('indexes pupil-scoped rows by pupilId and chunks by media and order', () => {
    expect(db.media.schema.idxByName['pupilId']).toBeDefined();
    expect(db.pupils.schema.idxByName['classId']).toBeDefined();
    expect(db.mediaChunks.schema.primKey.keyPath).toEqual(['mediaId', 'seq']);
  });

  it('stores and returns a Blob with its bytes intact', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await db.mediaChunks.add({
      mediaId: 'm',
      seq: 0,
      blob: new Blob([bytes], { type: 'image/jpeg' }),
    });
    const row = await db.mediaChunks.get(['m', 0]);
    expect(row?.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(bytes);
  });
});
