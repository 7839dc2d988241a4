/**
 * The only writer of `goals`: one to three goals per pupil and round, in growth language
 * (where do I want to go, how far am I, my next step, who or what helps me).
 */
import { db, HELP_KINDS, MAX_GOALS, refuseLongText, TEXT_LIMITS, type GoalRow } from '../../db';

export { MAX_GOALS, HELP_KINDS };
/** "How far am I": five steps on a path, from just starting to there. */
export const GOAL_PROGRESS_STEPS = 5;
export function goalsOf(pupilId: string, roundId: string): Promise<GoalRow[]> {
  return db.goals.where('[pupilId+roundId]').equals([pupilId, roundId]).sortBy('createdAt');
}

export function goalsOfRound(roundId: string): Promise<GoalRow[]> {
  return db.goals.where('roundId').equals(roundId).toArray();
}

export class TooManyGoalsError extends Error {}

/** A pupil starts with one goal ready to fill in: adds it when they have none for the round. */
export async function ensureFirstGoal(pupilId: string, roundId: string): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const count = await db.goals.where('[pupilId+roundId]').equals([pupilId, roundId]).count();
    if (count === 0) await addGoal(pupilId, roundId);
  });
}

export async function addGoal(pupilId: string, roundId: string): Promise<GoalRow> {
  return db.transaction('rw', db.goals, async () => {
    const count = await db.goals.where('[pupilId+roundId]').equals([pupilId, roundId]).count();
    if (count >= MAX_GOALS) throw new TooManyGoalsError();
    const now = Date.now();
    const row: GoalRow = {
      id: crypto.randomUUID(),
      pupilId,
      roundId,
      aim: '',
      progress: 0,
      nextStep: '',
      help: [],
      helpNote: '',
      share: 'parents',
      createdAt: now,
      updatedAt: now,
    };
    await db.goals.add(row);
    return row;
  });
}

export type GoalEdit = Partial<
  Pick<GoalRow, 'aim' | 'progress' | 'nextStep' | 'help' | 'helpNote' | 'share'>
>;

export async function saveGoal(pupilId: string, goalId: string, edit: GoalEdit): Promise<void> {
  refuseLongText(TEXT_LIMITS.short, edit.aim, edit.nextStep, edit.helpNote);
  if (
    edit.progress !== undefined &&
    !(Number.isInteger(edit.progress) && edit.progress >= 0 && edit.progress < GOAL_PROGRESS_STEPS)
  )
    throw new RangeError('not a step');
  if (edit.help?.some((kind) => !HELP_KINDS.includes(kind))) throw new RangeError('no such help');
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(goalId);
    if (!goal || goal.pupilId !== pupilId) throw new RangeError('no such goal');
    await db.goals.put({ ...goal, ...edit, updatedAt: Date.now() });
  });
}

export async function deleteGoal(pupilId: string, goalId: string): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(goalId);
    if (goal?.pupilId === pupilId) await db.goals.delete(goalId);
  });
}
