/**
 * The only writer of `answers` (to the round's questions and to questions from the vragenpot)
 * and `asks` (questions the pupil wants to ask). Every function takes the pupil it works for.
 */
import {
  db,
  refuseLongText,
  TEXT_LIMITS,
  type AnswerRow,
  type AskRow,
  type RoundRow,
  type Share,
} from '../../db';
import { deleteMedia, recordingsFor } from '../media';

export function answersOf(pupilId: string, roundId: string): Promise<AnswerRow[]> {
  return db.answers.where('[pupilId+roundId]').equals([pupilId, roundId]).toArray();
}

/** Every pupil's answers of a round, in one read. */
export function answersOfRound(roundId: string): Promise<AnswerRow[]> {
  return db.answers.where('roundId').equals(roundId).toArray();
}

export type AnswerEdit = Partial<
  Pick<AnswerRow, 'text' | 'share' | 'putBack' | 'told' | 'mediaId'>
>;

/** Writes an answer, creating its row the first time; `question` is the text the pupil saw. */
export async function saveAnswer(
  pupilId: string,
  roundId: string,
  question: { id: string; text: string; source: AnswerRow['source'] },
  edit: AnswerEdit,
): Promise<AnswerRow> {
  refuseLongText(TEXT_LIMITS.long, edit.text);
  return db.transaction('rw', db.answers, async () => {
    const now = Date.now();
    const current = await db.answers.get([pupilId, roundId, question.id]);
    const row: AnswerRow = {
      ...(current ?? {
        pupilId,
        roundId,
        questionId: question.id,
        source: question.source,
        question: question.text,
        text: '',
        putBack: false,
        share: 'parents' as Share,
        createdAt: now,
      }),
      ...edit,
      updatedAt: now,
    };
    await db.answers.put(row);
    return row;
  });
}

/**
 * Puts a spoken answer on a question (or takes it off with null); a recording it replaces is
 * deleted, bytes and all, in the same transaction.
 */
export async function setSpokenAnswer(
  pupilId: string,
  roundId: string,
  question: { id: string; text: string; source: AnswerRow['source'] },
  mediaId: string | null,
): Promise<void> {
  await db.transaction('rw', db.answers, db.media, db.mediaChunks, async () => {
    const current = await db.answers.get([pupilId, roundId, question.id]);
    if (current?.mediaId && current.mediaId !== mediaId) await deleteMedia(current.mediaId);
    await saveAnswer(pupilId, roundId, question, { mediaId: mediaId ?? undefined });
  });
}

/**
 * A spoken answer cut off by a reload or a crash is finished from its chunks when the session
 * starts (recoverRecordings); this puts it on its question, the newest finished recording, when
 * the question has no spoken answer yet. Run when the session starts, never in a read. Returns
 * the questions it answered.
 */
export async function reclaimSpokenAnswers(
  pupilId: string,
  round: Pick<RoundRow, 'id' | 'answerMode' | 'questions'>,
): Promise<string[]> {
  if (round.answerMode === 'typed') return [];
  return db.transaction('rw', db.answers, db.media, db.mediaChunks, async () => {
    const answers = new Map(
      (await answersOf(pupilId, round.id)).map((row) => [row.questionId, row]),
    );
    const answered: string[] = [];
    for (const recording of await recordingsFor(pupilId, round.id, 'answer')) {
      const id = recording.questionId;
      if (!recording.complete || !id || answered.includes(id)) continue;
      const answer = answers.get(id);
      if (answer?.mediaId) continue;
      // A jar question has its row from the draw; a round question may have none yet.
      const asked = round.questions.find((question) => question.id === id);
      const question = answer
        ? { id, text: answer.question, source: answer.source }
        : asked && { id, text: asked.text, source: 'round' as const };
      if (!question) continue;
      await setSpokenAnswer(pupilId, round.id, question, recording.id);
      answered.push(id);
    }
    return answered;
  });
}

/** A question comes out of the jar: its row is made (or, put back before, taken out again). */
export function takeFromJar(
  pupilId: string,
  roundId: string,
  question: { id: string; text: string },
): Promise<AnswerRow> {
  return saveAnswer(pupilId, roundId, { ...question, source: 'jar' }, { putBack: false });
}

export function asksOf(pupilId: string, roundId: string): Promise<AskRow[]> {
  return db.asks.where('[pupilId+roundId]').equals([pupilId, roundId]).sortBy('createdAt');
}

export function asksOfRound(roundId: string): Promise<AskRow[]> {
  return db.asks.where('roundId').equals(roundId).toArray();
}

export async function addAsk(pupilId: string, roundId: string, to: AskRow['to']): Promise<AskRow> {
  const now = Date.now();
  const row: AskRow = {
    id: crypto.randomUUID(),
    pupilId,
    roundId,
    to,
    text: '',
    share: 'parents',
    createdAt: now,
    updatedAt: now,
  };
  await db.asks.add(row);
  return row;
}

export type AskEdit = Partial<Pick<AskRow, 'text' | 'to' | 'share'>>;

export async function saveAsk(pupilId: string, askId: string, edit: AskEdit): Promise<void> {
  refuseLongText(TEXT_LIMITS.long, edit.text);
  await db.transaction('rw', db.asks, async () => {
    const ask = await db.asks.get(askId);
    if (!ask || ask.pupilId !== pupilId) throw new RangeError('no such question');
    await db.asks.put({ ...ask, ...edit, updatedAt: Date.now() });
  });
}

export async function deleteAsk(pupilId: string, askId: string): Promise<void> {
  await db.transaction('rw', db.asks, async () => {
    const ask = await db.asks.get(askId);
    if (ask?.pupilId === pupilId) await db.asks.delete(askId);
  });
}
