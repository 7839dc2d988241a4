import { describe, expect, it } from 'vitest';
import type { ClipRow, PupilRoundRow } from '../../src/db';
import { assemblePreparations, type ReadRows } from '../../src/features/preparation/assemble';
import {
  answer,
  circle,
  goal,
  item,
  komRound,
  PUPIL,
  rating,
} from '../support/preparation-fixtures';

const round = komRound();
const OTHER = 'p2';

const noRows: ReadRows = {
  portfolio: [],
  ratings: [],
  answers: [],
  asks: [],
  circles: [],
  goals: [],
  clips: [],
  pupilRounds: [],
};

const clip = (pupilId: string, mediaId?: string): ClipRow => ({
  pupilId,
  roundId: round.id,
  mediaId,
  share: 'parents',
  updatedAt: 1,
});

describe('putting a preparation together', () => {
  it('gives every asked pupil a preparation, an empty one for a pupil without rows', () => {
    const all = assemblePreparations(round, [PUPIL, OTHER], {
      ...noRows,
      goals: [goal('g', 'Lezen', '', 'me')],
    });
    expect([...all.keys()]).toEqual([PUPIL, OTHER]);
    expect(all.get(PUPIL)!.goals).toHaveLength(1);
    expect(all.get(OTHER)!.goals).toEqual([]);
  });

  it('ignores rows of pupils and rounds it was not asked for', () => {
    const all = assemblePreparations(round, [PUPIL], {
      ...noRows,
      ratings: [
        rating(round, round.topics[0]!.id, 3),
        { ...rating(round, 'x', 1), pupilId: OTHER },
      ],
      goals: [{ ...goal('old', 'Vorig jaar', '', 'me'), roundId: 'r0' }],
    });
    expect(all.size).toBe(1);
    expect(all.get(PUPIL)!.ratings.map((row) => row.topicId)).toEqual([round.topics[0]!.id]);
    expect(all.get(PUPIL)!.goals).toEqual([]);
  });

  it('keeps the portfolio of the look-back window without thrown-away items, newest first', () => {
    const { portfolio } = assemblePreparations(round, [PUPIL], {
      ...noRows,
      portfolio: [
        item('old', 'parents', { day: '2025-01-01' }),
        item('a', 'parents', { day: '2026-11-02', createdAt: 1 }),
        item('b', 'parents', { day: '2026-11-20' }),
        item('c', 'parents', { day: '2026-11-02', createdAt: 5 }),
        item('gone', 'parents', { day: '2026-11-21', deletedAt: 9 }),
      ],
    }).get(PUPIL)!;
    expect(portfolio.map((row) => row.id)).toEqual(['b', 'c', 'a']);
  });

  it('orders asks and goals as they were made and circles as thuis, ik, school', () => {
    const ask = (id: string, createdAt: number) => ({
      id,
      pupilId: PUPIL,
      roundId: round.id,
      to: 'parents' as const,
      text: id,
      share: 'parents' as const,
      createdAt,
      updatedAt: createdAt,
    });
    const preparation = assemblePreparations(round, [PUPIL], {
      ...noRows,
      asks: [ask('later', 9), ask('first', 2)],
      goals: [
        { ...goal('second', 'B', '', 'me'), createdAt: 8 },
        { ...goal('first', 'A', '', 'me'), createdAt: 3 },
      ],
      circles: [circle('school', 'c', 'me'), circle('home', 'a', 'me'), circle('me', 'b', 'me')],
    }).get(PUPIL)!;
    expect(preparation.asks.map((row) => row.id)).toEqual(['first', 'later']);
    expect(preparation.goals.map((row) => row.id)).toEqual(['first', 'second']);
    expect(preparation.circles.map((row) => row.circle)).toEqual(['home', 'me', 'school']);
  });

  it('leaves out untouched circles and a video without a kept take', () => {
    const untouched = { ...circle('me', '', 'parents'), updatedAt: 0 };
    const preparation = assemblePreparations(round, [PUPIL, OTHER], {
      ...noRows,
      circles: [untouched, circle('home', 'a', 'me')],
      clips: [clip(PUPIL), clip(OTHER, 'm1')],
    });
    expect(preparation.get(PUPIL)!.circles.map((row) => row.circle)).toEqual(['home']);
    expect(preparation.get(PUPIL)!.clips).toEqual([]);
    expect(preparation.get(OTHER)!.clips.map((row) => row.mediaId)).toEqual(['m1']);
  });

  it('brings nothing of a tool the round does not use', () => {
    const kleuters = komRound({ tools: ['portfolio', 'ratings', 'video'] });
    const preparation = assemblePreparations(kleuters, [PUPIL], {
      ...noRows,
      answers: [answer('q1', 'Ja', 'parents')],
      asks: [
        {
          id: 'a',
          pupilId: PUPIL,
          roundId: round.id,
          to: 'parents',
          text: 'Waarom?',
          share: 'parents',
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      circles: [circle('home', 'a', 'me')],
      goals: [goal('g', 'Lezen', '', 'me')],
      ratings: [rating(round, round.topics[0]!.id, 3)],
    }).get(PUPIL)!;
    expect(preparation.answers).toEqual([]);
    expect(preparation.asks).toEqual([]);
    expect(preparation.circles).toEqual([]);
    expect(preparation.goals).toEqual([]);
    expect(preparation.ratings).toHaveLength(1);
  });

  it('takes the review and the talk order from the pupil’s row of this round', () => {
    const row = (roundId: string, reviewedAt: number): PupilRoundRow => ({
      roundId,
      pupilId: PUPIL,
      reviewedAt,
      talkOrder: ['goals'],
      updatedAt: 1,
    });
    const preparation = assemblePreparations(round, [PUPIL], {
      ...noRows,
      pupilRounds: [row('r0', 1), row(round.id, 7)],
    }).get(PUPIL)!;
    expect(preparation.reviewedAt).toBe(7);
    expect(preparation.talkOrder).toEqual(['goals']);
  });
});
