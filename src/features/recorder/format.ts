/**
 * What a recording is made of, chosen at run time from what the browser can record, and what it
 * costs. Pure: the browser's answers are passed in, so each browser's answers can be tested.
 *
 * MP4 (H.264/AAC) first: it plays everywhere, and Safari and recent Chromium record it in
 * fragments that stand on their own chunk by chunk. WebM (VP8/Opus) where MP4 is not offered
 * (Firefox, older Chromium). The bitrates are always set: Safari's default is about 10 Mbit/s,
 * some 150 MB for two minutes; 600 kbit/s video and 64 kbit/s audio keep it near 10 MB.
 */
import { DEFAULT_RECORDING_MINUTES, MAX_RECORDING_MINUTES } from '../../db';

export type RecordingKind = 'video' | 'audio';

const CANDIDATES: Record<RecordingKind, readonly string[]> = {
  video: [
    'video/mp4;codecs=avc1.42E01E,mp4a.40.2',
    'video/mp4;codecs=avc1,mp4a',
    // A plain 'video/mp4' may mean VP9 in MP4 (Chromium without an H.264 encoder, as Debian's),
    // which older iPads cannot play: WebM with VP8 is the better second choice.
    'video/webm;codecs=vp8,opus',
    'video/webm',
    'video/mp4',
  ],
  audio: ['audio/mp4;codecs=mp4a.40.2', 'audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'],
};

export const VIDEO_BITS_PER_SECOND = 600_000;
export const AUDIO_BITS_PER_SECOND = 64_000;
/** Every chunk is written to IndexedDB as it arrives: a crash loses at most this much. */
export const TIMESLICE_MS = 1000;
export const DEFAULT_CAP_MS = DEFAULT_RECORDING_MINUTES * 60_000;
export const MIN_CAP_MS = 15_000;
export const MAX_CAP_MS = MAX_RECORDING_MINUTES * 60_000;

export interface RecorderSettings {
  mimeType: string;
  videoBitsPerSecond?: number;
  audioBitsPerSecond: number;
}

/** The first type the browser says it can record, with the bitrates; null when none. */
export function chooseRecorderSettings(
  kind: RecordingKind,
  isTypeSupported: (mimeType: string) => boolean,
): RecorderSettings | null {
  const mimeType = CANDIDATES[kind].find((candidate) => {
    try {
      return isTypeSupported(candidate);
    } catch {
      return false;
    }
  });
  if (!mimeType) return null;
  return kind === 'video'
    ? {
        mimeType,
        videoBitsPerSecond: VIDEO_BITS_PER_SECOND,
        audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
      }
    : { mimeType, audioBitsPerSecond: AUDIO_BITS_PER_SECOND };
}

/** The teacher's cap, kept within sensible bounds (a slip of the finger is not 50 minutes). */
export function capMs(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes)) return DEFAULT_CAP_MS;
  return Math.min(MAX_CAP_MS, Math.max(MIN_CAP_MS, Math.round(minutes * 60_000)));
}

/** The bytes a recording of `ms` needs at our bitrates, with a margin for containers and peaks. */
export function bytesNeeded(kind: RecordingKind, ms: number): number {
  const bits = (kind === 'video' ? VIDEO_BITS_PER_SECOND : 0) + AUDIO_BITS_PER_SECOND;
  return Math.ceil(((bits / 8) * ms * 1.25) / 1000);
}

export interface SpaceCheck {
  fits: boolean;
  /** Free bytes the browser reports; undefined when it does not say. */
  freeBytes?: number;
  neededBytes: number;
}

/**
 * Compares what the cap needs with `navigator.storage.estimate()`. A browser that does not say
 * counts as fitting: the recording then stops cleanly on a full disk instead (quota error).
 */
export function checkSpace(
  estimate: { usage?: number; quota?: number } | undefined,
  kind: RecordingKind,
  cap: number,
): SpaceCheck {
  const neededBytes = bytesNeeded(kind, cap);
  if (!estimate?.quota) return { fits: true, neededBytes };
  const freeBytes = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return { fits: freeBytes >= neededBytes, freeBytes, neededBytes };
}
