import { beforeEach, describe, expect, it } from 'vitest';
import { db, erasePupil, TextTooLongError, type RoundRow } from '../../src/db';
import { addPupil, createClass } from '../../src/features/class';
import { createRound, openRound } from '../../src/features/rounds';
import {
  createPortfolioItem,
  deletePortfolioItem,
  getPortfolioItem,
  listPortfolio,
  NotYoursError,
  purgeThrownAway,
  setPortfolioPhoto,
  undoDeletePortfolioItem,
  updatePortfolioItem,
  UNDO_MS,
} from '../../src/features/portfolio/portfolio-repo';
import { saveRating } from '../../src/features/ratings/ratings-repo';
import { addAsk, saveAnswer, takeFromJar } from '../../src/features/questions/answers-repo';
import { saveCircle } from '../../src/features/circles/circles-repo';
import { addGoal, saveGoal, TooManyGoalsError } from '../../src/features/goals/goals-repo';
import {
  classPreparations,
  loadPreparation,
  markReviewed,
} from '../../src/features/preparation/preparation-repo';
import { partsOf, shareableItems } from '../../src/features/preparation';
import { classProgress } from '../../src/features/preparation/progress';
import { freshDatabase } from './reset';

const image = (bytes: number) => ({
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
  thumbnail: new Blob([new Uint8Array(10)], { type: 'image/jpeg' }),
  width: 1600,
  height: 1200,
});

async function classWithRound() {
  const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
  const emma = await addPupil(classRow.id, 'Emma');
  const noah = await addPupil(classRow.id, 'Noah');
  const draft = await createRound(classRow.id, 'kom', 'bovenbouw', 'KOM');
  await openRound(draft.id);
  const round = (await db.rounds.get(draft.id)) as RoundRow;
  return { round, emma: emma.id, noah: noah.id };
}

/** Everything a pupil can make, so a test can count it before and after. */
async function makeEverything(round: RoundRow, pupilId: string) {
  const item = await createPortfolioItem(pupilId, round.lookBackFrom);
  await updatePortfolioItem(pupilId, item.id, { title: 'Breuken', level: 'can' });
  await setPortfolioPhoto(pupilId, item.id, image(2000));
  await saveRating(pupilId, round.id, round.topics[0]!.id, round.scale, { now: 5, month: 8 });
  await saveAnswer(pupilId, round.id, { ...round.questions[0]!, source: 'round' }, { text: 'Ja' });
  await takeFromJar(pupilId, round.id, { id: round.jar[0]!, text: 'Vraag' });
  await addAsk(pupilId, round.id, 'parents');
  await saveCircle(pupilId, round.id, 'home', { plus: 'Koken' });
  const goal = await addGoal(pupilId, round.id);
  await saveGoal(pupilId, goal.id, { aim: 'Tafels', nextStep: 'Oefenen' });
  await markReviewed(pupilId, round.id);
  return item;
}

describe('a pupil’s preparation', () => {
  beforeEach(freshDatabase);

  it('refuses another pupil’s portfolio item, by read and by write', async () => {
    const { emma, noah } = await classWithRound();
    const item = await createPortfolioItem(emma, '2026-11-20');
    expect(await getPortfolioItem(noah, item.id)).toBeUndefined();
    await expect(updatePortfolioItem(noah, item.id, { title: 'Van mij' })).rejects.toThrow(
      NotYoursError,
    );
    await expect(deletePortfolioItem(noah, item.id)).rejects.toThrow(NotYoursError);
    expect((await getPortfolioItem(emma, item.id))?.title).toBe('');
  });

  it('refuses text over the limit and changes nothing', async () => {
    const { emma } = await classWithRound();
    const item = await createPortfolioItem(emma, '2026-11-20');
    await expect(updatePortfolioItem(emma, item.id, { title: 'x'.repeat(121) })).rejects.toThrow(
      TextTooLongError,
    );
    expect((await getPortfolioItem(emma, item.id))?.title).toBe('');
  });

  it('replacing a photo removes the old one’s bytes; throwing away can be undone, then purges', async () => {
    const { emma } = await classWithRound();
    const item = await createPortfolioItem(emma, '2026-11-20');
    const first = await setPortfolioPhoto(emma, item.id, image(100));
    const second = await setPortfolioPhoto(emma, item.id, image(200));
    expect(await db.media.get(first!)).toBeUndefined();
    expect(await db.mediaChunks.where('mediaId').equals(first!).count()).toBe(0);
    expect((await db.media.get(second!))?.bytes).toBe(200);

    await deletePortfolioItem(emma, item.id);
    expect(await listPortfolio(emma)).toEqual([]);
    await undoDeletePortfolioItem(emma, item.id);
    expect((await listPortfolio(emma)).map((row) => row.id)).toEqual([item.id]);

    await deletePortfolioItem(emma, item.id);
    await db.portfolioItems.update(item.id, { deletedAt: Date.now() - UNDO_MS - 1 });
    expect(await listPortfolio(emma)).toEqual([]);
    // Reading never writes: the thrown-away row waits for the purge.
    expect(await db.portfolioItems.count()).toBe(1);
    expect(await purgeThrownAway(emma)).toBe(1);
    expect(await db.portfolioItems.count()).toBe(0);
    expect(await db.mediaChunks.count()).toBe(0);
  });

  it('purges only what was thrown away longer ago than the undo time, of that pupil only', async () => {
    const { emma, noah } = await classWithRound();
    const now = Date.now();
    const old = await createPortfolioItem(emma, '2026-11-20');
    await setPortfolioPhoto(emma, old.id, image(100));
    const recent = await createPortfolioItem(emma, '2026-11-21');
    const kept = await createPortfolioItem(emma, '2026-11-22');
    const noahs = await createPortfolioItem(noah, '2026-11-20');
    await db.portfolioItems.update(old.id, { deletedAt: now - UNDO_MS - 1 });
    await db.portfolioItems.update(recent.id, { deletedAt: now - UNDO_MS + 1000 });
    await db.portfolioItems.update(noahs.id, { deletedAt: now - UNDO_MS - 1 });

    expect(await purgeThrownAway(emma, now)).toBe(1);
    const left = (await db.portfolioItems.toArray()).map((row) => row.id).sort();
    expect(left).toEqual([recent.id, kept.id, noahs.id].sort());
    expect(await db.media.count()).toBe(0);

    // Throwing another one away purges what has waited long enough.
    await deletePortfolioItem(noah, (await createPortfolioItem(noah, '2026-11-23')).id);
    expect(await db.portfolioItems.get(noahs.id)).toBeUndefined();
  });

  it('keeps at most three goals', async () => {
    const { round, emma } = await classWithRound();
    for (let i = 0; i < 3; i++) await addGoal(emma, round.id);
    await expect(addGoal(emma, round.id)).rejects.toThrow(TooManyGoalsError);
  });

  it('loads one pupil’s preparation, and changes who may see an item through its repo', async () => {
    const { round, emma, noah } = await classWithRound();
    const item = await makeEverything(round, emma);
    await makeEverything(round, noah);
    const preparation = await loadPreparation(emma, round);
    expect(preparation.portfolio.map((row) => row.id)).toEqual([item.id]);
    expect(preparation.ratings).toHaveLength(1);
    expect(preparation.answers).toHaveLength(2);
    expect(preparation.circles.map((row) => row.circle)).toEqual(['home']);
    expect(preparation.reviewedAt).toBeGreaterThan(0);
    // The share review's lines, each stored through the repo that owns the item.
    const items = shareableItems(preparation);
    const lines = partsOf(round).flatMap((part) => part.choices(items[part.id], (key) => key));
    await lines.find((line) => line.key === `p-${item.id}`)!.change(emma, round, 'me');
    await lines.find((line) => line.key === 'c-home')!.change(emma, round, 'teacher');
    const after = await loadPreparation(emma, round);
    expect(after.portfolio[0]!.share).toBe('me');
    expect(after.circles[0]!.share).toBe('teacher');
    expect(after.circles[0]!.plus).toBe('Koken');
  });

  it('reads the whole class for the overview with one read per table, and gives each pupil their own', async () => {
    const { round, emma, noah } = await classWithRound();
    await makeEverything(round, emma);
    const all = await classPreparations(round, [emma, noah]);
    expect(all.get(emma)!.goals).toHaveLength(1);
    expect(all.get(noah)!.goals).toHaveLength(0);
    const progress = await classProgress(round, [emma, noah]);
    expect(progress.get('portfolio')!.get(emma)).toBe('done');
    expect(progress.get('goals')!.get(emma)).toBe('done');
    expect(progress.get('circles')!.get(emma)).toBe('started');
    expect(progress.get('portfolio')!.get(noah)).toBe('none');
  });

  it('reads a pupil alone and as part of the class the same way', async () => {
    const { round, emma, noah } = await classWithRound();
    await makeEverything(round, emma);
    await makeEverything(round, noah);
    // Made out of order, and a circle left empty, where the two reads used to differ.
    const late = await addGoal(emma, round.id);
    await saveGoal(emma, late.id, { aim: 'Later' });
    await saveCircle(emma, round.id, 'school', { plus: 'Voetbal' });
    await saveCircle(emma, round.id, 'me', { plus: '' });
    const old = await createPortfolioItem(emma, '2020-01-01');
    await updatePortfolioItem(emma, old.id, { title: 'Lang geleden' });
    const alone = await loadPreparation(emma, round);
    const inClass = (await classPreparations(round, [emma, noah])).get(emma)!;
    expect(inClass).toEqual(alone);
    expect(alone.circles.map((row) => row.circle)).toEqual(['home', 'me', 'school']);
    expect(alone.goals.map((row) => row.aim)).toEqual(['Tafels', 'Later']);
    expect(alone.portfolio.map((row) => row.title)).toEqual(['Breuken']);
  });

  it('erasing a pupil removes every row and chunk of theirs, and nothing of another pupil', async () => {
    const { round, emma, noah } = await classWithRound();
    await makeEverything(round, emma);
    await makeEverything(round, noah);
    const tables = db.tables.filter((table) => table.schema.idxByName['pupilId']);
    const count = async (pupilId: string) => {
      let rows = 0;
      for (const table of tables) rows += await table.where('pupilId').equals(pupilId).count();
      return rows;
    };
    // portfolio, media, rating, 2 answers, ask, circle, goal, pupilRound.
    expect(await count(emma)).toBe(9);
    expect(await db.mediaChunks.count()).toBe(2);
    await erasePupil(emma);
    expect(await count(emma)).toBe(0);
    expect(await count(noah)).toBe(9);
    expect(await db.mediaChunks.count()).toBe(1);
  });
});
