/**
 * The recorder: camera and microphone in, chunks out, about one a second, handed over one at a
 * time in order, so the caller can write each to IndexedDB as it arrives and nothing piles up
 * in memory. No screen and no database here: the recording screen (issue 5) wires it to the
 * media repo. It stops by itself at the cap, when the page is hidden (tablet locked, app
 * switched), and when a chunk cannot be written (a full disk), keeping what was written.
 */
import { isQuotaError } from '../../db';
import {
  chooseRecorderSettings,
  TIMESLICE_MS,
  type RecorderSettings,
  type RecordingKind,
} from './format';

export type StopReason = 'user' | 'cap' | 'hidden' | 'storage-full' | 'error';
export type DeviceProblem = 'denied' | 'missing' | 'busy' | 'unsupported';

/** What went wrong with the camera or microphone, in words a screen can explain. */
export function deviceProblem(error: unknown): DeviceProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'unsupported';
}

/** A modest resolution: enough for a face on a tablet, and about 10 MB for two minutes. */
const CONSTRAINTS: Record<RecordingKind, MediaStreamConstraints> = {
  video: {
    video: {
      facingMode: 'user',
      width: { ideal: 640, max: 1280 },
      height: { ideal: 480, max: 720 },
      frameRate: { ideal: 24, max: 30 },
    },
    audio: { echoCancellation: true, noiseSuppression: true },
  },
  audio: { audio: { echoCancellation: true, noiseSuppression: true } },
};

export class DeviceError extends Error {
  constructor(readonly problem: DeviceProblem) {
    super(problem);
  }
}

/** Opens the camera and/or microphone; throws a DeviceError the screen can explain. */
export async function openDevices(kind: RecordingKind): Promise<{
  stream: MediaStream;
  settings: RecorderSettings;
}> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia)
    throw new DeviceError('unsupported');
  const settings = chooseRecorderSettings(kind, (type) => MediaRecorder.isTypeSupported(type));
  if (!settings) throw new DeviceError('unsupported');
  try {
    return { stream: await navigator.mediaDevices.getUserMedia(CONSTRAINTS[kind]), settings };
  } catch (error) {
    throw new DeviceError(deviceProblem(error));
  }
}

export interface RecordingCallbacks {
  /** Called for every chunk, in order, one at a time; a rejection stops the recording. */
  onChunk: (blob: Blob, seq: number) => Promise<void>;
  /** Called once, after the last chunk was handed over (and written). */
  onStopped: (reason: StopReason, elapsedMs: number, error?: unknown) => void;
}

export interface RunningRecording {
  /** The type the recorder really produces (it may add codecs to what was asked). */
  mimeType: string;
  startedAt: number;
  stop: (reason?: StopReason) => void;
}

export function startRecording(
  stream: MediaStream,
  settings: RecorderSettings,
  capMs: number,
  { onChunk, onStopped }: RecordingCallbacks,
): RunningRecording {
  const recorder = new MediaRecorder(stream, settings);
  const startedAt = performance.now();
  let seq = 0;
  let writes = Promise.resolve();
  let reason: StopReason = 'user';
  let failure: unknown;
  let stopping = false;

  const stop = (why: StopReason = 'user') => {
    if (stopping) return;
    stopping = true;
    reason = why;
    window.clearTimeout(cap);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
    if (recorder.state !== 'inactive') recorder.stop();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') stop('hidden');
  };
  const onPageHide = () => stop('hidden');

  recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    const blob = event.data;
    const number = seq++;
    writes = writes.then(() =>
      failure === undefined
        ? onChunk(blob, number).catch((error: unknown) => {
            failure = error;
            stop(isQuotaError(error) ? 'storage-full' : 'error');
          })
        : undefined,
    );
  };
  recorder.onerror = (event) => {
    failure = (event as Event & { error?: unknown }).error ?? event;
    stop('error');
  };
  recorder.onstop = () => {
    stream.getTracks().forEach((track) => track.stop());
    const elapsed = performance.now() - startedAt;
    void writes.then(() => onStopped(reason, elapsed, failure));
  };

  const cap = window.setTimeout(() => stop('cap'), capMs);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  recorder.start(TIMESLICE_MS);
  return { mimeType: recorder.mimeType || settings.mimeType, startedAt, stop };
}
