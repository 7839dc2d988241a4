/**
 * The only writer of `ratings`: per pupil, round and topic, a step now and a step "over een
 * maand", on the scale the round used at the time.
 */
import { db, type RatingRow, type RatingScale, type Share } from '../../db';
import { isStepOf } from './scales';

export async function ratingsOf(pupilId: string, roundId: string): Promise<RatingRow[]> {
  return db.ratings.where('[pupilId+roundId]').equals([pupilId, roundId]).toArray();
}

/** Every pupil's ratings of a round, in one read (class overview, print). */
export function ratingsOfRound(roundId: string): Promise<RatingRow[]> {
  return db.ratings.where('roundId').equals(roundId).toArray();
}

export type RatingEdit = { now?: number; month?: number; share?: Share };

export async function saveRating(
  pupilId: string,
  roundId: string,
  topicId: string,
  scale: RatingScale,
  edit: RatingEdit,
): Promise<void> {
  for (const value of [edit.now, edit.month]) {
    if (value !== undefined && !isStepOf(scale, value)) throw new RangeError('not a step');
  }
  await db.transaction('rw', db.ratings, async () => {
    const current = await db.ratings.get([pupilId, roundId, topicId]);
    // A rating made on another scale (the teacher changed it) starts again on the new one.
    const base =
      current && current.scale === scale
        ? current
        : { pupilId, roundId, topicId, scale, share: current?.share ?? ('parents' as Share) };
    await db.ratings.put({ ...base, ...edit, updatedAt: Date.now() });
  });
}

/** One choice for every rating of the round: the pupil shares how they are doing, or not. */
export async function shareRatings(pupilId: string, roundId: string, share: Share): Promise<void> {
  await db.ratings.where('[pupilId+roundId]').equals([pupilId, roundId]).modify({ share });
}
