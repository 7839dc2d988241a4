/**
 * Reads a pupil's whole preparation for a round through the tool features' repos, and is the
 * only writer of `pupilRounds` (when the pupil went through what goes to their parents).
 * The class overview reads each table once for the whole round, however many pupils there are.
 */
import { db, type PupilRoundRow, type RoundRow, type TalkPart } from '../../db';
import type { Preparation, SheetPart } from '../tool-contract';
import { assemblePreparations, type ReadRows } from './assemble';
import { isTalkOrder, partsOf } from './tools';

/** Each of the round's parts read with `read`, keyed by part. */
async function readParts(
  round: RoundRow,
  read: (part: SheetPart) => Promise<unknown[]>,
): Promise<Omit<ReadRows, 'pupilRounds'>> {
  const parts = partsOf(round);
  const rows = await Promise.all(parts.map(read));
  return Object.fromEntries(parts.map((part, index) => [part.id, rows[index]]));
}

/** One pupil's preparation: their own rows of each part the round has. */
export async function loadPreparation(pupilId: string, round: RoundRow): Promise<Preparation> {
  const [rows, pupilRound] = await Promise.all([
    readParts(round, (part) => part.read.pupil(pupilId, round)),
    db.pupilRounds.get([round.id, pupilId]),
  ]);
  const pupilRounds = pupilRound ? [pupilRound] : [];
  return assemblePreparations(round, [pupilId], { ...rows, pupilRounds }).get(pupilId)!;
}

/** Every pupil's preparation for a round: one read per part the round has. */
export async function classPreparations(
  round: RoundRow,
  pupilIds: readonly string[],
): Promise<Map<string, Preparation>> {
  const [rows, pupilRounds] = await Promise.all([
    readParts(round, (part) => part.read.round(round)),
    db.pupilRounds.where('roundId').equals(round.id).toArray(),
  ]);
  return assemblePreparations(round, pupilIds, { ...rows, pupilRounds });
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
