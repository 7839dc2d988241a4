/**
 * Everything one pupil prepared for one round, as the screens, the overview and the printed
 * sheet see it (put together in preparation/assemble.ts). Pure types and text rules.
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

export interface Preparation {
  round: RoundRow;
  pupilId: string;
  /** Portfolio items of the round's look-back window. */
  portfolio: PortfolioItemRow[];
  ratings: RatingRow[];
  answers: AnswerRow[];
  asks: AskRow[];
  circles: CircleRow[];
  goals: GoalRow[];
  /** The ice-breaker video the pupil keeps (and who may see it), when there is one. */
  clip?: ClipRow;
  /** When the pupil last went through "what may go to my parents". */
  reviewedAt?: number;
  /** The order the pupil chose to tell their parts in. */
  talkOrder?: TalkPart[];
}

export function emptyPreparation(round: RoundRow, pupilId: string): Preparation {
  return {
    round,
    pupilId,
    portfolio: [],
    ratings: [],
    answers: [],
    asks: [],
    circles: [],
    goals: [],
  };
}

export const hasText = (text: string | undefined): boolean => (text ?? '').trim().length > 0;
