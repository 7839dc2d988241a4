import { describe, expect, it } from 'vitest';
import { needsDurationFix } from '../../src/features/media/playback';

describe('playback', () => {
  it('knows that WebM needs its duration written in afterwards, MP4 not', () => {
    expect(needsDurationFix('video/webm;codecs=vp8,opus')).toBe(true);
    expect(needsDurationFix('audio/webm')).toBe(true);
    expect(needsDurationFix('video/mp4;codecs=avc1')).toBe(false);
  });
});
