/**
 * Conversation mode as steps: the pupil leads, one part at a time. A step holds everything of
 * one part (all answers on one screen, the three circles side by side), so a fully prepared
 * pupil has few steps. Each part has one phase of the teacher's frame (seeds/002), and the steps
 * are sorted by phase, keeping the pupil's chosen order within a phase: the phase guide never
 * goes back. Only what is "op mijn praatpapier" (the parents' copy). Pure.
 */
import type {
  Agreement,
  AnswerRow,
  AskRow,
  CircleRow,
  GoalRow,
  PortfolioItemRow,
  TalkPart,
} from '../../db';
import { talkOrder, type SheetContent, type SheetRating } from '../preparation';

export type Phase = 'afstemmen' | 'delen' | 'zorgen' | 'afspreken' | 'afronden';
export const PHASES: readonly Phase[] = ['afstemmen', 'delen', 'zorgen', 'afspreken', 'afronden'];

export type TalkStep =
  /** The ice-breaker video (when shared) and last round's agreements, both to settle in. */
  | { kind: 'welcome'; mediaId?: string; lookBack: Agreement[] }
  | { kind: 'portfolio'; items: PortfolioItemRow[] }
  | { kind: 'answers'; answers: AnswerRow[] }
  | { kind: 'ratings'; ratings: SheetRating[] }
  | { kind: 'circles'; circles: CircleRow[] }
  | { kind: 'goals'; goals: GoalRow[] }
  | { kind: 'asks'; asks: AskRow[] }
  /** The pupil put nothing on the praatpapier: the round's questions and the teacher's focus. */
  | { kind: 'questions'; questions: string[]; focus: string }
  | { kind: 'end' };

export type StepKind = TalkStep['kind'];

/**
 * Where each part belongs, decided once. Telling what you made, rated and asked is sharing;
 * goals with the help needed are growth opportunities, where care is shared.
 */
const PART_PHASES: Record<TalkPart, Phase> = {
  portfolio: 'delen',
  answers: 'delen',
  ratings: 'delen',
  circles: 'delen',
  asks: 'delen',
  goals: 'zorgen',
};

function partStep(part: TalkPart, content: SheetContent): TalkStep | undefined {
  switch (part) {
    case 'portfolio':
      return content.portfolio.length ? { kind: 'portfolio', items: content.portfolio } : undefined;
    case 'answers':
      return content.answers.length ? { kind: 'answers', answers: content.answers } : undefined;
    case 'ratings':
      return content.ratings.length ? { kind: 'ratings', ratings: content.ratings } : undefined;
    case 'circles':
      return content.circles.length ? { kind: 'circles', circles: content.circles } : undefined;
    case 'goals':
      return content.goals.length ? { kind: 'goals', goals: content.goals } : undefined;
    case 'asks':
      return content.asks.length ? { kind: 'asks', asks: content.asks } : undefined;
  }
}

export interface TalkContext {
  /** Last round's agreements: "Wat hadden we afgesproken?" */
  lookBack?: readonly Agreement[];
  /** The round's questions, for a pupil who prepared nothing. */
  questions?: readonly string[];
  /** The teacher's focus for this pupil. */
  focus?: string;
}

export function talkSteps(
  content: SheetContent,
  order: readonly TalkPart[] | undefined,
  { lookBack = [], questions = [], focus = '' }: TalkContext = {},
): TalkStep[] {
  if (content.audience !== 'parents') throw new Error('conversation mode shows the parents’ copy');
  const parts = talkOrder(order).flatMap((part) => {
    const step = partStep(part, content);
    return step ? [step] : [];
  });
  if (parts.length === 0 && (questions.length > 0 || focus.trim()))
    parts.push({ kind: 'questions', questions: [...questions], focus: focus.trim() });
  const steps: TalkStep[] = [
    { kind: 'welcome', mediaId: content.clip?.mediaId, lookBack: [...lookBack] },
    ...parts,
    { kind: 'end' },
  ];
  // A stable sort: within a phase the pupil's order stays.
  const rank = (step: TalkStep) => PHASES.indexOf(phaseOf(step));
  return steps.sort((a, b) => rank(a) - rank(b));
}

/** Where in the teacher's frame a step belongs. */
export function phaseOf(step: TalkStep): Phase {
  switch (step.kind) {
    case 'welcome':
      return 'afstemmen';
    case 'questions':
      return 'delen';
    case 'end':
      return 'afspreken';
    default:
      return PART_PHASES[step.kind];
  }
}
