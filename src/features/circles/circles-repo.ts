/**
 * The only writer of `circles`: the three circles thuis, ik and school, each with what goes
 * well, what doesn't, what I wonder, my goal and what I need.
 */
import {
  CIRCLE_IDS,
  db,
  refuseLongText,
  TEXT_LIMITS,
  type CircleId,
  type CircleRow,
} from '../../db';

export { CIRCLE_IDS };
export const CIRCLE_FIELDS = ['plus', 'minus', 'wonder', 'goal', 'need'] as const;
export type CircleField = (typeof CIRCLE_FIELDS)[number];

export function emptyCircle(pupilId: string, roundId: string, circle: CircleId): CircleRow {
  return {
    pupilId,
    roundId,
    circle,
    plus: '',
    minus: '',
    wonder: '',
    goal: '',
    need: '',
    share: 'parents',
    updatedAt: 0,
  };
}

/** The pupil's three circles, in order, empty ones included. */
export async function circlesOf(pupilId: string, roundId: string): Promise<CircleRow[]> {
  const rows = await db.circles.where('[pupilId+roundId]').equals([pupilId, roundId]).toArray();
  return CIRCLE_IDS.map(
    (id) => rows.find((row) => row.circle === id) ?? emptyCircle(pupilId, roundId, id),
  );
}

export function circlesOfRound(roundId: string): Promise<CircleRow[]> {
  return db.circles.where('roundId').equals(roundId).toArray();
}

export type CircleEdit = Partial<Pick<CircleRow, CircleField | 'share'>>;

export async function saveCircle(
  pupilId: string,
  roundId: string,
  circle: CircleId,
  edit: CircleEdit,
): Promise<void> {
  refuseLongText(TEXT_LIMITS.long, ...CIRCLE_FIELDS.map((field) => edit[field]));
  await db.transaction('rw', db.circles, async () => {
    const current =
      (await db.circles.get([pupilId, roundId, circle])) ?? emptyCircle(pupilId, roundId, circle);
    await db.circles.put({ ...current, ...edit, updatedAt: Date.now() });
  });
}
