/**
 * What goes on the praatpapier: the pupil's preparation, cut to what an audience may see.
 * Pure, so the pupil's own review ("this is what your parents will see"), the teacher's view and
 * the printed sheet always agree. Empty parts are left out, never shown as empty boxes.
 *
 * - parents: only what the pupil put "op mijn praatpapier";
 * - teacher: also what is "alleen voor juf of meester".
 * What the pupil keeps "alleen voor mij" is never on any sheet.
 */
import type {
  AnswerRow,
  AskRow,
  CircleRow,
  ClipRow,
  GoalRow,
  PortfolioItemRow,
  RatingScale,
  Share,
  ToolId,
} from '../../db';
import { currentRatings } from '../ratings';
import { hasText, isAnswered, isFilledCircle, type Preparation } from './model';

export type Audience = 'parents' | 'teacher';

export function visibleTo(share: Share, audience: Audience): boolean {
  return share === 'parents' || (share === 'teacher' && audience === 'teacher');
}

export interface SheetRating {
  topicId: string;
  label: string;
  scale: RatingScale;
  now?: number;
  month?: number;
}

export interface SheetContent {
  audience: Audience;
  /** The round's questions in the round's order, then questions from the vragenpot. */
  answers: AnswerRow[];
  /** Proud items first, then the newest. */
  portfolio: PortfolioItemRow[];
  ratings: SheetRating[];
  circles: CircleRow[];
  goals: GoalRow[];
  asks: AskRow[];
  /** The ice-breaker video, when the pupil lets this audience see it. */
  clip?: ClipRow;
  /** How many things the pupil made that this audience does not see. */
  notShown: number;
}

function orderedAnswers(preparation: Preparation): AnswerRow[] {
  const order = new Map(preparation.round.questions.map((question, index) => [question.id, index]));
  const round = preparation.answers
    .filter((answer) => answer.source === 'round' && order.has(answer.questionId))
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!);
  const jar = preparation.answers
    .filter((answer) => answer.source === 'jar' && !answer.putBack)
    .sort((a, b) => a.createdAt - b.createdAt);
  return [...round, ...jar].filter(isAnswered);
}

function ratingsOf(preparation: Preparation): SheetRating[] {
  const byTopic = new Map(
    currentRatings(preparation.ratings, preparation.round).map((row) => [row.topicId, row]),
  );
  return preparation.round.topics.flatMap((topic) => {
    const row = byTopic.get(topic.id);
    if (!row || (row.now === undefined && row.month === undefined)) return [];
    return [
      { topicId: topic.id, label: topic.label, scale: row.scale, now: row.now, month: row.month },
    ];
  });
}

/** Everything the pupil made that can be shared, each with its share choice, per part. */
export function shareableItems(preparation: Preparation) {
  const tools = new Set<ToolId>(preparation.round.tools);
  const ratingRows = new Map(
    currentRatings(preparation.ratings, preparation.round).map((row) => [row.topicId, row]),
  );
  return {
    portfolio: tools.has('portfolio')
      ? preparation.portfolio.filter((item) => hasText(item.title) || item.photoMediaId)
      : [],
    ratings:
      tools.has('ratings') || tools.has('spinnenweb')
        ? ratingsOf(preparation).map((rating) => ({ rating, row: ratingRows.get(rating.topicId)! }))
        : [],
    answers: tools.has('questions') || tools.has('vragenpot') ? orderedAnswers(preparation) : [],
    asks: preparation.asks.filter((ask) => hasText(ask.text)),
    circles: tools.has('circles') ? preparation.circles.filter(isFilledCircle) : [],
    goals: tools.has('goals') ? preparation.goals.filter((goal) => hasText(goal.aim)) : [],
    clips: tools.has('video') && preparation.clip?.mediaId ? [preparation.clip] : [],
  };
}

export function sheetContent(preparation: Preparation, audience: Audience): SheetContent {
  const items = shareableItems(preparation);
  const shown = <T extends { share: Share }>(rows: readonly T[]) =>
    rows.filter((row) => visibleTo(row.share, audience));
  const all = [
    ...items.portfolio,
    ...items.ratings.map(({ row }) => row),
    ...items.answers,
    ...items.asks,
    ...items.circles,
    ...items.goals,
    ...items.clips,
  ];
  return {
    audience,
    answers: shown(items.answers),
    portfolio: shown(items.portfolio).sort(
      (a, b) => Number(b.proud) - Number(a.proud) || b.day.localeCompare(a.day),
    ),
    ratings: items.ratings
      .filter(({ row }) => visibleTo(row.share, audience))
      .map(({ rating }) => rating),
    circles: shown(items.circles),
    goals: shown(items.goals),
    asks: shown(items.asks),
    clip: shown(items.clips)[0],
    notShown: all.filter((row) => !visibleTo(row.share, audience)).length,
  };
}

export function isEmptySheet(content: SheetContent): boolean {
  return (
    content.answers.length +
      content.portfolio.length +
      content.ratings.length +
      content.circles.length +
      content.goals.length +
      content.asks.length ===
      0 && !content.clip
  );
}

/**
 * What the pupil marked "alleen voor juf of meester": on the teacher's copy it is set apart,
 * since the teacher must not bring it up as if the parents had read it.
 */
export function teacherOnlyContent(preparation: Preparation): SheetContent {
  const teacher = sheetContent(preparation, 'teacher');
  const parents = sheetContent(preparation, 'parents');
  const without = <T>(rows: readonly T[], shown: readonly T[], key: (row: T) => string) => {
    const seen = new Set(shown.map(key));
    return rows.filter((row) => !seen.has(key(row)));
  };
  return {
    audience: 'teacher',
    answers: without(teacher.answers, parents.answers, (row) => row.questionId),
    portfolio: without(teacher.portfolio, parents.portfolio, (row) => row.id),
    ratings: without(teacher.ratings, parents.ratings, (row) => row.topicId),
    circles: without(teacher.circles, parents.circles, (row) => row.circle),
    goals: without(teacher.goals, parents.goals, (row) => row.id),
    asks: without(teacher.asks, parents.asks, (row) => row.id),
    clip: parents.clip ? undefined : teacher.clip,
    notShown: teacher.notShown,
  };
}
