import { describe, expect, it } from 'vitest';
import { radarSummary } from '../../src/features/radar/radar-data';
import { radarData } from '../../src/features/ratings/web-data';
import type { RatingRow, RatingScale } from '../../src/db';

const topics = [
  { id: 'lezen', label: 'Lezen' },
  { id: 'rekenen', label: 'Rekenen' },
  { id: 'samen', label: 'Samenwerken' },
];

function rating(
  topicId: string,
  scale: RatingScale,
  now?: number,
  month?: number,
  roundId = 'r2',
): RatingRow {
  return { pupilId: 'p', roundId, topicId, scale, now, month, share: 'parents', updatedAt: 1 };
}

describe('spinnenweb data', () => {
  it('has one axis per topic, in the round’s order, on 0–10 whatever the scale', () => {
    const data = radarData(topics, [
      rating('samen', 'three-steps', 1, 2),
      rating('lezen', 'thermometer', 7, 9),
      rating('rekenen', 'five-smileys', 4, 3),
    ]);
    expect(data.labels).toEqual(['Lezen', 'Rekenen', 'Samenwerken']);
    expect(data.series).toEqual([
      { key: 'now', values: [7, 10, 5] },
      { key: 'month', values: [9, 7.5, 10] },
    ]);
    expect(data.complete).toBe(true);
  });

  it('leaves gaps for topics not rated yet, and is not complete', () => {
    const data = radarData(topics, [rating('lezen', 'thermometer', 4)]);
    expect(data.series).toEqual([{ key: 'now', values: [4, null, null] }]);
    expect(data.complete).toBe(false);
  });

  it('adds last round’s now, matched by topic id, or by name when the topic was retyped', () => {
    const previousTopics = [
      { id: 'lezen', label: 'Lezen' },
      { id: 'old-samen', label: ' samenwerken ' },
    ];
    const data = radarData(topics, [rating('lezen', 'thermometer', 8, 9)], {
      topics: previousTopics,
      ratings: [
        rating('lezen', 'five-smileys', 2, 4, 'r1'),
        rating('old-samen', 'thermometer', 6, 8, 'r1'),
      ],
    });
    expect(data.series.find((series) => series.key === 'previous')).toEqual({
      key: 'previous',
      values: [5, null, 6],
    });
  });

  it('leaves the previous round out when it rated none of these topics', () => {
    const data = radarData(topics, [rating('lezen', 'thermometer', 8, 9)], {
      topics: [{ id: 'x', label: 'Gym' }],
      ratings: [rating('x', 'thermometer', 3, 4, 'r1')],
    });
    expect(data.series.map((series) => series.key)).toEqual(['now', 'month']);
  });

  it('gives the same numbers as a table, with a word for what is not rated', () => {
    const data = radarData(topics, [
      rating('lezen', 'thermometer', 7),
      rating('rekenen', 'thermometer', 2, 5),
    ]);
    expect(radarSummary(data, 'nog niet gekozen')).toEqual([
      { label: 'Lezen', values: { now: '7', month: 'nog niet gekozen' } },
      { label: 'Rekenen', values: { now: '2', month: '5' } },
      { label: 'Samenwerken', values: { now: 'nog niet gekozen', month: 'nog niet gekozen' } },
    ]);
  });
});
