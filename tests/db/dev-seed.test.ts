// The dev seed (src/dev/seed.ts) makes rows the app's own checks accept. Photos and recordings
// need a browser's canvas: the browser tests seed those (tests/e2e/backup.test.ts checks them).
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { readSetting } from '../../src/settings';
import { checkTeacherCode } from '../../src/features/access';
import { classPreparations } from '../../src/features/preparation';
import { listPortfolio } from '../../src/features/portfolio';
import {
  misfits,
  seedClass,
  seedLongAnswers,
  seedPreparation,
  seedRound,
  seedSignedIn,
  seedStarted,
  TEACHER_CODE,
  TOOLS,
} from '../../src/dev/seed';
import { TOOLS as DRIVER_TOOLS } from '../bench/seed.mjs';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

describe('the dev seed', () => {
  it('makes a class, a round and a full preparation that pass the row checks', async () => {
    const { classId, pupilIds } = await seedClass({ pupils: 4, photos: false });
    expect(await readSetting('currentClassId')).toBe(classId);
    expect(await checkTeacherCode(TEACHER_CODE)).toBe(true);
    expect((await db.pupils.toArray()).map((pupil) => pupil.firstName).sort()).toEqual([
      'Kind 01',
      'Kind 02',
      'Kind 03',
      'Kind 04',
    ]);
    const roundId = await seedRound(classId, pupilIds);
    await seedPreparation(roundId, pupilIds.slice(0, 2), { items: 3, photos: false });
    await seedStarted(pupilIds.slice(2, 3));
    await seedLongAnswers(roundId, pupilIds[0]!);
    await seedSignedIn(pupilIds[1]!);
    expect(await readSetting('signedInPupilId')).toBe(pupilIds[1]);

    expect(await misfits()).toEqual([]);
    const round = (await db.rounds.get(roundId))!;
    expect(round.status).toBe('open');
    expect(round.tools).toEqual([...TOOLS]);
    expect(await db.pupilPlans.where('roundId').equals(roundId).count()).toBe(4);
    const prepared = (await classPreparations(round, pupilIds)).get(pupilIds[1]!)!;
    // Newest first, as the pupil's portfolio lists them.
    expect((await listPortfolio(pupilIds[1]!)).map((item) => item.title)).toEqual([
      'Geleerd 1',
      'Geleerd 2',
      'Geleerd 3',
    ]);
    expect(prepared.ratings).toHaveLength(5);
    expect(prepared.answers).toHaveLength(5);
    expect(prepared.circles).toHaveLength(3);
    expect(prepared.goals).toHaveLength(1);
    expect(prepared.reviewedAt).toBeGreaterThan(0);
  });

  it('names the same tools in the page and in the Node driver', () => {
    expect(DRIVER_TOOLS).toEqual([...TOOLS]);
  });
});
