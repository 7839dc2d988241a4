/** The three circles (thuis, ik, school) as a pupil tool: see src/features/README.md. */
import { lazy } from 'preact-iso';
import { byCount, hasText, sheetPart, type PupilTool } from '../tool-contract';
import type { CircleRow } from '../../db';
import { CIRCLE_IDS } from '../../db';
import { circlesOf, circlesOfRound, saveCircle, CIRCLE_FIELDS } from './circles-repo';
import { CIRCLE_NAMES } from './names';
import { SheetCircles } from './SheetCircles';
import { TalkCircles } from './TalkCircles';
import { BlankCircles } from './BlankCircles';

declare module '../tool-contract/preparation' {
  interface PartRows {
    circles: CircleRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    circles: CircleRow;
  }
}

/** A circle counts once one of its fields says something. */
export const isFilledCircle = (circle: CircleRow): boolean =>
  CIRCLE_FIELDS.some((field) => hasText(circle[field]));

export const circlesTool: PupilTool = {
  id: 'circles',
  name: 'pathToolCircles',
  picture: 'circles',
  routes: [
    {
      path: '/circles',
      screen: lazy(() => import('./CirclesScreen').then((m) => m.CirclesScreen)),
    },
  ],
  state: ({ circles }) => byCount(circles.filter(isFilledCircle).length, 0, 3),
  parts: [
    sheetPart({
      id: 'circles',
      paper: 'back',
      madeWith: ['circles'],
      names: { sheet: 'sheetCircles', pupil: 'pathToolCircles', talk: 'talkPartCircles' },
      picture: 'circles',
      phase: 'delen',
      read: {
        pupil: (pupilId, round) => circlesOf(pupilId, round.id),
        round: (round) => circlesOfRound(round.id),
      },
      // Thuis, ik, school; only the circles the pupil touched.
      arrange: (circles) =>
        circles
          .filter((circle) => circle.updatedAt > 0)
          .sort((a, b) => CIRCLE_IDS.indexOf(a.circle) - CIRCLE_IDS.indexOf(b.circle)),
      items: ({ circles }) => circles.filter(isFilledCircle),
      key: (circle) => circle.circle,
      choices: (circles, t) =>
        circles.map((circle) => ({
          key: `c-${circle.circle}`,
          name: t(CIRCLE_NAMES[circle.circle]),
          share: circle.share,
          change: (pupilId, round, share) =>
            saveCircle(pupilId, round.id, circle.circle, { share }),
        })),
      Sheet: SheetCircles,
      Blank: BlankCircles,
      Talk: TalkCircles,
    }),
  ],
};
