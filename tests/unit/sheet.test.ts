import { describe, expect, it } from 'vitest';
import { isEmptySheet, sheetContent } from '../../src/features/preparation/sheet';
import {
  answer,
  circle,
  goal,
  item,
  komRound,
  preparationOf,
  rating,
} from '../support/preparation-fixtures';

const round = komRound();
const [first, second] = round.topics;
const [learned, proud] = round.questions;

const preparation = preparationOf(round, {
  portfolio: [
    item('a', 'parents'),
    item('b', 'teacher', { proud: true }),
    item('c', 'me'),
    item('empty', 'parents', { title: '  ' }),
  ],
  ratings: [rating(round, first!.id, 6, 8), rating(round, second!.id, 3, 5, 'me')],
  answers: [
    answer(proud!.id, 'Mijn tekening', 'parents'),
    answer(learned!.id, 'Breuken', 'teacher'),
    answer('jar-1', 'Voetbal', 'parents', { source: 'jar', createdAt: 5 }),
    answer('jar-2', 'Iets', 'parents', { source: 'jar', putBack: true }),
    answer('blank', '   ', 'parents'),
  ],
  circles: [
    circle('home', 'Samen koken', 'me'),
    circle('school', 'Vrienden', 'parents'),
    circle('me', '', 'parents'),
  ],
  goals: [
    goal('g1', 'Tafels kennen', 'Elke dag oefenen', 'parents'),
    goal('g2', '', '', 'parents'),
  ],
});

describe('the praatpapier for parents', () => {
  const sheet = sheetContent(preparation, 'parents');

  it('shows only what the pupil put on their praatpapier', () => {
    expect(sheet.portfolio.map((row) => row.id)).toEqual(['a']);
    expect(sheet.ratings.map((row) => row.topicId)).toEqual([first!.id]);
    expect(sheet.answers.map((row) => row.questionId)).toEqual([proud!.id, 'jar-1']);
    expect(sheet.circles.map((row) => row.circle)).toEqual(['school']);
    expect(sheet.goals.map((row) => row.id)).toEqual(['g1']);
  });

  it('counts what it does not show: teacher-only and private items', () => {
    // b (teacher), c (me), second (me), learned (teacher), home circle (me).
    expect(sheet.notShown).toBe(5);
  });

  it('leaves out empty parts: untitled items, blank answers, put-back jar questions, empty circles and goals', () => {
    expect(sheet.portfolio.map((row) => row.id)).not.toContain('empty');
    expect(sheet.answers.map((row) => row.questionId)).not.toContain('blank');
    expect(sheet.answers.map((row) => row.questionId)).not.toContain('jar-2');
    expect(sheet.goals.map((row) => row.id)).not.toContain('g2');
  });
});

describe('the teacher copy', () => {
  const sheet = sheetContent(preparation, 'teacher');

  it('adds what is only for the teacher, never what the pupil keeps for themselves', () => {
    expect(sheet.portfolio.map((row) => row.id)).toEqual(['b', 'a']);
    expect(sheet.answers.map((row) => row.questionId)).toEqual([learned!.id, proud!.id, 'jar-1']);
    expect(sheet.portfolio.map((row) => row.id)).not.toContain('c');
    expect(sheet.circles.map((row) => row.circle)).toEqual(['school']);
    expect(sheet.notShown).toBe(3);
  });

  it('puts proud items first', () => {
    expect(sheet.portfolio[0]!.proud).toBe(true);
  });
});

describe('parts a round does not use, and empty preparations', () => {
  it('leaves out the parts of tools the round has switched off', () => {
    const noCircles = komRound({ tools: ['portfolio', 'questions'] });
    const sheet = sheetContent({ ...preparation, round: noCircles }, 'parents');
    expect(sheet.circles).toEqual([]);
    expect(sheet.goals).toEqual([]);
    expect(sheet.ratings).toEqual([]);
    expect(sheet.portfolio).toHaveLength(1);
  });

  it('ignores ratings on another scale or of a topic the teacher removed', () => {
    const smileys = komRound({ scale: 'five-smileys' });
    expect(sheetContent({ ...preparation, round: smileys }, 'teacher').ratings).toEqual([]);
    const fewer = komRound({ topics: round.topics.slice(1) });
    const withoutFirst = { ...preparation, round: fewer };
    // The first topic is gone; the second is private.
    expect(sheetContent(withoutFirst, 'teacher').ratings).toEqual([]);
    expect(sheetContent(preparation, 'teacher').ratings.map((r) => r.topicId)).toEqual([first!.id]);
  });

  it('is empty when nothing was made', () => {
    expect(isEmptySheet(sheetContent(preparationOf(round, {}), 'parents'))).toBe(true);
    expect(isEmptySheet(sheetContent(preparation, 'parents'))).toBe(false);
  });
});
