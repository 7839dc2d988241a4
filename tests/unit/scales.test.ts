import { describe, expect, it } from 'vitest';
import type { RatingRow } from '../../src/db';
import { currentRatings, isStepOf, toTen } from '../../src/features/ratings/scales';

describe('rating scales', () => {
  it('maps each scale onto 0–10', () => {
    expect([0, 1, 2].map((step) => toTen('three-steps', step))).toEqual([0, 5, 10]);
    expect([0, 1, 2, 3, 4].map((step) => toTen('five-smileys', step))).toEqual([
      0, 2.5, 5, 7.5, 10,
    ]);
    expect(toTen('thermometer', 7)).toBe(7);
  });

  it('clamps out-of-range steps instead of drawing outside the web', () => {
    expect(toTen('five-smileys', 9)).toBe(10);
    expect(toTen('thermometer', -3)).toBe(0);
  });

  it('knows which values are steps of a scale', () => {
    expect(isStepOf('three-steps', 2)).toBe(true);
    expect(isStepOf('three-steps', 3)).toBe(false);
    expect(isStepOf('five-smileys', 1.5)).toBe(false);
    expect(isStepOf('thermometer', 10)).toBe(true);
    expect(isStepOf('thermometer', -1)).toBe(false);
  });
});

describe('currentRatings', () => {
  const rating = (topicId: string, scale: RatingRow['scale']): RatingRow => ({
    pupilId: 'p',
    roundId: 'r',
    topicId,
    scale,
    now: 1,
    share: 'parents',
    updatedAt: 0,
  });
  const round = { topics: [{ id: 'lezen', label: 'Lezen' }], scale: 'three-steps' as const };

  it('keeps the ratings of the current topics on the current scale', () => {
    expect(currentRatings([rating('lezen', 'three-steps')], round)).toHaveLength(1);
  });
  it('leaves out a rating on the scale the teacher changed from, and of a removed topic', () => {
    expect(
      currentRatings([rating('lezen', 'five-smileys'), rating('rekenen', 'three-steps')], round),
    ).toEqual([]);
  });
});
