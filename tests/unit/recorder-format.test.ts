import { describe, expect, it } from 'vitest';
import {
  AUDIO_BITS_PER_SECOND,
  bytesNeeded,
  capMs,
  checkSpace,
  chooseRecorderSettings,
  DEFAULT_CAP_MS,
  VIDEO_BITS_PER_SECOND,
} from '../../src/features/recorder/format';

/** What each browser's MediaRecorder.isTypeSupported says (2025–2026 versions). */
const BROWSERS: Record<string, (type: string) => boolean> = {
  // Safari 18 (iPad): MP4 only.
  safari: (type) => type.startsWith('video/mp4') || type.startsWith('audio/mp4'),
  // Chrome 130+: MP4 with H.264/AAC, and WebM.
  chromium: (type) =>
    ['video/mp4;codecs=avc1.42E01E,mp4a.40.2', 'audio/webm;codecs=opus', 'audio/webm'].includes(
      type,
    ) || type.startsWith('video/webm'),
  // Debian's Chromium 156: no H.264 encoder; a plain 'video/mp4' would be VP9 in MP4.
  debianChromium: (type) =>
    ['video/mp4', 'audio/mp4', 'video/webm;codecs=vp8,opus', 'audio/webm;codecs=opus'].includes(
      type,
    ),
  // Chromium before MP4 recording, and Firefox: WebM only.
  firefox: (type) => type.startsWith('video/webm') || type.startsWith('audio/webm'),
  none: () => false,
  throws: () => {
    throw new Error('not implemented');
  },
};

describe('choosing what to record', () => {
  it('prefers MP4 where the browser records it, else WebM, always with the bitrates set', () => {
    expect(chooseRecorderSettings('video', BROWSERS.safari!)).toEqual({
      mimeType: 'video/mp4;codecs=avc1.42E01E,mp4a.40.2',
      videoBitsPerSecond: VIDEO_BITS_PER_SECOND,
      audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
    });
    expect(chooseRecorderSettings('video', BROWSERS.chromium!)?.mimeType).toBe(
      'video/mp4;codecs=avc1.42E01E,mp4a.40.2',
    );
    expect(chooseRecorderSettings('video', BROWSERS.firefox!)?.mimeType).toBe(
      'video/webm;codecs=vp8,opus',
    );
    expect(chooseRecorderSettings('video', BROWSERS.debianChromium!)?.mimeType).toBe(
      'video/webm;codecs=vp8,opus',
    );
    expect(chooseRecorderSettings('video', (type) => type === 'video/mp4')?.mimeType).toBe(
      'video/mp4',
    );
  });

  it('records spoken answers as audio only, without a video bitrate', () => {
    expect(chooseRecorderSettings('audio', BROWSERS.safari!)).toEqual({
      mimeType: 'audio/mp4;codecs=mp4a.40.2',
      audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
    });
    expect(chooseRecorderSettings('audio', BROWSERS.chromium!)?.mimeType).toBe(
      'audio/webm;codecs=opus',
    );
  });

  it('gives nothing when the browser can record none of them, or its check throws', () => {
    expect(chooseRecorderSettings('video', BROWSERS.none!)).toBeNull();
    expect(chooseRecorderSettings('audio', BROWSERS.throws!)).toBeNull();
  });
});

describe('the length cap and the space it needs', () => {
  it('defaults to two minutes and keeps a teacher setting between 15 s and 5 min', () => {
    expect(capMs(undefined)).toBe(DEFAULT_CAP_MS);
    expect(capMs(1)).toBe(60_000);
    expect(capMs(0)).toBe(15_000);
    expect(capMs(50)).toBe(300_000);
    expect(capMs(Number.NaN)).toBe(DEFAULT_CAP_MS);
  });

  it('puts a two-minute video near 10 MB (with a quarter margin), audio at a tenth of that', () => {
    const video = bytesNeeded('video', 120_000);
    expect(video).toBe(Math.ceil((664_000 / 8) * 120 * 1.25));
    expect(video / 1e6).toBeGreaterThan(9);
    expect(video / 1e6).toBeLessThan(13);
    expect(bytesNeeded('audio', 120_000)).toBe(Math.ceil((64_000 / 8) * 120 * 1.25));
  });

  it('warns when the free space is less than the cap needs', () => {
    const cap = 120_000;
    const needed = bytesNeeded('video', cap);
    expect(checkSpace({ usage: 0, quota: needed * 2 }, 'video', cap)).toEqual({
      fits: true,
      freeBytes: needed * 2,
      neededBytes: needed,
    });
    expect(checkSpace({ usage: 5e6, quota: 5e6 + needed - 1 }, 'video', cap).fits).toBe(false);
    expect(checkSpace({ usage: 9e9, quota: 1e9 }, 'video', cap)).toMatchObject({
      fits: false,
      freeBytes: 0,
    });
  });

  it('lets a browser that does not say how much space it has record, and stop on a full disk', () => {
    expect(checkSpace(undefined, 'audio', 60_000).fits).toBe(true);
    expect(checkSpace({ usage: 10 }, 'audio', 60_000).fits).toBe(true);
  });
});

describe('camera and microphone problems', () => {
  it('tells refused, missing, busy and unsupported apart', async () => {
    const { deviceProblem } = await import('../../src/features/recorder/recorder');
    const error = (name: string) => Object.assign(new Error(name), { name });
    expect(deviceProblem(error('NotAllowedError'))).toBe('denied');
    expect(deviceProblem(error('SecurityError'))).toBe('denied');
    expect(deviceProblem(error('NotFoundError'))).toBe('missing');
    expect(deviceProblem(error('OverconstrainedError'))).toBe('missing');
    expect(deviceProblem(error('NotReadableError'))).toBe('busy');
    expect(deviceProblem(error('TypeError'))).toBe('unsupported');
    expect(deviceProblem(null)).toBe('unsupported');
  });
});
