import { useEffect, useRef, useState } from 'preact/hooks';
import { pickVoice, waitForVoices } from './speech';
import './scales.css';

/** The voice for the page's language, looked up once per language. */
const voices = new Map<string, Promise<SpeechSynthesisVoice | undefined>>();

function voiceFor(tag: string): Promise<SpeechSynthesisVoice | undefined> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve(undefined);
  let found = voices.get(tag);
  if (!found) {
    found = waitForVoices(speechSynthesis).then((list) => pickVoice(list, tag));
    voices.set(tag, found);
  }
  return found;
}

/**
 * A speaker button that reads a text aloud with a voice on the device, for children who do not
 * read yet. Hidden when the device has no voice for the language.
 */
export function ReadAloud({ text, label }: { text: string; label: string }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = useState(false);
  // The utterance this button started: a stopped one reports its end a moment later, and must
  // not switch off the one that replaced it.
  const current = useRef<SpeechSynthesisUtterance>();

  useEffect(() => {
    let mounted = true;
    void voiceFor(document.documentElement.lang).then((found) => mounted && setVoice(found));
    return () => {
      mounted = false;
      // Leaving the screen stops what this button started, not what another one is saying.
      if (current.current) speechSynthesis.cancel();
    };
  }, []);

  if (!voice) return null;

  function toggle() {
    speechSynthesis.cancel();
    current.current = undefined;
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice!;
    utterance.lang = voice!.lang;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => {
      if (current.current !== utterance) return;
      current.current = undefined;
      setSpeaking(false);
    };
    current.current = utterance;
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  }

  return (
    <button
      type="button"
      class="read-aloud"
      aria-label={label}
      aria-pressed={speaking}
      onClick={toggle}
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
  );
}
