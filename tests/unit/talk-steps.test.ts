import { describe, expect, it } from 'vitest';
import { sheetContent } from '../../src/features/preparation/sheet';
import { talkOrder } from '../../src/features/preparation/talk-order';
import { phaseOf, talkSteps } from '../../src/features/conversation/talk-steps';
import {
  answer,
  goal,
  item,
  komRound,
  preparationOf,
  PUPIL,
  rating,
} from '../support/preparation-fixtures';

const round = komRound();
const [t1] = round.topics;
const [learned, proud] = round.questions;
const preparation = preparationOf(round, {
  portfolio: [item('a', 'parents', { proud: true }), item('b', 'me')],
  ratings: [rating(round, t1!.id, 6, 8)],
  answers: [answer(learned!.id, 'Breuken', 'parents'), answer(proud!.id, 'Geheim', 'teacher')],
  goals: [goal('g1', 'Tafels kennen', 'Oefenen', 'parents')],
  clip: { pupilId: PUPIL, roundId: round.id, mediaId: 'm1', share: 'parents', updatedAt: 1 },
});
const parents = sheetContent(preparation, 'parents');
const kinds = (steps: ReturnType<typeof talkSteps>) => steps.map((step) => step.kind);

describe('conversation mode', () => {
  it('starts with the video, then the pupil’s parts, then the agreements', () => {
    expect(kinds(talkSteps(parents, undefined))).toEqual([
      'video',
      'portfolio',
      'answer',
      'ratings',
      'goal',
      'end',
    ]);
  });

  it('follows the order the pupil chose, and shows only what is on the praatpapier', () => {
    const steps = talkSteps(parents, ['goals', 'answers']);
    expect(kinds(steps)).toEqual(['video', 'goal', 'answer', 'portfolio', 'ratings', 'end']);
    const shown = JSON.stringify(steps);
    expect(shown).not.toContain('Geheim');
    expect(shown).not.toContain('Item b');
  });

  it('welcomes instead of the video when there is none, and looks back at last round first', () => {
    const noVideo = sheetContent({ ...preparation, clip: undefined }, 'parents');
    const steps = talkSteps(noVideo, undefined, [{ id: 'x', who: 'pupil', what: 'Lezen' }]);
    expect(kinds(steps).slice(0, 2)).toEqual(['welcome', 'lookBack']);
    const hidden = sheetContent(
      { ...preparation, clip: { ...preparation.clip!, share: 'teacher' } },
      'parents',
    );
    expect(kinds(talkSteps(hidden, undefined))[0]).toBe('welcome');
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
      'answers',
      'ratings',
      'circles',
      'goals',
    ]);
    expect(talkOrder(undefined)).toHaveLength(6);
  });
});
