/**
 * The round's questions and the vragenpot as pupil tools (see src/features/README.md). Both
 * make the answers; the own questions to ask are made beside either.
 */
import type { ComponentType } from 'preact';
import type { AnswerRow, AskRow } from '../../db';
import { lazy } from 'preact-iso';
import { byCount, hasText, sheetPart, type PupilTool } from '../tool-contract';
import {
  answersOf,
  answersOfRound,
  asksOf,
  asksOfRound,
  saveAnswer,
  saveAsk,
} from './answers-repo';
import { isAnswered, orderedAnswers } from './answers';

declare module '../tool-contract/preparation' {
  interface PartRows {
    answers: AnswerRow;
    asks: AskRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    answers: AnswerRow;
    asks: AskRow;
  }
}
import { SheetAnswers, SheetAsks, TalkAnswers } from './SheetAnswers';
import { BlankAnswers, BlankAsks } from './BlankAnswers';

const answersPart = sheetPart({
  id: 'answers',
  paper: 'front',
  madeWith: ['questions', 'vragenpot'],
  names: { sheet: 'sheetAnswers', pupil: 'pathToolQuestions', talk: 'talkPartAnswers' },
  picture: 'questions',
  phase: 'delen',
  read: {
    pupil: (pupilId, round) => answersOf(pupilId, round.id),
    round: (round) => answersOfRound(round.id),
  },
  items: orderedAnswers,
  key: (answer) => answer.questionId,
  choices: (answers) =>
    answers.map((answer) => ({
      key: `a-${answer.questionId}`,
      name: answer.question,
      share: answer.share,
      change: async (pupilId, round, share) => {
        const question = { id: answer.questionId, text: answer.question, source: answer.source };
        await saveAnswer(pupilId, round.id, question, { share });
      },
    })),
  Sheet: SheetAnswers,
  Blank: BlankAnswers,
  Talk: TalkAnswers,
});

const asksPart = sheetPart({
  id: 'asks',
  paper: 'front',
  madeWith: ['questions', 'vragenpot'],
  names: { sheet: 'sheetAsks', pupil: 'sheetAsks', talk: 'talkPartAsks' },
  picture: 'vragenpot',
  phase: 'delen',
  read: {
    pupil: (pupilId, round) => asksOf(pupilId, round.id),
    round: (round) => asksOfRound(round.id),
  },
  arrange: (asks) => [...asks].sort((a, b) => a.createdAt - b.createdAt),
  items: ({ asks }) => asks.filter((ask) => hasText(ask.text)),
  key: (ask) => ask.id,
  choices: (asks) =>
    asks.map((ask) => ({
      key: `q-${ask.id}`,
      name: ask.text,
      share: ask.share,
      change: (pupilId, _round, share) => saveAsk(pupilId, ask.id, { share }),
    })),
  Sheet: SheetAsks,
  Blank: BlankAsks,
  Talk: SheetAsks,
});

export const questionsTool: PupilTool = {
  id: 'questions',
  name: 'pathToolQuestions',
  picture: 'questions',
  routes: [
    {
      path: '/questions',
      screen: lazy(() => import('./QuestionsScreen').then((m) => m.QuestionsScreen)),
    },
  ],
  // Done when every question of the round is answered.
  state: ({ round, answers }) => {
    const ids = new Set(round.questions.map((question) => question.id));
    const mine = answers.filter(
      (answer) => answer.source === 'round' && ids.has(answer.questionId),
    );
    return byCount(mine.filter(isAnswered).length, mine.length, round.questions.length);
  },
  parts: [answersPart, asksPart],
};

export const vragenpotTool: PupilTool = {
  id: 'vragenpot',
  name: 'pathToolVragenpot',
  picture: 'vragenpot',
  routes: [
    {
      path: '/vragenpot',
      // The random source is a test's; on the tablet the pot draws with Math.random.
      screen: lazy(() => import('./JarScreen').then((m) => m.JarScreen as ComponentType)),
    },
  ],
  // Done with one question from the pot answered and kept.
  state: ({ answers }) => {
    const drawn = answers.filter((answer) => answer.source === 'jar');
    return byCount(
      drawn.filter((answer) => !answer.putBack && isAnswered(answer)).length,
      drawn.length,
      1,
    );
  },
  parts: [],
};
