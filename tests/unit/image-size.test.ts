import { describe, expect, it } from 'vitest';
import { centreSquare, fitWithin } from '../../src/features/media/image-size';

describe('image geometry', () => {
  it('fits a landscape photo in the box and keeps its ratio', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 1600)).toEqual({ width: 1600, height: 1200 });
  });

  it('never upscales a small image', () => {
    expect(fitWithin({ width: 320, height: 240 }, 1600)).toEqual({ width: 320, height: 240 });
  });

  it('cuts the centred square out of a portrait photo', () => {
    expect(centreSquare({ width: 480, height: 640 })).toEqual({ x: 0, y: 80, side: 480 });
  });
});
