/** Goals, with the next step and the help needed, as a pupil tool: see src/features/README.md. */
import { lazy } from 'preact-iso';
import type { GoalRow } from '../../db';
import { byCount, hasText, sheetPart, type PupilTool } from '../tool-contract';
import { goalsOf, goalsOfRound, saveGoal } from './goals-repo';
import { SheetGoals } from './SheetGoals';
import { BlankGoals } from './BlankGoals';

declare module '../tool-contract/preparation' {
  interface PartRows {
    goals: GoalRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    goals: GoalRow;
  }
}

export const goalsTool: PupilTool = {
  id: 'goals',
  name: 'pathToolGoals',
  picture: 'goals',
  routes: [
    { path: '/goals', screen: lazy(() => import('./GoalsScreen').then((m) => m.GoalsScreen)) },
  ],
  // Done with a goal that says where to and what the next step is.
  state: ({ goals }) =>
    byCount(
      goals.filter((goal) => hasText(goal.aim) && hasText(goal.nextStep)).length,
      goals.filter((goal) => hasText(goal.aim) || hasText(goal.nextStep)).length,
      1,
    ),
  parts: [
    sheetPart({
      id: 'goals',
      paper: 'back',
      madeWith: ['goals'],
      names: { sheet: 'sheetGoals', pupil: 'pathToolGoals', talk: 'talkPartGoals' },
      picture: 'goals',
      // Goals with the help needed are where care is shared.
      phase: 'zorgen',
      read: {
        pupil: (pupilId, round) => goalsOf(pupilId, round.id),
        round: (round) => goalsOfRound(round.id),
      },
      arrange: (goals) => [...goals].sort((a, b) => a.createdAt - b.createdAt),
      items: ({ goals }) => goals.filter((goal) => hasText(goal.aim)),
      key: (goal) => goal.id,
      choices: (goals) =>
        goals.map((goal) => ({
          key: `g-${goal.id}`,
          name: goal.aim,
          share: goal.share,
          change: (pupilId, _round, share) => saveGoal(pupilId, goal.id, { share }),
        })),
      Sheet: SheetGoals,
      Blank: BlankGoals,
      Talk: SheetGoals,
    }),
  ],
};
