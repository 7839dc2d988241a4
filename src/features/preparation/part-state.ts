/**
 * Whether a pupil has not started, started or done each part of their preparation. Pure rules,
 * the same for the pupil's path tiles and the teacher's class overview.
 */
import type { ToolId } from '../../db';
import { currentRatings } from '../ratings';
import { hasText, isAnswered, isFilledCircle, type Preparation } from './model';

export type PartState = 'none' | 'started' | 'done';

function byCount(done: number, started: number, needed: number): PartState {
  if (needed > 0 && done >= needed) return 'done';
  return started > 0 || done > 0 ? 'started' : 'none';
}

function ratingsState(preparation: Preparation): PartState {
  const rows = currentRatings(preparation.ratings, preparation.round);
  const values = rows.reduce(
    (sum, row) => sum + (row.now !== undefined ? 1 : 0) + (row.month !== undefined ? 1 : 0),
    0,
  );
  return byCount(values, values, preparation.round.topics.length * 2);
}

const RULES: Partial<Record<ToolId, (preparation: Preparation) => PartState>> = {
  // Done with at least one thing learned that has a level: evidence for the conversation.
  portfolio: ({ portfolio }) =>
    byCount(
      portfolio.filter((item) => item.level && (hasText(item.title) || item.photoMediaId)).length,
      portfolio.length,
      1,
    ),
  ratings: ratingsState,
  // The spinnenweb draws the ratings: it is as far as they are.
  spinnenweb: ratingsState,
  questions: ({ round, answers }) => {
    const ids = new Set(round.questions.map((question) => question.id));
    const mine = answers.filter(
      (answer) => answer.source === 'round' && ids.has(answer.questionId),
    );
    return byCount(mine.filter(isAnswered).length, mine.length, round.questions.length);
  },
  vragenpot: ({ answers }) => {
    const drawn = answers.filter((answer) => answer.source === 'jar');
    return byCount(
      drawn.filter((answer) => !answer.putBack && isAnswered(answer)).length,
      drawn.length,
      1,
    );
  },
  circles: ({ circles }) => byCount(circles.filter(isFilledCircle).length, 0, 3),
  video: ({ clip }) => (clip?.mediaId ? 'done' : 'none'),
  goals: ({ goals }) =>
    byCount(
      goals.filter((goal) => hasText(goal.aim) && hasText(goal.nextStep)).length,
      goals.filter((goal) => hasText(goal.aim) || hasText(goal.nextStep)).length,
      1,
    ),
};

/** The state of one part; parts that store nothing yet (parents' answers) are 'none'. */
export function partState(tool: ToolId, preparation: Preparation): PartState {
  return RULES[tool]?.(preparation) ?? 'none';
}
