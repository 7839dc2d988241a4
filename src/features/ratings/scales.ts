/**
 * The three rating scales of a round and how their steps compare. Pure: no DOM, no database.
 * A rating stores the step on the scale the pupil saw, so a round that changes its scale later,
 * or the previous round's spinnenweb drawn next to this one, still means what the pupil chose.
 */
import { SCALE_STEPS, type RatingRow, type RatingScale, type RoundRow } from '../../db';

export interface ScaleShape {
  /** The lowest and highest step (inclusive). */
  min: number;
  max: number;
}

/** A scale's steps; a stored scale this app does not know is read as the thermometer. */
export const scaleShape = (scale: RatingScale): ScaleShape =>
  SCALE_STEPS.get(scale) ?? SCALE_STEPS.get('thermometer')!;

/** Whether `value` is a step of `scale` (whole numbers only). */
export function isStepOf(scale: RatingScale, value: number): boolean {
  const { min, max } = scaleShape(scale);
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A step on any scale as a point from 0 to 10, for the spinnenweb and the printed sheet. */
export function toTen(scale: RatingScale, value: number): number {
  const { min, max } = scaleShape(scale);
  const clamped = Math.min(max, Math.max(min, value));
  return Math.round(((clamped - min) / (max - min)) * 100) / 10;
}

/** A rating as the sheets print it: its point from 0 to 10, or a dash when not rated. */
export function tenText(scale: RatingScale, value: number | undefined): string {
  return value === undefined ? '–' : String(toTen(scale, value));
}

/**
 * The ratings that count for a round now: of its current topics, on its current scale. One made
 * on another scale is from before the teacher changed it and starts again (saveRating); one of a
 * removed topic stays stored but is not shown.
 */
export function currentRatings(
  ratings: readonly RatingRow[],
  round: Pick<RoundRow, 'topics' | 'scale'>,
): RatingRow[] {
  const ids = new Set(round.topics.map((topic) => topic.id));
  return ratings.filter((row) => ids.has(row.topicId) && row.scale === round.scale);
}
