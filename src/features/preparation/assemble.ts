/**
 * The one place a pupil's preparation is put together from stored rows, for one pupil (the
 * path, the share review, conversation mode) or a whole class (the overview, print). Pure: the
 * repo reads each part's rows, one pupil's or the round's, and both go through
 * `assemblePreparations`, so the pupil's path and the teacher's screens can never disagree on
 * what a pupil made.
 *
 * The rules, decided once: a part the round's tools do not make brings nothing (its rows stay
 * stored, for a later round); rows of other pupils and other rounds are left out; each part's
 * own rule (`arrange`: which rows count, in what order) applies to both.
 */
import type { PupilRoundRow, RoundRow } from '../../db';
import { type PartId, type PartRows, type Preparation, type SheetPart } from '../tool-contract';
import { emptyPreparation, partsOf } from './tools';

/** The rows read for a preparation: each part's (none for a part not read), and the review's. */
export type ReadRows = { [K in PartId]?: readonly PartRows[K][] } & {
  pupilRounds: readonly PupilRoundRow[];
};

type AnyRow = PartRows[PartId] & { roundId?: string };

/** Each pupil's preparation for `round`, from rows of any number of pupils (others ignored). */
export function assemblePreparations(
  round: RoundRow,
  pupilIds: readonly string[],
  rows: ReadRows,
): Map<string, Preparation> {
  const result = new Map(pupilIds.map((id) => [id, emptyPreparation(round, id)]));
  const counts = (row: AnyRow) =>
    result.has(row.pupilId) && (row.roundId === undefined || row.roundId === round.id);
  for (const part of partsOf(round) as SheetPart<PartId>[]) {
    const read = (rows[part.id] ?? []) as readonly AnyRow[];
    const mine = new Map(pupilIds.map((id) => [id, [] as AnyRow[]]));
    for (const row of read) if (counts(row)) mine.get(row.pupilId)!.push(row);
    for (const [pupilId, own] of mine) {
      const arranged = part.arrange ? part.arrange(own as never, round) : own;
      (result.get(pupilId)![part.id] as unknown[]) = arranged;
    }
  }
  for (const row of rows.pupilRounds) {
    const preparation = result.get(row.pupilId);
    if (!preparation || row.roundId !== round.id) continue;
    preparation.reviewedAt = row.reviewedAt;
    preparation.talkOrder = row.talkOrder;
  }
  return result;
}
