import { beforeEach, describe, expect, it } from 'vitest';
import { db, erasePupil, TextTooLongError, type RoundRow } from '../../src/db';
import { addPupil, createClass } from '../../src/features/class';
import { createRound, openRound } from '../../src/features/rounds';
import {
  AgreementInputError,
  agreementsOf,
  lookBackFor,
  lookBacksOfRound,
  MAX_AGREEMENTS,
  newAgreement,
  saveAgreements,
  setAgreementOutcome,
} from '../../src/features/agreements/agreements-repo';
import {
  loadPreparation,
  markReviewed,
  setTalkOrder,
} from '../../src/features/preparation/preparation-repo';
import { freshDatabase } from './reset';

async function openNewRound(classId: string, title: string): Promise<RoundRow> {
  const draft = await createRound(classId, 'kom', 'bovenbouw', title);
  await openRound(draft.id);
  return (await db.rounds.get(draft.id))!;
}

async function twoRounds() {
  const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
  const emma = await addPupil(classRow.id, 'Emma');
  const noah = await addPupil(classRow.id, 'Noah');
  const autumn = await openNewRound(classRow.id, 'Herfst');
  const read = { id: 'a1', who: 'pupil' as const, what: 'Elke dag lezen', byWhen: '2027-01-15' };
  await saveAgreements(autumn.id, emma.id, {
    items: [read, { ...newAgreement('parents'), what: '  ' }],
    tops: 'Ik mocht vertellen',
    tips: '',
  });
  return { classRow, emma: emma.id, noah: noah.id, autumn, read };
}

describe('agreements', () => {
  beforeEach(freshDatabase);

  it('stores the agreements, tops and tips of one pupil’s conversation', async () => {
    const { autumn, emma, noah, read } = await twoRounds();
    const row = await agreementsOf(autumn.id, emma);
    expect(row.items[0]).toEqual(read);
    expect(row.tops).toBe('Ik mocht vertellen');
    expect(row.updatedAt).toBeGreaterThan(0);
    expect((await agreementsOf(autumn.id, noah)).items).toEqual([]);
  });

  it('opens the next round with them, without empty lines, and keeps how it went', async () => {
    const { classRow, autumn, emma, noah } = await twoRounds();
    const spring = await openNewRound(classRow.id, 'Lente');
    const lookBack = await lookBackFor(emma, spring);
    expect(lookBack?.round.id).toBe(autumn.id);
    expect(lookBack?.row.items.map((item) => item.what)).toEqual(['Elke dag lezen']);
    expect(await lookBackFor(noah, spring)).toBeUndefined();

    await setAgreementOutcome(autumn.id, emma, 'a1', 'almost');
    expect((await lookBacksOfRound(spring)).get(emma)?.row.items[0]?.outcome).toBe('almost');
    // The teacher's form, still open with the old rows, never overwrites the pupil's answer.
    const stale = await agreementsOf(autumn.id, emma);
    await saveAgreements(autumn.id, emma, {
      items: stale.items.map((item) => ({ ...item, outcome: undefined, what: `${item.what}!` })),
      tops: stale.tops,
      tips: 'Meer tijd',
    });
    const after = await agreementsOf(autumn.id, emma);
    expect(after.items[0]).toMatchObject({ what: 'Elke dag lezen!', outcome: 'almost' });
    expect(after.tips).toBe('Meer tijd');
  });

  it('has no look-back in the first round', async () => {
    const { autumn, emma } = await twoRounds();
    expect(await lookBackFor(emma, autumn)).toBeUndefined();
  });

  it('refuses bad input and changes nothing', async () => {
    const { autumn, emma } = await twoRounds();
    const before = await agreementsOf(autumn.id, emma);
    const many = Array.from({ length: MAX_AGREEMENTS + 1 }, () => newAgreement());
    await expect(
      saveAgreements(autumn.id, emma, { items: many, tops: '', tips: '' }),
    ).rejects.toThrow(AgreementInputError);
    await expect(
      saveAgreements(autumn.id, emma, {
        items: [{ ...newAgreement(), who: 'neighbour' as never }],
        tops: '',
        tips: '',
      }),
    ).rejects.toThrow(AgreementInputError);
    await expect(
      saveAgreements(autumn.id, emma, {
        items: [{ ...newAgreement(), byWhen: 'next week' }],
        tops: '',
        tips: '',
      }),
    ).rejects.toThrow(AgreementInputError);
    await expect(
      saveAgreements(autumn.id, emma, { items: [], tops: 'x'.repeat(5000), tips: '' }),
    ).rejects.toThrow(TextTooLongError);
    expect(await agreementsOf(autumn.id, emma)).toEqual(before);
  });

  it('goes with the pupil when the pupil is erased', async () => {
    const { autumn, emma, noah } = await twoRounds();
    await saveAgreements(autumn.id, noah, { items: [newAgreement()], tops: '', tips: '' });
    expect(await db.agreements.count()).toBe(2);
    await erasePupil(emma);
    expect(await db.agreements.where('pupilId').equals(emma).count()).toBe(0);
    expect(await db.agreements.count()).toBe(1);
  });
});

describe('the order a pupil tells their parts in', () => {
  beforeEach(freshDatabase);

  it('is stored with the round and kept when the pupil reviews again', async () => {
    const { autumn, emma } = await twoRounds();
    await setTalkOrder(emma, autumn.id, ['asks', 'portfolio']);
    await markReviewed(emma, autumn.id);
    const preparation = await loadPreparation(emma, autumn);
    expect(preparation.talkOrder).toEqual(['asks', 'portfolio']);
    expect(preparation.reviewedAt).toBeGreaterThan(0);
    await expect(setTalkOrder(emma, autumn.id, ['asks', 'asks'])).rejects.toThrow();
    await expect(setTalkOrder(emma, autumn.id, ['video' as never])).rejects.toThrow();
    expect((await loadPreparation(emma, autumn)).talkOrder).toEqual(['asks', 'portfolio']);
  });
});
