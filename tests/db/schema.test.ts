import { beforeEach, describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../src/db';
import { freshDatabase } from './reset';

describe('database schema', () => {
  beforeEach(freshDatabase);

  it('opens at the current version with every table', () => {
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(8);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'agreements',
      'answers',
      'asks',
      'circles',
      'classes',
      'clips',
      'goals',
      'hiddenQuestions',
      'media',
      'mediaChunks',
      'ownQuestions',
      'portfolioItems',
      'pupilPlans',
      'pupilRounds',
      'pupils',
      'ratings',
      'rounds',
      'teacher',
    ]);
  });

  it('indexes every table that holds pupil work by pupilId, so erasing a pupil finds it', () => {
    const withoutPupilId = db.tables
      .filter((table) => table.schema.idxByName['pupilId'] === undefined)
      .map((table) => table.name)
      .sort();
    // Only class-level and teacher tables, and chunks (erased through their media row).
    expect(withoutPupilId).toEqual([
      'classes',
      'hiddenQuestions',
      'mediaChunks',
      'ownQuestions',
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
