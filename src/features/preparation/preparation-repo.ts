/**
 * Reads a pupil's whole preparation for a round through the tool features' repos, and is the
 * only writer of `pupilRounds` (when the pupil went through what goes to their parents).
 * The class overview reads each table once for the whole round, however many pupils there are.
 */
import {
  db,
  type PupilRoundRow,
  type RoundRow,
  type Share,
  type TalkPart,
  type ToolId,
} from '../../db';
import { listPortfolio, portfolioSince, updatePortfolioItem } from '../portfolio';
import { ratingsOf, ratingsOfRound } from '../ratings';
import { answersOf, answersOfRound, asksOf, asksOfRound, saveAnswer, saveAsk } from '../questions';
import { circlesOf, circlesOfRound, saveCircle } from '../circles';
import { goalsOf, goalsOfRound, saveGoal } from '../goals';
import { clipState, clipsOfRound, setClipShare } from '../video';
import { emptyPreparation, type Preparation } from './model';
import { isTalkOrder } from './talk-order';

const uses = (round: RoundRow, ...tools: ToolId[]) =>
  tools.some((tool) => round.tools.includes(tool));

export async function loadPreparation(pupilId: string, round: RoundRow): Promise<Preparation> {
  const [portfolio, ratings, answers, asks, circles, goals, pupilRound, clip] = await Promise.all([
    listPortfolio(pupilId),
    ratingsOf(pupilId, round.id),
    answersOf(pupilId, round.id),
    asksOf(pupilId, round.id),
    circlesOf(pupilId, round.id),
    goalsOf(pupilId, round.id),
    db.pupilRounds.get([round.id, pupilId]),
    clipState(pupilId, round.id),
  ]);
  return {
    round,
    pupilId,
    portfolio: portfolio.filter((item) => item.day >= round.lookBackFrom),
    ratings,
    answers,
    asks,
    circles: circles.filter((circle) => circle.updatedAt > 0),
    goals,
    clip: clip.clip.mediaId ? clip.clip : undefined,
    reviewedAt: pupilRound?.reviewedAt,
    talkOrder: pupilRound?.talkOrder,
  };
}

/** Every pupil's preparation for a round: one read per table the round uses. */
export async function classPreparations(
  round: RoundRow,
  pupilIds: readonly string[],
): Promise<Map<string, Preparation>> {
  const none = Promise.resolve([]);
  const [portfolio, ratings, answers, asks, circles, goals, pupilRounds, clips] = await Promise.all(
    [
      uses(round, 'portfolio') ? portfolioSince(round.lookBackFrom) : none,
      uses(round, 'ratings', 'spinnenweb') ? ratingsOfRound(round.id) : none,
      uses(round, 'questions', 'vragenpot') ? answersOfRound(round.id) : none,
      uses(round, 'questions', 'vragenpot') ? asksOfRound(round.id) : none,
      uses(round, 'circles') ? circlesOfRound(round.id) : none,
      uses(round, 'goals') ? goalsOfRound(round.id) : none,
      db.pupilRounds.where('roundId').equals(round.id).toArray(),
      uses(round, 'video') ? clipsOfRound(round.id) : none,
    ],
  );
  const result = new Map(pupilIds.map((id) => [id, emptyPreparation(round, id)]));
  const add = <K extends 'portfolio' | 'ratings' | 'answers' | 'asks' | 'circles' | 'goals'>(
    key: K,
    rows: readonly Preparation[K][number][],
  ) => {
    for (const row of rows)
      (result.get(row.pupilId)?.[key] as Preparation[K][number][] | undefined)?.push(row);
  };
  add('portfolio', portfolio);
  add('ratings', ratings);
  add('answers', answers);
  add('asks', asks);
  add('circles', circles);
  add('goals', goals);
  for (const row of clips) {
    const preparation = result.get(row.pupilId);
    if (preparation && row.mediaId) preparation.clip = row;
  }
  for (const row of pupilRounds) {
    const preparation = result.get(row.pupilId);
    if (!preparation) continue;
    preparation.reviewedAt = row.reviewedAt;
    preparation.talkOrder = row.talkOrder;
  }
  return result;
}

async function updatePupilRound(
  pupilId: string,
  roundId: string,
  change: Partial<Pick<PupilRoundRow, 'reviewedAt' | 'talkOrder'>>,
): Promise<void> {
  await db.transaction('rw', db.pupilRounds, async () => {
    const row = await db.pupilRounds.get([roundId, pupilId]);
    await db.pupilRounds.put({ ...row, ...change, roundId, pupilId, updatedAt: Date.now() });
  });
}

export function markReviewed(pupilId: string, roundId: string): Promise<void> {
  return updatePupilRound(pupilId, roundId, { reviewedAt: Date.now() });
}

/** The order the pupil wants to tell their parts in; anything else is refused, not stored. */
export function setTalkOrder(pupilId: string, roundId: string, order: TalkPart[]): Promise<void> {
  if (!isTalkOrder(order)) return Promise.reject(new Error('not an order of talk parts'));
  return updatePupilRound(pupilId, roundId, { talkOrder: order });
}

/** One thing the pupil made, to change who may see it. */
export type ItemRef =
  | { part: 'portfolio'; id: string }
  | { part: 'answer'; questionId: string; question: string; source: 'round' | 'jar' }
  | { part: 'ask'; id: string }
  | { part: 'circle'; circle: 'home' | 'me' | 'school' }
  | { part: 'goal'; id: string }
  | { part: 'clip' };

/** Changes who may see one item, through the repo that owns it. */
export async function setShare(
  pupilId: string,
  round: RoundRow,
  item: ItemRef,
  share: Share,
): Promise<void> {
  switch (item.part) {
    case 'portfolio':
      return updatePortfolioItem(pupilId, item.id, { share });
    case 'answer':
      await saveAnswer(
        pupilId,
        round.id,
        { id: item.questionId, text: item.question, source: item.source },
        { share },
      );
      return;
    case 'ask':
      return saveAsk(pupilId, item.id, { share });
    case 'circle':
      return saveCircle(pupilId, round.id, item.circle, { share });
    case 'goal':
      return saveGoal(pupilId, item.id, { share });
    case 'clip':
      return setClipShare(pupilId, round.id, share);
  }
}
