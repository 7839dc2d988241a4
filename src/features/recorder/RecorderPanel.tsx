import { useEffect, useRef, useState } from 'preact/hooks';
import { appendChunk, beginRecording, finishRecording, type RecordingOwner } from '../media';
import { useT, type MessageKey } from '../../i18n';
import { markBusy } from '../../app/busy';
import { checkSpace, type RecordingKind } from './format';
import {
  DeviceError,
  openDevices,
  startRecording,
  type DeviceProblem,
  type RunningRecording,
  type StopReason,
} from './recorder';
import { stillFrame } from './still-frame';
import { useLivePreview } from './use-live-preview';
import { clock } from './time';
import './recorder.css';
import { runAction } from '../../app/action';

const PROBLEMS: Record<DeviceProblem, MessageKey> = {
  denied: 'recordDenied',
  missing: 'recordMissing',
  busy: 'recordBusy',
  unsupported: 'recordUnsupported',
};

type Phase =
  | { name: 'idle' }
  | { name: 'opening' }
  | { name: 'countdown'; left: number }
  | { name: 'recording'; elapsed: number }
  | { name: 'saving' };

interface RecorderPanelProps {
  kind: RecordingKind;
  /** Left out for the teacher's prompts, which belong to the round. */
  pupilId: string | undefined;
  owner: RecordingOwner;
  capMs: number;
  /** The big button's words, e.g. "Opnemen" or "Inspreken". */
  startLabel: string;
  /** A finished recording is saved; `reason` says why it stopped. */
  onSaved: (mediaId: string, reason: StopReason, durationMs: number) => void;
}

/**
 * The camera live before recording (video), record button, 3-2-1, a timer with the time left, stop. Every chunk goes to IndexedDB as it
 * arrives (through the media repo); the clip is marked finished when it stops. A refused, missing
 * or busy camera gets a message for the pupil and one for the teacher; the rest of the app goes on.
 */
export function RecorderPanel(props: RecorderPanelProps) {
  const t = useT();
  const preview = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [problem, setProblem] = useState<DeviceProblem>();
  const [message, setMessage] = useState('');
  const stream = useRef<MediaStream>();
  const running = useRef<RunningRecording>();
  const live = useLivePreview(props.kind === 'video' && phase.name === 'idle', preview);

  // Leaving the screen mid-recording stops it; what was recorded is kept.
  useEffect(
    () => () => {
      running.current?.stop('hidden');
      stream.current?.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  async function begin() {
    setProblem(undefined);
    setMessage('');
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    const space = checkSpace(estimate, props.kind, props.capMs);
    if (!space.fits) {
      setMessage(t('recordNoSpace', { time: clock(props.capMs) }));
      return;
    }
    const previewed = live.take();
    setPhase({ name: 'opening' });
    let opened;
    try {
      opened = (await previewed) ?? (await openDevices(props.kind));
    } catch (error) {
      setPhase({ name: 'idle' });
      setProblem(error instanceof DeviceError ? error.problem : 'unsupported');
      return;
    }
    stream.current = opened.stream;
    if (preview.current && props.kind === 'video') {
      preview.current.srcObject = opened.stream;
      await preview.current.play().catch(() => undefined);
    }
    for (let left = 3; left > 0; left--) {
      setPhase({ name: 'countdown', left });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (!stream.current) return; // left the screen during the countdown
    }
    await record(opened.stream, opened.settings);
  }

  async function record(media: MediaStream, settings: Parameters<typeof startRecording>[1]) {
    const release = markBusy('recording');
    const mediaId = await beginRecording(props.pupilId, props.kind, settings.mimeType, props.owner);
    let thumbnail: Promise<Blob | undefined> | undefined;
    const started = performance.now();
    const ticker = window.setInterval(() => {
      const elapsed = performance.now() - started;
      setPhase({ name: 'recording', elapsed });
      // A still after a second: the child has settled in front of the camera.
      if (!thumbnail && elapsed > 1000 && preview.current && props.kind === 'video')
        thumbnail = stillFrame(preview.current);
    }, 250);
    setPhase({ name: 'recording', elapsed: 0 });
    running.current = startRecording(media, settings, props.capMs, {
      onChunk: (blob, seq) => appendChunk(mediaId, seq, blob),
      onStopped: (reason, elapsed) => {
        window.clearInterval(ticker);
        running.current = undefined;
        stream.current = undefined;
        setPhase({ name: 'saving' });
        runAction(() =>
          (async () => {
            try {
              await finishRecording(mediaId, {
                durationMs: Math.round(elapsed),
                thumbnail: await thumbnail,
              });
            } finally {
              release();
            }
            if (reason === 'storage-full')
              setMessage(t('recordStorageFull', { time: clock(elapsed) }));
            setPhase({ name: 'idle' });
            props.onSaved(mediaId, reason, elapsed);
          })(),
        );
      },
    });
  }

  const recording = phase.name === 'recording' ? phase : undefined;
  return (
    <div class={`recorder recorder--${props.kind}`}>
      {props.kind === 'video' ? (
        <video
          ref={preview}
          muted
          playsInline
          class="recorder-preview"
          hidden={phase.name === 'saving' || (phase.name === 'idle' && !live.showing)}
          aria-label={t('recordPreview')}
        />
      ) : null}
      {phase.name === 'countdown' ? (
        <p class="recorder-countdown" role="status">
          {phase.left}
        </p>
      ) : null}
      {recording ? (
        <div class="recorder-live">
          <p class="recorder-time" role="timer" aria-live="off">
            <span class="recorder-dot" aria-hidden="true" /> {clock(recording.elapsed)}
          </p>
          <p class="recorder-left">
            {t('recordLeft', { time: clock(props.capMs - recording.elapsed) })}
          </p>
          <button
            type="button"
            class="button button--danger button--primary button--big"
            onClick={() => running.current?.stop('user')}
          >
            {t('recordStop')}
          </button>
        </div>
      ) : null}
      {phase.name === 'idle' ? (
        <button
          type="button"
          class="button button--primary button--big"
          onClick={() => runAction(() => begin())}
        >
          <span class="recorder-dot" aria-hidden="true" /> {props.startLabel}
        </button>
      ) : null}
      {phase.name === 'opening' || phase.name === 'saving' ? (
        <p role="status" class="message">
          {phase.name === 'saving'
            ? t('recordSaving')
            : t(props.kind === 'video' ? 'recordOpening' : 'recordOpeningMicrophone')}
        </p>
      ) : null}
      {problem ? (
        <div role="alert" class="message message--warn">
          <p>{t(PROBLEMS[problem])}</p>
          <p class="recorder-teacher-help">{t('recordTeacherHelp')}</p>
        </div>
      ) : null}
      {message ? (
        <p role="alert" class="message message--warn">
          {message}
        </p>
      ) : null}
    </div>
  );
}
