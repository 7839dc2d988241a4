/**
 * Everything one pupil prepared for one round, as the screens, the overview and the printed
 * sheet see it: each part's rows (put together in preparation/assemble.ts). Pure types.
 */
import type { RoundRow, TalkPart } from '../../db';

/**
 * The stored rows each part of a preparation is made of, by part. Empty here: each tool adds
 * the lines of its own parts, in its folder, by declaration merging —
 * `declare module '../tool-contract/preparation' { interface PartRows { goals: GoalRow } }` —
 * so a new tool does not edit the contract.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each tool
export interface PartRows {}

export type PreparationRows = { [K in keyof PartRows]: PartRows[K][] };

export interface Preparation extends PreparationRows {
  round: RoundRow;
  pupilId: string;
  /** When the pupil last went through "what may go to my parents". */
  reviewedAt?: number;
  /** The order the pupil chose to tell their parts in. */
  talkOrder?: TalkPart[];
}

export const hasText = (text: string | undefined): boolean => (text ?? '').trim().length > 0;
