import { describe, expect, it } from 'vitest';
import type { AgreementRow, PupilPlanRow, PupilRow } from '../../src/db';
import { letterLines, printSheetModel } from '../../src/features/print/print-model';
import {
  answer,
  circle,
  goal,
  item,
  komRound,
  preparationOf,
  PUPIL,
  rating,
} from '../support/preparation-fixtures';

const round = komRound();
const [t1, t2, t3, t4] = round.topics;
const [learned, proud] = round.questions;

const pupil: PupilRow = {
  id: PUPIL,
  classId: 'c1',
  firstName: 'Emma',
  avatar: { drawing: 'cat', colour: '#fde68a' },
  archived: false,
  createdAt: 1,
  updatedAt: 1,
};

const plan: PupilPlanRow = {
  roundId: round.id,
  pupilId: PUPIL,
  slot: '2026-12-08T15:20',
  parentAnswers: [],
  focus: 'Lezen',
  message: '',
  hearFromPupil: 'Hoe gaat het op de speelplaats?',
  hearFromParents: '',
  updatedAt: 1,
};

/** One of everything at every share level. */
const preparation = preparationOf(round, {
  portfolio: [item('a', 'parents'), item('b', 'teacher', { proud: true }), item('c', 'me')],
  ratings: [
    rating(round, t1!.id, 6, 8),
    rating(round, t2!.id, 3, 5),
    rating(round, t3!.id, 4, 7),
    rating(round, t4!.id, 2, 9, 'me'),
  ],
  answers: [
    answer(proud!.id, 'Mijn tekening', 'parents'),
    answer(learned!.id, 'Breuken', 'teacher'),
  ],
  circles: [circle('home', 'Samen koken', 'me'), circle('school', 'Vrienden', 'parents')],
  goals: [goal('g1', 'Tafels kennen', 'Elke dag oefenen', 'teacher')],
});

const agreements: AgreementRow = {
  roundId: round.id,
  pupilId: PUPIL,
  items: [
    { id: 'x', who: 'pupil', what: 'Elke dag lezen', byWhen: '2027-01-15' },
    { id: 'y', who: 'parents', what: '   ' },
  ],
  tops: ' Ik mocht vertellen ',
  tips: '',
  notes: 'Alleen voor de juf',
  updatedAt: 1,
};

const texts = (model: ReturnType<typeof printSheetModel>) => [
  ...model.content.portfolio.map((row) => row.title),
  ...model.content.answers.map((row) => row.text),
  ...model.content.circles.map((row) => row.plus),
  ...model.content.goals.map((row) => row.aim),
  ...model.content.ratings.map((row) => row.label),
];

describe('the printed praatpapier', () => {
  it('the conversation copy holds only what is “op mijn praatpapier”', () => {
    const model = printSheetModel({ pupil, preparation, audience: 'parents', plan });
    expect(texts(model).sort()).toEqual(
      ['Item a', 'Mijn tekening', 'Vrienden', t1!.label, t2!.label, t3!.label].sort(),
    );
    expect(texts(model)).not.toContain('Item b');
    expect(texts(model)).not.toContain('Breuken');
    expect(texts(model)).not.toContain('Tafels kennen');
    expect(model.teacherNotes).toBeUndefined();
    expect(model.slot).toBe('2026-12-08T15:20');
  });

  it('the teacher copy adds what is only for the teacher, and the teacher’s own notes', () => {
    const model = printSheetModel({ pupil, preparation, audience: 'teacher', plan });
    expect(texts(model)).toEqual(
      expect.arrayContaining(['Item a', 'Item b', 'Mijn tekening', 'Breuken', 'Tafels kennen']),
    );
    expect(model.teacherNotes).toEqual({
      focus: 'Lezen',
      hearFromPupil: 'Hoe gaat het op de speelplaats?',
    });
  });

  it('sets apart what the pupil marked for the teacher only, on the teacher’s copy alone', () => {
    const only = printSheetModel({ pupil, preparation, audience: 'teacher', plan }).teacherOnly;
    expect(only?.portfolio.map((row) => row.title)).toEqual(['Item b']);
    expect(only?.answers.map((row) => row.text)).toEqual(['Breuken']);
    expect(only?.goals.map((row) => row.aim)).toEqual(['Tafels kennen']);
    // Shared with the parents, so not "only for the teacher"; kept for herself, so on no copy.
    expect(only?.circles).toEqual([]);
    expect(only?.ratings).toEqual([]);
    expect(
      printSheetModel({ pupil, preparation, audience: 'parents' }).teacherOnly,
    ).toBeUndefined();
  });

  it('prints the notes taken during the talk on the teacher’s copy only', () => {
    const input = { pupil, preparation, plan, agreements };
    expect(printSheetModel({ ...input, audience: 'teacher' }).talkNotes).toBe('Alleen voor de juf');
    expect(printSheetModel({ ...input, audience: 'parents' }).talkNotes).toBeUndefined();
    expect(JSON.stringify(printSheetModel({ ...input, audience: 'parents' }))).not.toContain(
      'Alleen voor de juf',
    );
  });

  it('never holds what the pupil kept for themselves, in either copy', () => {
    for (const audience of ['parents', 'teacher'] as const) {
      const model = printSheetModel({ pupil, preparation, audience });
      expect(texts(model)).not.toContain('Item c');
      expect(texts(model)).not.toContain('Samen koken');
      expect(model.content.ratings.map((row) => row.topicId)).not.toContain(t4!.id);
      expect(model.radar?.labels).not.toContain(t4!.label);
    }
  });

  it('draws the spinnenweb from the shown ratings only, and only with three topics or more', () => {
    const model = printSheetModel({ pupil, preparation, audience: 'parents' });
    expect(model.radar?.labels).toEqual([t1!.label, t2!.label, t3!.label]);
    const two = preparationOf(round, {
      ratings: [rating(round, t1!.id, 6, 8), rating(round, t2!.id, 3, 5)],
    });
    expect(printSheetModel({ pupil, preparation: two, audience: 'parents' }).radar).toBeUndefined();
    const ratingsOnly = { ...preparation, round: komRound({ tools: ['ratings'] }) };
    expect(
      printSheetModel({ pupil, preparation: ratingsOnly, audience: 'parents' }).radar,
    ).toBeUndefined();
  });

  it('leaves empty parts out, but always prints the agreements frame', () => {
    const model = printSheetModel({
      pupil,
      preparation: preparationOf(round, {}),
      audience: 'parents',
    });
    expect(model.content.answers).toEqual([]);
    expect(model.content.portfolio).toEqual([]);
    expect(model.content.clips).toEqual([]);
    expect(model.radar).toBeUndefined();
    expect(model.lookBack).toBeUndefined();
    expect(model.teacherNotes).toBeUndefined();
    // An empty list: the sheet draws blank lines to write on.
    expect(model.agreements).toEqual([]);
    expect(model.tops).toBe('');
  });

  it('prints recorded agreements without empty lines, and last round’s with how they went', () => {
    const model = printSheetModel({
      pupil,
      preparation,
      audience: 'parents',
      agreements,
      lookBack: {
        round: komRound({ id: 'r0', title: 'Lente' }),
        row: {
          ...agreements,
          roundId: 'r0',
          items: [{ id: 'z', who: 'teacher', what: 'Extra leesboek', outcome: 'almost' }],
        },
      },
    });
    expect(model.agreements.map((row) => row.what)).toEqual(['Elke dag lezen']);
    expect(model.tops).toBe('Ik mocht vertellen');
    expect(model.lookBack?.round.title).toBe('Lente');
    expect(model.lookBack?.items).toEqual([
      { id: 'z', who: 'teacher', what: 'Extra leesboek', outcome: 'almost' },
    ]);
  });

  it('prints what the parents answered in both copies, and leaves empty answers out', () => {
    const [first, second] = round.parentQuestions;
    const withAnswers = {
      ...plan,
      parentAnswers: [
        { questionId: first!.id, text: ' Hij leest graag ' },
        { questionId: second!.id, text: '  ' },
      ],
    };
    for (const audience of ['parents', 'teacher'] as const)
      expect(
        printSheetModel({ pupil, preparation, audience, plan: withAnswers }).parentAnswers,
      ).toEqual([{ question: first!.text, answer: 'Hij leest graag' }]);
    expect(printSheetModel({ pupil, preparation, audience: 'parents' }).parentAnswers).toEqual([]);
  });
});

describe('the parent letter', () => {
  it('gives each question as many writing lines as fit one sheet of A4 or US Letter', () => {
    expect([1, 3, 4, 5, 6, 8, 12].map(letterLines)).toEqual([4, 4, 3, 2, 2, 1, 1]);
  });
});
