/** The order a pupil tells their parts in during the conversation. Pure. */
import type { TalkPart } from '../../db';

export const DEFAULT_TALK_ORDER: readonly TalkPart[] = [
  'portfolio',
  'answers',
  'ratings',
  'circles',
  'goals',
  'asks',
];

export const isTalkOrder = (order: readonly TalkPart[]): boolean =>
  new Set(order).size === order.length && order.every((part) => DEFAULT_TALK_ORDER.includes(part));

/** The pupil's order, completed with the parts they did not place (in the usual order). */
export function talkOrder(chosen: readonly TalkPart[] | undefined): TalkPart[] {
  const known = (chosen ?? []).filter(
    (part, index, all) => DEFAULT_TALK_ORDER.includes(part) && all.indexOf(part) === index,
  );
  return [...known, ...DEFAULT_TALK_ORDER.filter((part) => !known.includes(part))];
}
