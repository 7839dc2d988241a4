/**
 * Conversation mode as steps: the pupil leads, one part at a time. A step holds everything of
 * one part (all answers on one screen, the three circles side by side), so a fully prepared
 * pupil has few steps. Each part has one phase of the teacher's frame (seeds/002), and the steps
 * are sorted by phase, keeping the pupil's chosen order within a phase: the phase guide never
 * goes back. Only what is "op mijn praatpapier" (the parents' copy). Pure.
 */
import type { Agreement, TalkPart } from '../../db';
import { SHEET_PARTS, talkOrder, type SheetContent } from '../preparation';
import type { PartItems, Phase, SheetPart } from '../tool-contract';

export type { Phase };
export const PHASES: readonly Phase[] = ['afstemmen', 'delen', 'zorgen', 'afspreken', 'afronden'];

/** One part of the praatpapier told on one step: every item of it on one screen. */
export interface PartStep<K extends TalkPart = TalkPart> {
  kind: K;
  items: PartItems[K][];
}

export type TalkStep =
  /** The ice-breaker video (when shared) and last round's agreements, both to settle in. */
  | { kind: 'welcome'; mediaId?: string; lookBack: Agreement[] }
  | PartStep
  /** The pupil put nothing on the praatpapier: the round's questions and the teacher's focus. */
  | { kind: 'questions'; questions: string[]; focus: string }
  | { kind: 'end' };

export type StepKind = TalkStep['kind'];

/** The parts told in the talk, by id: each says its phase and how its step looks. */
export const TALK_PARTS_BY_ID: ReadonlyMap<string, SheetPart> = new Map(
  SHEET_PARTS.flatMap((part) => (part.Talk ? [[part.id, part] as const] : [])),
);

const isPartStep = (step: TalkStep): step is PartStep => TALK_PARTS_BY_ID.has(step.kind);

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
  const parts: TalkStep[] = talkOrder(order).flatMap((part) =>
    content[part].length > 0 ? [{ kind: part, items: content[part] } as PartStep] : [],
  );
  if (parts.length === 0 && (questions.length > 0 || focus.trim()))
    parts.push({ kind: 'questions', questions: [...questions], focus: focus.trim() });
  const steps: TalkStep[] = [
    { kind: 'welcome', mediaId: content.clips[0]?.mediaId, lookBack: [...lookBack] },
    ...parts,
    { kind: 'end' },
  ];
  // A stable sort: within a phase the pupil's order stays.
  const rank = (step: TalkStep) => PHASES.indexOf(phaseOf(step));
  return steps.sort((a, b) => rank(a) - rank(b));
}

/** Where in the teacher's frame a step belongs. */
export function phaseOf(step: TalkStep): Phase {
  if (isPartStep(step)) return TALK_PARTS_BY_ID.get(step.kind)!.phase;
  switch (step.kind) {
    case 'welcome':
      return 'afstemmen';
    case 'questions':
      return 'delen';
    case 'end':
      return 'afspreken';
  }
}
