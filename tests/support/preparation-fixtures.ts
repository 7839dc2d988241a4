/** Rows of a pupil's preparation for unit tests: plain data, as the repos store it. */
import { draftRound } from '../../src/features/rounds/round-rules';
import type {
  AnswerRow,
  CircleRow,
  GoalRow,
  PortfolioItemRow,
  RatingRow,
  RoundRow,
  Share,
} from '../../src/db';
import type { Preparation } from '../../src/features/tool-contract';
import { emptyPreparation } from '../../src/features/preparation/tools';

export const PUPIL = 'p1';

/** A bovenbouw KOM round: every tool, thermometer, eight topics. */
export function komRound(overrides: Partial<RoundRow> = {}): RoundRow {
  return {
    ...draftRound('kom', 'bovenbouw', 'nl', '2026-11-01', 'Herfst'),
    id: 'r1',
    classId: 'c1',
    status: 'open',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

export function item(
  id: string,
  share: Share,
  extra: Partial<PortfolioItemRow> = {},
): PortfolioItemRow {
  return {
    id,
    pupilId: PUPIL,
    day: '2026-11-10',
    title: `Item ${id}`,
    note: '',
    topic: '',
    proud: false,
    share,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

export function rating(
  round: RoundRow,
  topicId: string,
  now?: number,
  month?: number,
  share: Share = 'parents',
): RatingRow {
  return {
    pupilId: PUPIL,
    roundId: round.id,
    topicId,
    scale: round.scale,
    now,
    month,
    share,
    updatedAt: 1,
  };
}

export function answer(
  questionId: string,
  text: string,
  share: Share,
  extra: Partial<AnswerRow> = {},
): AnswerRow {
  return {
    pupilId: PUPIL,
    roundId: 'r1',
    questionId,
    source: 'round',
    question: `Vraag ${questionId}`,
    text,
    putBack: false,
    share,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

export function circle(id: CircleRow['circle'], plus: string, share: Share): CircleRow {
  return {
    pupilId: PUPIL,
    roundId: 'r1',
    circle: id,
    plus,
    minus: '',
    wonder: '',
    goal: '',
    need: '',
    share,
    updatedAt: 1,
  };
}

export function goal(id: string, aim: string, nextStep: string, share: Share): GoalRow {
  return {
    id,
    pupilId: PUPIL,
    roundId: 'r1',
    aim,
    progress: 1,
    nextStep,
    help: ['teacher'],
    helpNote: '',
    share,
    createdAt: 1,
    updatedAt: 1,
  };
}

export function preparationOf(round: RoundRow, parts: Partial<Preparation>): Preparation {
  return { ...emptyPreparation(round, PUPIL), ...parts };
}
