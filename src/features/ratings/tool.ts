/**
 * The thermometers and smileys, and the spinnenweb that draws them, as pupil tools (see
 * src/features/README.md). Both show the ratings' part of the praatpapier.
 */
import { lazy } from 'preact-iso';
import type { RatingRow } from '../../db';
import {
  byCount,
  sheetPart,
  type Preparation,
  type PartState,
  type PupilTool,
} from '../tool-contract';
import type { SheetRating } from './sheet-rating';
import { ratingsOf, ratingsOfRound, shareRatings } from './ratings-repo';
import { currentRatings } from './scales';
import { SheetRatings } from './SheetRatings';
import { PaperRatings } from './PaperRatings';
import { BlankRatings } from './BlankRatings';
import { TalkRatings } from './TalkRatings';

declare module '../tool-contract/preparation' {
  interface PartRows {
    ratings: RatingRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    ratings: SheetRating;
  }
}

/** Done when every topic has now and in a month. */
function ratingsState({ ratings, round }: Preparation): PartState {
  const values = currentRatings(ratings, round).reduce(
    (sum, row) => sum + (row.now !== undefined ? 1 : 0) + (row.month !== undefined ? 1 : 0),
    0,
  );
  return byCount(values, values, round.topics.length * 2);
}

/** The rated topics in the round's order, on the round's current scale. */
function sheetRatings({ ratings, round }: Preparation): SheetRating[] {
  const byTopic = new Map(currentRatings(ratings, round).map((row) => [row.topicId, row]));
  return round.topics.flatMap((topic) => {
    const row = byTopic.get(topic.id);
    if (!row || (row.now === undefined && row.month === undefined)) return [];
    const { scale, now, month, share } = row;
    return [{ topicId: topic.id, label: topic.label, scale, now, month, share }];
  });
}

export const ratingsTool: PupilTool = {
  id: 'ratings',
  name: 'pathToolRatings',
  picture: 'ratings',
  routes: [
    {
      path: '/ratings',
      screen: lazy(() => import('./RatingsScreen').then((m) => m.RatingsScreen)),
    },
  ],
  state: ratingsState,
  parts: [
    sheetPart({
      id: 'ratings',
      paper: 'back',
      madeWith: ['ratings', 'spinnenweb'],
      names: { sheet: 'sheetRatings', pupil: 'pathToolRatings', talk: 'talkPartRatings' },
      picture: 'ratings',
      phase: 'delen',
      read: {
        pupil: (pupilId, round) => ratingsOf(pupilId, round.id),
        round: (round) => ratingsOfRound(round.id),
      },
      items: sheetRatings,
      key: (rating) => rating.topicId,
      // The ratings go together: one choice for all of them.
      choices: (ratings, t) =>
        ratings.length > 0
          ? [
              {
                key: 'ratings',
                name: t('shareAllRatings'),
                share: ratings[0]!.share,
                change: (pupilId, round, share) => shareRatings(pupilId, round.id, share),
              },
            ]
          : [],
      Sheet: SheetRatings,
      Paper: PaperRatings,
      Blank: BlankRatings,
      Talk: TalkRatings,
    }),
  ],
};

export const spinnenwebTool: PupilTool = {
  id: 'spinnenweb',
  name: 'pathToolSpinnenweb',
  picture: 'spinnenweb',
  routes: [
    {
      path: '/spinnenweb',
      screen: lazy(() => import('./SpinnenwebScreen').then((m) => m.SpinnenwebScreen)),
    },
  ],
  // The web draws the ratings: it is as far as they are.
  state: ratingsState,
  parts: [],
};
