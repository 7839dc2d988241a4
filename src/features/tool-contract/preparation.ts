/**
 * Everything one pupil prepared for one round, as the screens, the overview and the printed
 * sheet see it: each part's rows (put together in preparation/assemble.ts). Pure types.
 */
import type {
  AnswerRow,
  AskRow,
  CircleRow,
  ClipRow,
  GoalRow,
  PortfolioItemRow,
  RatingRow,
  RoundRow,
  TalkPart,
} from '../../db';

/** The stored rows each part of a preparation is made of: a new part adds its line. */
export interface PartRows {
  /** The ice-breaker video the pupil keeps (and who may see it): one at most. */
  clips: ClipRow;
  /** Portfolio items of the round's look-back window. */
  portfolio: PortfolioItemRow;
  answers: AnswerRow;
  ratings: RatingRow;
  circles: CircleRow;
  goals: GoalRow;
  asks: AskRow;
}

export type PreparationRows = { [K in keyof PartRows]: PartRows[K][] };

export interface Preparation extends PreparationRows {
  round: RoundRow;
  pupilId: string;
  /** When the pupil last went through "what may go to my parents". */
  reviewedAt?: number;
  /** The order the pupil chose to tell their parts in. */
  talkOrder?: TalkPart[];
}

/** A preparation with nothing in it: no part missing, or the compiler says so. */
export function emptyPreparation(round: RoundRow, pupilId: string): Preparation {
  const rows: Record<keyof PartRows, never[]> = {
    clips: [],
    portfolio: [],
    answers: [],
    ratings: [],
    circles: [],
    goals: [],
    asks: [],
  };
  return { ...rows, round, pupilId };
}

export const hasText = (text: string | undefined): boolean => (text ?? '').trim().length > 0;
