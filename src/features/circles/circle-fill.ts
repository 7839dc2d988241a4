import type { CircleRow } from '../../db';
import { CIRCLE_FIELDS } from './circles-repo';

/** How many of a circle's fields have words in them (spaces alone do not count). */
export function filledCount(circle: Pick<CircleRow, (typeof CIRCLE_FIELDS)[number]>): number {
  return CIRCLE_FIELDS.filter((field) => circle[field].trim() !== '').length;
}
