import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PraatpapierDb } from '../../src/db';

/**
 * Each schema version as it shipped, frozen here: a migration test opens the previous version
 * with data, then the app's current database on top of it, and checks every row survived.
 */
const SHIPPED_V1 = {
  classes: 'id, createdAt',
  pupils: 'id, classId',
  teacher: 'id',
  media: 'id, pupilId, kind',
  mediaChunks: '[mediaId+seq], mediaId',
};

const SHIPPED_V2 = {
  rounds: 'id, classId',
  pupilPlans: '[roundId+pupilId], roundId, pupilId',
  ownQuestions: 'id, classId',
  hiddenQuestions: '[classId+questionId], classId',
};

const SHIPPED_V3 = {
  portfolioItems: 'id, pupilId, day',
  ratings: '[pupilId+roundId+topicId], [pupilId+roundId], roundId, pupilId',
  answers: '[pupilId+roundId+questionId], [pupilId+roundId], roundId, pupilId',
  asks: 'id, [pupilId+roundId], roundId, pupilId',
  circles: '[pupilId+roundId+circle], [pupilId+roundId], roundId, pupilId',
  goals: 'id, [pupilId+roundId], roundId, pupilId',
  pupilRounds: '[roundId+pupilId], roundId, pupilId',
};

const SHIPPED_V4 = {
  clips: '[pupilId+roundId], roundId, pupilId',
};

const SHIPPED_V5 = {
  agreements: '[roundId+pupilId], roundId, pupilId',
};

const SHIPPED_V6 = {};

const SHIPPED_V7 = {
  media: 'id, pupilId, kind, roundId',
};

const SHIPPED = [
  SHIPPED_V1,
  SHIPPED_V2,
  SHIPPED_V3,
  SHIPPED_V4,
  SHIPPED_V5,
  SHIPPED_V6,
  SHIPPED_V7,
];

/** A database at `version` as it shipped, with `rows` in it. */
async function shippedAt(version: number, rows: Record<string, object[]>): Promise<void> {
  const old = new Dexie(NAME);
  SHIPPED.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  old.close();
}

/** A database at version 5 (or, with `six`, 6) as it shipped, with `rows` in it. */
const shippedV5 = (rows: Record<string, object[]>, six = false) => shippedAt(six ? 6 : 5, rows);

const NAME = 'praatpapier-migration-test';

describe('schema migrations', () => {
  afterEach(() => Dexie.delete(NAME));

  it('upgrades version 1 to the current version, keeping classes, pupils, codes and media', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    await old.open();
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await old.table('classes').add({
      id: 'c1',
      name: 'Groep 5',
      language: 'nl',
      region: 'vl',
      pupilIdleMinutes: 5,
      createdAt: 1,
      updatedAt: 1,
    });
    await old.table('pupils').add({
      id: 'p1',
      classId: 'c1',
      firstName: 'Emma',
      avatar: { drawing: 'cat', colour: '#fff' },
      archived: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await old.table('teacher').add({
      id: 'teacher',
      code: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'AA==', hash: 'AA==' },
      lockAfterMinutes: 5,
      updatedAt: 1,
    });
    await old.table('media').add({
      id: 'm1',
      pupilId: 'p1',
      kind: 'portrait',
      mimeType: 'image/jpeg',
      bytes: 4,
      complete: true,
      createdAt: 1,
    });
    await old
      .table('mediaChunks')
      .add({ mediaId: 'm1', seq: 0, blob: new Blob([bytes], { type: 'image/jpeg' }) });
    old.close();

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.classes.get('c1')).toMatchObject({ name: 'Groep 5', region: 'vl' });
    expect(await current.pupils.get('p1')).toMatchObject({ firstName: 'Emma', classId: 'c1' });
    expect(await current.teacher.get('teacher')).toMatchObject({ lockAfterMinutes: 5 });
    const chunk = await current.mediaChunks.get(['m1', 0]);
    expect(new Uint8Array(await chunk!.blob.arrayBuffer())).toEqual(bytes);
    // The tables of version 2 exist and are empty, ready for rounds.
    expect(await current.rounds.count()).toBe(0);
    expect(await current.pupilPlans.count()).toBe(0);
    expect(current.pupilPlans.schema.idxByName['pupilId']).toBeDefined();
    current.close();
  });

  it('upgrades version 2 to the current version, keeping rounds, plans and hidden questions', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2);
    await old.open();
    await old.table('rounds').add({ id: 'r1', classId: 'c1', title: 'Herfst', status: 'open' });
    await old.table('pupilPlans').add({ roundId: 'r1', pupilId: 'p1', focus: 'lezen' });
    await old.table('hiddenQuestions').add({ classId: 'c1', questionId: 'q-leren-1' });
    old.close();

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3);
    expect(await current.rounds.get('r1')).toMatchObject({ title: 'Herfst', status: 'open' });
    expect(await current.pupilPlans.get(['r1', 'p1'])).toMatchObject({ focus: 'lezen' });
    expect(await current.hiddenQuestions.count()).toBe(1);
    // The preparation tables of version 3 exist, empty, each findable by pupil and by round.
    for (const table of [current.ratings, current.answers, current.circles, current.goals]) {
      expect(await table.count()).toBe(0);
      expect(table.schema.idxByName['roundId']).toBeDefined();
    }
    expect(current.portfolioItems.schema.idxByName['day']).toBeDefined();
    current.close();
  });

  it('upgrades version 3 to the current version, keeping a pupil’s preparation', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2);
    old.version(3).stores(SHIPPED_V3);
    await old.open();
    await old
      .table('portfolioItems')
      .add({ id: 'i1', pupilId: 'p1', day: '2026-11-20', title: 'Breuken' });
    await old.table('answers').add({ pupilId: 'p1', roundId: 'r1', questionId: 'q1', text: 'Ja' });
    old.close();

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect(await current.portfolioItems.get('i1')).toMatchObject({ title: 'Breuken' });
    expect(await current.answers.get(['p1', 'r1', 'q1'])).toMatchObject({ text: 'Ja' });
    expect(await current.clips.count()).toBe(0);
    expect(current.clips.schema.idxByName['pupilId']).toBeDefined();
    current.close();
  });

  it('upgrades version 4 to the current version, keeping clips and recordings', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2);
    old.version(3).stores(SHIPPED_V3);
    old.version(4).stores(SHIPPED_V4);
    await old.open();
    await old.table('clips').add({ pupilId: 'p1', roundId: 'r1', mediaId: 'm1', share: 'parents' });
    await old.table('media').add({ id: 'm1', pupilId: 'p1', kind: 'video', purpose: 'icebreaker' });
    old.close();

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.clips.get(['p1', 'r1'])).toMatchObject({ mediaId: 'm1' });
    expect(await current.media.get('m1')).toMatchObject({ purpose: 'icebreaker' });
    // The agreements of version 5 exist, empty, found per round and per pupil (erasing a pupil).
    expect(await current.agreements.count()).toBe(0);
    expect(current.agreements.schema.idxByName['roundId']).toBeDefined();
    expect(current.agreements.schema.idxByName['pupilId']).toBeDefined();
    current.close();
  });

  it('upgrades version 5 to 6: parents’ answers become a list, missing texts are filled in', async () => {
    await shippedV5({
      pupilPlans: [
        {
          roundId: 'r1',
          pupilId: 'p1',
          focus: 'Lezen',
          message: '',
          updatedAt: 7,
          parentAnswers: { 'kom-parent-home': 'Ze leest veel', 'kom-parent-worry': '' },
        },
        { roundId: 'r1', pupilId: 'p2', focus: '', message: '', updatedAt: 8 },
      ],
      goals: [{ id: 'g1', pupilId: 'p1', roundId: 'r1', aim: 'Tafels', help: [] }],
      circles: [{ pupilId: 'p1', roundId: 'r1', circle: 'home', plus: 'Voetbal' }],
      pupils: [
        {
          id: 'p1',
          classId: 'c1',
          firstName: 'Emma',
          avatar: { drawing: 'owl', colour: '#fde68a' },
        },
        {
          id: 'p2',
          classId: 'c1',
          firstName: 'Noah',
          avatar: { drawing: 'valueOf', colour: 'red' },
        },
      ],
    });

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    expect(await current.pupilPlans.get(['r1', 'p1'])).toEqual({
      roundId: 'r1',
      pupilId: 'p1',
      focus: 'Lezen',
      message: '',
      hearFromPupil: '',
      hearFromParents: '',
      updatedAt: 7,
      parentAnswers: [
        { questionId: 'kom-parent-home', text: 'Ze leest veel' },
        { questionId: 'kom-parent-worry', text: '' },
      ],
    });
    expect((await current.pupilPlans.get(['r1', 'p2']))?.parentAnswers).toEqual([]);
    expect(await current.goals.get('g1')).toMatchObject({ aim: 'Tafels', helpNote: '' });
    expect(await current.circles.get(['p1', 'r1', 'home'])).toMatchObject({
      plus: 'Voetbal',
      updatedAt: 0,
    });
    current.close();
  });

  it('upgrades version 6 to 7: media rows are found by round, and none is lost', async () => {
    await shippedV5(
      {
        media: [
          { id: 'm1', pupilId: 'p1', kind: 'video', purpose: 'icebreaker', roundId: 'r1' },
          { id: 'm2', pupilId: 'p1', kind: 'photo' },
        ],
      },
      true,
    );
    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7);
    expect(current.media.schema.idxByName['roundId']).toBeDefined();
    expect(await current.media.where('roundId').equals('r1').primaryKeys()).toEqual(['m1']);
    expect(await current.media.count()).toBe(2);
    current.close();
  });

  it('upgrades version 7 to 8: every agreements row gets the teacher’s (empty) notes', async () => {
    const row = {
      roundId: 'r1',
      pupilId: 'p1',
      items: [{ id: 'a1', who: 'pupil', what: 'Elke dag lezen', outcome: 'almost' }],
      tops: 'Zelf vertellen',
      tips: '',
      updatedAt: 3,
    };
    await shippedAt(7, { agreements: [row] });

    const current = new PraatpapierDb(NAME);
    await current.open();
    expect(current.verno).toBe(8);
    expect(await current.agreements.get(['r1', 'p1'])).toEqual({ ...row, notes: '' });
    current.close();
  });
});
