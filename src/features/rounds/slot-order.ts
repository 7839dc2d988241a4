/**
 * The order of the conversations: by time slot, pupils without one after those with one, and
 * then by first name. The overview's "sort by time" and the class's printed stack both follow
 * it, so the teacher's papers come out in the order the parents arrive.
 */
import { compareNames } from '../class';

/** Slots are local date-times (YYYY-MM-DDTHH:mm), so their text order is their time order. */
function compareSlots(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** A comparer for `sort` of anything with a pupil's slot and first name. */
export function bySlot<T>(
  slotOf: (item: T) => string | undefined,
  nameOf: (item: T) => string,
): (a: T, b: T) => number {
  return (a, b) => compareSlots(slotOf(a), slotOf(b)) || compareNames(nameOf(a), nameOf(b));
}
