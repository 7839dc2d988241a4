/**
 * The only writer of `ownQuestions` (the teacher's own vragenpot questions) and
 * `hiddenQuestions` (built-in questions the teacher hid). Built-in questions are app data with
 * stable ids, so a hidden one stays hidden after an update.
 */
import { db, textKey, type Language, type OwnQuestionRow } from '../../db';
import type { AgeBand, QuestionCategory } from './model';
import { BUILT_IN_QUESTIONS, findBuiltInQuestion, questionsFor } from './question-bank';
import { MAX_QUESTION_LENGTH } from './round-rules';

export class QuestionInputError extends Error {
  constructor(readonly reason: 'question-empty' | 'question-too-long' | 'question-duplicate') {
    super(reason);
  }
}

export async function listOwnQuestions(classId: string): Promise<OwnQuestionRow[]> {
  const rows = await db.ownQuestions.where('classId').equals(classId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

export async function addOwnQuestion(
  classId: string,
  text: string,
  category: QuestionCategory,
  ages: AgeBand[],
): Promise<OwnQuestionRow> {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (!clean) throw new QuestionInputError('question-empty');
  if (clean.length > MAX_QUESTION_LENGTH) throw new QuestionInputError('question-too-long');
  return db.transaction('rw', db.ownQuestions, async () => {
    const own = await listOwnQuestions(classId);
    const known = [
      ...BUILT_IN_QUESTIONS.flatMap((question) => [question.text.nl, question.text.en]),
      ...own.map((question) => question.text),
    ].map(textKey);
    if (known.includes(textKey(clean))) throw new QuestionInputError('question-duplicate');
    const row: OwnQuestionRow = {
      id: `own-${crypto.randomUUID()}`,
      classId,
      text: clean,
      category,
      ages: ages.length > 0 ? ages : ['kleuters', 'onderbouw', 'middenbouw', 'bovenbouw'],
      createdAt: Date.now(),
    };
    await db.ownQuestions.add(row);
    return row;
  });
}

export async function deleteOwnQuestion(questionId: string): Promise<void> {
  await db.ownQuestions.delete(questionId);
}

export async function hiddenQuestionIds(classId: string): Promise<Set<string>> {
  const rows = await db.hiddenQuestions.where('classId').equals(classId).toArray();
  return new Set(rows.map((row) => row.questionId));
}

export async function setBuiltInHidden(
  classId: string,
  questionId: string,
  hidden: boolean,
): Promise<void> {
  if (!findBuiltInQuestion(questionId)) throw new Error('not a built-in question');
  if (hidden) await db.hiddenQuestions.put({ classId, questionId });
  else await db.hiddenQuestions.delete([classId, questionId]);
}

/** The built-in questions for an age band that the teacher has not hidden, and their own. */
export async function visibleQuestionIds(classId: string, ageBand: AgeBand): Promise<string[]> {
  const [hidden, own] = await Promise.all([hiddenQuestionIds(classId), listOwnQuestions(classId)]);
  return [
    ...questionsFor(ageBand)
      .filter((question) => !hidden.has(question.id))
      .map((question) => question.id),
    ...own.filter((question) => question.ages.includes(ageBand)).map((question) => question.id),
  ];
}

/** The text of a vragenpot question, built-in or own, in the class's language. */
export function questionText(
  questionId: string,
  language: Language,
  own: ReadonlyMap<string, OwnQuestionRow>,
): string | undefined {
  return own.get(questionId)?.text ?? findBuiltInQuestion(questionId)?.text[language];
}
