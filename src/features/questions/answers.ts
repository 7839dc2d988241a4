/** Which answers count and in what order they are told. Pure. */
import type { AnswerRow } from '../../db';
import { hasText, type Preparation } from '../tool-contract';

/** An answer counts when it says something, typed or spoken. */
export const isAnswered = (answer: AnswerRow): boolean =>
  hasText(answer.text) || answer.mediaId !== undefined || answer.told === true;

/** The round's questions in the round's order, then the vragenpot's as they came out. */
export function orderedAnswers({ round, answers }: Preparation): AnswerRow[] {
  const order = new Map(round.questions.map((question, index) => [question.id, index]));
  const ofRound = answers
    .filter((answer) => answer.source === 'round' && order.has(answer.questionId))
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!);
  const ofJar = answers
    .filter((answer) => answer.source === 'jar' && !answer.putBack)
    .sort((a, b) => a.createdAt - b.createdAt);
  return [...ofRound, ...ofJar].filter(isAnswered);
}
