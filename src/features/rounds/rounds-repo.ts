/**
 * The only writer of `rounds` and `pupilPlans`. A class has at most one open round: opening a
 * round closes the one before it, in the same transaction. Everything it refuses, it refuses
 * before writing, with the problems the screens turn into messages.
 */
import { db, eraseRound, type ParentAnswer, type PupilPlanRow, type RoundRow } from '../../db';
import type { AgeBand, ConversationKind } from './model';
import {
  draftRound,
  MAX_PLAN_TEXT_LENGTH,
  roundProblems,
  settingsOf,
  slotFitsRound,
  type RoundProblem,
  type RoundSettings,
} from './round-rules';
import { visibleQuestionIds } from './questions-repo';
import { isoDay } from './dates';

export class RoundInputError extends Error {
  constructor(readonly problems: RoundProblem[]) {
    super(problems.join(', '));
  }
}

function refuseInvalid(settings: RoundSettings) {
  const problems = roundProblems(settings);
  if (problems.length > 0) throw new RoundInputError(problems);
}

export async function createRound(
  classId: string,
  kind: ConversationKind,
  ageBand: AgeBand,
  title: string,
): Promise<RoundRow> {
  const classRow = await db.classes.get(classId);
  if (!classRow) throw new Error('no such class');
  const settings = draftRound(kind, ageBand, classRow.language, isoDay(new Date()), title);
  settings.jar = (await visibleQuestionIds(classId, ageBand)).slice();
  refuseInvalid(settings);
  const now = Date.now();
  const row: RoundRow = {
    ...settings,
    id: crypto.randomUUID(),
    classId,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
  await db.rounds.add(row);
  return row;
}

/** A new draft with the settings of an earlier round, for the next period. */
export async function copyRound(roundId: string, title: string): Promise<RoundRow> {
  const source = await db.rounds.get(roundId);
  if (!source) throw new Error('no such round');
  const settings = { ...settingsOf(source), title };
  refuseInvalid(settings);
  const now = Date.now();
  const row: RoundRow = {
    ...settings,
    id: crypto.randomUUID(),
    classId: source.classId,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
  await db.rounds.add(row);
  return row;
}

export async function updateRound(
  roundId: string,
  changes: Partial<RoundSettings>,
): Promise<RoundRow> {
  return db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new Error('no such round');
    const next: RoundRow = { ...round, ...changes, updatedAt: Date.now() };
    refuseInvalid(settingsOf(next));
    await db.rounds.put(next);
    return next;
  });
}

/** Makes this the class's current round; the round that was open is closed. */
export async function openRound(roundId: string): Promise<void> {
  await db.transaction('rw', db.rounds, async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new Error('no such round');
    refuseInvalid(settingsOf(round));
    const now = Date.now();
    const others = await db.rounds.where('classId').equals(round.classId).toArray();
    for (const other of others) {
      if (other.id !== roundId && other.status === 'open') {
        await db.rounds.update(other.id, { status: 'closed', closedAt: now, updatedAt: now });
      }
    }
    await db.rounds.update(roundId, { status: 'open', openedAt: now, updatedAt: now });
  });
}

export async function closeRound(roundId: string): Promise<void> {
  const now = Date.now();
  await db.rounds.update(roundId, { status: 'closed', closedAt: now, updatedAt: now });
}

export async function deleteDraftRound(roundId: string): Promise<void> {
  await db.transaction('rw', db.rounds, db.pupilPlans, async () => {
    const round = await db.rounds.get(roundId);
    if (round?.status !== 'draft') return;
    await db.pupilPlans.where('roundId').equals(roundId).delete();
    await db.rounds.delete(roundId);
  });
}

/**
 * A round that has happened, with everything made for it (see eraseRound); the pupils'
 * portfolios stay. An open round is closed first: pupils must not be preparing it.
 */
export async function deleteRound(roundId: string): Promise<void> {
  const round = await db.rounds.get(roundId);
  if (!round) return;
  if (round.status === 'open') throw new Error('close the round before deleting it');
  await eraseRound(roundId);
}

export function getRound(roundId: string): Promise<RoundRow | undefined> {
  return db.rounds.get(roundId);
}

/** Newest first. */
export async function listRounds(classId: string): Promise<RoundRow[]> {
  const rounds = await db.rounds.where('classId').equals(classId).toArray();
  return rounds.sort((a, b) => b.createdAt - a.createdAt);
}

export async function currentRound(classId: string): Promise<RoundRow | undefined> {
  return (await listRounds(classId)).find((round) => round.status === 'open');
}

/** The round that was open before this one (for last round's ratings and agreements). */
export async function previousRound(round: RoundRow): Promise<RoundRow | undefined> {
  return (await listRounds(round.classId)).find(
    (other) =>
      other.id !== round.id &&
      other.status === 'closed' &&
      (other.openedAt ?? 0) < (round.openedAt ?? Infinity),
  );
}

export type PlanText = Pick<
  PupilPlanRow,
  'focus' | 'message' | 'hearFromPupil' | 'hearFromParents'
>;

const EMPTY_PLAN: PlanText = { focus: '', message: '', hearFromPupil: '', hearFromParents: '' };

export async function pupilPlan(roundId: string, pupilId: string): Promise<PupilPlanRow> {
  return (
    (await db.pupilPlans.get([roundId, pupilId])) ?? {
      roundId,
      pupilId,
      ...EMPTY_PLAN,
      parentAnswers: [],
      updatedAt: 0,
    }
  );
}

/** Every pupil's plan of a round, in one read. */
export async function pupilPlans(roundId: string): Promise<Map<string, PupilPlanRow>> {
  const rows = await db.pupilPlans.where('roundId').equals(roundId).toArray();
  return new Map(rows.map((row) => [row.pupilId, row]));
}

async function writePlan(roundId: string, pupilId: string, change: Partial<PupilPlanRow>) {
  await db.transaction('rw', db.pupilPlans, async () => {
    const current = await pupilPlan(roundId, pupilId);
    await db.pupilPlans.put({ ...current, ...change, roundId, pupilId, updatedAt: Date.now() });
  });
}

export async function savePlanText(
  roundId: string,
  pupilId: string,
  text: Partial<PlanText>,
): Promise<void> {
  if (Object.values(text).some((value) => value.length > MAX_PLAN_TEXT_LENGTH)) {
    throw new RoundInputError(['plan-too-long']);
  }
  await writePlan(roundId, pupilId, text);
}

/** The parents' answers to the round's questions for parents; unknown questions are refused. */
export async function saveParentAnswers(
  roundId: string,
  pupilId: string,
  answers: readonly ParentAnswer[],
): Promise<void> {
  const round = await db.rounds.get(roundId);
  const known = new Set(round?.parentQuestions.map((question) => question.id));
  const ids = answers.map((given) => given.questionId);
  if (
    new Set(ids).size !== ids.length ||
    answers.some(
      (given) => !known.has(given.questionId) || given.text.length > MAX_PLAN_TEXT_LENGTH,
    )
  )
    throw new RoundInputError(['plan-too-long']);
  await writePlan(roundId, pupilId, { parentAnswers: [...answers] });
}

/** Sets (or with null, clears) a pupil's slot; it must fall on one of the round's days. */
export async function setSlot(
  roundId: string,
  pupilId: string,
  slot: string | null,
): Promise<void> {
  const round = await db.rounds.get(roundId);
  if (!round) throw new Error('no such round');
  if (slot !== null && !slotFitsRound(slot, round))
    throw new RoundInputError(['slot-outside-round']);
  await writePlan(roundId, pupilId, { slot: slot ?? undefined });
}
