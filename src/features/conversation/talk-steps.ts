/**
 * Conversation mode as steps: the pupil leads, one thing at a time, starting with the
 * ice-breaker video, then last round's agreements, then the pupil's parts in the order the pupil
 * chose, and finally the agreements. Only what is "op mijn praatpapier" (the parents' copy).
 * Each step belongs to one phase of the teacher's frame (seeds/002). Pure.
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
  | { kind: 'welcome' }
  | { kind: 'video'; mediaId: string }
  | { kind: 'lookBack'; items: Agreement[] }
  | { kind: 'portfolio'; item: PortfolioItemRow }
  | { kind: 'answer'; answer: AnswerRow }
  | { kind: 'ratings'; ratings: SheetRating[] }
  | { kind: 'circle'; circle: CircleRow }
  | { kind: 'goal'; goal: GoalRow }
  | { kind: 'asks'; asks: AskRow[] }
  | { kind: 'end' };

function partSteps(part: TalkPart, content: SheetContent): TalkStep[] {
  switch (part) {
    case 'portfolio':
      return content.portfolio.map((item) => ({ kind: 'portfolio', item }));
    case 'answers':
      return content.answers.map((answer) => ({ kind: 'answer', answer }));
    case 'ratings':
      return content.ratings.length > 0 ? [{ kind: 'ratings', ratings: content.ratings }] : [];
    case 'circles':
      return content.circles.map((circle) => ({ kind: 'circle', circle }));
    case 'goals':
      return content.goals.map((goal) => ({ kind: 'goal', goal }));
    case 'asks':
      return content.asks.length > 0 ? [{ kind: 'asks', asks: content.asks }] : [];
  }
}

export function talkSteps(
  content: SheetContent,
  order: readonly TalkPart[] | undefined,
  lookBack: readonly Agreement[] = [],
): TalkStep[] {
  if (content.audience !== 'parents') throw new Error('conversation mode shows the parents’ copy');
  const steps: TalkStep[] = [
    content.clip?.mediaId ? { kind: 'video', mediaId: content.clip.mediaId } : { kind: 'welcome' },
  ];
  if (lookBack.length > 0) steps.push({ kind: 'lookBack', items: [...lookBack] });
  steps.push(...talkOrder(order).flatMap((part) => partSteps(part, content)));
  steps.push({ kind: 'end' });
  return steps;
}

/** Where in the teacher's frame a step belongs. Goals and help are where care is shared. */
export function phaseOf(step: TalkStep): Phase {
  switch (step.kind) {
    case 'welcome':
    case 'video':
    case 'lookBack':
      return 'afstemmen';
    case 'goal':
      return 'zorgen';
    case 'end':
      return 'afspreken';
    default:
      return 'delen';
  }
}
