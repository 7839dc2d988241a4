/**
 * The one place a pupil's preparation is put together from stored rows, for one pupil (the
 * path, the share review, conversation mode) or a whole class (the overview, print). Pure: the
 * repo reads the rows, one pupil's or the round's, and both go through `assemblePreparations`,
 * so the pupil's path and the teacher's screens can never disagree on what a pupil made.
 *
 * The rules, decided once:
 * - a tool the round does not use brings nothing (its rows stay stored, for a later round);
 * - the portfolio is the look-back window, thrown-away items left out, newest day first;
 * - asks and goals in the order they were made, circles as thuis · ik · school, only circles
 *   the pupil touched, the video only once a take is kept.
 */
import { CIRCLE_IDS, type ClipRow, type PupilRoundRow, type RoundRow, type ToolId } from '../../db';
import { emptyPreparation, type Preparation } from '../tool-contract';

export interface PreparationRows {
  portfolio: readonly Preparation['portfolio'][number][];
  ratings: readonly Preparation['ratings'][number][];
  answers: readonly Preparation['answers'][number][];
  asks: readonly Preparation['asks'][number][];
  circles: readonly Preparation['circles'][number][];
  goals: readonly Preparation['goals'][number][];
  clips: readonly ClipRow[];
  pupilRounds: readonly PupilRoundRow[];
}

/** The tools whose screens fill each table: a table is read only when the round uses one. */
export const TABLE_TOOLS = {
  portfolio: ['portfolio'],
  ratings: ['ratings', 'spinnenweb'],
  answers: ['questions', 'vragenpot'],
  // Own questions are asked on the questions screen and beside the vragenpot.
  asks: ['questions', 'vragenpot'],
  circles: ['circles'],
  goals: ['goals'],
  clips: ['video'],
} as const satisfies Record<Exclude<keyof PreparationRows, 'pupilRounds'>, readonly ToolId[]>;

export type PreparationTable = keyof typeof TABLE_TOOLS;

export const usesTable = (round: RoundRow, table: PreparationTable): boolean =>
  TABLE_TOOLS[table].some((tool: ToolId) => round.tools.includes(tool));

const byCreation = (a: { createdAt: number }, b: { createdAt: number }) =>
  a.createdAt - b.createdAt;

const newestFirst = (
  a: Preparation['portfolio'][number],
  b: Preparation['portfolio'][number],
): number => b.day.localeCompare(a.day) || b.createdAt - a.createdAt;

const circleOrder = (a: { circle: string }, b: { circle: string }) =>
  CIRCLE_IDS.indexOf(a.circle as (typeof CIRCLE_IDS)[number]) -
  CIRCLE_IDS.indexOf(b.circle as (typeof CIRCLE_IDS)[number]);

/** Each pupil's preparation for `round`, from rows of any number of pupils (others ignored). */
export function assemblePreparations(
  round: RoundRow,
  pupilIds: readonly string[],
  rows: PreparationRows,
): Map<string, Preparation> {
  const result = new Map(pupilIds.map((id) => [id, emptyPreparation(round, id)]));
  const ofRound = (row: { roundId?: string }) =>
    row.roundId === undefined || row.roundId === round.id;
  const mine = <Row extends { pupilId: string; roundId?: string }>(
    table: PreparationTable,
    all: readonly Row[],
  ) =>
    usesTable(round, table) ? all.filter((row) => result.has(row.pupilId) && ofRound(row)) : [];
  const add = <K extends Exclude<PreparationTable, 'clips'>>(key: K, all: PreparationRows[K]) => {
    const rows: readonly { pupilId: string; roundId?: string }[] = all;
    for (const row of mine(key, rows)) (result.get(row.pupilId)![key] as unknown[]).push(row);
  };

  add(
    'portfolio',
    rows.portfolio.filter((item) => item.deletedAt === undefined && item.day >= round.lookBackFrom),
  );
  add('ratings', rows.ratings);
  add('answers', rows.answers);
  add('asks', rows.asks);
  add(
    'circles',
    rows.circles.filter((circle) => circle.updatedAt > 0),
  );
  add('goals', rows.goals);
  for (const clip of mine('clips', rows.clips))
    if (clip.mediaId) result.get(clip.pupilId)!.clip = clip;
  for (const row of rows.pupilRounds) {
    const preparation = result.get(row.pupilId);
    if (!preparation || row.roundId !== round.id) continue;
    preparation.reviewedAt = row.reviewedAt;
    preparation.talkOrder = row.talkOrder;
  }
  for (const preparation of result.values()) {
    preparation.portfolio.sort(newestFirst);
    preparation.asks.sort(byCreation);
    preparation.goals.sort(byCreation);
    preparation.circles.sort(circleOrder);
  }
  return result;
}
