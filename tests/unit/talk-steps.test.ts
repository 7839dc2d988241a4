import { describe, expect, it } from 'vitest';
import type { AskRow, TalkPart } from '../../src/db';
import { sheetContent } from '../../src/features/preparation/sheet';
import { DEFAULT_TALK_ORDER, talkOrder } from '../../src/features/preparation/tools';
import { PHASES, phaseOf, talkSteps } from '../../src/features/conversation/talk-steps';
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
const [t1, t2, t3] = round.topics;
const [learned, proud, work, help] = round.questions;
const ask = (id: string, text: string): AskRow => ({
  id,
  pupilId: PUPIL,
  roundId: round.id,
  to: 'parents',
  text,
  share: 'parents',
  createdAt: 1,
  updatedAt: 1,
});
const clip = { pupilId: PUPIL, roundId: round.id, mediaId: 'm1', share: 'parents', updatedAt: 1 };
const preparation = preparationOf(round, {
  portfolio: [item('a', 'parents', { proud: true }), item('b', 'me')],
  ratings: [rating(round, t1!.id, 6, 8)],
  answers: [answer(learned!.id, 'Breuken', 'parents'), answer(proud!.id, 'Geheim', 'teacher')],
  goals: [goal('g1', 'Tafels kennen', 'Oefenen', 'parents')],
  clips: [{ ...clip, share: 'parents' }],
});
const parents = sheetContent(preparation, 'parents');
const kinds = (steps: ReturnType<typeof talkSteps>) => steps.map((step) => step.kind);
const lookBack = [{ id: 'x', who: 'pupil' as const, what: 'Lezen' }];

/** A pupil who prepared everything there is: every part, every question, the video. */
const everything = sheetContent(
  preparationOf(round, {
    portfolio: ['a', 'b', 'c', 'd', 'e'].map((id) => item(id, 'parents', { proud: id === 'a' })),
    ratings: [t1, t2, t3].map((topic) => rating(round, topic!.id, 4, 7)),
    answers: [learned, proud, work, help].map((q) => answer(q!.id, `Over ${q!.id}`, 'parents')),
    circles: [circle('home', 'Koken', 'parents'), circle('me', 'Lezen', 'parents')].concat(
      circle('school', 'Vrienden', 'parents'),
    ),
    goals: [goal('g1', 'Tafels', 'Oefenen', 'parents'), goal('g2', 'Lezen', 'Boek', 'parents')],
    asks: [ask('k1', 'Mag ik op voetbal?'), ask('k2', 'Wanneer is de uitstap?')],
    clips: [{ ...clip, share: 'parents' }],
  }),
  'parents',
);

/** Every order of the six parts. */
function permutations(parts: readonly TalkPart[]): TalkPart[][] {
  if (parts.length <= 1) return [[...parts]];
  return parts.flatMap((part, index) =>
    permutations([...parts.slice(0, index), ...parts.slice(index + 1)]).map((rest) => [
      part,
      ...rest,
    ]),
  );
}

describe('conversation mode', () => {
  it('groups each part on one step: the video first, then the pupil’s parts, then agreements', () => {
    const steps = talkSteps(parents, undefined);
    // The parts in the order of the pupil's path, goals last: they are where care is shared.
    expect(kinds(steps)).toEqual(['welcome', 'portfolio', 'ratings', 'answers', 'goals', 'end']);
    expect(steps[0]).toMatchObject({ mediaId: 'm1' });
  });

  it('needs at most 8 steps for a fully prepared pupil, every part on one screen', () => {
    const steps = talkSteps(everything, undefined, { lookBack });
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(steps.find((step) => step.kind === 'answers')).toMatchObject({ items: { length: 4 } });
    expect(steps.find((step) => step.kind === 'circles')).toMatchObject({ items: { length: 3 } });
    expect(steps.find((step) => step.kind === 'portfolio')).toMatchObject({ items: { length: 5 } });
  });

  it('never goes back in the teacher’s frame, whatever order the pupil chose', () => {
    const orders = permutations(DEFAULT_TALK_ORDER);
    expect(orders).toHaveLength(720);
    for (const order of orders) {
      const ranks = talkSteps(everything, order, { lookBack }).map((step) =>
        PHASES.indexOf(phaseOf(step)),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('follows the order the pupil chose within a phase, and shows only the praatpapier', () => {
    const steps = talkSteps(parents, ['goals', 'answers']);
    // Goals are where care is shared: after what the pupil shares, even when told first.
    expect(kinds(steps)).toEqual(['welcome', 'answers', 'portfolio', 'ratings', 'goals', 'end']);
    const shown = JSON.stringify(steps);
    expect(shown).not.toContain('Geheim');
    expect(shown).not.toContain('Item b');
  });

  it('looks back at last round on the welcome, with or without the video', () => {
    const noVideo = sheetContent({ ...preparation, clips: [] }, 'parents');
    const [first] = talkSteps(noVideo, undefined, { lookBack });
    expect(first).toEqual({ kind: 'welcome', mediaId: undefined, lookBack });
    const hidden = sheetContent(
      { ...preparation, clips: [{ ...clip, share: 'teacher' }] },
      'parents',
    );
    expect(talkSteps(hidden, undefined)[0]).toMatchObject({ mediaId: undefined });
  });

  it('gives a pupil with nothing prepared the round’s questions and the teacher’s focus', () => {
    const empty = sheetContent(preparationOf(round, {}), 'parents');
    const questions = round.questions.map((question) => question.text);
    const steps = talkSteps(empty, undefined, { questions, focus: ' Lezen ' });
    expect(kinds(steps)).toEqual(['welcome', 'questions', 'end']);
    expect(steps[1]).toEqual({ kind: 'questions', questions, focus: 'Lezen' });
    expect(phaseOf(steps[1]!)).toBe('delen');
    // Once there is something on the praatpapier, that is what the talk is about.
    expect(kinds(talkSteps(parents, undefined, { questions }))).not.toContain('questions');
  });

  it('refuses the teacher’s copy: the conversation shows what the pupil gives their parents', () => {
    expect(() => talkSteps(sheetContent(preparation, 'teacher'), undefined)).toThrow();
  });

  it('puts each step in a phase of the teacher’s frame', () => {
    const phases = talkSteps(parents, undefined).map(phaseOf);
    expect(phases).toEqual(['afstemmen', 'delen', 'delen', 'delen', 'zorgen', 'afspreken']);
  });

  it('completes a partial or stale order with the parts not placed', () => {
    expect(talkOrder(['asks', 'asks', 'nonsense' as never])).toEqual([
      'asks',
      'portfolio',
      'ratings',
      'answers',
      'circles',
      'goals',
    ]);
    expect(talkOrder(undefined)).toHaveLength(6);
  });
});
