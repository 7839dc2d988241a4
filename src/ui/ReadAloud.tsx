import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { pickVoice, speakerFor, waitForVoices } from './speech';
import { TeacherVoicePicture } from './drawings/teacher-voice';
import './scales.css';

/**
 * What the screens around a speaker button know: whether the children cannot read yet, and the
 * teacher's recording of a prompt, if there is one (features/voice provides it in the pupil's
 * space; elsewhere nobody has recorded anything and everyone reads).
 */
export interface SpeakerSetting {
  nonReaders: boolean;
  recordingOf: (prompt: string) => (() => Promise<Blob | undefined>) | undefined;
}
export const SpeakerContext = createContext<SpeakerSetting>({
  nonReaders: false,
  recordingOf: () => undefined,
});

/** The voice for the page's language, looked up once per language. */
const voices = new Map<string, Promise<SpeechSynthesisVoice | undefined>>();

/** The device's own voice for a language tag ('nl-BE'), if it has one (never a network voice). */
export function voiceFor(tag: string): Promise<SpeechSynthesisVoice | undefined> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve(undefined);
  let found = voices.get(tag);
  if (!found) {
    found = waitForVoices(speechSynthesis).then((list) => pickVoice(list, tag));
    voices.set(tag, found);
  }
  return found;
}

/** The one sound any speaker button is making: a new one stops it. */
let playing: { stop: () => void } | undefined;

function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  utterance.onend = utterance.onerror = end;
  speechSynthesis.speak(utterance);
}

/**
 * A speaker button for children who do not read yet. It plays, in this order: the teacher's own
 * recording of `prompt`, a voice on the device for the page's language, or (where the children
 * cannot read) a picture that says the teacher can record it. With none of these, for children
 * who read, there is no button: never one that stays silent.
 */
export function ReadAloud({
  text,
  label,
  prompt,
}: {
  text: string;
  label: string;
  prompt?: string;
}) {
  const t = useT();
  const setting = useContext(SpeakerContext);
  const recording = prompt ? setting.recordingOf(prompt) : undefined;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>();
  const [active, setActive] = useState(false);
  /** The teacher's recording while it plays: an object URL for the audio element below. */
  const [audioUrl, setAudioUrl] = useState<string>();
  const mine = useRef<{ stop: () => void }>();

  useEffect(() => {
    let mounted = true;
    void voiceFor(document.documentElement.lang).then(
      (found) => mounted && setVoice(found ?? null),
    );
    // Leaving the screen stops what this button started, not what another one is doing.
    return () => {
      mounted = false;
      if (mine.current && playing === mine.current) playing.stop();
    };
  }, []);
  useEffect(() => (audioUrl ? () => URL.revokeObjectURL(audioUrl) : undefined), [audioUrl]);

  const speaker = speakerFor({
    hasRecording: Boolean(recording),
    voice: voice ?? undefined,
    nonReaders: setting.nonReaders,
  });
  if (speaker === 'none' || (voice === undefined && !recording)) return null;

  function started(stop: () => void) {
    const sound = {
      stop: () => {
        stop();
        if (playing === sound) playing = undefined;
        setActive(false);
      },
    };
    playing = mine.current = sound;
    setActive(true);
    return sound;
  }

  async function toggle() {
    const wasActive = active;
    playing?.stop();
    if (speaker === 'explain') return setActive(!wasActive);
    if (wasActive) return;
    // A recording that cannot be read is no reason to stay silent: the device reads instead.
    const blob = speaker === 'recording' ? await recording?.().catch(() => undefined) : undefined;
    if (blob) {
      started(() => setAudioUrl(undefined));
      setAudioUrl(URL.createObjectURL(blob));
    } else if (voice) {
      const sound = started(() => speechSynthesis.cancel());
      speak(text, voice, () => playing === sound && sound.stop());
    }
  }

  return (
    <span class="read-aloud-wrap">
      <button
        type="button"
        class={`read-aloud read-aloud--${speaker}`}
        aria-label={label}
        aria-pressed={speaker === 'explain' ? undefined : active}
        aria-expanded={speaker === 'explain' ? active : undefined}
        data-speaker={speaker}
        onClick={() => void toggle()}
      >
        <svg viewBox="0 0 100 100" width="36" height="36" aria-hidden="true" focusable="false">
          <path d="M14 38h16l22-18v60L30 62H14Z" fill="#1f2937" />
          <path
            d="M64 34q10 16 0 32M74 24q18 26 0 52"
            fill="none"
            stroke="#1f2937"
            stroke-width="7"
            stroke-linecap="round"
          />
        </svg>
      </button>
      {audioUrl ? (
        <audio
          class="read-aloud-audio"
          src={audioUrl}
          autoplay
          onEnded={() => mine.current?.stop()}
          onError={() => mine.current?.stop()}
        />
      ) : null}
      {speaker === 'explain' && active ? (
        <span class="read-aloud-hint" role="status">
          <TeacherVoicePicture />
          {t('readAloudAskTeacher')}
        </span>
      ) : null}
    </span>
  );
}
