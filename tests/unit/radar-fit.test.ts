import { describe, expect, it } from 'vitest';
import { fitLabels, placeLabel } from '../../src/features/radar/radar-fit';

const area = { left: 0, top: 0, right: 300, bottom: 300 };
const five = [0, 1, 2, 3, 4].map((index) => (index * 2 * Math.PI) / 5);
const within = (box: { left: number; top: number; right: number; bottom: number }) =>
  box.left >= 0 && box.top >= 0 && box.right <= 300 && box.bottom <= 300;

describe('placing a spinnenweb label', () => {
  it('centres a label above the top axis and starts one on the right at its point', () => {
    const centre = { x: 150, y: 150 };
    expect(placeLabel(centre, 0, 100, { width: 40, height: 10 })).toEqual({
      align: 'center',
      left: 130,
      top: 40,
      right: 170,
      bottom: 50,
    });
    const right = placeLabel(centre, Math.PI / 2, 100, { width: 40, height: 10 });
    expect(right).toMatchObject({ align: 'left', left: 250, top: 145 });
    expect(placeLabel(centre, (3 * Math.PI) / 2, 100, { width: 40, height: 10 })).toMatchObject({
      align: 'right',
      right: 50,
    });
  });
});

describe('fitting the web to its labels', () => {
  it('gives short labels a large web, and long ones a smaller web, every label inside', () => {
    const short = fitLabels(
      area,
      five.map(() => ({ width: 30, height: 14 })),
      five,
      4,
    );
    const long = fitLabels(
      area,
      five.map(() => ({ width: 100, height: 42 })),
      five,
      4,
    );
    expect(short.radius).toBeGreaterThan(long.radius);
    expect(long.radius).toBeGreaterThan(0);
    for (const fit of [short, long]) expect(fit.labels.every(within)).toBe(true);
  });

  it('finds the largest web: one pixel more and a label would stick out', () => {
    const sizes = five.map((_, index) => ({ width: index === 4 ? 120 : 50, height: 30 }));
    const fit = fitLabels(area, sizes, five, 4);
    expect(fit.labels.every(within)).toBe(true);
    const bigger = sizes.map((size, index) =>
      placeLabel(fit.centre, five[index]!, fit.radius + 1 + 4, size),
    );
    expect(bigger.every(within)).toBe(false);
  });

  it('shrinks the web to nothing, never below, when the labels alone are too wide', () => {
    const fit = fitLabels(
      area,
      five.map(() => ({ width: 400, height: 10 })),
      five,
      4,
    );
    expect(fit.radius).toBe(0);
  });
});
