import { describe, expect, it } from 'vitest';
import { partState } from '../../src/features/preparation/tools';
import {
  answer,
  circle,
  goal,
  item,
  komRound,
  preparationOf,
  rating,
} from '../support/preparation-fixtures';

const round = komRound({ topics: komRound().topics.slice(0, 3) });

describe('how far a pupil is with each part', () => {
  it('says not started for an empty preparation, for every tool', () => {
    const empty = preparationOf(round, {});
    for (const tool of round.tools) expect(partState(tool, empty), tool).toBe('none');
  });

  it('portfolio: started with an item, done when an item has a title or photo and a level', () => {
    expect(
      partState('portfolio', preparationOf(round, { portfolio: [item('a', 'parents')] })),
    ).toBe('started');
    const done = preparationOf(round, { portfolio: [item('a', 'parents', { level: 'almost' })] });
    expect(partState('portfolio', done)).toBe('done');
  });

  it('ratings and spinnenweb: done when every topic has now and in a month', () => {
    const [a, b, c] = round.topics.map((topic) => topic.id);
    const some = preparationOf(round, { ratings: [rating(round, a!, 5)] });
    expect(partState('ratings', some)).toBe('started');
    const all = preparationOf(round, {
      ratings: [rating(round, a!, 5, 7), rating(round, b!, 2, 4), rating(round, c!, 9, 9)],
    });
    expect(partState('ratings', all)).toBe('done');
    expect(partState('spinnenweb', all)).toBe('done');
  });

  it('questions: done when every round question is answered', () => {
    const answers = round.questions.map((question) => answer(question.id, 'Ja', 'parents'));
    expect(partState('questions', preparationOf(round, { answers: answers.slice(1) }))).toBe(
      'started',
    );
    expect(partState('questions', preparationOf(round, { answers }))).toBe('done');
  });

  it('vragenpot: started when a question came out, done when one is answered and kept', () => {
    const drawn = answer('q1', '', 'parents', { source: 'jar' });
    expect(partState('vragenpot', preparationOf(round, { answers: [drawn] }))).toBe('started');
    const putBack = answer('q1', 'Ja', 'parents', { source: 'jar', putBack: true });
    expect(partState('vragenpot', preparationOf(round, { answers: [putBack] }))).toBe('started');
    const kept = answer('q1', 'Ja', 'parents', { source: 'jar' });
    expect(partState('vragenpot', preparationOf(round, { answers: [kept] }))).toBe('done');
  });

  it('circles: done when all three say something; goals: done with an aim and a next step', () => {
    const two = [circle('home', 'a', 'me'), circle('me', 'b', 'me')];
    expect(partState('circles', preparationOf(round, { circles: two }))).toBe('started');
    expect(
      partState(
        'circles',
        preparationOf(round, { circles: [...two, circle('school', 'c', 'me')] }),
      ),
    ).toBe('done');
    expect(
      partState('goals', preparationOf(round, { goals: [goal('g', 'Lezen', '', 'me')] })),
    ).toBe('started');
    expect(
      partState('goals', preparationOf(round, { goals: [goal('g', 'Lezen', 'Elke dag', 'me')] })),
    ).toBe('done');
  });
});
