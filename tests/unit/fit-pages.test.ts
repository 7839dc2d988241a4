import { describe, expect, it } from 'vitest';
import { nextZoom, SMALLEST_ZOOM, spill } from '../../src/features/print/fit-pages';

describe('fitting a printed side to its page', () => {
  it('leaves a side that fits as it is', () => {
    expect(nextZoom(1, 900, 960)).toBe(1);
    expect(nextZoom(1, 960, 960)).toBe(1);
    expect(nextZoom(0.8, 950, 960)).toBe(0.8);
  });

  it('zooms a side that is too tall down to fit, never above the ratio', () => {
    expect(nextZoom(1, 1200, 960)).toBe(0.8);
    expect(nextZoom(1, 1000, 960) * 1000).toBeLessThanOrEqual(960);
    // Already zoomed and still too tall (the web kept its size): smaller from where it is.
    expect(nextZoom(0.8, 1000, 960)).toBe(0.76);
  });

  it('does not zoom below what a child and a parent can still read', () => {
    expect(nextZoom(1, 5000, 960)).toBe(SMALLEST_ZOOM);
    expect(nextZoom(SMALLEST_ZOOM, 5000, 960)).toBe(SMALLEST_ZOOM);
  });

  it('counts the pages a side takes, a side that fits exactly being one', () => {
    expect(spill(0, 960, 100)).toEqual({ pages: 1, padding: 0 });
    expect(spill(960, 960, 100)).toEqual({ pages: 1, padding: 0 });
    expect(spill(1200, 960, 100)).toEqual({ pages: 2, padding: 0 });
  });

  it('makes a spilling side take one page more when a page break could push it there', () => {
    // The last page would be 900 of 960 full, and the break may push 100 more onto it.
    const side = spill(1860, 960, 100);
    expect(side.pages).toBe(3);
    // Padded to beyond two whole pages, so it surely takes the third, and no more.
    expect(1860 + side.padding).toBeGreaterThan(2 * 960);
    expect(1860 + side.padding + 2 * 100).toBeLessThanOrEqual(3 * 960);
  });
});
