/**
 * Reads a pupil's whole preparation for a round through the tool features' repos, and is the
 * only writer of `pupilRounds` (when the pupil went through what goes to their parents).
 * The class overview reads each table once for the whole round, however many pupils there are.
 */
import { db, type PupilRoundRow, type RoundRow, type TalkPart } from '../../db';
import { listPortfolio, portfolioSince } from '../portfolio';
import { ratingsOf, ratingsOfRound } from '../ratings';
import { answersOf, answersOfRound, asksOf, asksOfRound } from '../questions';
import { circlesOf, circlesOfRound } from '../circles';
import { goalsOf, goalsOfRound } from '../goals';
import { clipState, clipsOfRound } from '../video';
import type { Preparation } from '../tool-contract';
import { assemblePreparations, usesTable, type PreparationTable } from './assemble';
import { isTalkOrder } from './tools';

const none = Promise.resolve([]);

/** One pupil's preparation: their own rows of each table the round uses. */
export async function loadPreparation(pupilId: string, round: RoundRow): Promise<Preparation> {
  const read = <T>(table: PreparationTable, rows: () => Promise<T[]>) =>
    usesTable(round, table) ? rows() : none;
  const [portfolio, ratings, answers, asks, circles, goals, clip, pupilRound] = await Promise.all([
    read('portfolio', () => listPortfolio(pupilId)),
    read('ratings', () => ratingsOf(pupilId, round.id)),
    read('answers', () => answersOf(pupilId, round.id)),
    read('asks', () => asksOf(pupilId, round.id)),
    read('circles', () => circlesOf(pupilId, round.id)),
    read('goals', () => goalsOf(pupilId, round.id)),
    read('clips', async () => [(await clipState(pupilId, round.id)).clip]),
    db.pupilRounds.get([round.id, pupilId]),
  ]);
  const rows = { portfolio, ratings, answers, asks, circles, goals, clips: clip };
  const pupilRounds = pupilRound ? [pupilRound] : [];
  return assemblePreparations(round, [pupilId], { ...rows, pupilRounds }).get(pupilId)!;
}

/** Every pupil's preparation for a round: one read per table the round uses. */
export async function classPreparations(
  round: RoundRow,
  pupilIds: readonly string[],
): Promise<Map<string, Preparation>> {
  const read = <T>(table: PreparationTable, rows: () => Promise<T[]>) =>
    usesTable(round, table) ? rows() : none;
  const [portfolio, ratings, answers, asks, circles, goals, clips, pupilRounds] = await Promise.all(
    [
      read('portfolio', () => portfolioSince(round.lookBackFrom)),
      read('ratings', () => ratingsOfRound(round.id)),
      read('answers', () => answersOfRound(round.id)),
      read('asks', () => asksOfRound(round.id)),
      read('circles', () => circlesOfRound(round.id)),
      read('goals', () => goalsOfRound(round.id)),
      read('clips', () => clipsOfRound(round.id)),
      db.pupilRounds.where('roundId').equals(round.id).toArray(),
    ],
  );
  const rows = { portfolio, ratings, answers, asks, circles, goals, clips, pupilRounds };
  return assemblePreparations(round, pupilIds, rows);
}

async function updatePupilRound(
  pupilId: string,
  roundId: string,
  change: Partial<Pick<PupilRoundRow, 'reviewedAt' | 'talkOrder'>>,
): Promise<void> {
  await db.transaction('rw', db.pupilRounds, async () => {
    const row = await db.pupilRounds.get([roundId, pupilId]);
    await db.pupilRounds.put({ ...row, ...change, roundId, pupilId, updatedAt: Date.now() });
  });
}

export function markReviewed(pupilId: string, roundId: string): Promise<void> {
  return updatePupilRound(pupilId, roundId, { reviewedAt: Date.now() });
}

/** The order the pupil wants to tell their parts in; anything else is refused, not stored. */
export function setTalkOrder(pupilId: string, roundId: string, order: TalkPart[]): Promise<void> {
  if (!isTalkOrder(order)) return Promise.reject(new Error('not an order of talk parts'));
  return updatePupilRound(pupilId, roundId, { talkOrder: order });
}
